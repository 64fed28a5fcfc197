"""Job statuses, in one place: the spec's ``JobStatus`` enum (as generated) and what each means to a client.

``JobStatusName`` lists them in the spec's order (a test keeps it equal to the spec's enum and to the generated
``krea_api.models.JobStatus``); which of them end a job and which are past the point where a cancel can stop
it is what the spec says in prose, written here once.
"""

from __future__ import annotations

import functools
import typing
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
    """Every status the spec names, in the spec's (lifecycle) order; the generated enum sorts them by name."""
    return typing.get_args(JobStatusName)


@functools.cache
def pending_statuses() -> frozenset[str]:
    """The statuses the spec names that are not terminal (an unknown status is pending too)."""
    return frozenset(known_statuses()) - TERMINAL_STATUSES
