"""What does a call through the SDK cost beside the same request sent with raw httpx, over loopback?

Run: ``.venv/bin/python tests/benchmarks/bench_overhead.py [--rounds 15] [--calls 200] [--block 10]``. It starts
a tiny HTTP/1.1 server (this file, ``--serve``) in a subprocess on a free 127.0.0.1 port, answering at once with
fixed bodies from the spec's examples: ``GET /jobs/{id}`` a completed job, ``POST /generate/image/bfl/flux-1-dev``
a queued one (200, as the spec says). Four cases, each the facade against raw httpx on the same server:

- sync get: ``Krea(...).jobs.get(id)`` against ``httpx.Client.get(...).json()``
- sync submit: ``Krea(...).image("bfl/flux-1-dev", prompt="x")`` against ``httpx.Client.post(json=...).json()``
- async get and async submit: the same with ``AsyncKrea`` and ``httpx.AsyncClient``, awaited one after another

After a warm-up, each round times ``--calls`` calls of each side, the sides taking turns every ``--block`` calls
(which side goes first flips every round), so the machine's noise hits both alike; it prints, per case, the median
microseconds per call of each side, the median and range of the per-round ratios (facade / raw) and the median
per-round difference. The facade runs with ``max_retries=0`` and the server counts every request by side (the
User-Agent), so both sides must have sent exactly one request per call: the run fails otherwise.

The server is a bare asyncio protocol (no HTTP framework: uvicorn without httptools parses with h11, which would
cost more than the clients being compared) in its own process, so on a 2-core machine it does not share the
clients' interpreter; the "server floor" line (a bare socket sending the same GET) shows what the server and
loopback cost, the part of every call neither client adds. The facade uses the httpx client it makes itself (its
bounded sockets included), as a user's default ``Krea()`` does.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import gc
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Final

import httpcore
import httpx

import krea

JOB_ID = "550e8400-e29b-41d4-a716-446655440000"
MODEL: Final = "bfl/flux-1-dev"
SUBMIT_PATH = f"/generate/image/{MODEL}"
API_KEY = "bench-key"
# GET /jobs/{id}: the spec's `completed` example (openapi/krea.yaml); POST: the queued job the docs show for this
# model (shared/krea-api/examples.json, job_created_queued) with the two null keys the spec's Job schema has.
URLS = ["https://gen.krea.ai/videos/your-video.mp4"]
COMPLETED_JOB = {
    "job_id": JOB_ID,
    "status": "completed",
    "created_at": "2025-01-15T10:30:00.000Z",
    "completed_at": "2025-01-15T10:31:45.000Z",
    "result": {"urls": URLS},
}
QUEUED_JOB = {
    "job_id": JOB_ID,
    "status": "queued",
    "created_at": "2025-01-15T10:30:00.000Z",
    "completed_at": None,
    "result": None,
}
COUNTS_PATH = "/_bench/counts"  # not counted


# --- the server (runs in its own process: `bench_overhead.py --serve`) ---


def _answer(status: str, body: bytes) -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode("ascii") + body


JOB_ANSWER = _answer("200 OK", json.dumps(COMPLETED_JOB).encode())
SUBMIT_ANSWER = _answer("200 OK", json.dumps(QUEUED_JOB).encode())
NOT_FOUND = _answer("404 Not Found", b'{"error": "Not found"}')
UNSUPPORTED = _answer("501 Not Implemented", b'{"error": "only Content-Length bodies"}')


class _Connection(asyncio.Protocol):
    """One keep-alive connection: requests parsed from the buffer as they complete, each answered at once."""

    def __init__(self, counts: Counter[str]) -> None:
        self.counts = counts
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
            headers = {}
            for line in lines[1:]:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            if "transfer-encoding" in headers:
                self.transport.write(UNSUPPORTED)
                self.transport.close()
                return
            total = end + 4 + int(headers.get("content-length", "0"))
            if len(self.buffer) < total:
                return
            del self.buffer[:total]
            self.transport.write(self._route(method, target, headers.get("user-agent", "")))

    def _route(self, method: str, target: str, agent: str) -> bytes:
        side = "facade" if agent.startswith("krea-python/") else "raw" if agent.startswith("python-httpx/") else agent
        if method == "GET" and target == COUNTS_PATH:
            return _answer("200 OK", json.dumps(self.counts).encode())
        if method == "GET" and target.startswith("/jobs/") and "/" not in target[len("/jobs/") :]:
            self.counts[f"{side} get"] += 1
            return JOB_ANSWER
        if method == "POST" and target == SUBMIT_PATH:
            self.counts[f"{side} submit"] += 1
            return SUBMIT_ANSWER
        self.counts[f"{side} other"] += 1
        return NOT_FOUND


async def _serve() -> None:
    counts: Counter[str] = Counter()
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: _Connection(counts), "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print(port, flush=True)
    # Stop when the benchmark closes our stdin (or dies): the server never outlives it.
    await loop.run_in_executor(None, sys.stdin.read)
    server.close()


# --- the measurement ---

SyncCall = Callable[[], object]
AsyncCall = Callable[[], Awaitable[object]]


class Case:
    """One case's per-round timings (microseconds per call) of both sides."""

    def __init__(self, name: str, route: str) -> None:
        self.name = name
        self.route = route
        self.raw: list[float] = []
        self.facade: list[float] = []

    def ratios(self) -> list[float]:
        return [f / r for f, r in zip(self.facade, self.raw, strict=True)]

    def line(self) -> str:
        ratios = self.ratios()
        extra = statistics.median(f - r for f, r in zip(self.facade, self.raw, strict=True))
        return (
            f"{self.name:13s} {statistics.median(self.raw):9.1f} {statistics.median(self.facade):12.1f}"
            f"   {statistics.median(ratios):5.2f} [{min(ratios):.2f}-{max(ratios):.2f}]   {extra:+9.1f}"
        )


