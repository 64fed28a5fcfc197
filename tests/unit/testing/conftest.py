"""Fixtures for the mock's unit tests: a mock on the repository's spec and an httpx client wired to it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from krea.testing import MockKrea
from krea.testing._api.spec import resolve
from krea.testing._mock import DEFAULT_API_KEY

ROOT = Path(__file__).resolve().parents[3]
# KREA_TEST_SPEC points the mock's tests at another spec (e.g. a draft) without touching openapi/.
SPEC = Path(os.environ.get("KREA_TEST_SPEC") or ROOT / "openapi" / "krea.yaml")
KEY = DEFAULT_API_KEY  # the account mock.balance, mock.top_up and mock.client() use
START = datetime(2026, 6, 1, 9, 0, 0, tzinfo=UTC)  # a fixed start, so timestamps can be asserted exactly


def auth(key: str = KEY) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def simple_model(mock: MockKrea, family: str) -> str:
    """An endpoint of ``family`` whose request needs only a prompt (derived from the spec, not hard-coded)."""
    for endpoint in mock.models:
        if not endpoint.startswith(f"{family}/"):
            continue
        operation = mock.catalogue.match("POST", f"/generate/{endpoint}")
        assert operation is not None
        assert operation.operation is not None
        schema = resolve(mock.catalogue.document, operation.operation.body_schema)
        if schema.get("required") == ["prompt"]:
            return endpoint
    raise AssertionError(f"no {family} model needs only a prompt")


@pytest.fixture
def mock() -> Iterator[MockKrea]:
    if not SPEC.is_file():
        pytest.skip(f"{SPEC} does not exist yet")
    with MockKrea(spec=SPEC, api_keys=None, start=START) as instance:
        yield instance


@pytest.fixture
def http(mock: MockKrea) -> Iterator[httpx.Client]:
    with httpx.Client(transport=mock.transport(), base_url=mock.base_url, headers=auth()) as client:
        yield client


@pytest.fixture
def image(mock: MockKrea) -> str:
    return f"/generate/{simple_model(mock, 'image')}"


@pytest.fixture
def video(mock: MockKrea) -> str:
    return f"/generate/{simple_model(mock, 'video')}"


def create(http: httpx.Client, path: str, **extra: Any) -> dict[str, Any]:
    response = http.post(path, json={"prompt": "a red fox", **extra})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body
