"""The distributions as ``make dist`` builds them, once per session, for the packaging and license tests."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Any fixed time: the reproducibility test builds again with the same one and compares the bytes.
SOURCE_DATE_EPOCH = "1767225600"  # 2026-01-01T00:00:00Z


def make_dist(into: Path) -> Path:
    """Run ``make dist`` into ``into`` (sdist and wheel of krea-api and of krea, checked by twine); return it."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH}
    done = subprocess.run(
        ["make", "-s", "dist", f"DIST={into}"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return into


@pytest.fixture(scope="session")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder ``make dist`` built: ``krea_api-V.tar.gz``, ``krea_api-V-py3-none-any.whl``, krea's two."""
    return make_dist(tmp_path_factory.mktemp("dist"))
