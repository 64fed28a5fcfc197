"""Which journal does ``--journal`` name? A SQLite file by default, PostgreSQL for a ``postgresql://`` URL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ._cli_exits import CliError, ExitCode
from ._cli_journal import Journal

POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def is_postgres(where: str) -> bool:
    """Whether a ``--journal`` value is a PostgreSQL URL rather than a file path."""
    return where.startswith(POSTGRES_SCHEMES)


def connect(where: str, *, worker_id: str | None = None) -> Journal:
    """Open the journal a ``--journal`` value names.

    Raises:
        CliError: the journal cannot be opened (exit code 1 for an unreachable database, else 2).
    """
    if not is_postgres(where):
        from ._journal_sqlite import SqliteJournal

        return SqliteJournal(Path(where), worker_id=worker_id)
    try:
        from ._journal_postgres import PostgresJournal
    except ImportError as exc:
        raise CliError(
            f"a PostgreSQL journal needs psycopg ({exc.name} is missing): pip install 'krea[postgres]'",
            code=ExitCode.USAGE,
        ) from None
    return PostgresJournal(where, worker_id=worker_id)


def status(where: str) -> dict[str, Any]:
    """Progress of the batch a ``--journal`` value names: lines per state and, when shared, per worker.

    Raises:
        CliError: no journal there, or the database cannot be read (exit code 1 or 2).
    """
    if not is_postgres(where):
        from . import _journal_sqlite

        return _journal_sqlite.status(Path(where))
    try:
        from ._journal_postgres import PostgresJournal
    except ImportError as exc:
        raise CliError(
            f"a PostgreSQL journal needs psycopg ({exc.name} is missing): pip install 'krea[postgres]'",
            code=ExitCode.USAGE,
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
