"""What does a batch know about each line of its input, and how does that survive a crash? The journal.

A SQLite database (WAL, every write committed and synced before the run goes on) holds one row per line:

    pending ──> submitting ──> submitted ──> completed (downloaded) | failed | cancelled
                    │  (written BEFORE the request leaves; the job id is written as soon as it is known)
                    ├──> unknown    the outcome of the send is unknown: a job may exist; never resent
                    ├──> refused    402: the balance cannot pay; nothing was created
                    └──> invalid    rejected before anything was created (bad line, unknown model, 4xx)

Each row also keeps a hash of its line, so a journal is never applied to a changed file.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from . import _cli_values
from ._catalogue import FAMILIES
from ._cli_exits import CliError, ExitCode

PENDING, SUBMITTING, SUBMITTED = "pending", "submitting", "submitted"
COMPLETED, FAILED, CANCELLED = "completed", "failed", "cancelled"
REFUSED, UNKNOWN, INVALID = "refused", "unknown", "invalid"
DONE = frozenset({COMPLETED, FAILED, CANCELLED})
RETRYABLE = frozenset({PENDING, REFUSED, INVALID})
"""States in which nothing was created, so the line may be submitted (again)."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS lines (
    line INTEGER PRIMARY KEY,
    hash TEXT NOT NULL,
    state TEXT NOT NULL,
    endpoint TEXT,
    job_id TEXT,
    submitted_at TEXT,
    outcome TEXT,
    paths TEXT,
    error TEXT,
    updated_at TEXT NOT NULL
)
"""
_COLUMNS = ("line", "hash", "state", "endpoint", "job_id", "submitted_at", "outcome", "paths", "error", "updated_at")


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
    input: dict[str, Any]
    """The model parameters."""
    problem: str | None
    """Why the line cannot be sent, or None."""

    @property
    def digest(self) -> str:
        """SHA-256 of the line: a resumed run checks that the file did not change under the journal."""
        return hashlib.sha256(self.text.encode()).hexdigest()


def parse_line(number: int, text: str) -> Line:
    """Read one ``{"endpoint": "image/bfl/flux-1-dev", "input": {...}}`` line; never raises."""
    try:
        data = _cli_values.loads(text)
    except ValueError as exc:
        return Line(number, text, None, {}, f"not JSON: {exc}")
    unsendable = _cli_values.problem(data)
    if unsendable is not None:  # the journal (SQLite, UTF-8) could not even store such an endpoint
        return Line(number, text, None, {}, f"cannot be sent: {unsendable}")
    if not isinstance(data, dict) or not isinstance(data.get("endpoint"), str):
        return Line(number, text, None, {}, 'expected {"endpoint": "image/bfl/flux-1-dev", "input": {...}}')
    endpoint, params = data["endpoint"].strip("/"), data.get("input", {})
    if not isinstance(params, dict):
        return Line(number, text, endpoint, {}, '"input" must be an object of model parameters')
    if endpoint.split("/", 1)[0] not in FAMILIES or "/" not in endpoint:
        return Line(number, text, endpoint, params, f"endpoint must start with one of {', '.join(FAMILIES)}/")
    return Line(number, text, endpoint, params, None)


def read_lines(path: Path) -> list[Line]:
    """Every non-blank line of a JSONL file.

    Raises:
        CliError: the file cannot be read (exit code 2).
    """
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CliError(f"cannot read {path}: {exc.strerror or exc}", code=ExitCode.USAGE) from None
    except UnicodeDecodeError as exc:
        raise CliError(f"cannot read {path}: not UTF-8 text (byte {exc.start})", code=ExitCode.USAGE) from None
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


class Journal:
    """The SQLite record of a batch (WAL, each write committed and synced before the run goes on).

    Args:
        path: The database file; created when missing.

    Raises:
        CliError: another ``krea batch`` is using the journal (exit code 2).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        if path.is_dir():
            raise CliError(f"the journal {path} is a folder: give --journal a file path", code=ExitCode.USAGE)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._lock = _lock(path)
        except OSError as exc:
            raise CliError(f"cannot create the journal {path}: {exc.strerror or exc}", code=ExitCode.USAGE) from None
        self._db = sqlite3.connect(path, isolation_level=None)
        try:  # look before writing anything: the file may be someone else's database
            tables = {name for (name,) in self._db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            columns = tuple(row[1] for row in self._db.execute("PRAGMA table_info(lines)"))
        except sqlite3.Error as exc:
            self.close()
            raise CliError(
                f"the journal {path} is not a krea batch journal ({exc}): give --journal another path",
                code=ExitCode.USAGE,
            ) from None
        if tables - {"lines"} or (tables and columns != _COLUMNS):
            self.close()
            raise CliError(
                f"the journal {path} is a SQLite database of something else, not a krea batch journal: "
                "give --journal another path",
                code=ExitCode.USAGE,
            )
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute(_SCHEMA)

    def rows(self) -> dict[int, Row]:
        """Every row, by line number."""
        query = f"SELECT {', '.join(_COLUMNS)} FROM lines ORDER BY line"
        return {row.line: row for row in map(_row, self._db.execute(query))}

    def row(self, number: int) -> Row | None:
        """The row of one line, if it has one."""
        query = f"SELECT {', '.join(_COLUMNS)} FROM lines WHERE line = ?"
        found = self._db.execute(query, (number,)).fetchone()
        return None if found is None else _row(found)

    def check(self, lines: Sequence[Line]) -> None:
        """Refuse a journal written for another file (a changed line could be mistaken for a submitted one).

        Raises:
            CliError: a line differs from the one journaled under its number (exit code 2).
        """
        digests = {line.number: line.digest for line in lines}
        for row in self.rows().values():
            if digests.get(row.line) != row.hash:
                raise CliError(
                    f"the journal {self.path} belongs to another version of this file: line {row.line} changed "
                    "or is gone. Restore the file, or start afresh with a new --journal.",
                    code=ExitCode.USAGE,
                )

    def record(self, line: Line, state: str, **changes: Any) -> Row:
        """Write a line's new state (and any changed fields), committed before returning."""
        current = self.row(line.number) or Row(line.number, line.digest, state, line.endpoint)
        for key, value in changes.items():
            setattr(current, key, value)
        current.state, current.updated_at = state, now()
        values = [getattr(current, column) for column in _COLUMNS]
        values[_COLUMNS.index("paths")] = json.dumps(current.paths)
        marks = ", ".join("?" for _ in _COLUMNS)
        self._db.execute(f"INSERT OR REPLACE INTO lines ({', '.join(_COLUMNS)}) VALUES ({marks})", values)
        return current

    def close(self) -> None:
        """Close the database and release the lock."""
        self._db.close()
        self._lock.close()


def _row(values: Sequence[Any]) -> Row:
    data = dict(zip(_COLUMNS, values, strict=True))
    data["paths"] = json.loads(data["paths"] or "[]")
    return Row(**data)


def _lock(journal: Path) -> IO[bytes]:
    handle = journal.with_name(journal.name + ".lock").open("ab")
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no advisory lock; one run per journal is on the user
        return handle
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        raise CliError(f"another krea batch is using the journal {journal}", code=ExitCode.USAGE) from None
    return handle  # the lock lasts while the handle is open, and dies with the process


@contextmanager
def open_journal(path: Path) -> Iterator[Journal]:
    """Open a journal for one run and close it afterwards, whatever happens."""
    journal = Journal(path)
    try:
        yield journal
    finally:
        journal.close()


def default_journal(source: Path) -> Path:
    """The journal used when ``--journal`` is not given: beside the input, ``FILE.journal.sqlite``."""
    return source.with_name(source.name + ".journal.sqlite")
