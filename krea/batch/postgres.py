"""How do many ``krea batch`` workers, on any machines, share one batch? A journal in PostgreSQL.

Three tables, created on first use (in one transaction, under an advisory lock, so concurrent first workers
do not race) and versioned in ``krea_batch_meta``:

    krea_batch_meta     schema_version, the input file's content hash, a 402 that stopped new submissions
    krea_batch_lines    one row per line (the states of ``krea.batch.journal``), with the session holding it
    krea_batch_workers  every worker that joined: its name, host, pid and when it started

Who holds what: each worker takes a session-level advisory lock ``(_NAMESPACE, session)`` that lasts as long
as its connection, and writes its session on every line it claims. A worker that dies (even ``kill -9``)
loses its connection, so PostgreSQL drops the lock: any other worker then sees in ``pg_locks`` that the
session is gone, turns the lines it left ``submitting`` to ``unknown`` (a job may exist: never resent) and
collects the lines it left ``submitted`` (waits for the job id, downloads once). Claims take one row with
``FOR UPDATE SKIP LOCKED``, so two workers never get the same line. Every write is its own committed
transaction, made before the batch goes on (the submission is written before it is sent).
"""

from __future__ import annotations

import json
import os
import secrets
import socket
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from typing import Any, Unpack
from urllib.parse import parse_qsl, urlsplit, urlunsplit

import psycopg
from psycopg import errors, sql
from psycopg.rows import dict_row

from .._json import JSON, JSONObject
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
_NAMESPACE = 0x6B72  # "kr": the first key of every krea advisory lock, so other applications' locks never match
_COLUMNS = ("line", "hash", "state", "endpoint", "job_id", "submitted_at", "outcome", "paths", "error",
            "updated_at", "worker")  # fmt: skip
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS krea_batch_meta (key text PRIMARY KEY, value text NOT NULL)",
    """CREATE TABLE IF NOT EXISTS krea_batch_lines (
        line integer PRIMARY KEY,
        hash text NOT NULL,
        state text NOT NULL,
        endpoint text,
        job_id text,
        submitted_at text,
        outcome text,
        paths text NOT NULL DEFAULT '[]',
        error text,
        updated_at text NOT NULL,
        worker text,
        session integer
    )""",
    "CREATE INDEX IF NOT EXISTS krea_batch_lines_state ON krea_batch_lines (state, line)",
    """CREATE TABLE IF NOT EXISTS krea_batch_workers (
        session integer PRIMARY KEY,
        worker text NOT NULL,
        host text NOT NULL,
        pid integer NOT NULL,
        started_at text NOT NULL
    )""",
)
# The sessions whose worker is alive: those whose advisory lock is held in this database.
_LIVE = """live AS (
    SELECT objid::bigint AS session FROM pg_locks
    WHERE locktype = 'advisory' AND classid::bigint = %(namespace)s AND objsubid = 2 AND granted
      AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
)"""
_FREE = "(session IS NULL OR session NOT IN (SELECT session FROM live))"
# How soon the server drops the connection (and so the lock) of a worker whose machine vanished without closing
# it: TCP keepalives after 30 s idle, then 3 probes 10 s apart, so about a minute (the default is hours).
_KEEPALIVES = {"tcp_keepalives_idle": 30, "tcp_keepalives_interval": 10, "tcp_keepalives_count": 3}


_SECRET_PARAMS = frozenset({"password", "passfile", "sslpassword"})


def redact(url: str) -> str:
    """The URL without its password (in the user part or as a ``?password=`` parameter), as messages show it.

    Never raises: a URL that cannot be parsed is shown only as its scheme.
    """
    try:
        parts = urlsplit(url)
        netloc = parts.netloc
        if parts.password is not None:
            userinfo, host = netloc.rsplit("@", 1)
            netloc = f"{userinfo.split(':', 1)[0]}:***@{host}"
        query = "&".join(
            f"{key}=***" if key.lower() in _SECRET_PARAMS else f"{key}={value}"
            for key, value in parse_qsl(parts.query, keep_blank_values=True)
        )
        return urlunsplit(parts._replace(netloc=netloc, query=query))
    except ValueError:
        return f"{url.split(':', 1)[0]}://(a URL that could not be read)"


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


