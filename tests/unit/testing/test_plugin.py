"""The pytest plugin imports nothing heavy, and its krea_mock fixture gives a working mock."""

from __future__ import annotations

import subprocess
import sys

import httpx

from krea.testing import MockKrea


def test_importing_the_plugin_loads_neither_the_mock_nor_starlette_nor_the_facade() -> None:
    # pytest loads the plugin in every run of an environment with krea installed, so it must stay cheap.
    heavy = ("starlette", "uvicorn", "krea.testing._mock", "yaml", "krea._client", "krea._sync._client",
             "krea._async._client", "krea._http", "krea._errors")  # fmt: skip
    code = f"import sys, krea.testing.pytest_plugin; print(sorted(m for m in {heavy!r} if m in sys.modules))"
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.strip() == "[]"


def test_krea_mock_fixture_serves_requests(krea_mock: MockKrea) -> None:
    with httpx.Client(
        transport=krea_mock.transport(), base_url=krea_mock.base_url, headers={"Authorization": "Bearer k"}
    ) as client:
        assert client.get("/jobs").json() == {"items": [], "next_cursor": None}
