"""Any non-empty bearer token is its own account unless keys are configured; accounts never see each other."""

from __future__ import annotations

import httpx
import pytest

from krea.testing import MockKrea
from tests.unit.testing.conftest import SPEC, auth, create


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer "}, {"Authorization": "Basic abc"}])
def test_missing_or_empty_token_is_401(mock: MockKrea, headers: dict[str, str]) -> None:
    client = httpx.Client(transport=mock.transport(), base_url=mock.base_url, headers=headers)
    response = client.get("/jobs")
    assert response.status_code == 401
    assert isinstance(response.json()["error"], str)


def test_configured_keys_restrict_access(image: str) -> None:
    with MockKrea(spec=SPEC, api_keys=["good"]) as mock:
        good = httpx.Client(transport=mock.transport(), base_url=mock.base_url, headers=auth("good"))
        bad = httpx.Client(transport=mock.transport(), base_url=mock.base_url, headers=auth("bad"))
        assert good.get("/jobs").status_code == 200
        assert bad.get("/jobs").status_code == 401
        assert bad.post(image, json={"prompt": "x"}).status_code == 401
        assert mock.api_key == "good"


def test_accounts_are_isolated(mock: MockKrea, http: httpx.Client, image: str) -> None:
    job = create(http, image)
    asset = http.post("/assets", files={"file": ("a.png", b"\x89PNG\r\n\x1a\n", "image/png")}).json()
    other = httpx.Client(transport=mock.transport(), base_url=mock.base_url, headers=auth("other"))
    assert other.get("/jobs").json() == {"items": [], "next_cursor": None}
    assert other.get(f"/jobs/{job['job_id']}").status_code == 404
    assert other.get(f"/assets/{asset['id']}").status_code == 404
    assert other.delete(f"/assets/{asset['id']}").status_code == 404
    assert other.get("/assets").json()["items"] == []
