"""The gate in front of the pool: at most ``max_in_flight`` requests in flight, queued first come first served,
and a deadline passing in the queue is a request that was never sent."""

from __future__ import annotations

import asyncio
import functools
import json
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

import krea
from krea import APITimeoutError, JobTimeoutError, SubmissionUncertainError
from krea._http import deadline
from tests.unit.conftest import BASE, JOB_ID, KEY, job

FLUX = "/generate/image/bfl/flux-1-dev"


class Server:
    """The server side of a ``MockTransport``: counts requests in flight and records the order they arrive."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.now = 0
        self.most = 0
        self.seen: list[str] = []

    def arrive(self, request: httpx.Request) -> None:
        with self.lock:
            self.now += 1
            self.most = max(self.most, self.now)
            tag = json.loads(request.content)["prompt"] if request.method == "POST" else "poll"
            self.seen.append(tag)

    def depart(self) -> None:
        with self.lock:
            self.now -= 1

    @staticmethod
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=job("queued" if request.method == "POST" else "completed"))


async def until(condition: Callable[[], bool]) -> None:
    """Let the other tasks run until ``condition`` holds."""
    for _ in range(100_000):
        if condition():
            return
        await asyncio.sleep(0)
    raise AssertionError("the condition never held")


def test_concurrent_async_calls_never_exceed_max_in_flight() -> None:
    server = Server()

    async def handler(request: httpx.Request) -> httpx.Response:
        server.arrive(request)
        await asyncio.sleep(0.005)
        server.depart()
        return server.answer(request)

    async def main() -> None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        async with krea.AsyncKrea(api_key=KEY, base_url=BASE, http_client=http, max_in_flight=5) as client:
            gets = [client.jobs.get(JOB_ID) for _ in range(40)]
            posts = [client.image("bfl/flux-1-dev", prompt=f"p{n}") for n in range(40)]
            done = await asyncio.gather(*gets, *posts)
        assert len(done) == 80
        await http.aclose()

    asyncio.run(main())
    assert len(server.seen) == 80
    assert server.most == 5


def test_concurrent_sync_calls_from_threads_never_exceed_max_in_flight() -> None:
    server = Server()

    def handler(request: httpx.Request) -> httpx.Response:
        server.arrive(request)
        time.sleep(0.005)
        server.depart()
        return server.answer(request)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = krea.Krea(api_key=KEY, base_url=BASE, http_client=http, max_in_flight=3)
    with ThreadPoolExecutor(12) as pool:
        done = list(pool.map(lambda _: client.jobs.get(JOB_ID), range(60)))
    assert len(done) == 60
    assert server.most == 3


@pytest.mark.asyncio
async def test_a_poll_queued_behind_submissions_goes_before_later_submissions() -> None:
    server = Server()
    release = asyncio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        server.arrive(request)
        if server.seen == ["first"]:
            await release.wait()  # holds the only slot while the others queue
        server.depart()
        return server.answer(request)

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    client = krea.AsyncKrea(api_key=KEY, base_url=BASE, http_client=http, max_in_flight=1)
    gate = client._gateway._gate
    tasks = [asyncio.create_task(client.image("bfl/flux-1-dev", prompt="first"))]
    order = [f"early{n}" for n in range(4)] + ["poll"] + [f"late{n}" for n in range(4)]
    for n, tag in enumerate(order):
        call = client.jobs.get(JOB_ID) if tag == "poll" else client.image("bfl/flux-1-dev", prompt=tag)
        tasks.append(asyncio.create_task(call))
        await until(functools.partial(lambda count: len(gate._waiters) == count, n + 1))  # queued before the next
    release.set()
    await asyncio.gather(*tasks)
    assert server.seen == ["first", *order]
    await http.aclose()


def test_sync_threads_queued_at_the_gate_go_in_the_order_they_came() -> None:
    server = Server()
    release = threading.Event()

    def handler(request: httpx.Request) -> httpx.Response:
        server.arrive(request)
        if server.seen == ["first"]:
            release.wait(10)
        server.depart()
        return server.answer(request)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = krea.Krea(api_key=KEY, base_url=BASE, http_client=http, max_in_flight=1)
    gate = client._gateway._gate
    order = ["early0", "early1", "poll", "late0", "late1"]
    with ThreadPoolExecutor(len(order) + 1) as pool:
        futures = [pool.submit(client.image, "bfl/flux-1-dev", prompt="first")]
        while server.seen != ["first"]:
            time.sleep(0.001)
        for n, tag in enumerate(order):
            if tag == "poll":
                futures.append(pool.submit(client.jobs.get, JOB_ID))
            else:
                futures.append(pool.submit(client.image, "bfl/flux-1-dev", prompt=tag))
            while len(gate._waiters) < n + 1:
                time.sleep(0.001)
        release.set()
        for future in futures:
            future.result()
    assert server.seen == ["first", *order]


def _held(server: Server, release: asyncio.Event) -> Any:
    async def handler(request: httpx.Request) -> httpx.Response:
        server.arrive(request)
        await release.wait()
        server.depart()
        return server.answer(request)

    return handler


@pytest.mark.asyncio
async def test_a_wait_whose_deadline_passes_while_queued_times_out_and_sends_nothing() -> None:
    server, release = Server(), asyncio.Event()
    http = httpx.AsyncClient(transport=httpx.MockTransport(_held(server, release)))
    client = krea.AsyncKrea(api_key=KEY, base_url=BASE, http_client=http, max_in_flight=1)
    holder = asyncio.create_task(client.image("bfl/flux-1-dev", prompt="first"))
    await until(lambda: bool(server.seen))
    started = time.monotonic()
    with pytest.raises(JobTimeoutError):
        await client.jobs.wait(JOB_ID, timeout=0.2)
    assert 0.2 <= time.monotonic() - started < 2
    assert server.seen == ["first"]  # the wait's GET never left the queue
    release.set()
    await holder
    await http.aclose()


@pytest.mark.asyncio
async def test_a_submission_whose_deadline_passes_while_queued_was_not_sent() -> None:
    server, release = Server(), asyncio.Event()
    http = httpx.AsyncClient(transport=httpx.MockTransport(_held(server, release)))
    client = krea.AsyncKrea(api_key=KEY, base_url=BASE, http_client=http, max_in_flight=1)
    holder = asyncio.create_task(client.jobs.get(JOB_ID))
    await until(lambda: bool(server.seen))
    with deadline(0.1), pytest.raises(APITimeoutError, match="was not sent") as caught:
        await client.image("bfl/flux-1-dev", prompt="queued")
    assert not isinstance(caught.value, SubmissionUncertainError)
    assert server.seen == ["poll"]  # nothing else was sent, and nothing was retried
    release.set()
    await holder
    # The slot was handed back: the client still sends.
    assert (await client.image("bfl/flux-1-dev", prompt="after")).status == "queued"
    await http.aclose()


def test_a_sync_wait_whose_deadline_passes_while_queued_times_out_and_sends_nothing() -> None:
    server, release = Server(), threading.Event()

    def handler(request: httpx.Request) -> httpx.Response:
        server.arrive(request)
        release.wait(10)
        server.depart()
        return server.answer(request)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = krea.Krea(api_key=KEY, base_url=BASE, http_client=http, max_in_flight=1)
    with ThreadPoolExecutor(1) as pool:
        holder = pool.submit(client.image, "bfl/flux-1-dev", prompt="first")
        while not server.seen:
            time.sleep(0.001)
        with pytest.raises(JobTimeoutError):
            client.jobs.wait(JOB_ID, timeout=0.2)
        assert server.seen == ["first"]
        with deadline(0.05), pytest.raises(APITimeoutError, match="was not sent"):
            client.image("bfl/flux-1-dev", prompt="queued")
        release.set()
        holder.result()
    assert server.seen == ["first"]
    assert client.jobs.get(JOB_ID).status == "completed"


@pytest.mark.parametrize("flavour", [krea.Krea, krea.AsyncKrea])
def test_max_in_flight_comes_from_the_argument_or_krea_max_in_flight(
    flavour: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert flavour(api_key=KEY)._gateway._gate.limit == 20
    monkeypatch.setenv("KREA_MAX_IN_FLIGHT", "7")
    assert flavour(api_key=KEY)._gateway._gate.limit == 7
    assert flavour(api_key=KEY, max_in_flight=2)._gateway._gate.limit == 2


def test_a_sync_wait_at_the_gate_takes_any_finite_deadline() -> None:
    from krea._sync._flavour import Gate

    gate = Gate(1)
    assert gate.enter(None)
    with ThreadPoolExecutor(1) as pool:
        waiting = pool.submit(gate.enter, 1e300)  # beyond threading.TIMEOUT_MAX
        while not gate._waiters:
            time.sleep(0.001)
        gate.leave()
        assert waiting.result(timeout=5)
    assert not gate.enter(0)  # the slot passed to the waiter, which still holds it


@pytest.mark.asyncio
async def test_a_request_that_goes_ahead_takes_the_next_slot_before_those_queued_earlier() -> None:
    from krea._async._flavour import Gate

    gate = Gate(1)
    assert await gate.enter(None)
    order: list[str] = []

    async def take(name: str, ahead: bool) -> None:
        assert await gate.enter(None, ahead=ahead)
        order.append(name)
        gate.leave()

    tasks = [asyncio.create_task(take("submission 1", False)), asyncio.create_task(take("submission 2", False))]
    await until(lambda: len(gate._waiters) == 2)
    tasks.append(asyncio.create_task(take("watcher read", True)))
    await until(lambda: len(gate._ahead) == 1)
    gate.leave()
    await asyncio.gather(*tasks)
    assert order == ["watcher read", "submission 1", "submission 2"]


def test_a_sync_request_that_goes_ahead_takes_the_next_slot_before_those_queued_earlier() -> None:
    from krea._sync._flavour import Gate

    gate = Gate(1)
    assert gate.enter(None)
    order: list[str] = []

    def take(name: str, ahead: bool) -> None:
        assert gate.enter(10, ahead=ahead)
        order.append(name)
        gate.leave()

    with ThreadPoolExecutor(3) as pool:
        done = [pool.submit(take, "submission 1", False)]
        while len(gate._waiters) < 1:
            time.sleep(0.001)
        done.append(pool.submit(take, "submission 2", False))
        while len(gate._waiters) < 2:
            time.sleep(0.001)
        done.append(pool.submit(take, "watcher read", True))
        while not gate._ahead:
            time.sleep(0.001)
        gate.leave()
        for future in done:
            future.result(timeout=10)
    assert order == ["watcher read", "submission 1", "submission 2"]
