"""The PostgreSQL fixture skips only where it may: never under ``KREA_REQUIRE_POSTGRES`` (as in CI)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e._postgres import missing_reason, skip_or_fail


def nowhere(name: str) -> Path | None:
    return None


def test_without_the_binaries_the_tests_skip_saying_why_and_how_to_fail_instead() -> None:
    reason = missing_reason(nowhere)
    assert reason is not None
    assert "initdb, pg_ctl" in reason
    with pytest.raises(pytest.skip.Exception, match="KREA_REQUIRE_POSTGRES=1 to fail instead"):
        skip_or_fail(reason, {})


def test_under_krea_require_postgres_missing_binaries_fail_the_tests() -> None:
    with pytest.raises(pytest.fail.Exception, match="KREA_REQUIRE_POSTGRES is set but PostgreSQL server binaries"):
        skip_or_fail(missing_reason(nowhere), {"KREA_REQUIRE_POSTGRES": "1"})
