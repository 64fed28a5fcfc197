"""What the async facade does differently from the sync one, written by hand in each flavour.

Everything else in ``krea/_async/`` is the source of ``krea/_sync/`` (``scripts/unasync.py``); these few
lines are what token substitution cannot say: how to pause, how to run several calls at once, which
exceptions interrupt a wait, how a whole exchange on a caller's own httpx client is bounded, the gate that
bounds a client's requests in flight, and where the watcher's rounds run (a task) and how a wait gets its read.
"""

from __future__ import annotations

import asyncio
import contextvars
import math
import time
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine, Iterable, Mapping
from types import TracebackType
from typing import Generic, TypeVar

import httpx

from .._http import ExchangeTimedOut

T = TypeVar("T")

_ROUNDS: set[asyncio.Task[None]] = set()
"""The watcher tasks running (the event loop keeps only weak references to tasks)."""

Sleep = Callable[[float], Awaitable[None]]
"""How a client pauses between polls and retries (tests inject a fake clock)."""

INTERRUPTS: tuple[type[BaseException], ...] = (KeyboardInterrupt, asyncio.CancelledError)
"""What interrupts a wait (and cancels its job while it can be): Ctrl-C, or cancelling the task."""


async def default_sleep(seconds: float) -> None:
    """``asyncio.sleep``."""
    await asyncio.sleep(seconds)


async def run_limited(calls: Iterable[Callable[[], Awaitable[T]]], limit: int) -> list[T]:
    """Every call's result, in order, with at most ``limit`` of them running at once."""
    gate = asyncio.Semaphore(limit)

    async def one(call: Callable[[], Awaitable[T]]) -> T:
        async with gate:
            return await call()

    return list(await asyncio.gather(*(one(call) for call in calls)))


class ExchangeLimit:
    """The whole exchange under ``asyncio.timeout`` when its sockets are not bounded (a caller's own
    ``http_client``); nothing more when they are.

    Used as ``async with limit:`` around the exchange; ``saw`` is the gateway's trace hook forwarding httpcore's
    events, which this flavour does not need (the sync flavour finds the connection's socket through them).

    Raises:
        ExchangeTimedOut: this limit expired (a ``TimeoutError`` raised by the caller's transport itself
            passes through unchanged).
    """

    __slots__ = ("_limit",)

    def __init__(self, bounded_sockets: bool, ends: float, transport: httpx.AsyncBaseTransport | None) -> None:
        if bounded_sockets or ends == math.inf:
            self._limit: asyncio.Timeout | None = None
        else:
            self._limit = asyncio.timeout(max(ends - time.monotonic(), 0.0))

    def saw(self, event: str, info: Mapping[str, object]) -> None:
        """Nothing: ``asyncio.timeout`` cuts the exchange wherever it is."""

    async def __aenter__(self) -> None:
        if self._limit is not None:
            await self._limit.__aenter__()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._limit is None:
            return
        try:
            await self._limit.__aexit__(exc_type, exc, tb)
        except TimeoutError:
            if self._limit.expired():
                raise ExchangeTimedOut from None
            raise


class Gate:
    """At most ``limit`` holders at once; the others wait their turn, first come first served (so a poll that
    queued behind a flood of submissions goes before the submissions that came after it).

    asyncio's own ``Semaphore`` is fair too, but this one hands a freed slot straight to the next waiter and
    never times a holder out: ``enter`` is the only place a deadline applies.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._free = limit
        self._waiters: deque[asyncio.Future[None]] = deque()
        self._ahead: deque[asyncio.Future[None]] = deque()
        """Waiters served before ``_waiters`` (the watcher's reads)."""

    async def enter(self, timeout: float | None, *, ahead: bool = False) -> bool:
        """Take a slot, waiting at most ``timeout`` seconds (None: as long as it takes); False if none came.
        With ``ahead``, wait before the others (they keep their order)."""
        if self._free > 0 and not self._waiters and not self._ahead:
            self._free -= 1
            return True
        if timeout is not None and timeout <= 0:
            return False
        turn = asyncio.get_running_loop().create_future()
        (self._ahead if ahead else self._waiters).append(turn)
        try:
            async with asyncio.timeout(timeout):
                await turn
        except TimeoutError:
            if turn.done() and not turn.cancelled():
                return True  # the slot came as the time ran out: it is ours
            turn.cancel()  # skipped by ``leave``
            return False
        except BaseException:
            if turn.done() and not turn.cancelled():
                self.leave()  # handed a slot but cancelled before taking it: pass it on
            else:
                turn.cancel()
            raise
        return True

    def leave(self) -> None:
        """Give a slot back: to the first waiter still waiting (those ahead first), else to the free slots."""
        for queue in (self._ahead, self._waiters):
            while queue:
                turn = queue.popleft()
                if not turn.done():
                    turn.set_result(None)
                    return
        self._free += 1


class Rounds:
    """The task serving a watcher's rounds."""

    def __init__(self, task: asyncio.Task[None]) -> None:
        self._task = task

    def alive(self) -> bool:
        """Whether it still serves: not done, and on the running event loop (a loop closed with the task
        pending leaves it undone forever)."""
        return not self._task.done() and self._task.get_loop() is asyncio.get_running_loop()


def spawn(run: Callable[[], Coroutine[object, object, None]]) -> Rounds:
    """Run the watcher's rounds in a task of their own (a wait cancelled meanwhile does not cancel the
    others'), in a context of its own: nothing of the wait that started it (its deadline, a
    ``capture_responses()`` block, a caller's own context variables) reaches the reads it makes for others."""
    task = asyncio.get_running_loop().create_task(run(), name="krea-watcher", context=contextvars.Context())
    _ROUNDS.add(task)
    task.add_done_callback(_ROUNDS.discard)
    return Rounds(task)


run_parallel = run_limited
"""The GETs of a watcher's round, at most ``limit`` at once (for ``krea.Krea``, in threads)."""


class StateLock:
    """Nothing: the watcher's state is touched by one event loop's tasks, between awaits only."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, *args: object) -> None:
        return None


class Reply(Generic[T]):
    """The answer to one wait's read: given (or failed) once by the watcher, taken by the wait."""

    def __init__(self) -> None:
        self._future: asyncio.Future[T] = asyncio.get_running_loop().create_future()

    def give(self, value: T) -> None:
        if not self._future.done():
            self._future.set_result(value)

    def fail(self, error: BaseException) -> None:
        if self._future.done():
            return
        if isinstance(error, asyncio.CancelledError):
            self._future.cancel()
        else:
            self._future.set_exception(error)

    async def take(self, timeout: float | None) -> T:
        """The answer, within ``timeout`` seconds (None: as long as it takes).

        Raises:
            TimeoutError: none came in time.
        """
        async with asyncio.timeout(timeout):
            return await self._future


async def sleep_unless(sleep: Sleep, seconds: float, news: Reply[None]) -> None:
    """Pause ``seconds`` with ``sleep``, or less when ``news`` comes first (a listing saw the job end).

    The pause runs in a task of its own so that it can be cut short; when that task itself is cancelled (a
    sleep that cancels the task it runs in, as a test's may), the wait counts as interrupted, as it would be.
    """
    pause = asyncio.ensure_future(sleep(seconds))
    try:
        await asyncio.wait((pause, news._future), return_when=asyncio.FIRST_COMPLETED)
    finally:
        if not pause.done():
            pause.cancel()
    if news._future.done() and not pause.done():
        return
    if pause.cancelled():
        raise asyncio.CancelledError
    pause.result()  # what the sleep raised, if anything
