"""What does a batch know about each line of its input, and how does that survive a crash? The journal.

One row per line, each step committed before the run goes on:

    pending ──> submitting ──> submitted ──> completed (downloaded) | failed | cancelled
                    │  (written BEFORE the request leaves; the job id is written as soon as it is known)
                    ├──> unknown    the outcome of the send is unknown: a job may exist; never resent
                    ├──> refused    402: the balance cannot pay; nothing was created
                    └──> invalid    rejected before anything was created (bad line, unknown model, 4xx)

Each row also keeps a hash of its line, and the journal a hash of the whole file (``file_digest``), so a
journal is never applied to a changed file. ``Journal`` is the interface the batch engine runs on; two
engines implement it: SQLite beside the input for the processes of one machine (``sqlite``) and PostgreSQL
for any number of workers on any machines (``postgres``); ``journals`` opens the one a ``--journal`` value
names.
"""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, TypedDict, Unpack

from .. import _strict_json
from .._catalogue import FAMILIES
from .._json import JSONObject
from .errors import BatchSetupError

PENDING, SUBMITTING, SUBMITTED = "pending", "submitting", "submitted"
COMPLETED, FAILED, CANCELLED = "completed", "failed", "cancelled"
REFUSED, UNKNOWN, INVALID = "refused", "unknown", "invalid"
DONE = frozenset({COMPLETED, FAILED, CANCELLED})
RETRYABLE = frozenset({PENDING, REFUSED, INVALID})
"""States in which nothing was created, so the line may be submitted (again)."""

LEFT_SUBMITTING = "the run stopped after sending this line, before the answer: a job may exist; not resent"
"""Why a line found ``submitting`` by a later run (or another worker) is ``unknown``."""


def now() -> str:
    """The current instant (UTC) as ISO 8601, as the journal stores times."""
    return datetime.datetime.now(datetime.UTC).isoformat()


@dataclass(frozen=True)
class Line:
    """One non-blank line of the input file."""

    number: int
    """1-based line number in the file."""
    text: str
    """The line without its newline."""
    endpoint: str | None
    """``image/bfl/flux-1-dev``, or None when the line is malformed."""
    input: JSONObject
    """The model parameters."""
    problem: str | None
    """Why the line cannot be sent, or None."""

    @property
    def digest(self) -> str:
        """SHA-256 of the line: a resumed run checks that the file did not change under the journal."""
        return hashlib.sha256(self.text.encode()).hexdigest()


def file_digest(lines: Sequence[Line]) -> str:
    """The input file's identity, which every run on a journal checks: SHA-256 over each line's number and hash."""
    hasher = hashlib.sha256()
    for line in lines:
        hasher.update(f"{line.number}:{line.digest}\n".encode())
    return hasher.hexdigest()


def parse_line(number: int, text: str) -> Line:
    """Read one ``{"endpoint": "image/bfl/flux-1-dev", "input": {...}}`` line; never raises."""
    try:
        data = _strict_json.loads(text)
    except ValueError as exc:
        return Line(number, text, None, {}, f"not JSON: {exc}")
    unsendable = _strict_json.problem(data)
    if unsendable is not None:  # the journal (SQLite, UTF-8) could not even store such an endpoint
        return Line(number, text, None, {}, f"cannot be sent: {unsendable}")
    if not isinstance(data, dict) or not isinstance(named := data.get("endpoint"), str):
        return Line(number, text, None, {}, 'expected {"endpoint": "image/bfl/flux-1-dev", "input": {...}}')
    endpoint, params = named.strip("/"), data.get("input", {})
    if not isinstance(params, dict):
        return Line(number, text, endpoint, {}, '"input" must be an object of model parameters')
    if endpoint.split("/", 1)[0] not in FAMILIES or "/" not in endpoint:
        return Line(number, text, endpoint, params, f"endpoint must start with one of {', '.join(FAMILIES)}/")
    return Line(number, text, endpoint, params, None)


def read_lines(path: Path) -> list[Line]:
    """Every non-blank line of a JSONL file.

    Raises:
        BatchSetupError: the file cannot be read, or is not UTF-8 text.
    """
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise BatchSetupError(f"cannot read {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise BatchSetupError(f"cannot read {path}: not UTF-8 text (byte {exc.start})") from None
    return [parse_line(n, text.strip()) for n, text in enumerate(raw.splitlines(), start=1) if text.strip()]


@dataclass
class Row:
    """One journal row: what is known about one line."""

    line: int
    hash: str
    state: str
    endpoint: str | None = None
    job_id: str | None = None
    submitted_at: str | None = None
    """When the submission was sent (UTC): a job it created is newer."""
    outcome: str | None = None
    """The job's final status, once it ended."""
    paths: list[str] = field(default_factory=list)
    error: str | None = None
    updated_at: str = ""
    worker: str | None = None
    """The worker that last wrote the row (PostgreSQL journals only)."""


class RowChanges(TypedDict, total=False):
    """The fields of a ``Row`` a journal's ``record`` may change besides its state."""

    job_id: str | None
    submitted_at: str | None
    outcome: str | None
    paths: list[str]
    error: str | None


@dataclass(frozen=True)
class Claim:
    """A line a run may work on now: submit it (no job id yet) or wait for its job."""

    number: int
    job_id: str | None


class Journal(Protocol):
    """What the batch engine needs of a journal, whatever stores it."""

    where: str
    """The journal as messages name it: a path, or a URL without its password."""

    def begin(self, lines: Sequence[Line]) -> list[Row]:
        """Start a run: refuse a journal of another file, and turn lines a dead run left submitting to unknown.

        Returns:
            The rows this changed.

        Raises:
            BatchSetupError: the journal belongs to another version of the file.
        """

    def claim(self, *, new: bool) -> Claim | None:
        """The next line for this run: a job to wait for first, then (if ``new``) a line to submit; None when done.

        No other run or worker is given the same line while this one holds it.
        """

    def record(self, line: Line, state: str, **changes: Unpack[RowChanges]) -> Row:
        """Write a line's new state (and any changed fields), committed before returning."""

    def rows(self) -> dict[int, Row]:
        """Every row, by line number."""

    def stop_new(self, reason: str) -> None:
        """A 402 was met: no run on this journal submits a new line until one starts afresh."""

    def stopped(self) -> bool:
        """Whether a run on this journal met a 402 (its own, or another worker's)."""

    def sweep(self) -> list[Row]:
        """Turn lines that stopped runs left submitting to unknown; return the rows this changed."""

    def elsewhere(self) -> int:
        """How many unfinished lines other live workers hold (they finish them; this run cannot)."""

    def close(self) -> None:
        """Release the journal (its lock, its connection)."""


def default_journal(source: Path) -> Path:
    """The journal used when ``--journal`` is not given: beside the input, ``FILE.journal.sqlite``."""
    return source.with_name(source.name + ".journal.sqlite")
