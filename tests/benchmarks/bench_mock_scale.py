"""Does the mock's cost stay flat as one account holds 50,000 jobs? Create, get and list rates, start and end.

Run: ``.venv/bin/python tests/benchmarks/bench_mock_scale.py [--jobs 50000]``. In process (the transport, no
socket), on the manual clock, so every job stays in flight or backlogged: the worst case for the balance and
backlog checks. Prints the create rate over the first and last 1,000 jobs and their ratio (last / first; 1.00
is flat), the same ratio of the medians of the first and last 5 windows with the range of all windows, the
get rate and the cost of one ``GET /jobs`` page at the end, and the time of a full listing at ``limit=1000``.
"""

from __future__ import annotations

import argparse
import statistics
import time

import httpx

from krea.testing import MockKrea

FLUX = "/generate/image/bfl/flux-1-dev"
WINDOW = 1000
EDGE = 5
"""Windows at each end whose median rates are compared (one window alone is mostly the machine's noise)."""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=50_000, help="jobs in the account (default 50000)")
    args = parser.parse_args()
    mock = MockKrea(balance=10**6, concurrency=4, backlog=args.jobs)
    http = httpx.Client(transport=mock.transport(), base_url=mock.base_url, headers={"Authorization": "Bearer b"})
    rates: list[float] = []
    ids: list[str] = []
    started = time.perf_counter()
    window_start = started
    for n in range(1, args.jobs + 1):
        response = http.post(FLUX, json={"prompt": "a fox"})
        if response.status_code != 200:
            raise SystemExit(f"job {n}: HTTP {response.status_code} {response.text[:200]}")
        ids.append(response.json()["job_id"])
        if n % WINDOW == 0:
            now = time.perf_counter()
            rates.append(WINDOW / (now - window_start))
            window_start = now
    total = time.perf_counter() - started
    print(f"created {args.jobs} jobs in {total:.1f} s")
    print(
        f"create rate: first {WINDOW}: {rates[0]:.0f}/s, last {WINDOW}: {rates[-1]:.0f}/s "
        f"(last / first {rates[-1] / rates[0]:.2f})"
    )
    span = min(EDGE, len(rates) // 2) or 1
    first, last = statistics.median(rates[:span]), statistics.median(rates[-span:])
    print(
        f"create rate, median of the first and last {span} windows of {WINDOW}: {first:.0f}/s and {last:.0f}/s "
        f"(last / first {last / first:.2f}; all {len(rates)} windows {min(rates):.0f}-{max(rates):.0f}/s)"
    )
    begin = time.perf_counter()
    for job_id in ids[:WINDOW]:
        http.get(f"/jobs/{job_id}")
    print(f"get rate at {args.jobs} jobs: {WINDOW / (time.perf_counter() - begin):.0f}/s")
    begin = time.perf_counter()
    for _ in range(100):
        http.get("/jobs")
    print(f"one GET /jobs page (100 items) at {args.jobs} jobs: {(time.perf_counter() - begin) * 10:.1f} ms")
    begin = time.perf_counter()
    seen, pages, cursor = 0, 0, None
    while True:
        page = http.get("/jobs", params={"limit": 1000, **({"cursor": cursor} if cursor else {})}).json()
        seen += len(page["items"])
        pages += 1
        cursor = page["next_cursor"]
        if cursor is None:
            break
    print(f"full listing at limit=1000: {seen} jobs in {pages} pages, {time.perf_counter() - begin:.2f} s")
    if seen != args.jobs:
        raise SystemExit(f"listed {seen} jobs, created {args.jobs}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
