"""What the sync facade does differently from the async one, written by hand in each flavour.

Everything else in ``krea/_sync/`` is generated from ``krea/_async/`` (``scripts/unasync.py``); see
``krea/_async/_flavour.py`` for what each name means there.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import heapq
import itertools
import math
import os
import socket
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from types import TracebackType
from typing import Generic, TypeVar

import httpx

from .._http import ExchangeTimedOut

T = TypeVar("T")

Sleep = Callable[[float], None]
"""How a client pauses between polls and retries (tests inject a fake clock)."""

INTERRUPTS: tuple[type[BaseException], ...] = (KeyboardInterrupt,)
"""What interrupts a wait (and cancels its job while it can be): Ctrl-C."""

default_sleep = time.sleep


def run_limited(calls: Iterable[Callable[[], T]], limit: int) -> list[T]:
    """Every call's result, in order, one after the other (``limit`` is for the async flavour)."""
    return [call() for call in calls]


class ExchangeLimit:
    """The whole exchange over a caller's own ``httpx.Client`` ends by ``ends``, whatever the server sends.

    A sync read cannot be interrupted, and httpx's timeouts apply per read, so a server that drip-feeds its
    headers would stretch the exchange; krea's own clients cut each socket operation instead (``_sockets``),
    but a caller's client is not changed. Here the connection's socket is found through httpcore's trace
    events (``connect_tcp``/``start_tls`` return a new connection's stream; a pooled one is the connection the
    pool assigned to this request), and at ``ends`` a watchdog thread shuts that socket down: the blocked read
    then fails at once, httpcore drops the connection, and the exchange fails as ``ExchangeTimedOut``.

    Only an HTTP/1.1 connection is cut, and only while this exchange holds it (from its connect or its first
    header byte until httpcore reports the response closed): an HTTP/2 connection carries other requests
    too, so there (or where the socket cannot be found) the per-read timeouts cut to the time left apply.

    Raises:
        ExchangeTimedOut: the watchdog cut the connection and the exchange then failed.
    """

    __slots__ = ("_cut",)

    def __init__(self, bounded_sockets: bool, ends: float, transport: httpx.BaseTransport | None) -> None:
        if bounded_sockets or ends == math.inf or not isinstance(transport, httpx.HTTPTransport):
            self._cut: _Cut | None = None
        else:
            self._cut = _Cut(ends, transport)

    def saw(self, event: str, info: Mapping[str, object]) -> None:
        """One event of httpcore's trace hook for this exchange's request."""
        if self._cut is not None:
            self._cut.saw(event, info)

    def __enter__(self) -> None:
        if self._cut is not None:
            _WATCHDOG.arm(self._cut)

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._cut is not None and self._cut.end() and isinstance(exc, httpx.TransportError):
            raise ExchangeTimedOut from None


class _Cut:
    """The socket of one exchange, shut down if the exchange still holds it at ``ends``."""

    __slots__ = ("_lock", "_pool", "_socket", "ends", "fired", "over", "shared")

    def __init__(self, ends: float, transport: httpx.HTTPTransport) -> None:
        self.ends = ends
        self._pool = transport._pool
        self._lock = threading.Lock()
        self._socket: socket.socket | None = None
        self.fired = False
        """The deadline came while the exchange ran."""
        self.over = False
        """The exchange let go of its connection (or ended): the socket is no longer its to cut."""
        self.shared = False
        """The connection is HTTP/2, which other requests share: never cut."""

    def saw(self, event: str, info: Mapping[str, object]) -> None:
        if event.endswith(("connect_tcp.complete", "start_tls.complete")):
            self._hold(info.get("return_value"))  # a new connection (a TLS one replaces its TCP stream)
        elif event == "http11.send_request_headers.started":
            if self._socket is None:  # a pooled connection: the one the pool handed this request
                self._hold(self._pooled_stream(info.get("request")))
        elif event == "http11.response_closed.started":
            self.end()
        elif event.startswith("http2."):
            with self._lock:
                self.shared, self._socket = True, None

    def _pooled_stream(self, request: object) -> object:
        for pool_request in list(self._pool._requests):
            if pool_request.request is request:
                return getattr(getattr(pool_request.connection, "_connection", None), "_network_stream", None)
        return None

    def _hold(self, stream: object) -> None:
        get_extra_info = getattr(stream, "get_extra_info", None)
        sock = get_extra_info("socket") if get_extra_info is not None else None
        if not isinstance(sock, socket.socket):
            return
        with self._lock:
            if self.over or self.shared:
                return
            self._socket = sock
            if self.fired:  # the deadline passed before the connection was known
                _shut(sock)

    def fire(self) -> None:
        """The deadline: cut the socket if the exchange still holds one (or as soon as it has one)."""
        with self._lock:
            if self.over:
                return
            self.fired = True
            if self._socket is not None:
                _shut(self._socket)

    def end(self) -> bool:
        """The exchange let go of the connection; whether the deadline had cut it."""
        with self._lock:
            self.over, self._socket = True, None
            return self.fired


