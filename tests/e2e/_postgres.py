"""A throwaway PostgreSQL server for the tests: ``initdb`` into a temp folder, ``pg_ctl`` on a free port.

One cluster per test session (a few seconds to start), one new database per test. The binaries are looked up
on PATH, then in Debian's ``/usr/lib/postgresql/*/bin``. Without them the tests skip, unless
``KREA_REQUIRE_POSTGRES`` is set (as ``.ci/run`` does after installing them): then they fail, so CI can never
silently skip. ``initdb`` refuses to run as root, so as root the cluster runs as the ``postgres`` user.
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest

from tests.e2e._support import free_port

SUPERUSER = "krea"


def find_binary(name: str) -> Path | None:
    """``initdb`` or ``pg_ctl``: on PATH, else the newest of Debian's versioned folders."""
    found = shutil.which(name)
    if found:
        return Path(found)
    candidates = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), key=lambda p: int(p.parts[-3]))
    return candidates[-1] if candidates else None


class PostgresServer:
    """A running cluster on 127.0.0.1: URLs to it, and new databases in it."""

    def __init__(self, port: int) -> None:
        self.port = port
        self._names = itertools.count(1)

    def url(self, database: str = "postgres", *, user: str = SUPERUSER, password: str | None = None) -> str:
        auth = user if password is None else f"{user}:{password}"
        return f"postgresql://{auth}@127.0.0.1:{self.port}/{database}"

    @contextmanager
    def admin(self, database: str = "postgres") -> Iterator[psycopg.Connection[tuple[object, ...]]]:
        with psycopg.connect(self.url(database), autocommit=True) as db:
            yield db

    def new_database(self) -> str:
        """Create an empty database; return its name."""
        name = f"batch_{next(self._names)}"
        with self.admin() as db:
            db.execute(f"CREATE DATABASE {name}")  # a name made here, not input
        return name


def missing_reason(find: Callable[[str], Path | None] = find_binary) -> str | None:
    """Why a cluster cannot be started here, or None."""
    if find("initdb") is None or find("pg_ctl") is None:
        return "PostgreSQL server binaries (initdb, pg_ctl) not found: install Debian's postgresql package"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no postgres user to run initdb as"
    return None


def skip_or_fail(reason: str | None, env: Mapping[str, str]) -> None:
    """Skip the test for ``reason``, or fail it when ``KREA_REQUIRE_POSTGRES`` is set; nothing when None."""
    if reason is None:
        return
    if env.get("KREA_REQUIRE_POSTGRES"):
        pytest.fail(f"KREA_REQUIRE_POSTGRES is set but {reason}")
    pytest.skip(f"{reason} (set KREA_REQUIRE_POSTGRES=1 to fail instead of skipping)")


@contextmanager
def cluster() -> Iterator[PostgresServer]:
    """Start a cluster in a new temp folder; stop it and delete the folder afterwards."""
    initdb, pg_ctl = find_binary("initdb"), find_binary("pg_ctl")
    assert initdb is not None
    assert pg_ctl is not None
    as_user: list[str] = []
    base = Path(tempfile.mkdtemp(prefix="krea-pg-"))
    if os.geteuid() == 0:
        owner = pwd.getpwnam("postgres")
        os.chown(base, owner.pw_uid, owner.pw_gid)
        as_user = ["runuser", "-u", "postgres", "--"]
    data, log, port = base / "data", base / "log", free_port()

    def run(*command: str | Path) -> None:
        done = subprocess.run([*as_user, *map(str, command)], capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, f"{command[:2]} failed: {done.stderr or done.stdout}"

    try:
        run(initdb, "-D", data, "-U", SUPERUSER, "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C")
        options = f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50"
        run(pg_ctl, "-D", data, "-o", options, "-l", log, "-w", "-t", "30", "start")
        try:
            yield PostgresServer(port)
        finally:
            run(pg_ctl, "-D", data, "-m", "immediate", "-w", "stop")
    finally:
        shutil.rmtree(base, ignore_errors=True)
