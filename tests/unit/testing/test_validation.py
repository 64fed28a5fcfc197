"""Bodies, queries and headers are checked against the spec; every problem is reported, never a 500."""

from __future__ import annotations

import httpx
import pytest

from krea.testing import MockKrea


def test_every_bad_field_is_named_in_one_400(http: httpx.Client, image: str) -> None:
    response = http.post(image, json={"prompt": 7, "unknown_key": 1, "seed": "many", "also_unknown": True})
    assert response.status_code == 400
    message = response.json()["error"]
    for fragment in ("body.prompt", "body.seed", "unknown_key", "also_unknown"):
        assert fragment in message


def test_missing_required_field(http: httpx.Client, image: str) -> None:
    response = http.post(image, json={})
    assert response.status_code == 400
    assert "'prompt' is a required property" in response.json()["error"]


@pytest.mark.parametrize("body", [b"{bad", b"", b"[1,", b"NaN", b'{"prompt": Infinity}', b"[" * 100_000])
def test_malformed_json_is_400(http: httpx.Client, image: str, body: bytes) -> None:
    response = http.post(image, content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json()["error"]


def test_non_object_json_is_400(http: httpx.Client, image: str) -> None:
    assert http.post(image, json=["prompt"]).status_code == 400
    assert http.post(image, json="prompt").status_code == 400


def test_integral_float_passes_an_integer_bound(mock: MockKrea, http: httpx.Client) -> None:
    assert http.get("/jobs", params={"limit": "2.0"}).status_code == 200
    urls = [f"https://example.com/{n}.png" for n in range(3)]
    assert http.post("/styles/train", json={"name": "n", "urls": urls, "max_train_steps": 46.0}).status_code == 200


def test_style_training_with_fewer_than_3_images_is_refused_as_krea_does(mock: MockKrea, http: httpx.Client) -> None:
    response = http.post("/styles/train", json={"name": "n", "urls": ["https://example.com/1.png"] * 2})
    assert response.status_code == 400
    assert response.json()["error"] == "body.urls: Need at least 3 training images, got 2"
    assert mock.jobs == []


def test_bad_formats_are_refused(http: httpx.Client) -> None:
    assert http.get("/jobs/not-a-uuid").status_code == 404  # the spec declares job ids as plain strings
    assert http.get("/assets/123").status_code == 404  # a malformed path id is simply not found
    bad_uri = http.post("/styles/train", json={"name": "n", "urls": ["no scheme"]})
    assert bad_uri.status_code == 400
    assert "body.urls[0]" in bad_uri.json()["error"]


def test_unknown_path_is_404_and_wrong_method_is_405_with_allow(http: httpx.Client) -> None:
    assert http.get("/nothing/here").status_code == 404
    response = http.put("/jobs")
    assert response.status_code == 405
    assert response.headers["Allow"] == "GET"
    assert http.get("/styles/train").headers["Allow"] == "POST"


def test_unknown_query_keys_are_refused(http: httpx.Client) -> None:
    refused = http.get("/jobs", params={"stauts": "failed"})
    assert refused.status_code == 400
    assert "query.stauts: unknown parameter" in refused.json()["error"]
    assert http.get("/jobs", params={"status": "failed", "limit": 5}).status_code == 200
