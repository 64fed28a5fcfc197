"""Which of the next requests should misbehave, and how?"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from krea.testing._core.runs import RunQueue

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
    """Faults waiting for the next requests, first in, first out; thread-safe, one entry per push."""

    def __init__(self) -> None:
        self._queue = RunQueue[Fault]()

    def push(self, fault: Fault, count: int) -> None:
        """Make the next ``count`` requests suffer ``fault`` (after any already queued)."""
        if fault.kind not in FAULT_KINDS:
            raise ValueError(f"kind: must be one of {', '.join(FAULT_KINDS)}, got {fault.kind!r}")
        if count < 0:
            raise ValueError(f"count: must be at least 0, got {count}")
        self._queue.push(fault, count)

    def pop(self) -> Fault | None:
        """The fault for the request being handled, if any."""
        return self._queue.pop()

    def clear(self) -> None:
        """Forget every queued fault."""
        self._queue.clear()

    def __len__(self) -> int:
        return len(self._queue)
