"""What time is it for the mock? A virtual clock that moves only when told to."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta


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
        self._seconds = 0.0
        self._lock = threading.Lock()
        self._listeners: list[Callable[[], None]] = []

    @property
    def seconds(self) -> float:
        """Virtual seconds elapsed since the start instant."""
        return self._seconds

    def now(self) -> datetime:
        """The current virtual instant (UTC)."""
        return self.at(self._seconds)

    def at(self, seconds: float) -> datetime:
        """The instant ``seconds`` virtual seconds after the start."""
        return self._start + timedelta(seconds=seconds)

    def advance(self, seconds: float) -> None:
        """Move time forward; jobs due by then progress, finish, are charged and notify.

        Args:
            seconds: How far to move, at least 0.

        Raises:
            ValueError: ``seconds`` is negative.
        """
        if seconds < 0:
            raise ValueError(f"the clock only moves forward, got {seconds}")
        with self._lock:
            self._seconds += seconds
        for listener in list(self._listeners):
            listener()

    def subscribe(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` after every :meth:`advance`."""
        self._listeners.append(listener)

    def reset(self) -> None:
        """Go back to the start instant and forget every listener."""
        with self._lock:
            self._seconds = 0.0
            self._listeners.clear()
