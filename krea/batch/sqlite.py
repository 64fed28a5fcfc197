"""Where does a batch on one machine keep its journal? A SQLite file beside the input, shared by its processes.

WAL, every write committed and synced before the run goes on. Several ``krea batch`` processes on one
machine may work on the same journal at once: claims are ``BEGIN IMMEDIATE`` transactions (SQLite runs one
writer at a time), so two processes never take the same line. Each process holds a file lock of its own
(``filelock``, on every platform) beside the database for as long as it lives, and writes its session on the
lines it claims. The operating system drops the lock when the process dies, even by ``kill -9``: another
process that can take the lock knows the session is gone, turns the lines it left ``submitting`` to
``unknown`` (never resent) and collects the jobs it left ``submitted``.

The ``meta`` table keeps the input file's content hash (recorded by the first run, checked by every later one)
and a 402 that stopped new submissions; ``PRAGMA user_version`` is the schema version.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, Unpack

from .._extras import missing_extra

if _missing := missing_extra("cli", "krea.batch's SQLite journal", "filelock"):
    raise _missing

import filelock

from .._json import JSONObject
from .errors import BatchSetupError, JournalError
from .journal import (
    LEFT_SUBMITTING,
    PENDING,
    RETRYABLE,
    SUBMITTED,
    SUBMITTING,
    UNKNOWN,
    Claim,
    Line,
    Row,
    RowChanges,
    file_digest,
    now,
)

SCHEMA_VERSION = 1
"""``PRAGMA user_version`` of the journals this krea writes; 0 is a journal written before it was versioned
(opened, it is upgraded). A newer version is refused."""

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
    updated_at TEXT NOT NULL,
    worker TEXT,
    session INTEGER
)
"""
_COLUMNS = ("line", "hash", "state", "endpoint", "job_id", "submitted_at", "outcome", "paths", "error", "updated_at")
_V1 = _COLUMNS
"""The columns of the first journals (one run at a time): opened, they gain ``worker`` and ``session``."""
_V2 = (*_COLUMNS, "worker", "session")
_FILE_HASH = "file_hash"
"""The ``meta`` key of the input file's content hash (``journal.file_digest``), recorded by the first run."""
_OPEN = (PENDING, SUBMITTED)


