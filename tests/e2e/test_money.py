"""The behaviours that cost money, proved end to end: the facade (sync and async) against the stateful mock.

Balance exhausted (402), cancel, failure not billed, and retries that never double-bill. Every scenario runs
on ``Krea`` and ``AsyncKrea``; the mock's ledger is the judge of what was charged.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import datetime
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest

from krea import (
    AsyncKrea,
    ConflictError,
    InsufficientBalanceError,
    JobCancelledError,
    JobFailedError,
    Krea,
    KreaError,
    SubmissionUncertainError,
)
from krea.testing import MockKrea

FLUX = "bfl/flux-1-dev"


class Flavour:
    """Drives the sync or the async facade against one mock, with the mock's virtual clock as its sleep."""

    def __init__(self, name: str, mock: MockKrea) -> None:
        self.name = name
        self.mock = mock
        self.loop = asyncio.new_event_loop()

    @property
    def is_async(self) -> bool:
        return self.name == "async"

    def client(self, **kwargs: Any) -> Any:
        return self.mock.async_client(**kwargs) if self.is_async else self.mock.client(**kwargs)

    def interruptible(self, *, after: int) -> Any:
        """A client whose ``after``-th sleep is interrupted: Ctrl-C (sync) or a real task cancellation (async)."""
        mock, count = self.mock, [0]
        if self.is_async:

            async def asleep(seconds: float) -> None:
                mock.clock.advance(seconds)
                count[0] += 1
                if count[0] == after:
                    task = asyncio.current_task()
                    assert task is not None
                    task.cancel()
                await asyncio.sleep(0)

            http = httpx.AsyncClient(transport=mock.async_transport(), base_url=mock.base_url)
            return AsyncKrea(mock.api_key, base_url=mock.base_url, http_client=http, sleep=asleep)

        def sleep(seconds: float) -> None:
            mock.clock.advance(seconds)
            count[0] += 1
            if count[0] == after:
                raise KeyboardInterrupt

        sync_http = httpx.Client(transport=mock.transport(), base_url=mock.base_url)
        return Krea(mock.api_key, base_url=mock.base_url, http_client=sync_http, sleep=sleep)

    def run(self, value: Any) -> Any:
        if asyncio.iscoroutine(value):
            return self.loop.run_until_complete(value)
        return value

    @property
    def interrupt(self) -> type[BaseException]:
        return asyncio.CancelledError if self.is_async else KeyboardInterrupt

    def charged(self) -> dict[str, Decimal]:
        charges: dict[str, Decimal] = {}
        for charge in self.mock.ledger:
            assert charge.job_id not in charges, f"job {charge.job_id} charged twice"
            charges[charge.job_id] = charge.amount
        return charges

    def requests(self, method: str, prefix: str) -> int:
        return sum(1 for entry in self.mock.requests if entry.method == method and entry.path.startswith(prefix))


@pytest.fixture(params=["sync", "async"])
def env(request: pytest.FixtureRequest) -> Iterator[Flavour]:
    with MockKrea(balance=100, prices={"image/bfl/flux-1-dev": "1.00"}) as mock:
        flavour = Flavour(request.param, mock)
        yield flavour
        flavour.loop.close()


# ---- Balance exhausted (402)


def test_third_submission_gets_402_while_the_first_two_complete_and_are_charged(env: Flavour) -> None:
    env.mock.set_balance("2.00")
    client = env.client()
    first = env.run(client.image(FLUX, prompt="one"))
    second = env.run(client.image(FLUX, prompt="two"))
    with pytest.raises(InsufficientBalanceError) as refused:
        env.run(client.image(FLUX, prompt="three"))
    assert "top up" in refused.value.message.lower()
    assert len(env.mock.jobs) == 2  # the refused request created nothing
    for job in (first, second):
        assert env.run(job.wait()).status == "completed"
    assert env.charged() == {first.id: Decimal("1.00"), second.id: Decimal("1.00")}
    assert env.mock.balance == Decimal("0.00")
    env.mock.top_up("1.00")
    third = env.run(client.subscribe("image/bfl/flux-1-dev", input={"prompt": "three again"}))
    assert third.status == "completed"
    assert env.charged()[third.id] == Decimal("1.00")


def test_a_concurrent_batch_crossing_the_balance_loses_nothing_and_charges_once(env: Flavour) -> None:
    env.mock.set_balance("6.00")
    client = env.client()
    outcomes: list[Any] = []
    if env.is_async:

        async def submit_all() -> list[Any]:
            calls = [client.image(FLUX, prompt=f"n{i}") for i in range(10)]
            return list(await asyncio.gather(*calls, return_exceptions=True))

        outcomes = env.run(submit_all())
    else:
        with concurrent.futures.ThreadPoolExecutor(max_workers=5) as pool:
            futures = [pool.submit(client.image, FLUX, prompt=f"n{i}") for i in range(10)]
            for future in futures:
                try:
                    outcomes.append(future.result())
                except KreaError as exc:
                    outcomes.append(exc)
    jobs = [o for o in outcomes if not isinstance(o, BaseException)]
    refused = [o for o in outcomes if isinstance(o, BaseException)]
    assert len(jobs) == 6
    assert all(isinstance(r, InsufficientBalanceError) for r in refused)
    assert len(refused) == 4
    assert sorted(j["job_id"] for j in env.mock.jobs) == sorted(j.id for j in jobs)  # refused = never created
    for job in jobs:
        assert env.run(job.wait()).status == "completed"
    assert set(env.charged()) == {j.id for j in jobs}
    assert env.mock.balance == Decimal("0.00")


# ---- Cancel


