"""How does one ``AsyncKrea`` cope with many jobs in flight at once, with and without its ``max_in_flight`` gate?

Run: ``.venv/bin/python tests/benchmarks/bench_in_flight.py [--n 250 1000] [--seconds 10] [--gates 1000000 20]``.
It starts a tiny real-time HTTP/1.1 server (this file, ``--serve``) in its own process on a free 127.0.0.1 port:
``POST /generate/image/bfl/flux-1-dev`` creates a job that reads ``processing`` until ``--seconds`` after its
creation and ``completed`` from then on (``GET /jobs/{id}``). Each case runs in a fresh process of its own
(``--case``), so the cases don't share a heap, a pool or a peak RSS: ``asyncio.gather`` of N ``subscribe``
calls on one ``AsyncKrea(max_in_flight=gate)``; a gate of 1,000,000 is no gate at all (httpx's pool of 100
connections then takes every request as it comes).

Per case it prints: the wall time against the ideal (T plus 2 ms per job for the submissions, the issue's
goal), the requests per job (POST and GET) counted at the server, the submission phase (when the server had
created the last job, and that divided by N), the lag (from a job's completion to its ``subscribe`` returning:
median and worst) and the client's peak RSS.
"""

from __future__ import annotations

import argparse
import asyncio
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

import httpx

import krea

MODEL = "bfl/flux-1-dev"
SUBMIT_PATH = f"/generate/image/{MODEL}"
STATS_PATH = "/_bench/stats"
NO_GATE = 1_000_000


# --- the server (runs in its own process: `bench_in_flight.py --serve SECONDS`) ---


def _answer(status: str, body: bytes) -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode("ascii") + body


class _State:
    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.created: dict[str, float] = {}
        self.posts = 0
        self.gets = 0

    def job(self, job_id: str) -> dict[str, Any]:
        done = time.time() >= self.created[job_id] + self.seconds
        return {
            "job_id": job_id,
            "status": "completed" if done else "processing",
            "created_at": "2026-12-01T10:00:00.000Z",
            "completed_at": "2026-12-01T10:00:10.000Z" if done else None,
            "result": {"urls": ["https://gen.krea.ai/images/out.png"]} if done else None,
        }


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
        if method == "POST" and target == SUBMIT_PATH:
            state.posts += 1
            job_id = str(uuid.uuid4())
            state.created[job_id] = time.time()
            return _answer("200 OK", json.dumps(state.job(job_id)).encode())
        if method == "GET" and target == STATS_PATH:
            body = {"posts": state.posts, "gets": state.gets, "created": sorted(state.created.values())}
            return _answer("200 OK", json.dumps(body).encode())
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
        "submitted_by": created[-1] - started,
        "lag_p50": statistics.median(lags),
        "lag_max": max(lags),
        "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def _line(r: dict[str, Any]) -> str:
    ideal = r["seconds"] + 0.002 * r["n"]
    gate = "none" if r["gate"] >= NO_GATE else str(r["gate"])
    if "failed" in r:
        return f"{r['n']:6d} {r['seconds']:4g}s {gate:>5s}   failed: {r['failed']}"
    return (
        f"{r['n']:6d} {r['seconds']:4g}s {gate:>5s}   {r['wall']:7.1f}s {ideal:6.1f}s {r['wall'] / ideal:5.2f}x"
        f"   {r['posts'] / r['n']:4.1f} {r['gets'] / r['n']:5.1f}"
        f"   {r['submitted_by']:7.2f}s {r['submitted_by'] / r['n'] * 1000:6.2f}ms"
        f"   {r['lag_p50']:5.2f}s {r['lag_max']:5.2f}s   {r['rss_mib']:6.0f}"
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
    parser.add_argument("--n", type=int, nargs="+", default=[250, 1000], help="jobs in flight (default 250 1000)")
    parser.add_argument("--seconds", type=float, default=10.0, help="each job's run time T (default 10)")
    parser.add_argument("--gates", type=int, nargs="+", default=[NO_GATE, 20], help="max_in_flight values")
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
    print("     N    T  gate      wall  ideal ratio   POST/job GET/job   submitted   per job    lag p50   max   MiB")
    for n in args.n:
        for gate in args.gates:
            print(_line(_run_case(n, args.seconds, gate)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
