"""Where does a batch on one machine keep its journal? A SQLite file beside the input, one run at a time.

WAL, every write committed and synced before the run goes on. A file lock (``filelock``, on every platform)
beside the database keeps a second ``krea batch`` off the journal while one runs; the lock dies with its
process, so after a crash the next run simply takes it. Since only one run works on the journal, every line a
run finds ``submitting`` was left by a dead run.
"""

from __future__ import annotations

import json
import sqlite3
from collections import deque
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import filelock

from ._cli_exits import CliError, ExitCode
from ._cli_journal import LEFT_SUBMITTING, RETRYABLE, SUBMITTED, SUBMITTING, UNKNOWN, Claim, Line, Row, now

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


class SqliteJournal:
    """The SQLite record of a batch (WAL, each write committed and synced before the run goes on).

    Args:
        path: The database file; created when missing.

    Raises:
        CliError: another ``krea batch`` is using the journal, or the path is not a batch journal (exit code 2).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.where = str(path)
        self._resume: deque[Claim] = deque()
        self._fresh: deque[Claim] = deque()
        self._stopped = False
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

    def begin(self, lines: Sequence[Line]) -> list[Row]:
        """Check the file, turn what a dead run left submitting to unknown, and queue the lines to work on.

        Jobs to wait for come first, then the lines in which nothing was created yet.

        Raises:
            CliError: a line differs from the one journaled under its number (exit code 2).
        """
        self.check(lines)
        rows = self.rows()
        changed: list[Row] = []
        for line in lines:
            row = rows.get(line.number)
            state = row.state if row else None
            if state == SUBMITTING:
                changed.append(self.record(line, UNKNOWN, error=LEFT_SUBMITTING))
            elif state == SUBMITTED and row is not None and row.job_id:
                self._resume.append(Claim(line.number, row.job_id))
            elif state is None or state in RETRYABLE:
                self._fresh.append(Claim(line.number, None))
        return changed

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

    def claim(self, *, new: bool) -> Claim | None:
        """The next queued line: every job to wait for first, then (if ``new``) each untried line once."""
        if self._resume:
            return self._resume.popleft()
        if new and self._fresh:
            return self._fresh.popleft()
        return None

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

    def stop_new(self, reason: str) -> None:
        """A 402: this run submits no new line (no other run can share a SQLite journal)."""
        self._stopped = True

    def stopped(self) -> bool:
        """Whether this run met a 402."""
        return self._stopped

    def sweep(self) -> list[Row]:
        """Nothing to do: no other run can have left a line submitting while this one holds the lock."""
        return []

    def elsewhere(self) -> int:
        """None: no other run works on a SQLite journal at the same time."""
        return 0

    def close(self) -> None:
        """Close the database and release the lock."""
        self._db.close()
        self._lock.release()


def status(path: Path) -> dict[str, Any]:
    """Lines per state, read without the lock (a run may be going on).

    Raises:
        CliError: there is no batch journal at ``path`` (exit code 2).
    """
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as db:
            counted = db.execute("SELECT state, count(*) FROM lines GROUP BY state ORDER BY state").fetchall()
        db.close()
    except sqlite3.Error as exc:
        raise CliError(f"there is no krea batch journal at {path} ({exc})", code=ExitCode.USAGE) from None
    states = {str(state): int(n) for state, n in counted}
    return {"journal": str(path), "lines": sum(states.values()), "states": states, "workers": [],
            "stopped_for_balance": None}  # fmt: skip


def _row(values: Sequence[Any]) -> Row:
    data = dict(zip(_COLUMNS, values, strict=True))
    data["paths"] = json.loads(data["paths"] or "[]")
    return Row(**data)


def _lock(journal: Path) -> filelock.BaseFileLock:
    lock = filelock.FileLock(journal.with_name(journal.name + ".lock"), timeout=0)
    try:
        lock.acquire()
    except filelock.Timeout:
        raise CliError(f"another krea batch is using the journal {journal}", code=ExitCode.USAGE) from None
    return lock  # held while this process lives: the operating system drops it when the process dies