def test_cancel_sends_one_delete_then_wait_raises_cancelled_and_nothing_is_charged(env: Flavour) -> None:
    client = env.client()
    job = env.run(client.image(FLUX, prompt="x"))
    env.run(job.cancel())
    assert env.requests("DELETE", "/jobs/") == 1
    with pytest.raises(JobCancelledError):
        env.run(job.wait())
    assert env.charged() == {}
    assert env.mock.balance == Decimal("100.00")


def test_cancel_of_a_completed_job_raises_conflict_and_it_stays_charged_once(env: Flavour) -> None:
    client = env.client()
    job = env.run(client.subscribe("image/bfl/flux-1-dev", input={"prompt": "x"}))
    with pytest.raises(ConflictError):
        env.run(job.cancel())
    assert env.charged() == {job.id: Decimal("1.00")}


def test_interrupting_a_wait_cancels_the_remote_job_which_is_never_charged(env: Flavour) -> None:
    env.mock.set_duration("image", 600)
    client = env.interruptible(after=2)
    job = env.run(client.image(FLUX, prompt="x"))
    with pytest.raises(env.interrupt):
        env.run(job.wait())
    assert env.mock.job(job.id)["status"] == "cancelled"
    env.mock.clock.advance(3600)
    assert env.charged() == {}


def test_interrupting_a_job_past_cancellation_leaves_it_alone(env: Flavour) -> None:
    env.mock.script_next(polls=5)  # one stage per poll: scheduled, processing, sampling, ...
    client = env.interruptible(after=4)  # after the third poll, which reads `sampling`
    job = env.run(client.image(FLUX, prompt="x"))
    with pytest.raises(env.interrupt):
        env.run(job.wait())
    assert env.requests("DELETE", "/jobs/") == 0
    assert env.mock.job(job.id)["status"] in ("sampling", "intermediate-complete")
    finished = env.run(env.client().jobs.wait(job.id))
    assert finished.status == "completed"
    assert env.charged() == {job.id: Decimal("1.00")}


# ---- Failure is not billed


def test_a_failed_job_raises_job_failed_error_and_is_not_charged(env: Flavour) -> None:
    env.mock.script_next("failed", code="nsfw", message="Content moderation: nsfw")
    client = env.client()
    with pytest.raises(JobFailedError) as failed:
        env.run(client.subscribe("image/bfl/flux-1-dev", input={"prompt": "x"}))
    assert failed.value.code == "nsfw"
    assert "nsfw" in failed.value.message
    assert env.charged() == {}
    assert env.mock.balance == Decimal("100.00")


def test_a_job_that_hits_the_service_timeout_fails_and_is_not_charged(env: Flavour) -> None:
    env.mock.script_next("stuck")
    client = env.client()
    with pytest.raises(JobFailedError) as failed:
        env.run(client.subscribe("image/bfl/flux-1-dev", input={"prompt": "x"}))
    assert failed.value.code == "timeout"
    assert env.mock.clock.seconds >= 180
    assert env.charged() == {}


# ---- Retries never double-bill


def test_a_lost_response_raises_submission_uncertain_and_jobs_list_finds_the_job(env: Flavour) -> None:
    env.mock.fail_next(kind="lost_response")
    client = env.client()
    with pytest.raises(SubmissionUncertainError) as lost:
        env.run(client.image(FLUX, prompt="x"))
    assert env.requests("POST", "/generate/") == 1
    [created] = env.mock.jobs
    found = env.run(client.jobs.find_uncertain(lost.value))
    assert [j.id for j in found] == [created["job_id"]]
    env.run(found[0].wait())
    assert env.charged() == {created["job_id"]: Decimal("1.00")}


def test_a_post_dropped_at_connect_is_resent_and_creates_one_job(env: Flavour) -> None:
    env.mock.fail_next(kind="drop")
    client = env.client()
    job = env.run(client.subscribe("image/bfl/flux-1-dev", input={"prompt": "x"}))
    assert [j["job_id"] for j in env.mock.jobs] == [job.id]
    assert env.charged() == {job.id: Decimal("1.00")}


@pytest.mark.parametrize("retry_after", [None, 3.0])
def test_a_post_refused_with_429_is_resent_and_creates_one_job(env: Flavour, retry_after: float | None) -> None:
    env.mock.fail_next(status=429, retry_after=retry_after)
    client = env.client()
    before = env.mock.clock.seconds
    job = env.run(client.image(FLUX, prompt="x"))
    assert env.requests("POST", "/generate/") == 2
    assert [j["job_id"] for j in env.mock.jobs] == [job.id]
    if retry_after is not None:
        assert env.mock.clock.seconds - before == pytest.approx(retry_after)


@pytest.mark.parametrize("status", [500, 502, 503])
def test_a_post_answered_5xx_is_not_resent(env: Flavour, status: int) -> None:
    env.mock.fail_next(status=status)
    client = env.client()
    with pytest.raises(SubmissionUncertainError):
        env.run(client.image(FLUX, prompt="x"))
    assert env.requests("POST", "/generate/") == 1


def test_a_get_answered_503_twice_then_200_returns_the_job(env: Flavour) -> None:
    client = env.client()
    job = env.run(client.image(FLUX, prompt="x"))
    env.mock.fail_next(2, status=503)
    again = env.run(client.jobs.get(job.id))
    assert again.id == job.id
    assert env.requests("GET", f"/jobs/{job.id}") == 3


def test_downloads_of_a_completed_job_are_real_files(env: Flavour, tmp_path: Any) -> None:
    client = env.client()
    job = env.run(client.subscribe("image/bfl/flux-1-dev", input={"prompt": "x"}))
    [path] = env.run(job.download(tmp_path))
    assert path.suffix == ".png"
    assert path.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert job.created_at is not None
    assert job.created_at <= datetime.datetime.now(datetime.UTC) + datetime.timedelta(minutes=5)
