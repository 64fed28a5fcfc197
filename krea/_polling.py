"""How long to wait: the polling schedule and the wait flow, pure and shared by the sync and async clients.

``wait_flow`` is a generator that decides; the shells only carry out what it yields (fetch the job, sleep)
and send back what they got, as httpx's ``auth_flow`` does. It always has a finite deadline.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Generator, Iterator
from typing import Protocol, TypeVar

import attrs

from ._constants import (
    POLL_AVERAGE_CAP,
    POLL_AVERAGE_SHARE,
    POLL_BACKOFF,
    POLL_FIRST_PAUSE,
    POLL_JITTER,
    POLL_MAX_PAUSE,
    POLL_MIN_PAUSE,
    POLL_PAST_AVERAGE,
)


@attrs.frozen
class PollPolicy:
    """The polling schedule: start quickly, back off into Krea's recommended 2-5 s range, with jitter; when the
    job's model has a documented average completion time, the first poll waits for most of it."""

    timeout: float
    first_pause: float = POLL_FIRST_PAUSE
    backoff: float = POLL_BACKOFF
    max_pause: float = POLL_MAX_PAUSE
    jitter: float = POLL_JITTER
    average: float | None = None
    """Seconds the job still has to run on average (its model's documented average less the time since it was
    submitted), or None when unknown."""


def schedule(policy: PollPolicy) -> Iterator[float]:
    """The pauses before each status check, without jitter or deadline (endless).

    Without an average: ``first_pause``, then ``backoff`` times the last, up to ``max_pause``. With an average
    ``A`` worth waiting for: the first check comes at ``POLL_AVERAGE_SHARE`` of ``A`` (a job that runs well
    under its average is still seen early), the second ``POLL_PAST_AVERAGE`` after ``A`` (where a job of
    average length has just finished), its pause kept within Krea's 2-5 s; then the same backoff.
    """
    pause = policy.first_pause
    average = policy.average
    if average is not None and _times_by_average(policy):
        first = average * POLL_AVERAGE_SHARE
        if first > POLL_AVERAGE_CAP:  # a slow model: one check by the cap, then the usual backoff from it
            yield POLL_AVERAGE_CAP
            pause = policy.max_pause
        else:
            yield first
            pause = min(max(average - first + POLL_PAST_AVERAGE, POLL_MIN_PAUSE), policy.max_pause)
    while True:
        yield pause
        pause = min(pause * policy.backoff, policy.max_pause)


def _times_by_average(policy: PollPolicy) -> bool:
    """Whether the first check waits for most of the average (it is long enough to be worth it)."""
    return policy.average is not None and policy.average * POLL_AVERAGE_SHARE >= policy.first_pause


def pauses(policy: PollPolicy, rng: Callable[[], float] = random.random) -> Iterator[float]:
    """Yield the pause before each status check; stop once the pauses would pass the deadline."""
    waited, carried = 0.0, 0.0
    for number, pause in enumerate(schedule(policy)):
        if waited >= policy.timeout:
            return
        jittered = pause * (1 + policy.jitter * (2 * rng() - 1)) + carried
        # With an average, the second check is timed from the submission: the first one's jitter is given back,
        # so that it never comes before a job of average length is done.
        carried = pause - jittered if number == 0 and _times_by_average(policy) else 0.0
        jittered = min(jittered, policy.timeout - waited)
        yield jittered
        waited += jittered


def average_left(average: float | None, submitted: float | None, now: float) -> float | None:
    """The seconds a job still has to run on average: its model's ``average`` less the time since it was
    ``submitted`` (both on ``now``'s clock); None when either is unknown or the average has passed."""
    if average is None or submitted is None:
        return None
    left = average - max(now - submitted, 0.0)
    return left if left > 0 else None


class Polled(Protocol):
    """What the flow reads of a job: its status, and whether it is over."""

    @property
    def status(self) -> str: ...

    @property
    def is_terminal(self) -> bool: ...


J = TypeVar("J", bound=Polled)


@attrs.frozen
class Fetch:
    """Command: read the job now and send it back."""


@attrs.frozen
class Sleep:
    """Command: pause this many seconds."""

    seconds: float


class DeadlinePassed(Exception):
    """Internal: the flow's deadline passed; carries the last job read."""

    def __init__(self, job: Polled) -> None:
        super().__init__("deadline passed")
        self.job = job


def wait_flow(
    job: J,
    policy: PollPolicy,
    *,
    on_update: Callable[[J], object] | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> Generator[Fetch | Sleep, J | None, J]:
    """Poll until ``job.is_terminal``; return the terminal job or raise ``DeadlinePassed``.

    The shell answers each ``Fetch`` with the job it read, and each ``Sleep`` with None.

    The deadline counts both the pauses taken and the wall-clock time spent, so it holds with real sleeps
    and with an injected sleep that only advances a virtual clock.
    """
    started = clock()
    if on_update is not None:
        on_update(job)
    last_status = job.status
    if job.is_terminal:
        return job
    waited = 0.0
    for pause in pauses(policy):
        yield Sleep(pause)
        waited += pause
        fetched = yield Fetch()
        if fetched is None:
            raise TypeError("wait_flow: a Fetch must be answered with the job read")
        job = fetched
        if on_update is not None and job.status != last_status:
            on_update(job)
        last_status = job.status
        if job.is_terminal:
            return job
        if max(waited, clock() - started) >= policy.timeout:
            break
    raise DeadlinePassed(job)
