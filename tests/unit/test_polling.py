"""The polling schedule and wait flow, pure."""

from __future__ import annotations

from typing import Any

import pytest

from krea._job import JobBase
from krea._polling import DeadlinePassed, Fetch, PollPolicy, Sleep, pauses, wait_flow


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
