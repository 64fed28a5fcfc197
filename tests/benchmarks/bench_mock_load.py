"""Does ``krea mock serve`` hold up under sustained load? 64 clients, 60 s of mixed traffic, real-time clock.

Run: ``.venv/bin/python tests/benchmarks/bench_mock_load.py [--clients 64] [--seconds 60] [--speed 20]``.
Starts ``krea mock serve --speed N`` on a free loopback port, then each client (its own account) loops over
a mix: create a Flux job (35 %), poll one of its jobs (40 %), list its jobs (15 %), create a video and cancel
it (10 %). No control is called. Prints requests/second, latency p50/p99, the statuses seen, and the server's
RSS after the first 10 s and at the end. Exits 1 if any answer was a 5xx or RSS grew more than 20 % after 10 s.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import httpx

FLUX = "/generate/image/bfl/flux-1-dev"
VIDEO = "/generate/video/alibaba/wan-2.5"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def client(base: str, index: int, stop: float, latencies: list[float], statuses: Counter[int]) -> None:
    rng = random.Random(index)
    mine: list[str] = []
    headers = {"Authorization": f"Bearer load-{index}"}
    async with httpx.AsyncClient(base_url=base, headers=headers, timeout=30) as http:

        async def send(method: str, path: str, **kwargs: object) -> httpx.Response:
            began = time.perf_counter()
            response = await http.request(method, path, **kwargs)  # type: ignore[arg-type]  # httpx's kwargs
            latencies.append(time.perf_counter() - began)
            statuses[response.status_code] += 1
            return response

        while time.monotonic() < stop:
            pick = rng.random()
            if pick < 0.35 or not mine:
                created = await send("POST", FLUX, json={"prompt": "a load-test fox"})
                if created.status_code == 200:
                    mine.append(created.json()["job_id"])
                    del mine[:-50]
            elif pick < 0.75:
                await send("GET", f"/jobs/{rng.choice(mine)}")
            elif pick < 0.90:
                await send("GET", "/jobs", params={"limit": 20})
            else:
                video = await send("POST", VIDEO, json={"prompt": "a load-test video"})
                if video.status_code == 200:
                    await send("DELETE", f"/jobs/{video.json()['job_id']}")


async def drive(base: str, clients: int, seconds: float, pid: int) -> tuple[list[float], Counter[int], float, float]:
    latencies: list[float] = []
    statuses: Counter[int] = Counter()
    stop = time.monotonic() + seconds
    tasks = [asyncio.create_task(client(base, i, stop, latencies, statuses)) for i in range(clients)]
    await asyncio.sleep(min(10, seconds / 2))
    early = rss_mb(pid)
    await asyncio.gather(*tasks)
    return latencies, statuses, early, rss_mb(pid)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=64)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--speed", type=float, default=20)
    parser.add_argument("--keep", type=int, default=None, help="the server's --keep (default: its default)")
    args = parser.parse_args()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "krea", "mock", "serve", "--port", str(port), "--speed", str(args.speed)]
    command += ["--balance", "1000000", "--backlog", "1000"] + ([] if args.keep is None else ["--keep", str(args.keep)])
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(f"{base}/_mock", timeout=1)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("krea mock serve did not start") from None
                time.sleep(0.1)
        start_rss = rss_mb(server.pid)
        began = time.perf_counter()
        latencies, statuses, early, end = asyncio.run(drive(base, args.clients, args.seconds, server.pid))
        elapsed = time.perf_counter() - began
    finally:
        server.terminate()
        server.wait(timeout=10)
    latencies.sort()
    total = len(latencies)

    def pct(p: float) -> float:
        return latencies[min(int(p * total), total - 1)] * 1000

    errors = sum(n for status, n in statuses.items() if status >= 500)
    growth = (end - early) / early * 100
    print(f"{total} requests by {args.clients} clients in {elapsed:.1f} s: {total / elapsed:.0f} requests/s")
    print(f"latency p50 {pct(0.5):.1f} ms, p99 {pct(0.99):.1f} ms, max {latencies[-1] * 1000:.0f} ms")
    print(f"statuses {dict(sorted(statuses.items()))}; 5xx: {errors}")
    print(f"server RSS: {start_rss:.0f} MB idle, {early:.0f} MB after 10 s, {end:.0f} MB at the end ({growth:+.0f} %)")
    return 1 if errors or growth > 20 else 0


if __name__ == "__main__":
    raise SystemExit(main())
