"""Which journal does ``--journal`` name? A SQLite file by default, PostgreSQL for a ``postgresql://`` URL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .._json import JSONObject
from .errors import BatchSetupError
from .journal import Journal

POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def is_postgres(where: str) -> bool:
    """Whether a ``--journal`` value is a PostgreSQL URL rather than a file path."""
    return where.startswith(POSTGRES_SCHEMES)


def connect(where: str, *, worker_id: str | None = None) -> Journal:
    """Open the journal a ``--journal`` value names.

    Raises:
        BatchSetupError: the journal named cannot be used (not a journal, another file's, no psycopg).
        JournalError: the database cannot be reached.
    """
    if not is_postgres(where):
        from .sqlite import SqliteJournal

        return SqliteJournal(Path(where), worker_id=worker_id)
    try:
        from .postgres import PostgresJournal
    except ImportError as exc:
        raise BatchSetupError(
            f"a PostgreSQL journal needs psycopg ({exc.name} is missing): pip install 'krea[postgres]'"
        ) from None
    return PostgresJournal(where, worker_id=worker_id)


def status(where: str) -> JSONObject:
    """Progress of the batch a ``--journal`` value names: lines per state and, when shared, per worker.

    Raises:
        BatchSetupError: there is no journal there, or no psycopg for a PostgreSQL one.
        JournalError: the database cannot be reached or read.
    """
    if not is_postgres(where):
        from . import sqlite

        return sqlite.status(Path(where))
    try:
        from .postgres import PostgresJournal
    except ImportError as exc:
        raise BatchSetupError(
            f"a PostgreSQL journal needs psycopg ({exc.name} is missing): pip install 'krea[postgres]'"
        ) from None
    journal = PostgresJournal(where, join=False)
    try:
        return journal.status()
    finally:
        journal.close()


@contextmanager
def open_journal(where: str, *, worker_id: str | None = None) -> Iterator[Journal]:
    """Open a journal for one run and close it afterwards, whatever happens."""
    journal = connect(where, worker_id=worker_id)
    try:
        yield journal
    finally:
        journal.close()
