"""Webhooks end to end: the mock delivers over real loopback HTTP to ``examples/webhook_receiver.py``.

The mock delivers every webhook twice (Krea may), the receiver confirms each delivery with the API and acts
once per job; forged and malformed deliveries are refused.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import uvicorn

import krea
from examples.webhook_receiver import make_app
from krea.testing import MockKrea
from tests.e2e._support import free_port


@pytest.fixture
def receiver(request: pytest.FixtureRequest) -> Iterator[tuple[MockKrea, str, list[krea.AsyncJob]]]:
    handled: list[krea.AsyncJob] = []
    failures = [RuntimeError("the handler failed once")] if getattr(request, "param", "") == "fails_once" else []

    async def handle(job: krea.AsyncJob) -> None:
        if failures:
            raise failures.pop()
        handled.append(job)

    with MockKrea(duplicate_webhooks=True) as mock:
        port = free_port()
        server = uvicorn.Server(
            uvicorn.Config(make_app(mock.async_client(), handle), host="127.0.0.1", port=port, log_level="warning")
        )
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 10
        while not server.started:
            assert time.monotonic() < deadline, "the receiver did not start"
            time.sleep(0.02)
        try:
            yield mock, f"http://127.0.0.1:{port}/krea-webhook", handled
        finally:
            server.should_exit = True
            thread.join(timeout=10)


def _run_and_deliver(mock: MockKrea, url: str) -> tuple[krea.Job, list[int | None]]:
    """Run one job with ``url`` as its webhook; the job, and the status of each (duplicate) delivery."""
    client = mock.client()
    job = client.jobs.wait(client.image("bfl/flux-1-dev", prompt="a red fox", webhook_url=url).id)
    mock.flush_webhooks()
    return job, [d.status_code for d in mock.webhooks if d.job_id == job.id]


def test_a_job_delivered_twice_is_confirmed_and_handled_once(
    receiver: tuple[MockKrea, str, list[krea.AsyncJob]],
) -> None:
    mock, url, handled = receiver
    job, statuses = _run_and_deliver(mock, url)
    assert statuses == [204, 204]
    assert [j.id for j in handled] == [job.id]
    assert handled[0].status == "completed"
    assert handled[0].urls == job.urls


@pytest.mark.parametrize("receiver", ["fails_once"], indirect=True)
def test_a_delivery_whose_handling_failed_is_handled_on_the_next_one(
    receiver: tuple[MockKrea, str, list[krea.AsyncJob]],
) -> None:
    mock, url, handled = receiver
    job, statuses = _run_and_deliver(mock, url)
    assert statuses == [500, 204]
    assert [j.id for j in handled] == [job.id]


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"job_id": "00000000-0000-0000-0000-000000000000", "status": "completed"}, 404),
        ({"status": "completed"}, 400),
        ("not json", 400),
    ],
)
def test_a_forged_or_malformed_delivery_is_refused_and_not_handled(
    receiver: tuple[MockKrea, str, list[krea.AsyncJob]], body: Any, status: int
) -> None:
    _, url, handled = receiver
    sent = httpx.post(url, json=body) if isinstance(body, dict) else httpx.post(url, content=body)
    assert sent.status_code == status
    assert handled == []


def test_parse_reads_a_delivery_as_tolerantly_as_a_get() -> None:
    job = krea.webhooks.parse(b'{"job_id": "j-1", "status": "teleporting", "completed_at": "2026-06-01T09:00:07Z"}')
    assert (job.id, job.status, job.outcome) == ("j-1", "teleporting", "completed")
    assert krea.webhooks.parse({"id": "j-2", "status": "failed", "error": "nsfw"}).error is not None
    text = krea.webhooks.parse('{"job_id": "j-3", "status": "completed", "result": {"urls": ["https://x/é.png"]}}')
    assert (text.id, text.status, text.urls) == ("j-3", "completed", ["https://x/é.png"])  # a str body, decoded
    for bad in (b"[]", b"{", "[" * 100_000, {"job_id": 5}, b"\xff"):
        with pytest.raises(krea.ValidationError):
            krea.webhooks.parse(bad)
