"""Fixtures of the end-to-end tests: a throwaway PostgreSQL server (see ``_postgres``)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.e2e._postgres import PostgresServer, cluster, missing_reason, skip_or_fail


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One PostgreSQL cluster for the whole session; skipped (or failed, under KREA_REQUIRE_POSTGRES) without one."""
    skip_or_fail(missing_reason(), os.environ)
    with cluster() as server:
        yield server


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> str:
    """A new, empty database of the session's cluster, as a ``--journal`` URL."""
    return postgres_server.url(postgres_server.new_database())
