"""Whole job lifecycles over real HTTP: the facade (sync and async) against the mock served by uvicorn on
127.0.0.1, so sockets, connection drops and headers are real. The mock's virtual clock is the facade's sleep.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from krea import AsyncKrea, InsufficientBalanceError, JobFailedError, Krea, SubmissionUncertainError
from krea.testing import MockKrea
from tests.e2e._support import free_port


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[MockKrea, str]]:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    mock = MockKrea(base_url=base)
    server = uvicorn.Server(uvicorn.Config(mock.app, host="127.0.0.1", port=port, log_level="critical"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    yield mock, base
    server.should_exit = True
    thread.join(timeout=10)
    mock.close()


@pytest.fixture
def mock(served: tuple[MockKrea, str]) -> MockKrea:
    served[0].reset()
    return served[0]


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def run(flavour: str, mock: MockKrea, scenario: Any, **options: Any) -> Any:
    """Run ``scenario(client)`` with a real-HTTP client of the flavour; awaited for the async one."""
    base = mock.base_url
    if flavour == "sync":
        with Krea(mock.api_key, base_url=base, sleep=mock.clock.advance, **options) as client:
            return scenario(client)

    async def sleep(seconds: float) -> None:
        mock.clock.advance(seconds)

    async def main() -> Any:
        async with AsyncKrea(mock.api_key, base_url=base, sleep=sleep, **options) as client:
            result = scenario(client)
            return await result if asyncio.iscoroutine(result) else result

    return asyncio.run(main())


def test_generate_wait_and_download_over_http(flavour: str, mock: MockKrea, tmp_path: Path) -> None:
    mock.set_duration("video", 120)

    async def asynchronous(client: AsyncKrea) -> list[Path]:
        job = await client.subscribe("video/google/veo-3", input={"prompt": "waves", "duration": 4})
        return await job.download(tmp_path)

    def synchronous(client: Krea) -> list[Path]:
        return client.subscribe("video/google/veo-3", input={"prompt": "waves", "duration": 4}).download(tmp_path)

    [path] = run(flavour, mock, asynchronous if flavour == "async" else synchronous)
    assert path.suffix == ".mp4"
    assert path.stat().st_size > 0
    assert mock.clock.seconds >= 120
    assert len(mock.ledger) == 1
    sent = [entry for entry in mock.requests if entry.path.startswith("/_mock/files/")]
    assert sent, "the download did not reach the mock"


def test_402_over_http_creates_nothing(flavour: str, mock: MockKrea) -> None:
    mock.set_balance(0)

    def scenario(client: Any) -> Any:
        return client.image("bfl/flux-1-dev", prompt="x")

    with pytest.raises(InsufficientBalanceError, match="top up"):
        run(flavour, mock, scenario)
    assert mock.jobs == []


def test_a_dropped_connection_after_the_job_was_created_is_reported_uncertain(flavour: str, mock: MockKrea) -> None:
    mock.fail_next(kind="lost_response")

    def scenario(client: Any) -> Any:
        return client.image("bfl/flux-1-dev", prompt="x")

    with pytest.raises(SubmissionUncertainError):
        run(flavour, mock, scenario)
    assert len(mock.jobs) == 1  # created once, never resent
    posts = [e for e in mock.requests if e.method == "POST"]
    assert len(posts) == 1


def test_a_failed_job_over_http_is_not_charged(flavour: str, mock: MockKrea) -> None:
    mock.script_next("failed", code="nsfw")
    before = mock.balance

    def scenario(client: Any) -> Any:
        return client.subscribe("image/bfl/flux-1-dev", input={"prompt": "x"})

    with pytest.raises(JobFailedError) as failed:
        run(flavour, mock, scenario)
    assert failed.value.code == "nsfw"
    assert mock.balance == before
    assert mock.ledger == []
    assert isinstance(before, Decimal)


def test_a_wait_is_bounded_even_with_no_request_timeout_and_a_server_that_stalls(flavour: str, mock: MockKrea) -> None:
    from krea import JobTimeoutError

    mock.set_duration("image", 600)

    def scenario(client: Any) -> Any:
        async def later() -> Any:
            job = await client.image("bfl/flux-1-dev", prompt="x")
            mock.fail_next(5, kind="slow", delay=6.0)  # every poll now stalls for 6 s
            return await job.wait(timeout=1.5)

        if flavour == "async":
            return later()
        job = client.image("bfl/flux-1-dev", prompt="x")
        mock.fail_next(5, kind="slow", delay=6.0)
        return job.wait(timeout=1.5)

    started = time.monotonic()
    with pytest.raises(JobTimeoutError):
        run(flavour, mock, scenario, timeout=None)
    assert time.monotonic() - started < 5.0  # not 6 s per stalled poll, let alone forever