class SqliteJournal:
    """The SQLite record of a batch (WAL, each write committed and synced before the run goes on).

    Args:
        path: The database file; created when missing.
        worker_id: This process's name in the journal (default: none).

    Raises:
        BatchSetupError: the path is not a batch journal, or cannot be created.
    """

    def __init__(self, path: Path, *, worker_id: str | None = None) -> None:
        self.path = path
        self.where = str(path)
        self.worker = worker_id
        self._lines: list[Line] = []
        self._next = 0
        self._stopped = False
        self._gone: set[int] = set()
        if path.is_dir():
            raise BatchSetupError(f"the journal {path} is a folder: give --journal a file path")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.session, self._lock = _join(path)
        except OSError as exc:
            raise BatchSetupError(f"cannot create the journal {path}: {exc.strerror or exc}") from None
        self._db = sqlite3.connect(path, isolation_level=None, timeout=30)
        try:  # look before writing anything: the file may be someone else's database
            tables = {name for (name,) in self._db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            columns = tuple(row[1] for row in self._db.execute("PRAGMA table_info(lines)"))
            (version,) = self._db.execute("PRAGMA user_version").fetchone()
        except sqlite3.Error as exc:
            self.close()
            raise BatchSetupError(
                f"the journal {path} is not a krea batch journal ({exc}): give --journal another path"
            ) from None
        if tables - {"lines", "meta"} or (tables and columns not in (_V1, _V2)):
            self.close()
            raise BatchSetupError(
                f"the journal {path} is a SQLite database of something else, not a krea batch journal: "
                "give --journal another path"
            )
        if version > SCHEMA_VERSION:
            self.close()
            raise BatchSetupError(_newer(path, version))
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        with self._write():
            self._db.execute(_SCHEMA)
            if tuple(row[1] for row in self._db.execute("PRAGMA table_info(lines)")) == _V1:
                self._db.execute("ALTER TABLE lines ADD COLUMN worker TEXT")
                self._db.execute("ALTER TABLE lines ADD COLUMN session INTEGER")
            self._db.execute("CREATE INDEX IF NOT EXISTS lines_state ON lines (state, line)")
            self._db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            # A process that joins clears a 402 stop: after a top-up, starting a run is how a batch goes on.
            self._db.execute("DELETE FROM meta WHERE key = 'stopped_for_balance'")

    @contextmanager
    def _write(self) -> Iterator[None]:
        """One write transaction, taken at once so that a claim's read and write are never interleaved."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def _is_gone(self, session: int | None) -> bool:
        """Whether the process of ``session`` is dead (its lock can be taken), or the row predates sessions."""
        if session is None or session in self._gone:
            return True
        if session == self.session:
            return False
        lock = filelock.FileLock(_lock_path(self.path, session), timeout=0)
        try:
            lock.acquire()
        except filelock.Timeout:
            return False
        lock.release()
        with suppress(OSError):
            _lock_path(self.path, session).unlink()
        self._gone.add(session)
        return True

    def rows(self) -> dict[int, Row]:
        """Every row, by line number."""
        query = f"SELECT {', '.join(_COLUMNS)}, worker FROM lines ORDER BY line"
        return {row.line: row for row in map(_row, self._db.execute(query))}

    def row(self, number: int) -> Row | None:
        """The row of one line, if it has one."""
        query = f"SELECT {', '.join(_COLUMNS)}, worker FROM lines WHERE line = ?"
        found = self._db.execute(query, (number,)).fetchone()
        return None if found is None else _row(found)

    def begin(self, lines: Sequence[Line]) -> list[Row]:
        """Check the file, and turn what dead runs left submitting to unknown.

        Raises:
            BatchSetupError: the journal belongs to another version of the file.
        """
        self.check(lines)
        self._lines, self._next = list(lines), 0
        return self.sweep()

    def check(self, lines: Sequence[Line]) -> None:
        """Refuse a journal written for another file: the file's content hash is recorded by the first run (or,
        in a journal older than that, by the first run that finds every journaled line unchanged) and must match.

        Raises:
            BatchSetupError: the journal belongs to another version of the file (a line changed, is gone or
                was added).
        """
        digest = file_digest(lines)
        with self._write():
            found = self._db.execute("SELECT value FROM meta WHERE key = ?", (_FILE_HASH,)).fetchone()
            if found is not None and found[0] == digest:
                return
            self._check_rows(lines)  # names the changed line, when one was journaled
            if found is not None:
                raise BatchSetupError(
                    f"the journal {self.path} belongs to another version of this file (its content hash differs: "
                    "lines were added or changed). Restore the file, or start afresh with a new --journal."
                )
            self._db.execute("INSERT INTO meta VALUES (?, ?)", (_FILE_HASH, digest))

    def _check_rows(self, lines: Sequence[Line]) -> None:
        digests = {line.number: line.digest for line in lines}
        for row in self.rows().values():
            if digests.get(row.line) != row.hash:
                raise BatchSetupError(
                    f"the journal {self.path} belongs to another version of this file: line {row.line} changed "
                    "or is gone. Restore the file, or start afresh with a new --journal."
                )

    def claim(self, *, new: bool) -> Claim | None:
        """A job a dead run left to wait for first, then (if ``new``) each line in file order that nobody holds."""
        with self._write():
            waiting = self._db.execute(
                "SELECT line, job_id, session FROM lines WHERE state = ? AND job_id IS NOT NULL "
                "AND (session IS NULL OR session <> ?) ORDER BY line",
                (SUBMITTED, self.session),
            ).fetchall()
            for number, job_id, session in waiting:
                if self._is_gone(session):
                    self._hold(number)
                    return Claim(number, job_id)
            while new and self._next < len(self._lines):
                line = self._lines[self._next]
                self._next += 1
                found = self._db.execute("SELECT state, session FROM lines WHERE line = ?", (line.number,)).fetchone()
                if found is None:
                    self._db.execute(
                        "INSERT INTO lines (line, hash, state, endpoint, paths, updated_at, worker, session) "
                        "VALUES (?, ?, ?, ?, '[]', ?, ?, ?)",
                        (line.number, line.digest, PENDING, line.endpoint, now(), self.worker, self.session),
                    )
                    return Claim(line.number, None)
                state, session = found
                if state in RETRYABLE and self._is_gone(session):
                    self._hold(line.number)
                    return Claim(line.number, None)
        return None

    def _hold(self, number: int) -> None:
        self._db.execute("UPDATE lines SET session = ?, worker = ? WHERE line = ?", (self.session, self.worker, number))

    def record(self, line: Line, state: str, **changes: Unpack[RowChanges]) -> Row:
        """Write a line's new state (and any changed fields), committed before returning.

        Raises:
            JournalError: another live process holds the line: nothing is sent for it.
        """
        with self._write():
            held = self._db.execute("SELECT session FROM lines WHERE line = ?", (line.number,)).fetchone()
            if held is not None and held[0] != self.session and not self._is_gone(held[0]):
                raise JournalError(
                    f"line {line.number} of the journal {self.path} is held by another krea batch; this one stops"
                )
            current = self.row(line.number) or Row(line.number, line.digest, state, line.endpoint)
            for key, value in changes.items():
                setattr(current, key, value)
            current.state, current.updated_at, current.worker = state, now(), self.worker
            values = [*(getattr(current, column) for column in _COLUMNS), self.worker, self.session]
            values[_COLUMNS.index("paths")] = json.dumps(current.paths)
            marks = ", ".join("?" for _ in _V2)
            self._db.execute(f"INSERT OR REPLACE INTO lines ({', '.join(_V2)}) VALUES ({marks})", values)
        return current

    def stop_new(self, reason: str) -> None:
        """Tell every process on this journal to submit no new line."""
        self._stopped = True
        self._db.execute(
            "INSERT INTO meta VALUES ('stopped_for_balance', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (reason,),
        )

    def stopped(self) -> bool:
        """Whether this process or another one met a 402 since the last one joined."""
        found = self._db.execute("SELECT 1 FROM meta WHERE key = 'stopped_for_balance'").fetchone()
        return self._stopped or found is not None

    def sweep(self) -> list[Row]:
        """Turn lines that dead processes left ``submitting`` to ``unknown`` (a job may exist: never resent)."""
        with self._write():
            left = self._db.execute(
                "SELECT line, session FROM lines WHERE state = ? AND (session IS NULL OR session <> ?) ORDER BY line",
                (SUBMITTING, self.session),
            ).fetchall()
            dead = [number for number, session in left if self._is_gone(session)]
            for number in dead:
                self._db.execute(
                    "UPDATE lines SET state = ?, error = ?, updated_at = ? WHERE line = ?",
                    (UNKNOWN, LEFT_SUBMITTING, now(), number),
                )
        return [row for row in (self.row(number) for number in dead) if row is not None]

    def elsewhere(self) -> int:
        """How many ``pending`` or ``submitted`` lines other live processes hold."""
        held = self._db.execute(
            f"SELECT session FROM lines WHERE state IN ({', '.join('?' for _ in _OPEN)}) "
            "AND session IS NOT NULL AND session <> ?",
            (*_OPEN, self.session),
        ).fetchall()
        return sum(1 for (session,) in held if not self._is_gone(session))

    def close(self) -> None:
        """Close the database and release this process's lock: other processes may collect what it left."""
        self._db.close()
        self._lock.release()
        with suppress(OSError):
            _lock_path(self.path, self.session).unlink()