def _shut(sock: socket.socket) -> None:
    # The plain socket's shutdown even for a TLS one: ``SSLSocket.shutdown`` also drops the SSL object, which
    # the thread blocked in its read would then find gone (an AttributeError, not a read error).
    with contextlib.suppress(OSError):  # already closed, or detached by a TLS wrap still in progress
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


class _Watchdog:
    """One daemon thread that fires each armed cut at its deadline, earliest first.

    Cuts that ended stay in the heap until they come first (or the heap is rebuilt once it has doubled), so
    arming costs a heap push, not a thread per exchange.
    """

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        """Empty, with no thread yet (also in a forked child: the parent's thread and lock are not its own)."""
        self._wake = threading.Condition(threading.Lock())
        self._heap: list[tuple[float, int, _Cut]] = []
        self._order = itertools.count()
        self._rebuild_at = 1024
        self._thread: threading.Thread | None = None

    def arm(self, cut: _Cut) -> None:
        with self._wake:
            if len(self._heap) >= self._rebuild_at:
                self._heap = [entry for entry in self._heap if not entry[2].over]
                heapq.heapify(self._heap)
                self._rebuild_at = max(1024, 2 * len(self._heap))
            heapq.heappush(self._heap, (cut.ends, next(self._order), cut))
            if self._thread is None or not self._thread.is_alive():  # first use, or after a fork
                self._thread = threading.Thread(target=self._run, name="krea-exchange-watchdog", daemon=True)
                self._thread.start()
            elif self._heap[0][2] is cut:
                self._wake.notify()

    def _run(self) -> None:
        while True:
            with self._wake:
                while True:
                    while self._heap and self._heap[0][2].over:
                        heapq.heappop(self._heap)
                    if not self._heap:
                        self._wake.wait()
                        continue
                    pause = self._heap[0][0] - time.monotonic()
                    if pause <= 0:
                        cut = heapq.heappop(self._heap)[2]
                        break
                    self._wake.wait(pause)
            cut.fire()


_WATCHDOG = _Watchdog()
os.register_at_fork(after_in_child=_WATCHDOG.reset)


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


class Rounds:
    """The thread serving a watcher's rounds."""

    def __init__(self, thread: threading.Thread) -> None:
        self._thread = thread

    def alive(self) -> bool:
        """Whether it still serves (a forked child has none of its parent's threads)."""
        return self._thread.is_alive()


def spawn(run: Callable[[], None]) -> Rounds:
    """Run the watcher's rounds in a daemon thread, so that waits in several threads share them (each wait
    sleeps and times out in its own thread; Ctrl-C reaches the main thread's wait, never the rounds). A new
    thread starts with an empty context: nothing of the wait that started it reaches the reads it makes."""
    thread = threading.Thread(target=run, name="krea-watcher", daemon=True)
    thread.start()
    return Rounds(thread)


def run_parallel(calls: Iterable[Callable[[], T]], limit: int) -> list[T]:
    """Every call's result, in order, at most ``limit`` at once in threads: the GETs of a watcher's round,
    which one after the other would keep every wait of the round waiting for all of them."""
    pending = list(calls)
    if len(pending) <= 1:
        return [call() for call in pending]
    with concurrent.futures.ThreadPoolExecutor(min(limit, len(pending)), thread_name_prefix="krea-read") as pool:
        return list(pool.map(lambda call: call(), pending))


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
