"""How does one ``AsyncKrea`` cope with many jobs in flight at once (its ``max_in_flight`` gate, its watcher)?

Run: ``.venv/bin/python tests/benchmarks/bench_in_flight.py [--n 1000 5000] [--seconds 10] [--gates 20]
[--repeat 3]``. It starts a tiny real-time HTTP/1.1 server (this file, ``--serve``) in its own process on a free
127.0.0.1 port: ``POST /generate/image/bfl/flux-1-dev`` creates a job that reads ``processing`` until
``--seconds`` after its creation and ``completed`` from then on, both by ``GET /jobs/{id}`` and in the account's
listing (``GET /jobs``, newest first, ``limit`` up to 1000, ``cursor`` = the last item's ``created_at``, as Krea
documents it). Each case runs in a fresh process of its own (``--case``), so the cases don't share a heap, a
pool or a peak RSS: ``asyncio.gather`` of N ``subscribe`` calls on one ``AsyncKrea(max_in_flight=gate)``; a gate
of 1,000,000 is no gate at all (httpx's pool of 100 connections then takes every request as it comes).

Per case (the median of ``--repeat`` runs, with the range) it prints: the wall time against the ideal (T plus
2 ms per job for the submissions) as a ratio, beside issue 14's goal (at most 1.15); the poll requests in all,
listings and GETs, counted at the server (goal for N = 1000: at most 500); the submission phase (when the
server had created the last job, per job); the lag (from a job's completion to its ``subscribe`` returning:
median and worst); the client's peak RSS (goal for N = 5000: under 150 MiB) and its CPU time (on a shared
machine, the wall time depends on the load; the CPU time much less).
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import datetime
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
import uuid
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

import krea

MODEL = "bfl/flux-1-dev"
STATS_PATH = "/_bench/stats"
NO_GATE = 1_000_000


# --- the server (runs in its own process: `bench_in_flight.py --serve SECONDS`) ---


def _answer(status: str, body: bytes) -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode("ascii") + body


def _instant(at: float) -> str:
    # Microseconds, so that every job's creation time (the listing's cursor) is unique.
    return datetime.datetime.fromtimestamp(at, datetime.UTC).isoformat().replace("+00:00", "Z")


class _State:
    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.created: dict[str, float] = {}
        self.order: list[str] = []
        """Job ids, oldest first."""
        self.times: list[float] = []
        self.posts = 0
        self.gets = 0
        self.lists = 0

    def job(self, job_id: str) -> dict[str, Any]:
        created = self.created[job_id]
        done = time.time() >= created + self.seconds
        return {
            "job_id": job_id,
            "status": "completed" if done else "processing",
            "created_at": _instant(created),
            "completed_at": _instant(created + self.seconds) if done else None,
            "result": {"urls": ["https://gen.krea.ai/images/out.png"]} if done else None,
        }

    def listing(self, query: str) -> dict[str, Any]:
        params = parse_qs(query)
        limit = int(params.get("limit", ["100"])[0])
        end = len(self.order)
        if "cursor" in params:
            cursor = datetime.datetime.fromisoformat(params["cursor"][0]).timestamp()
            end = bisect.bisect_left(self.times, cursor - 5e-7)  # created strictly before the cursor
        ids = self.order[max(end - limit, 0) : end][::-1]
        items = [self.job(job_id) for job_id in ids]
        more = end - limit > 0
        return {"items": items, "next_cursor": items[-1]["created_at"] if more and items else None}


class _Connection(asyncio.Protocol):
    def __init__(self, state: _State) -> None:
        self.state = state
        self.buffer = bytearray()
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        assert self.transport is not None
        self.buffer += data
        while (end := self.buffer.find(b"\r\n\r\n")) >= 0:
            lines = bytes(self.buffer[:end]).decode("latin-1").split("\r\n")
            method, target, _ = lines[0].split(" ", 2)
            length = 0
            for line in lines[1:]:
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            total = end + 4 + length
            if len(self.buffer) < total:
                return
            del self.buffer[:total]
            self.transport.write(self._route(method, target))

    def _route(self, method: str, target: str) -> bytes:
        state = self.state
        if method == "POST" and target.startswith("/generate/"):  # any model: each job runs the server's T
            state.posts += 1
            job_id = str(uuid.uuid4())
            now = max(time.time(), state.times[-1] + 1e-6 if state.times else 0.0)
            state.created[job_id] = now
            state.order.append(job_id)
            state.times.append(now)
            return _answer("200 OK", json.dumps(state.job(job_id)).encode())
        if method == "GET" and target == STATS_PATH:
            body = {"posts": state.posts, "gets": state.gets, "lists": state.lists, "created": state.times}
            return _answer("200 OK", json.dumps(body).encode())
        if method == "GET" and urlsplit(target).path == "/jobs":
            state.lists += 1
            return _answer("200 OK", json.dumps(state.listing(urlsplit(target).query)).encode())
        if method == "GET" and target.startswith("/jobs/") and target[6:] in state.created:
            state.gets += 1
            return _answer("200 OK", json.dumps(state.job(target[6:])).encode())
        return _answer("404 Not Found", b'{"error": "Not found"}')


async def _serve(seconds: float) -> None:
    loop = asyncio.get_running_loop()
    state = _State(seconds)  # shared by every connection; one server per case, so its counts start at zero
    server = await loop.create_server(lambda: _Connection(state), "127.0.0.1", 0, backlog=4096)
    print(server.sockets[0].getsockname()[1], flush=True)
    await loop.run_in_executor(None, sys.stdin.read)  # until the benchmark closes our stdin
    server.close()


# --- one case (runs in its own process: `bench_in_flight.py --case URL N SECONDS GATE`) ---


async def _case(base_url: str, n: int, seconds: float, gate: int) -> dict[str, Any]:
    returned: list[float] = []
    async with krea.AsyncKrea(api_key="bench-key", base_url=base_url, max_in_flight=gate, max_retries=0) as client:

        async def one(k: int) -> None:
            await client.subscribe("image/bfl/flux-1-dev", input={"prompt": f"job {k}"}, timeout=seconds * 20)
            returned.append(time.time())

        started = time.time()
        await asyncio.gather(*(one(k) for k in range(n)))
        wall = time.time() - started
    async with httpx.AsyncClient(timeout=30) as http:
        stats = (await http.get(base_url + STATS_PATH)).json()
    created = stats["created"]
    # Which job returned when is not known here, only the order: lag as sorted returns minus sorted completions.
    lags = [r - (c + seconds) for r, c in zip(sorted(returned), created, strict=True)]
    return {
        "n": n,
        "seconds": seconds,
        "gate": gate,
        "wall": wall,
        "posts": stats["posts"],
        "gets": stats["gets"],
        "lists": stats["lists"],
        "submitted_by": created[-1] - started,
        "lag_p50": statistics.median(lags),
        "lag_max": max(lags),
        "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "cpu": time.process_time(),
    }


def _spread(values: list[float], fmt: str) -> str:
    """The median, with the range when there are several runs."""
    median = format(statistics.median(values), fmt)
    if len(values) == 1:
        return median
    return f"{median} ({format(min(values), fmt)}-{format(max(values), fmt)})"


def _line(runs: list[dict[str, Any]]) -> str:
    first = runs[0]
    n, seconds = first["n"], first["seconds"]
    gate = "none" if first["gate"] >= NO_GATE else str(first["gate"])
    failed = [r["failed"] for r in runs if "failed" in r]
    if failed:
        return f"{n:6d} {seconds:4g}s {gate:>5s}   failed: {failed[0]}"
    ideal = seconds + 0.002 * n

    def col(key: str, fmt: str, scale: float = 1.0) -> str:
        return _spread([r[key] * scale for r in runs], fmt)

    return (
        f"{n:6d} {seconds:4g}s {gate:>5s} {len(runs):2d}x"
        f"   wall/ideal {_spread([r['wall'] / ideal for r in runs], '.2f')} (ideal {ideal:.1f}s)"
        f"   polls {_spread([r['lists'] + r['gets'] for r in runs], '.0f')}"
        f" = lists {col('lists', '.0f')} + GETs {col('gets', '.0f')}"
        f"   submitted {col('submitted_by', '.1f')}s ({col('submitted_by', '.2f', 1000 / n)} ms/job)"
        f"   lag p50 {col('lag_p50', '.2f')}s max {col('lag_max', '.2f')}s   RSS {col('rss_mib', '.0f')} MiB"
        f"   client CPU {col('cpu', '.1f')}s"
    )


def _run_case(n: int, seconds: float, gate: int) -> dict[str, Any]:
    server = subprocess.Popen(
        [sys.executable, __file__, "--serve", str(seconds)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        port = int(server.stdout.readline())
        case = subprocess.run(
            [sys.executable, __file__, "--case", f"http://127.0.0.1:{port}", str(n), str(seconds), str(gate)],
            capture_output=True,
            text=True,
        )
        if case.returncode != 0:
            return {"n": n, "seconds": seconds, "gate": gate, "failed": case.stderr.strip().splitlines()[-1][:300]}
        result: dict[str, Any] = json.loads(case.stdout.strip().splitlines()[-1])
        return result
    finally:
        if server.stdin is not None:
            server.stdin.close()
        server.wait(timeout=10)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--n", type=int, nargs="+", default=[1000, 5000], help="jobs in flight (default 1000 5000)")
    parser.add_argument("--seconds", type=float, default=10.0, help="each job's run time T (default 10)")
    parser.add_argument("--gates", type=int, nargs="+", default=[20], help="max_in_flight values (default 20)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each case (default 3)")
    parser.add_argument("--serve", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--case", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve is not None:
        asyncio.run(_serve(args.serve))
        return 0
    if args.case is not None:
        url, n, seconds, gate = args.case
        print(json.dumps(asyncio.run(_case(url, int(n), float(seconds), int(gate)))))
        return 0
    load = "/".join(f"{x:.2f}" for x in os.getloadavg())
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cpus, load {load}; python {platform.python_version()}, "
        f"httpx {httpx.__version__}, krea {krea.__version__}"
    )
    print("goals (issue 14): wall/ideal <= 1.15; polls <= 500 for N = 1000, T = 10 s; RSS < 150 MiB for N = 5000")
    print("     N    T  gate runs   median (range) of the runs")
    for n in args.n:
        for gate in args.gates:
            print(_line([_run_case(n, args.seconds, gate) for _ in range(args.repeat)]), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
