"""What the sync facade does differently from the async one, written by hand in each flavour.

Everything else in ``krea/_sync/`` is generated from ``krea/_async/`` (``scripts/unasync.py``); see
``krea/_async/_flavour.py`` for what each name means there.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

T = TypeVar("T")

Sleep = Callable[[float], None]
"""How a client pauses between polls and retries (tests inject a fake clock)."""

INTERRUPTS: tuple[type[BaseException], ...] = (KeyboardInterrupt,)
"""What interrupts a wait (and cancels its job while it can be): Ctrl-C."""

default_sleep = time.sleep


def run_limited(calls: Iterable[Callable[[], T]], limit: int) -> list[T]:
    """Every call's result, in order, one after the other (``limit`` is for the async flavour)."""
    return [call() for call in calls]


def exchange_limit(bounded_sockets: bool, ends: float, now: float) -> contextlib.AbstractContextManager[None]:
    """Nothing: a sync exchange is bounded by its sockets (krea's own client) or by httpx's per-read timeouts
    cut to the time left and the reader's check between chunks (a caller's own ``http_client``), so it never
    raises ``ExchangeTimedOut``."""
    return contextlib.nullcontext()


class _Turn:
    """One thread waiting at the gate: it blocks on ``wake`` (held until a slot is handed to it)."""

    __slots__ = ("given", "gone", "wake")

    def __init__(self) -> None:
        self.wake = threading.Lock()
        self.wake.acquire()
        self.given = False
        self.gone = False


class Gate:
    """At most ``limit`` threads hold a slot at once; the others wait their turn, first come first served."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._free = limit
        self._lock = threading.Lock()
        self._waiters: deque[_Turn] = deque()
        self._ahead: deque[_Turn] = deque()
        """Waiters served before ``_waiters`` (the watcher's reads)."""

    def enter(self, timeout: float | None, *, ahead: bool = False) -> bool:
        """Take a slot, waiting at most ``timeout`` seconds (None: as long as it takes); False if none came.
        With ``ahead``, wait before the others (they keep their order)."""
        with self._lock:
            if self._free > 0 and not self._waiters and not self._ahead:
                self._free -= 1
                return True
            if timeout is not None and timeout <= 0:
                return False
            turn = _Turn()
            (self._ahead if ahead else self._waiters).append(turn)
        try:
            turn.wake.acquire(timeout=-1 if timeout is None else min(timeout, threading.TIMEOUT_MAX))
        except BaseException:  # Ctrl-C while waiting
            if not self._give_up(turn):
                self.leave()  # handed a slot but interrupted before taking it: pass it on
            raise
        return not self._give_up(turn)

    def _give_up(self, turn: _Turn) -> bool:
        """Whether ``turn`` was handed no slot (and is now skipped by ``leave``); False: it holds one."""
        with self._lock:
            turn.gone = not turn.given
            return turn.gone

    def leave(self) -> None:
        """Give a slot back: to the first waiter still waiting (those ahead first), else to the free slots."""
        with self._lock:
            for queue in (self._ahead, self._waiters):
                while queue:
                    turn = queue.popleft()
                    if not turn.gone:
                        turn.given = True
                        turn.wake.release()
                        return
            self._free += 1


def spawn(run: Callable[[], None]) -> None:
    """Run the watcher's rounds in a daemon thread, so that waits in several threads share them (each wait
    sleeps and times out in its own thread; Ctrl-C reaches the main thread's wait, never the rounds)."""
    threading.Thread(target=run, name="krea-watcher", daemon=True).start()


class StateLock:
    """A ``threading.Lock``: the watcher's state is shared by the waiting threads and the rounds' thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()

    def __enter__(self) -> None:
        self._lock.acquire()

    def __exit__(self, *args: object) -> None:
        self._lock.release()


class Reply(Generic[T]):
    """The answer to one wait's read: given (or failed) once by the watcher, taken by the waiting thread."""

    def __init__(self) -> None:
        self._done = threading.Event()
        self._value: tuple[T] | None = None
        self._error: BaseException | None = None

    def give(self, value: T) -> None:
        if not self._done.is_set():
            self._value = (value,)
            self._done.set()

    def fail(self, error: BaseException) -> None:
        if not self._done.is_set():
            self._error = error
            self._done.set()

    def take(self, timeout: float | None) -> T:
        """The answer, within ``timeout`` seconds (None: as long as it takes).

        Raises:
            TimeoutError: none came in time.
        """
        if not self._done.wait(None if timeout is None else max(min(timeout, threading.TIMEOUT_MAX), 0.0)):
            raise TimeoutError
        if self._value is None:
            assert self._error is not None  # one of the two is set before ``_done``
            raise self._error
        return self._value[0]


def sleep_unless(sleep: Sleep, seconds: float, news: Reply[None]) -> None:
    """Pause ``seconds``, or less when ``news`` comes first (a listing saw the job end): with the default
    ``time.sleep``, an ``Event.wait`` that the news ends (Ctrl-C still interrupts it); an injected sleep (a
    test's fake clock) is called as it is, and sleeps its whole pause."""
    if sleep is default_sleep:
        news._done.wait(seconds)
    else:
        sleep(seconds)
