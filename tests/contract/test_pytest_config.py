"""The suite's plugins load from its own configuration, not from whatever a machine has installed.

Distribution packagers run test suites with ``PYTEST_DISABLE_PLUGIN_AUTOLOAD=1``; ``pyproject.toml`` loads
every plugin the suite needs with ``-p`` (and ``--disable-plugin-autoload``), so the suite runs the same both
ways. These run a few tests that need each plugin in a fresh pytest with autoload disabled.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NEEDS_A_PLUGIN = [
    "tests/e2e/test_cli.py::test_no_wait_prints_the_pending_job_and_returns",  # krea's fixtures (krea_mock)
    "tests/unit/testing/test_client.py",  # pytest-asyncio
    "tests/unit/test_request_path.py::test_an_answer_is_decoded_once",  # respx, through the api fixture
]


def test_the_suite_needs_no_plugin_autoload() -> None:
    env = {**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *NEEDS_A_PLUGIN],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert " passed" in done.stdout
    assert "skipped" not in done.stdout.splitlines()[-1]
