"""Which of the next requests should misbehave, and how?"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass
from typing import Literal

FaultKind = Literal["status", "slow", "drop", "lost_response"]
FAULT_KINDS: tuple[FaultKind, ...] = ("status", "slow", "drop", "lost_response")


@dataclass(frozen=True)
class Fault:
    """One misbehaviour, consumed by one request.

    - ``status``: answer ``status`` (5xx or 429) with ``{"error": ...}`` and, if set, ``Retry-After``;
      the request is not processed.
    - ``slow``: process the request, then answer ``delay`` seconds late.
    - ``drop``: close the connection before the request is processed (nothing is created).
    - ``lost_response``: process the request (a job is created), then close without answering.
    """

    kind: FaultKind = "status"
    status: int = 503
    retry_after: float | None = None
    delay: float = 30.0


class FaultQueue:
    """Faults waiting for the next requests, first in, first out; thread-safe."""

    def __init__(self) -> None:
        self._queue: deque[Fault] = deque()
        self._lock = threading.Lock()

    def push(self, fault: Fault, count: int) -> None:
        """Make the next ``count`` requests suffer ``fault`` (after any already queued)."""
        if fault.kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {fault.kind!r}; expected one of {FAULT_KINDS}")
        if count < 0:
            raise ValueError(f"count must be at least 0, got {count}")
        with self._lock:
            self._queue.extend([fault] * count)

    def pop(self) -> Fault | None:
        """The fault for the request being handled, if any."""
        with self._lock:
            return self._queue.popleft() if self._queue else None

    def clear(self) -> None:
        """Forget every queued fault."""
        with self._lock:
            self._queue.clear()

    def __len__(self) -> int:
        return len(self._queue)