def status(path: Path) -> JSONObject:
    """Lines per state, and per process that claimed lines: its lines, whether it lives, its last activity.

    Read without taking part in the batch.

    Raises:
        BatchSetupError: there is no batch journal at ``path``.
    """
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            (version,) = db.execute("PRAGMA user_version").fetchone()
            if version > SCHEMA_VERSION:
                raise BatchSetupError(_newer(path, version))
            stopped = _stopped_for_balance(db)
            counted = db.execute("SELECT state, count(*) FROM lines GROUP BY state ORDER BY state").fetchall()
            held = db.execute(
                "SELECT session, worker, state, count(*), max(updated_at) FROM lines WHERE session IS NOT NULL "
                "GROUP BY session, worker, state ORDER BY session"
            ).fetchall()
        finally:
            db.close()
    except sqlite3.Error as exc:
        raise BatchSetupError(f"there is no krea batch journal at {path} ({exc})") from None
    workers: dict[int, JSONObject] = {}
    lines: dict[int, JSONObject] = {}
    for session, worker, state, n, last in held:
        if session not in workers:
            alive = _alive(path, session)
            lines[session] = {}
            workers[session] = {"worker": worker, "host": None, "pid": None, "started_at": None, "alive": alive,
                                "last_activity": last, "lines": lines[session]}  # fmt: skip
        lines[session][state] = n
        workers[session]["last_activity"] = max(str(workers[session]["last_activity"]), last)
    states: JSONObject = {str(state): int(n) for state, n in counted}
    total = sum(int(n) for _, n in counted)
    return {"journal": str(path), "lines": total, "states": states, "workers": list(workers.values()),
            "stopped_for_balance": stopped}  # fmt: skip


def _stopped_for_balance(db: sqlite3.Connection) -> str | None:
    """The 402 that stopped new submissions, if one did since the last process joined (journals from before
    ``meta`` existed have none)."""
    if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone() is None:
        return None
    found = db.execute("SELECT value FROM meta WHERE key = 'stopped_for_balance'").fetchone()
    return None if found is None else str(found[0])


def _newer(path: Path, version: int) -> str:
    return (
        f"the journal {path} has schema version {version}; this krea knows version {SCHEMA_VERSION}: "
        "upgrade krea, or give --journal another path"
    )


def _alive(journal: Path, session: int) -> bool:
    lock = filelock.FileLock(_lock_path(journal, session), timeout=0)
    try:
        lock.acquire()
    except filelock.Timeout:
        return True
    lock.release()
    return False


def _row(values: Sequence[Any]) -> Row:
    data = dict(zip((*_COLUMNS, "worker"), values, strict=True))
    data["paths"] = json.loads(data["paths"] or "[]")
    return Row(**data)


def _lock_path(journal: Path, session: int) -> Path:
    return journal.with_name(f"{journal.name}.worker-{session}.lock")


def _join(journal: Path) -> tuple[int, filelock.BaseFileLock]:
    """A new session and its lock, held while this process lives (the operating system drops it at death)."""
    while True:
        session = secrets.randbelow(2**62) + 1
        lock = filelock.FileLock(_lock_path(journal, session), timeout=0)
        try:
            lock.acquire()
        except filelock.Timeout:  # pragma: no cover - a 62-bit collision with a live process
            continue
        return session, lock
