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

from ._constants import POLL_BACKOFF, POLL_FIRST_PAUSE, POLL_JITTER, POLL_MAX_PAUSE


@attrs.frozen
class PollPolicy:
    """The polling schedule: start quickly, back off into Krea's recommended 2-5 s range, with jitter."""

    timeout: float
    first_pause: float = POLL_FIRST_PAUSE
    backoff: float = POLL_BACKOFF
    max_pause: float = POLL_MAX_PAUSE
    jitter: float = POLL_JITTER


def pauses(policy: PollPolicy, rng: Callable[[], float] = random.random) -> Iterator[float]:
    """Yield the pause before each status check; stop once the pauses would pass the deadline."""
    waited, pause = 0.0, policy.first_pause
    while waited < policy.timeout:
        jittered = pause * (1 + policy.jitter * (2 * rng() - 1))
        jittered = min(jittered, policy.timeout - waited)
        yield jittered
        waited += jittered
        pause = min(pause * policy.backoff, policy.max_pause)


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
