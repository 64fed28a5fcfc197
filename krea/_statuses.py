"""Job statuses, in one place: the spec's ``JobStatus`` enum (as generated) and what each means to a client.

The generated ``krea_api.models.JobStatus`` is the list; which of them end a job and which are past the
point where a cancel can stop it is what the spec says in prose, written here once. The enum is read on first
use, so ``import krea`` does not load the generated models.
"""

from __future__ import annotations

import functools
from typing import Literal

JobStatusName = Literal[
    "backlogged",
    "queued",
    "scheduled",
    "processing",
    "sampling",
    "intermediate-complete",
    "completed",
    "failed",
    "cancelled",
]
"""The statuses the spec names (a test keeps this equal to its ``JobStatus`` enum), for editors to complete;
``Job.status`` is ``JobStatusName | str``, since Krea may add a status this SDK does not know yet."""

TERMINAL_STATUSES = frozenset({"completed", "failed", "cancelled"})
"""A job in one of these is over: only ``completed`` is billed."""
PAST_CANCELLATION = frozenset({"sampling", "intermediate-complete"}) | TERMINAL_STATUSES
"""A cancel can no longer stop a job in one of these (the spec: cancel while ``queued`` or ``processing``)."""


@functools.cache
def known_statuses() -> tuple[str, ...]:
    """Every status the spec names, in its order."""
    from krea_api.models import JobStatus

    return tuple(status.value for status in JobStatus)


@functools.cache
def pending_statuses() -> frozenset[str]:
    """The statuses the spec names that are not terminal (an unknown status is pending too)."""
    return frozenset(known_statuses()) - TERMINAL_STATUSES
