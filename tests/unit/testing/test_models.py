"""Every generation model in the spec is served, new ones with no code change; deprecation and sunset."""

from __future__ import annotations

import copy
from typing import Any

import httpx
from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from krea.testing import MockKrea
from tests.unit.testing.conftest import auth


def test_every_generate_path_in_the_spec_is_a_model(mock: MockKrea) -> None:
    paths = [p for p in mock.catalogue.document["paths"] if p.startswith("/generate/")]
    assert sorted(p.removeprefix("/generate/") for p in paths) == mock.models
    assert {m.split("/")[0] for m in mock.models} <= {"image", "enhance", "video"}


def test_every_model_routes_to_generation(mock: MockKrea, http: httpx.Client) -> None:
    for endpoint in mock.models:
        response = http.post(f"/generate/{endpoint}", json={"not_a_field": 1})
        assert response.status_code == 400, endpoint  # validated against that model's own schema
        assert "not_a_field" in response.json()["error"]


def test_a_model_added_to_the_spec_is_served(mock: MockKrea) -> None:
    document: dict[str, Any] = copy.deepcopy(dict(mock.catalogue.document))
    template = document["paths"][f"/generate/{mock.models[0]}"]
    document["paths"]["/generate/image/acme/brand-new-1"] = template
    with MockKrea(spec=document) as extended:
        client = httpx.Client(transport=extended.transport(), base_url=extended.base_url, headers=auth())
        response = client.post("/generate/image/acme/brand-new-1", json={"prompt": "x", "width": 1024})
        assert "image/acme/brand-new-1" in extended.models
        assert response.status_code in (200, 400), response.text
        assert response.status_code != 400 or "prompt" not in response.json()["error"]


def test_deprecated_model_answers_with_deprecation_headers(mock: MockKrea, http: httpx.Client, image: str) -> None:
    endpoint = image.removeprefix("/generate/")
    mock.deprecate(endpoint, sunset="Tue, 01 Sep 2026 00:00:00 GMT", link="https://docs.krea.ai/d#x")
    response = http.post(image, json={"prompt": "x"})
    assert response.status_code == 200
    assert response.headers["Deprecation"] == "true"
    assert response.headers["Sunset"] == "Tue, 01 Sep 2026 00:00:00 GMT"
    assert response.headers["Link"] == '<https://docs.krea.ai/d#x>; rel="deprecation"; type="text/html"'
    other = next(m for m in mock.models if m != endpoint and m.startswith("image/"))
    assert "Deprecation" not in http.post(f"/generate/{other}", json={}).headers


def test_sunset_model_answers_410_model_gone(mock: MockKrea, http: httpx.Client, image: str) -> None:
    endpoint = image.removeprefix("/generate/")
    mock.sunset(endpoint, sunset_date="2026-04-27", replacement="image/other/model", migration_url="https://x.y/z")
    response = http.post(image, json={"prompt": "x"})
    assert response.status_code == 410
    body = response.json()
    assert body["error"] == "model_unavailable"
    assert body["replacement"] == "image/other/model"
    document = mock.catalogue.document
    registry: Registry[Any] = Registry().with_resource("urn:s", DRAFT202012.create_resource(dict(document)))
    schema = {"$ref": "urn:s#/components/schemas/ModelGoneError"}
    assert not list(Draft202012Validator(schema, registry=registry).iter_errors(body))
    assert mock.jobs == []


def test_krea_documented_sunsets_answer_410_by_default(http: httpx.Client) -> None:
    response = http.post("/generate/video/bytedance/seedance-1.0-lite", json={"prompt": "x"})
    assert response.status_code == 410
    assert response.json()["replacement"] == "video/bytedance/seedance-1.0-pro-fast"


def test_find_spec_uses_the_checkout_spec_when_no_packaged_copy_exists() -> None:
    from krea.testing import find_spec
    from tests.unit.testing.conftest import ROOT

    found = find_spec()
    assert found.name in ("krea.yaml", "openapi.yaml")
    assert found == ROOT / "openapi" / "krea.yaml" or found.parent.name == "krea"
