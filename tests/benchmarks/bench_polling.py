"""How many GETs does a single wait send, and how late does it see its job done, for jobs of several lengths?

Run: ``.venv/bin/python tests/benchmarks/bench_polling.py [--seconds 3 7 10 30] [--runs 9]``. For each job
length T it starts the real-time server of ``bench_in_flight.py`` (``--serve T``: every job completes T seconds
after its creation) in its own process, once for ``bfl/flux-1-dev`` (Krea documents ~7 s:
``x-krea-average-seconds``, so its first check waits for most of that) and once for ``google/imagen-4`` (no
documented average: the default schedule, 1 s then 1.5x up to 5 s, which is what every job got before). Each
run is one ``subscribe`` on a client of its own (a wait alone on its client, so it polls with its own GETs),
and all the runs of all the cases go at once, side by side, so they see the same machine.

Per case it prints the median (and range) over the runs of: the GETs per job, the GETs per second of job
time, and the lag (from the job's completion to ``subscribe`` returning), in seconds and as a share of T;
beside issue 14's goals: for a job of flux-1-dev's average length (T = 7 s), a median lag of at most 25% of
7 s and at most 0.4 GETs per second; for other lengths, a lag no worse than before (at most 2 s at T = 3,
3.5 s at T = 10, 4 s at T = 30).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

import krea

SERVER = Path(__file__).with_name("bench_in_flight.py")
MODELS = {"flux-1-dev (avg 7 s)": "image/bfl/flux-1-dev", "imagen-4 (no avg)": "image/google/imagen-4"}
GOALS = {3.0: 2.0, 7.0: 0.25 * 7.0, 10.0: 3.5, 30.0: 4.0}
"""Issue 14's most median lag per job length, in seconds."""


def _server(seconds: float) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [sys.executable, str(SERVER), "--serve", str(seconds)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    return process, f"http://127.0.0.1:{int(process.stdout.readline())}"


async def _one(base_url: str, endpoint: str, seconds: float) -> float:
    """One submission and wait on a client of its own; when it returned (``time.time()``)."""
    async with krea.AsyncKrea(api_key="bench-key", base_url=base_url, max_retries=0) as client:
        job = await client.generate(endpoint, {"prompt": "a fox"})  # subscribe, for an endpoint not typed here
        await job.wait(timeout=seconds * 10 + 60)
        return time.time()


async def _case(base_url: str, endpoint: str, seconds: float, runs: int) -> dict[str, Any]:
    returned = sorted(await asyncio.gather(*(_one(base_url, endpoint, seconds) for _ in range(runs))))
    async with httpx.AsyncClient(timeout=30) as http:
        stats = (await http.get(base_url + "/_bench/stats")).json()
    lags = [r - (c + seconds) for r, c in zip(returned, sorted(stats["created"]), strict=True)]
    return {"lags": lags, "gets": stats["gets"] / runs, "lists": stats["lists"]}


def _spread(values: list[float], fmt: str) -> str:
    return f"{format(statistics.median(values), fmt)} ({format(min(values), fmt)}-{format(max(values), fmt)})"


async def _all(lengths: list[float], runs: int) -> None:
    servers = {(name, t): _server(t) for name in MODELS for t in lengths}
    try:
        cases = [_case(url, MODELS[name], t, runs) for (name, t), (_, url) in servers.items()]
        results = dict(zip(servers, await asyncio.gather(*cases), strict=True))
    finally:
        for process, _ in servers.values():
            if process.stdin is not None:
                process.stdin.close()
            process.wait(timeout=10)
    print("model                     T   GETs/job  GETs/s of job   lag median (range)       lag/T   goal (median lag)")
    for (name, t), r in results.items():
        assert r["lists"] == 0, "a wait alone on its client must not list"
        lag = statistics.median(r["lags"])
        goal = GOALS.get(t) if name.startswith("flux") else None  # the other model shows the schedule before
        verdict = "" if goal is None else f"<= {goal:.2f}s: {'met' if lag <= goal else 'NOT met'}"
        if goal is not None and t == 7.0:
            per_second = r["gets"] / t
            verdict += f"; GETs/s <= 0.4: {'met' if per_second <= 0.4 else 'NOT met'}"
        print(
            f"{name:22s} {t:4g}s   {r['gets']:6.1f}   {r['gets'] / t:8.2f}        {_spread(r['lags'], '.2f'):22s}"
            f"  {lag / t:5.0%}   {verdict}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--seconds", type=float, nargs="+", default=[3.0, 7.0, 10.0, 30.0], help="job lengths T")
    parser.add_argument("--runs", type=int, default=9, help="waits per case, all at once (default 9)")
    args = parser.parse_args()
    load = "/".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"machine: {platform.machine()}, {os.cpu_count()} cpus, load {load}; python {platform.python_version()}")
    asyncio.run(_all(args.seconds, args.runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
