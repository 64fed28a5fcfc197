"""What does the mock keep per finished job, charge and request record? Bytes counted, not timed.

Run: ``.venv/bin/python tests/benchmarks/bench_mock_memory.py [--keep 10000]``. An in-process ``MockKrea``
(virtual clock, no server) receives requests one by one; ``tracemalloc`` counts the bytes still allocated
after each step (garbage collected first), so the figures are the same on a busy machine. Steps: K requests
``GET /jobs?limit=1`` (one request record each, the path the same), K polls of jobs that do not exist (a
record each, every path different), K Flux jobs created and completed (a finished job, its charge and its
creation's record each), then 3 x K more (the bounds full: the oldest forgotten as the new arrive, so what
is kept must not grow, once the job table's slots have settled at about 3 per kept job); last, K jobs with a
webhook each (a delivery kept per job). Prints bytes per item and the bounds' total at ``--keep``.
"""

from __future__ import annotations

import argparse
import gc
import tracemalloc
import uuid

from krea.testing import MockKrea
from krea.testing._http import MockRequest

FLUX = "/generate/image/bfl/flux-1-dev"


def traced() -> int:
    gc.collect()
    return tracemalloc.get_traced_memory()[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=int, default=10_000)
    args = parser.parse_args()
    keep: int = args.keep
    mock = MockKrea(balance=10**6, concurrency=10_000, backlog=0, keep=keep, webhook_deliverer=lambda d: None)
    headers = {"authorization": "Bearer load-0", "content-type": "application/json"}

    def send(method: str, path: str, query: str = "", body: bytes = b"", **extra: str) -> None:
        # Fresh strings per request, as a server hands them over (uvicorn decodes each request's own).
        mock.handle(MockRequest("".join(method), "".join(path), query, {**headers, **extra}, bytes(body)))

    tracemalloc.start()
    send("GET", "/jobs", "limit=1")  # first use: caches, the account
    start = traced()
    for _ in range(keep):
        send("GET", "/jobs", "limit=1")
    shared = (traced() - start) / keep
    mock.reset()
    send("GET", "/jobs", "limit=1")
    start = traced()
    for _ in range(keep):
        send("GET", f"/jobs/{uuid.uuid4()}")
    unique = (traced() - start) / keep
    mock.reset()
    send("GET", "/jobs", "limit=1")
    mock.clock.advance(60)
    start = traced()
    for _ in range(keep):
        send("POST", FLUX, body=b'{"prompt": "a load-test fox"}')
    mock.clock.advance(60)
    full = traced()
    per_job = (full - start) / keep
    past = []
    for _ in range(3):
        for _ in range(keep):
            send("POST", FLUX, body=b'{"prompt": "a load-test fox"}')
        mock.clock.advance(60)
        past.append(traced())
    mock.reset()
    send("GET", "/jobs", "limit=1")
    mock.clock.advance(60)
    start = traced()
    for _ in range(keep):
        send("POST", FLUX, body=b'{"prompt": "a load-test fox"}', **{"x-webhook-url": "http://127.0.0.1:9/hook"})
    mock.clock.advance(60)
    hooked = (traced() - start) / keep
    if len(mock.webhooks) != keep:
        raise SystemExit("a delivery per job was expected")
    if not len(mock.jobs) == len(mock.ledger) == len(mock.requests) == keep:
        raise SystemExit("the bounds were not full: the figures would not be per kept item")
    print(f"--keep {keep}, bytes still allocated per item (tracemalloc, after a garbage collection):")
    print(f"  request record, same path        {shared:7.0f}")
    print(f"  request record, its own path     {unique:7.0f}")
    print(f"  finished job + charge + record   {per_job:7.0f}   (a Flux job, completed)")
    print(f"  the same with a webhook delivery {hooked:7.0f}   (its URL kept by the job and the delivery)")
    print(f"  the bounds full                  {(full - start) / 1e6:7.2f} MB   ({keep:,} of each)")
    rounds = "  ".join(f"{(b - a) / 1e6:+.2f}" for a, b in zip([full, *past], past, strict=False))
    print(f"  then 3 x {keep:,} jobs more, MB each {rounds}   (the job table's slots settle, then flat)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