@dataclasses.dataclass(frozen=True)
class Plan:
    rounds: int
    calls: int  # per side and round
    block: int  # the sides alternate every `block` calls within a round
    warmup: int  # calls per side before the first round


def _round_sync(sides: Sequence[SyncCall], calls: int, block: int) -> list[float]:
    """``calls`` calls of each side, the sides taking turns every ``block`` calls; us/call of each, in order."""
    gc.collect()
    spent = [0.0] * len(sides)
    for done in range(0, calls, block):
        n = min(block, calls - done)
        for i, call in enumerate(sides):
            started = time.perf_counter()
            for _ in range(n):
                call()
            spent[i] += time.perf_counter() - started
    return [seconds / calls * 1e6 for seconds in spent]


async def _round_async(sides: Sequence[AsyncCall], calls: int, block: int) -> list[float]:
    """The asyncio twin of ``_round_sync``: each call awaited before the next starts."""
    gc.collect()
    spent = [0.0] * len(sides)
    for done in range(0, calls, block):
        n = min(block, calls - done)
        for i, call in enumerate(sides):
            started = time.perf_counter()
            for _ in range(n):
                await call()
            spent[i] += time.perf_counter() - started
    return [seconds / calls * 1e6 for seconds in spent]


def _run_sync(case: Case, raw: SyncCall, facade: SyncCall, plan: Plan) -> None:
    _round_sync((raw, facade), plan.warmup, plan.block)
    for n in range(plan.rounds):
        if n % 2 == 0:
            raw_us, facade_us = _round_sync((raw, facade), plan.calls, plan.block)
        else:
            facade_us, raw_us = _round_sync((facade, raw), plan.calls, plan.block)
        case.raw.append(raw_us)
        case.facade.append(facade_us)


async def _run_async(case: Case, raw: AsyncCall, facade: AsyncCall, plan: Plan) -> None:
    await _round_async((raw, facade), plan.warmup, plan.block)
    for n in range(plan.rounds):
        if n % 2 == 0:
            raw_us, facade_us = await _round_async((raw, facade), plan.calls, plan.block)
        else:
            facade_us, raw_us = await _round_async((facade, raw), plan.calls, plan.block)
        case.raw.append(raw_us)
        case.facade.append(facade_us)


def _floor(port: int, plan: Plan) -> list[float]:
    """The server and loopback alone: a bare socket on one keep-alive connection, GET /jobs/{id} (us/call)."""
    request = f"GET /jobs/{JOB_ID} HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: floor\r\n\r\n".encode()
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def call() -> None:
            sock.sendall(request)
            got = 0
            while got < len(JOB_ANSWER):
                chunk = sock.recv(65536)
                if not chunk:
                    raise SystemExit("the server closed the connection")
                got += len(chunk)

        _round_sync((call,), plan.warmup, plan.block)
        return [_round_sync((call,), plan.calls, plan.block)[0] for _ in range(plan.rounds)]


def _check_sync(raw: httpx.Client, facade: krea.Krea) -> None:
    """One call of each kind on each side, to see that both read what the server sent."""
    assert raw.get(f"/jobs/{JOB_ID}").json() == COMPLETED_JOB
    assert raw.post(SUBMIT_PATH, json={"prompt": "x"}).json() == QUEUED_JOB
    job = facade.jobs.get(JOB_ID)
    assert (job.id, job.status, job.urls) == (JOB_ID, "completed", URLS)
    submitted = facade.image(MODEL, prompt="x")
    assert (submitted.id, submitted.status) == (JOB_ID, "queued")


def _sync_cases(base_url: str, plan: Plan) -> list[Case]:
    get, submit = Case("sync get", "get"), Case("sync submit", "submit")
    headers = {"Authorization": f"Bearer {API_KEY}"}
    with (
        httpx.Client(base_url=base_url, headers=headers) as raw,
        krea.Krea(api_key=API_KEY, base_url=base_url, max_retries=0) as facade,
    ):
        _check_sync(raw, facade)
        _run_sync(get, lambda: raw.get(f"/jobs/{JOB_ID}").json(), lambda: facade.jobs.get(JOB_ID), plan)
        _run_sync(
            submit,
            lambda: raw.post(SUBMIT_PATH, json={"prompt": "x"}).json(),
            lambda: facade.image(MODEL, prompt="x"),
            plan,
        )
    return [get, submit]


