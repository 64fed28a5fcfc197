"""The polling schedule and wait flow, pure."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from krea._job import JobBase
from krea._polling import DeadlinePassed, Fetch, PollPolicy, Sleep, average_left, pauses, schedule, wait_flow


def test_pauses_start_short_back_off_to_the_cap_and_stop_at_the_deadline() -> None:
    got = list(pauses(PollPolicy(timeout=60, jitter=0.0)))
    assert got[:4] == [1.0, 1.5, 2.25, 3.375]
    assert max(got) == 5.0
    assert sum(got) == pytest.approx(60)


def test_jitter_stays_within_ten_percent() -> None:
    high = list(pauses(PollPolicy(timeout=30), rng=lambda: 0.999))
    low = list(pauses(PollPolicy(timeout=30), rng=lambda: 0.0))
    assert high[0] == pytest.approx(1.0998, abs=1e-3)
    assert low[0] == pytest.approx(0.9)


def drive(flow: Any, replies: list[JobBase]) -> list[Any]:
    commands: list[Any] = []
    reply: Any = None
    try:
        while True:
            command = flow.send(reply)
            commands.append(command)
            reply = replies.pop(0) if isinstance(command, Fetch) else None
    except StopIteration as stop:
        commands.append(stop.value)
    return commands


def doc(status: str, **extra: Any) -> JobBase:
    return JobBase(raw={"job_id": "j", "status": status, **extra})


def test_flow_sleeps_then_fetches_until_terminal() -> None:
    commands = drive(wait_flow(doc("queued"), PollPolicy(timeout=60)), [doc("processing"), doc("completed")])
    kinds = [type(c).__name__ for c in commands]
    assert kinds == ["Sleep", "Fetch", "Sleep", "Fetch", "JobBase"]
    assert commands[-1].status == "completed"


def test_flow_raises_deadline_passed_with_the_last_job() -> None:
    flow = wait_flow(doc("queued"), PollPolicy(timeout=3, jitter=0.0), clock=lambda: 0.0)
    with pytest.raises(DeadlinePassed) as caught:
        drive(flow, [doc("processing")] * 10)
    assert caught.value.job.status == "processing"


def test_a_terminal_job_needs_no_poll() -> None:
    commands = drive(wait_flow(doc("failed"), PollPolicy(timeout=60)), [])
    assert len(commands) == 1
    assert not isinstance(commands[0], Sleep | Fetch)


# ---- A schedule that knows the model (x-krea-average-seconds)


def _checks(policy: PollPolicy, count: int) -> list[float]:
    """The instants of the first ``count`` status checks, without jitter."""
    at, out = 0.0, []
    for pause in itertools.islice(schedule(policy), count):
        at += pause
        out.append(round(at, 6))
    return out


def test_with_an_average_the_first_check_waits_for_most_of_it_the_second_comes_just_after() -> None:
    # flux-1-dev: ~7 s. Checks at 4.55 s (65%), 7.5 s (0.5 s past it), then 1.5x pauses up to 5 s.
    checks = _checks(PollPolicy(timeout=60, average=7.0), 6)
    assert checks[:2] == [pytest.approx(4.55), pytest.approx(7.5)]
    gaps = [b - a for a, b in itertools.pairwise(checks)]
    assert all(2.0 <= gap <= 5.0 for gap in gaps)  # Krea's 2-5 s after the first check
    assert gaps[1] == pytest.approx(gaps[0] * 1.5)


@pytest.mark.parametrize(
    ("runs", "most_checks", "most_lag"),
    [(3.0, 1, 2.0), (7.0, 2, 0.25 * 7.0), (10.0, 3, 3.5), (30.0, 8, 4.0)],
)
def test_a_flux_job_of_any_length_is_seen_within_the_issue_goals(
    runs: float, most_checks: int, most_lag: float
) -> None:
    """Issue 14's goals, for a job of flux-1-dev (average 7 s) that runs ``runs`` seconds: the first check at
    or after ``runs`` comes within ``most_lag``, after at most ``most_checks`` checks (no jitter here)."""
    checks = _checks(PollPolicy(timeout=600, average=7.0), 40)
    seen = next(n for n, at in enumerate(checks, 1) if at >= runs)
    assert seen <= most_checks
    assert checks[seen - 1] - runs <= most_lag


def test_without_an_average_or_with_one_too_short_the_schedule_is_the_default() -> None:
    default = _checks(PollPolicy(timeout=60), 5)
    assert default == [1.0, 2.5, 4.75, 8.125, 13.125]
    assert _checks(PollPolicy(timeout=60, average=1.0), 5) == default  # 65% of 1 s is under the first pause


def test_the_average_left_counts_from_the_submission() -> None:
    assert average_left(7.0, 100.0, 103.0) == pytest.approx(4.0)
    assert average_left(7.0, 100.0, 99.0) == pytest.approx(7.0)  # a clock that went back counts as no time
    assert average_left(7.0, 100.0, 108.0) is None  # past the average: the default schedule
    assert average_left(None, 100.0, 101.0) is None
    assert average_left(7.0, None, 101.0) is None


def test_pauses_with_an_average_still_stop_at_the_deadline() -> None:
    got = list(pauses(PollPolicy(timeout=6, average=7.0, jitter=0.0)))
    assert got == [pytest.approx(4.55), pytest.approx(1.45)]


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_flux_job_of_average_length_is_seen_with_two_gets_the_first_after_most_of_its_seven_seconds(
    flavour: str,
) -> None:
    import asyncio

    import httpx

    import krea
    from krea.testing import MockKrea

    mock = MockKrea()  # flux-1-dev jobs run 7 s on its virtual clock, Krea's documented average
    sleeps: list[float] = []
    if flavour == "async":

        async def sleep(seconds: float) -> None:
            sleeps.append(seconds)
            mock.clock.advance(seconds)

        async def main() -> krea.AsyncJob:
            http = httpx.AsyncClient(transport=mock.async_transport(), base_url=mock.base_url)
            client = krea.AsyncKrea(mock.api_key, base_url=mock.base_url, http_client=http, sleep=sleep)
            return await client.subscribe("image/bfl/flux-1-dev", input={"prompt": "a fox"})

        done: krea.Job | krea.AsyncJob = asyncio.run(main())
    else:

        def sync_sleep(seconds: float) -> None:
            sleeps.append(seconds)
            mock.clock.advance(seconds)

        http = httpx.Client(transport=mock.transport(), base_url=mock.base_url)
        client = krea.Krea(mock.api_key, base_url=mock.base_url, http_client=http, sleep=sync_sleep)
        done = client.subscribe("image/bfl/flux-1-dev", input={"prompt": "a fox"})
    assert done.status == "completed"
    assert [(r.method, r.path) for r in mock.requests if r.method == "GET"] == [("GET", f"/jobs/{done.id}")] * 2
    assert len(sleeps) == 2
    assert 0.9 * 4.55 <= sleeps[0] <= 1.1 * 4.55  # 65% of the average, with its jitter
    assert sum(sleeps) >= 7.0  # the second check comes after the average (about 7.5 s)


@pytest.mark.parametrize("draw", [0.0, 0.5, 0.999])
def test_the_first_checks_jitter_never_brings_the_second_before_the_average(draw: float) -> None:
    first, second = itertools.islice(pauses(PollPolicy(timeout=60, average=7.0), rng=lambda: draw), 2)
    assert 0.9 * 4.55 <= first <= 1.1 * 4.55
    assert 7.0 < first + second <= 7.5 + 0.1 * 2.95
