"""Where is a job in its life at a given virtual instant, and how does it read as JSON?"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from krea.testing import _limits as limits
from krea.testing._core.clock import VirtualClock, iso

Outcome = Literal["completed", "failed", "stuck"]
OUTCOMES: tuple[Outcome, ...] = ("completed", "failed", "stuck")
PENDING_STAGES = ("queued", "scheduled", "processing", "sampling", "intermediate-complete")
TERMINAL = frozenset({"completed", "failed", "cancelled"})
CANCELLABLE = frozenset({"queued", "processing"})
# Typical run times in virtual seconds (Krea's docs: images ~5-70 s, video ~1-2 min, training 15-45 min).
DEFAULT_DURATIONS = {"image": 7.0, "enhance": 20.0, "video": 120.0, "style": 900.0, "node_app": 10.0}
JOB_TYPES = {"image": "externalImage", "enhance": "externalImage", "video": "externalVideo",
             "style": "loraTraining", "node_app": "nodeApp"}  # fmt: skip


@dataclass(frozen=True)
class Script:
    """How a job will behave; the defaults make a job that completes after its family's usual time."""

    outcome: Outcome = "completed"
    """``completed``, ``failed`` (with ``code``) or ``stuck`` (ends ``failed``/``timeout`` at the timeout)."""
    code: str = "provider_error"
    """The failure code of a failed job, e.g. ``nsfw``, ``ip_detected``."""
    message: str | None = None
    """The failure message; a default is derived from ``code``."""
    duration: float | None = None
    """Virtual seconds from start to the end; None for the family default."""
    polls: int | None = None
    """If set, the job advances one step per ``GET /jobs/{id}`` and ends on this poll, whatever the clock."""


DEFAULT_SCRIPT = Script()
"""The script of every job nobody scripted: one shared object, not one per job."""


@dataclass(slots=True)
class MockJob:
    """One job's record. ``started`` is when it left the backlog (None while backlogged)."""

    job_id: str
    account: str
    family: str
    endpoint: str
    price: Decimal
    created: float
    script: Script
    base_url: str
    duration: float
    webhook_url: str | None = None
    started: float | None = None
    polls: int = 0
    status: str = "backlogged"
    ended: float | None = None
    outcome: dict[str, Any] | None = None
    """The ``result`` of a job that ended other than with its served files (a trained style's id, a failure's
    message); None otherwise, so a finished job keeps no result of its own: see :attr:`result`."""
    error: dict[str, str] | None = None
    params: Mapping[str, Any] = field(default_factory=dict)
    """The request body, kept only where the result needs it (style training); empty otherwise."""
    body: bytes = b""
    """The request body as received (JSON bytes, more compact than parsed), for ``MockKrea.inputs``; forgotten
    with the job past ``keep``."""

    @property
    def result(self) -> dict[str, Any] | None:
        """The job's ``result`` as the service shows it: the served file URLs once completed (the preview's at
        ``intermediate-complete``), else :attr:`outcome`. Built when read, from the job's id and base URL."""
        if self.outcome is None:
            if self.status == "completed":
                return {"urls": [file_url(self)]}
            if self.status == "intermediate-complete":
                return {"urls": [file_url(self, "-preview")]}
        return self.outcome

    @property
    def terminal(self) -> bool:
        """Whether the job has ended (completed, failed or cancelled)."""
        return self.status in TERMINAL

    def due(self, service_timeout: float) -> float:
        """The virtual instant the job ends by time (infinite for poll-driven or backlogged jobs)."""
        if self.started is None or (self.script.polls is not None and self.script.outcome != "stuck"):
            return math.inf
        if self.script.outcome == "stuck":
            return self.started + service_timeout
        return self.started + self.duration

    def progress(self, now: float) -> float:
        """How far along the job is, from 0 to 1 (1 means it should end now)."""
        if self.started is None or now <= self.started:
            return 0.0
        if self.script.outcome == "stuck":
            return min(0.5, (now - self.started) / max(self.duration, 1e-9))
        if self.script.polls is not None:
            return self.polls / max(self.script.polls, 1)
        return (now - self.started) / self.duration if self.duration > 0 else 1.0

    def pending_stage(self, now: float) -> str:
        """The pending status the job reads at ``now`` (it must not have ended)."""
        if self.started is None:
            return "backlogged"
        index = min(max(int(self.progress(now) * len(PENDING_STAGES)), 0), len(PENDING_STAGES) - 1)
        return PENDING_STAGES[index]

    def to_json(self, clock: VirtualClock) -> dict[str, Any]:
        """The job as the spec's ``Job`` schema and Krea's ``GET /jobs/{id}`` show it."""
        body: dict[str, Any] = {
            "job_id": self.job_id,
            "status": self.status,
            "created_at": iso(clock.at(self.created)),
            "completed_at": None if self.ended is None else iso(clock.at(self.ended)),
            "result": self.result,
            "type": JOB_TYPES.get(self.family, "externalImage"),
        }
        if self.error is not None:
            body["error"] = self.error
        return body


def file_url(job: MockJob, suffix: str = "") -> str:
    """Where the mock serves a job's output (or, with ``-preview``, its intermediate preview)."""
    extension = ".mp4" if job.family == "video" else ".png"
    return f"{job.base_url}/_mock/files/{job.job_id}{suffix}{extension}"


def checked_script(outcome: Any, code: Any, message: Any, duration: Any, polls: Any) -> Script:
    """A :class:`Script` from untrusted values (a control's JSON body).

    Raises:
        ValueError: A value out of range, naming its field.
    """
    kind = limits.choice("outcome", outcome, OUTCOMES)
    return Script(
        "completed" if kind == "completed" else "failed" if kind == "failed" else "stuck",
        str(limits.text("code", code, limit=200)),
        limits.text("message", message, optional=True),
        limits.optional_number("duration", duration, 0, limits.MAX_DURATION),
        None if polls is None else limits.integer("polls", polls, 1, limits.MAX_POLLS),
    )