async def _async_cases(base_url: str, plan: Plan) -> list[Case]:
    get, submit = Case("async get", "get"), Case("async submit", "submit")
    headers = {"Authorization": f"Bearer {API_KEY}"}
    async with (
        httpx.AsyncClient(base_url=base_url, headers=headers) as raw,
        krea.AsyncKrea(api_key=API_KEY, base_url=base_url, max_retries=0) as facade,
    ):

        async def raw_get() -> Any:
            return (await raw.get(f"/jobs/{JOB_ID}")).json()

        async def raw_submit() -> Any:
            return (await raw.post(SUBMIT_PATH, json={"prompt": "x"})).json()

        job = await facade.jobs.get(JOB_ID)
        assert (job.id, job.status) == (JOB_ID, "completed")
        assert (await raw_get()) == COMPLETED_JOB
        assert (await raw_submit()) == QUEUED_JOB
        assert (await facade.image(MODEL, prompt="x")).status == "queued"
        await _run_async(get, raw_get, lambda: facade.jobs.get(JOB_ID), plan)
        await _run_async(submit, raw_submit, lambda: facade.image(MODEL, prompt="x"), plan)
    return [get, submit]


def _counts(base_url: str) -> Counter[str]:
    # Its own client, so its User-Agent counts nothing; the path is not counted either.
    found: dict[str, int] = httpx.get(base_url + COUNTS_PATH, headers={"User-Agent": "bench-counter"}).json()
    return Counter(found)


EXPECTED_KEYS = {f"{side} {route}" for side in ("raw", "facade") for route in ("get", "submit")}


def _verify(case: Case, before: Counter[str], after: Counter[str], expected: int) -> str:
    sent = after - before
    raw, facade = sent[f"raw {case.route}"], sent[f"facade {case.route}"]
    stray = {key: value for key, value in sent.items() if key not in EXPECTED_KEYS}
    if raw != expected or facade != expected or stray:
        raise SystemExit(
            f"{case.name}: the server counted raw {raw}, facade {facade} requests (expected {expected} each)"
            + (f", and unexpected ones: {stray}" if stray else "")
        )
    return f"{case.name} {raw}/{facade}"


def _machine() -> str:
    load = "/".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"machine: {platform.machine()} {platform.system()} {platform.release()}, {os.cpu_count()} cpus, "
        f"load average {load}\n"
        f"python {platform.python_version()} ({platform.python_implementation()}), httpx {httpx.__version__}, "
        f"httpcore {httpcore.__version__}, krea {krea.__version__}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15, help="rounds per case (default 15)")
    parser.add_argument("--calls", type=int, default=200, help="calls per side in each round (default 200)")
    parser.add_argument("--block", type=int, default=10, help="the sides take turns every N calls (default 10)")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)  # the server's own process
    args = parser.parse_args()
    if args.serve:
        asyncio.run(_serve())
        return 0
    if min(args.rounds, args.calls, args.block) < 1:
        parser.error("--rounds, --calls and --block must be 1 or more")
    plan = Plan(rounds=args.rounds, calls=args.calls, block=args.block, warmup=max(50, args.calls // 2))
    # Per side and kind: one checking call (_check_sync, or the async checks), the warm-up, the rounds.
    expected = 1 + plan.warmup + plan.rounds * plan.calls
    server = subprocess.Popen(
        [sys.executable, __file__, "--serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        port = int(server.stdout.readline())
        base_url = f"http://127.0.0.1:{port}"
        print(_machine())
        print(
            f"server: {base_url} (asyncio, own process); {plan.rounds} rounds x {plan.calls} calls per side, "
            f"taking turns every {plan.block} calls; {plan.warmup} warm-up calls per side"
        )
        floor = _floor(port, plan)
        before = _counts(base_url)
        cases = _sync_cases(base_url, plan)
        after = _counts(base_url)
        checks = [_verify(case, before, after, expected) for case in cases]
        before = after
        async_cases = asyncio.run(_async_cases(base_url, plan))
        after = _counts(base_url)
        checks += [_verify(case, before, after, expected) for case in async_cases]
        cases += async_cases
    finally:
        if server.stdin is not None:
            server.stdin.close()
        try:
            server.wait(timeout=5)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    print(
        f"server floor (bare socket, one keep-alive connection, GET /jobs/{{id}}): median "
        f"{statistics.median(floor):.1f} us/call [{min(floor):.1f}-{max(floor):.1f}]"
    )
    print()
    print("case          raw us/call  facade us/call   ratio [min-max]      facade-raw us")
    for case in cases:
        print(case.line())
    print(f"\nrequests counted at the server (raw/facade, one per call on both sides): {', '.join(checks)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
