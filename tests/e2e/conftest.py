"""Fixtures of the end-to-end tests: a throwaway PostgreSQL server (see ``_postgres``)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.e2e._postgres import PostgresServer, cluster, missing_reason


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One PostgreSQL cluster for the whole session; skipped (or failed, under KREA_REQUIRE_POSTGRES) without one."""
    reason = missing_reason()
    if reason is not None:
        if os.environ.get("KREA_REQUIRE_POSTGRES"):
            pytest.fail(f"KREA_REQUIRE_POSTGRES is set but {reason}")
        pytest.skip(f"{reason} (set KREA_REQUIRE_POSTGRES=1 to fail instead of skipping)")
    with cluster() as server:
        yield server


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> str:
    """A new, empty database of the session's cluster, as a ``--journal`` URL."""
    return postgres_server.url(postgres_server.new_database())
