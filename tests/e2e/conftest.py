"""Fixtures of the end-to-end tests: ``krea`` runs against the test's mock, a throwaway PostgreSQL server."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from krea import cli
from krea.testing import MockKrea
from tests.e2e._postgres import PostgresServer, cluster, missing_reason, skip_or_fail
from tests.e2e._support import Result, Run


@pytest.fixture
def krea(krea_mock: MockKrea, capsys: pytest.CaptureFixture[str]) -> Run:
    """Run ``krea ARGS`` (``--mock`` bound to ``krea_mock``); stdout is not a terminal, so JSON is the default."""

    def run(*args: str) -> Result:
        code = cli.main(list(args), mock=krea_mock)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


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
