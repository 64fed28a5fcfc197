"""What time is it for the mock? A virtual clock that moves only when told to, or the wall clock."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from krea.testing._limits import number

MAX_SECONDS = 100 * 366 * 86400.0
"""How far any clock may be moved past its start (about 100 years): further, timestamps stop being dates."""


def iso(moment: datetime) -> str:
    """Format an instant as Krea does: ISO-8601 UTC with milliseconds and ``Z``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def parse_iso(text: str) -> datetime:
    """Parse an ISO-8601 instant (``Z`` or an offset); naive values are taken as UTC.

    Raises:
        ValueError: The text is not an ISO-8601 date-time.
    """
    moment = datetime.fromisoformat(text.replace("z", "Z").replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def wall_clock_start() -> datetime:
    """Now, to the whole second: the default start, so that timestamps the mock writes (``created_at``) can be
    compared with the client's own clock, as when looking for a job whose submission answer was lost."""
    return datetime.now(UTC).replace(microsecond=0)


class VirtualClock:
    """Seconds since a start instant; nothing happens until :meth:`advance` or a poll moves it.

    Listeners registered with :meth:`subscribe` run after every advance (the mock uses this to finish
    jobs and fire webhooks whose time has come).
    """

    def __init__(self, start: datetime | None = None) -> None:
        self._start = start if start is not None else wall_clock_start()
        self._offset = 0.0
        self._lock = threading.Lock()
        self._listeners: list[Callable[[], None]] = []

    @property
    def seconds(self) -> float:
        """Seconds elapsed since the start instant."""
        return self._offset

    @property
    def start(self) -> datetime:
        """The instant ``seconds`` counts from."""
        return self._start

    def now(self) -> datetime:
        """The current instant (UTC)."""
        return self.at(self.seconds)

    def at(self, seconds: float) -> datetime:
        """The instant ``seconds`` seconds after the start."""
        return self._start + timedelta(seconds=seconds)

    def advance(self, seconds: float) -> None:
        """Move time forward; jobs due by then progress, finish, are charged and notify.

        Args:
            seconds: How far to move: at least 0, and the clock stays within ``MAX_SECONDS`` of its start.

        Raises:
            ValueError: ``seconds`` is negative, not finite, or would move the clock past the bound.
        """
        seconds = number("seconds", seconds, 0, MAX_SECONDS)
        with self._lock:
            if self.seconds + seconds > MAX_SECONDS:
                raise ValueError(
                    f"seconds: the clock may not pass {MAX_SECONDS:g} s after its start "
                    f"(now {self.seconds:g}), got {seconds}"
                )
            self._offset += seconds
        self.notify()

    def notify(self) -> None:
        """Run every listener (after time moved)."""
        for listener in list(self._listeners):
            listener()

    def subscribe(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` after every :meth:`advance`."""
        self._listeners.append(listener)

    def reset(self) -> None:
        """Go back to the start instant and forget every listener."""
        with self._lock:
            self._offset = 0.0
            self._listeners.clear()


class WallClock(VirtualClock):
    """The wall clock: ``seconds`` is the real time elapsed since the start (plus any :meth:`advance`).

    Timestamps it writes are the real time a client sees, so ``created_at`` can be compared with the
    client's own clock. While :meth:`start_ticking` runs, listeners also run every ``interval`` seconds,
    so jobs finish and webhooks fire with no request arriving.
    """

    def __init__(self, start: datetime | None = None, *, now: Callable[[], float] = time.time) -> None:
        self._now = now
        begin = start if start is not None else _to_the_millisecond(now())
        super().__init__(begin)
        self._epoch = begin.timestamp()
        self._last = 0.0
        self._ticker: threading.Thread | None = None
        self._stop = threading.Event()

    @property
    def seconds(self) -> float:
        """Real seconds since the start, plus every advance; never goes backwards (NTP steps)."""
        self._last = max(self._last, min(self._now() - self._epoch + self._offset, MAX_SECONDS))
        return self._last

    def reset(self) -> None:
        """Start again from now, forgetting every listener and advance."""
        super().reset()
        self._start = _to_the_millisecond(self._now())
        self._epoch = self._start.timestamp()
        self._last = 0.0

    def start_ticking(self, interval: float = 0.05) -> None:
        """Run the listeners every ``interval`` real seconds from a daemon thread, until :meth:`stop_ticking`."""
        if self._ticker is not None:
            return
        self._stop.clear()

        def run() -> None:
            while not self._stop.wait(interval):
                self.notify()

        self._ticker = threading.Thread(target=run, name="krea-mock-clock", daemon=True)
        self._ticker.start()

    def stop_ticking(self) -> None:
        """Stop the ticking thread, if it runs."""
        thread, self._ticker = self._ticker, None
        if thread is not None:
            self._stop.set()
            thread.join()


def _to_the_millisecond(epoch: float) -> datetime:
    # Krea's timestamps have milliseconds: a start on a whole millisecond keeps every instant exact in them.
    return datetime.fromtimestamp(math.floor(epoch * 1000) / 1000, UTC)