class PostgresJournal:
    """The PostgreSQL record of a batch that any number of workers share.

    Args:
        url: ``postgresql://user:password@host:port/database`` (libpq's URL; ``?options=-csearch_path%3DS``
            puts the journal's tables in schema ``S``, so one database can hold several batches).
        worker_id: This worker's name in ``krea batch status`` (default: ``host:pid``).
        join: False to only read (``krea batch status``): no table is created, no worker joins.

    Raises:
        JournalError: the database cannot be reached.
        BatchSetupError: the URL is not valid, the database refuses this user, or holds a journal of a newer
            schema (or none, when only reading).
    """

    def __init__(self, url: str, *, worker_id: str | None = None, join: bool = True) -> None:
        self.where = redact(url)
        self.worker = worker_id or f"{socket.gethostname()}:{os.getpid()}"
        self._stopped = False
        try:
            self._db = psycopg.connect(url, autocommit=True, connect_timeout=10, application_name="krea batch")
        except psycopg.ProgrammingError as exc:  # libpq could not parse the URL
            raise BatchSetupError(f"the journal URL {self.where} is not valid: {_one_line(exc)}") from None
        except psycopg.Error as exc:
            raise JournalError(f"cannot reach the journal database {self.where}: {_one_line(exc)}") from None
        self.session = 0  # no worker's session: ids start at 1
        try:
            if not join:
                with self._errors("read"):
                    found = self._db.execute("SELECT to_regclass('krea_batch_lines') IS NOT NULL").fetchone()
                if not (found and found[0]):
                    raise BatchSetupError(f"there is no krea batch journal in {self.where} yet")
                return
            with self._errors("set up a connection to"):
                for setting, value in _KEEPALIVES.items():
                    self._db.execute("SELECT set_config(%s, %s, false)", (setting, str(value)))
            with self._errors("create its tables in"):
                self._create_schema()
            with self._errors("join"):
                self.session = self._join()
        except BaseException:
            self._db.close()
            raise

    @contextmanager
    def _errors(self, doing: str) -> Iterator[None]:
        """Turn a database error into the one-line error of the command."""
        try:
            yield
        except errors.InsufficientPrivilege as exc:
            raise BatchSetupError(
                f"the journal database {self.where} refused to let this user {doing} it: {_one_line(exc)} "
                "(grant the user CREATE on the schema, or create the tables once as their owner)"
            ) from None
        except psycopg.OperationalError as exc:
            raise JournalError(f"lost the journal database {self.where}: {_one_line(exc)}") from None
        except psycopg.Error as exc:
            raise JournalError(
                f"the journal database {self.where} failed while trying to {doing} it: {_one_line(exc)}"
            ) from None

    def _create_schema(self) -> None:
        with self._db.transaction():
            self._db.execute("SELECT pg_advisory_xact_lock(%s, 0)", (_NAMESPACE,))
            for statement in _SCHEMA:
                self._db.execute(statement)
            self._db.execute(
                "INSERT INTO krea_batch_meta VALUES ('schema_version', %s) ON CONFLICT (key) DO NOTHING",
                (str(SCHEMA_VERSION),),
            )
            version = self._meta("schema_version")
        if version != str(SCHEMA_VERSION):
            raise BatchSetupError(
                f"the journal {self.where} has schema version {version}; this krea knows version {SCHEMA_VERSION}: "
                "upgrade krea, or give --journal another database"
            )

    def _join(self) -> int:
        while True:  # a random session id, unique among every worker that ever joined this journal
            session = secrets.randbelow(2**31 - 2) + 1
            joined = self._db.execute(
                "INSERT INTO krea_batch_workers VALUES (%s, %s, %s, %s, %s) ON CONFLICT (session) DO NOTHING",
                (session, self.worker, socket.gethostname(), os.getpid(), now()),
            )
            if joined.rowcount == 1:
                break
        self._db.execute("SELECT pg_advisory_lock(%s, %s)", (_NAMESPACE, session))
        # A worker that joins clears a 402 stop: after a top-up, starting a worker is how a batch goes on.
        self._db.execute("DELETE FROM krea_batch_meta WHERE key = 'stopped_for_balance'")
        return session

    def _meta(self, key: str) -> str | None:
        found = self._db.execute("SELECT value FROM krea_batch_meta WHERE key = %s", (key,)).fetchone()
        return None if found is None else str(found[0])

    def _params(self, **more: object) -> dict[str, object]:
        return {"namespace": _NAMESPACE, "me": self.session, "worker": self.worker, "now": now(), **more}

    def begin(self, lines: Sequence[Line]) -> list[Row]:
        """Record the file on first use (every line ``pending``), or refuse a journal of another file.

        Raises:
            BatchSetupError: the journal belongs to another version of this file.
        """
        digest = file_digest(lines)
        with self._errors("start a run in"), self._db.transaction():
            self._db.execute("SELECT pg_advisory_xact_lock(%s, 0)", (_NAMESPACE,))
            known = self._meta("file_hash")
            if known is None:
                stamp = now()
                with self._db.cursor().copy(
                    "COPY krea_batch_lines (line, hash, state, endpoint, updated_at) FROM STDIN"
                ) as copy:
                    for line in lines:
                        copy.write_row((line.number, line.digest, PENDING, line.endpoint, stamp))
                self._db.execute("INSERT INTO krea_batch_meta VALUES ('file_hash', %s)", (digest,))
            elif known != digest:
                raise BatchSetupError(
                    f"the journal {self.where} belongs to another file (its content hash differs): restore the file, "
                    "or give --journal another database or schema"
                )
        return self.sweep()

    def claim(self, *, new: bool) -> Claim | None:
        """A job a gone worker left to wait for first, then (if ``new``) a line nobody alive holds."""
        groups = [[SUBMITTED]] + ([[PENDING], sorted(RETRYABLE - {PENDING})] if new else [])
        for states in groups:
            query = f"""WITH {_LIVE}, pick AS (
                SELECT line FROM krea_batch_lines
                WHERE state = ANY(%(states)s) AND {_FREE} AND (state <> 'submitted' OR job_id IS NOT NULL)
                ORDER BY state, line LIMIT 1 FOR UPDATE SKIP LOCKED
            )
            UPDATE krea_batch_lines AS l SET session = %(me)s, worker = %(worker)s, updated_at = %(now)s
            FROM pick WHERE l.line = pick.line RETURNING l.line, l.state, l.job_id"""
            with self._errors("claim a line in"):
                found = self._db.execute(query, self._params(states=states)).fetchone()
            if found is not None:
                number, state, job_id = found
                return Claim(number, job_id if state == SUBMITTED else None)
        return None

    def record(self, line: Line, state: str, **changes: Unpack[RowChanges]) -> Row:
        """Write a line's new state (and any changed fields) on the row this worker holds, committed.

        Raises:
            JournalError: the row is no longer this worker's: nothing is sent for it.
        """
        values: dict[str, object] = {**changes, "state": state, "updated_at": now(), "worker": self.worker}
        if "paths" in changes:
            values["paths"] = json.dumps(changes["paths"])
        assignments = sql.SQL(", ").join(
            sql.SQL("{} = {}").format(sql.Identifier(key), sql.Placeholder(key)) for key in values
        )
        query = sql.SQL(
            "UPDATE krea_batch_lines SET {} WHERE line = %(line)s AND session = %(me)s RETURNING {}"
        ).format(assignments, sql.SQL(", ").join(map(sql.Identifier, _COLUMNS)))
        with self._errors("record a line in"):
            found = self._db.execute(query, {**values, "line": line.number, "me": self.session}).fetchone()
        if found is None:
            raise JournalError(
                f"line {line.number} of the journal {self.where} is held by another worker; this one stops"
            )
        return _row(found)

    def rows(self) -> dict[int, Row]:
        """Every row, by line number."""
        query = f"SELECT {', '.join(_COLUMNS)} FROM krea_batch_lines ORDER BY line"
        with self._errors("read"):
            return {row.line: row for row in map(_row, self._db.execute(query))}

    def stop_new(self, reason: str) -> None:
        """Tell every worker of this journal to submit no new line: a 402 costs nothing, but another would too."""
        self._stopped = True
        with self._errors("record a 402 in"):
            self._db.execute(
                "INSERT INTO krea_batch_meta VALUES ('stopped_for_balance', %s) "
                "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                (reason,),
            )

    def stopped(self) -> bool:
        """Whether this worker or another one met a 402 since the last worker joined."""
        with self._errors("read"):
            return self._stopped or self._meta("stopped_for_balance") is not None

    def sweep(self) -> list[Row]:
        """Turn lines that gone workers left ``submitting`` to ``unknown`` (a job may exist: never resent)."""
        query = f"""WITH {_LIVE}
            UPDATE krea_batch_lines SET state = %(unknown)s, error = %(why)s, updated_at = %(now)s
            WHERE state = %(submitting)s AND {_FREE} RETURNING {", ".join(_COLUMNS)}"""
        params = self._params(unknown=UNKNOWN, why=LEFT_SUBMITTING, submitting=SUBMITTING)
        with self._errors("update"):
            return sorted(map(_row, self._db.execute(query, params)), key=lambda row: row.line)

    def elsewhere(self) -> int:
        """How many ``pending`` or ``submitted`` lines other live workers hold (what ``remaining`` counts)."""
        query = f"""WITH {_LIVE} SELECT count(*) FROM krea_batch_lines
            WHERE state = ANY(%(open)s) AND session <> %(me)s AND session IN (SELECT session FROM live)"""
        with self._errors("read"):
            found = self._db.execute(query, self._params(open=[PENDING, SUBMITTED])).fetchone()
        return int(found[0]) if found else 0

    def status(self) -> JSONObject:
        """Progress across workers: lines per state, and per worker its lines, state counts and last activity."""
        with self._errors("read"):
            counted = self._db.execute("SELECT state, count(*) FROM krea_batch_lines GROUP BY state ORDER BY state")
            states: dict[str, int] = {str(state): int(n) for state, n in counted}
            workers: list[JSON] = list(
                self._db.cursor(row_factory=dict_row)
                .execute(
                    f"""WITH {_LIVE}
                SELECT w.worker, w.host, w.pid, w.started_at, w.session IN (SELECT session FROM live) AS alive,
                       (SELECT max(updated_at) FROM krea_batch_lines l WHERE l.session = w.session) AS last_activity,
                       (SELECT coalesce(json_object_agg(state, n), '{{}}') FROM (
                            SELECT state, count(*) AS n FROM krea_batch_lines l WHERE l.session = w.session
                            GROUP BY state) AS s) AS lines
                FROM krea_batch_workers w ORDER BY w.started_at""",
                    self._params(),
                )
                .fetchall()
            )
        shown: JSONObject = {state: n for state, n in states.items()}
        return {"journal": self.where, "lines": sum(states.values()), "states": shown, "workers": workers,
                "stopped_for_balance": self._meta("stopped_for_balance")}  # fmt: skip

    def close(self) -> None:
        """Release this worker's lock and close: other workers may collect what it left at once."""
        if self.session and not self._db.closed:
            # Closing alone frees the lock only once the server process has ended, a moment later.
            with suppress(psycopg.Error):
                self._db.execute("SELECT pg_advisory_unlock(%s, %s)", (_NAMESPACE, self.session))
        self._db.close()


def _row(values: Sequence[Any]) -> Row:
    data = dict(zip(_COLUMNS, values, strict=True))
    data["paths"] = json.loads(data["paths"] or "[]")
    return Row(**data)
