"""Lists page by cursor; assets, styles and node apps behave as Krea documents them."""

from __future__ import annotations

from typing import Literal

import httpx
import pytest

from krea.testing import MockKrea
from krea.testing._api.files import png
from krea.testing._api.resources import NODE_APP_VERSIONS, NODE_APPS
from krea.testing._core.clock import parse_iso
from tests.unit.testing.conftest import SPEC, START, auth, create


def test_jobs_page_newest_first_with_cursors(mock: MockKrea, http: httpx.Client, image: str) -> None:
    ids = [create(http, image)["job_id"] for _ in range(5)]
    seen: list[str] = []
    cursor: str | None = None
    pages = 0
    while True:
        params: dict[str, str | int] = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        body = http.get("/jobs", params=params).json()
        seen += [item["job_id"] for item in body["items"]]
        cursor, pages = body["next_cursor"], pages + 1
        if cursor is None:
            break
    assert seen == ids[::-1]
    assert pages == 3


def test_jobs_filter_by_status_and_type(mock: MockKrea, http: httpx.Client, image: str) -> None:
    mock.script_next(duration=1)
    done = create(http, image)
    mock.clock.advance(2)
    create(http, image)
    assert [j["job_id"] for j in http.get("/jobs", params={"status": "completed"}).json()["items"]] == [done["job_id"]]
    assert len(http.get("/jobs", params={"types": "externalImage,flux"}).json()["items"]) == 2
    assert http.get("/jobs", params={"types": "loraTraining"}).json()["items"] == []


def test_bad_list_parameters_are_400(http: httpx.Client) -> None:
    assert http.get("/jobs", params={"cursor": "yesterday"}).status_code == 400
    assert http.get("/jobs", params={"limit": 0}).status_code == 400
    assert http.get("/jobs", params={"limit": "ten"}).status_code == 400
    assert http.get("/jobs", params={"status": "sleeping"}).status_code == 400
    assert http.get("/jobs", params={"limit": "46.0"}).status_code == 200


def test_asset_upload_list_get_delete(mock: MockKrea, http: httpx.Client) -> None:
    picture = png("asset", width=8, height=4)
    response = http.post("/assets", files={"file": ("p.png", picture, "image/png")}, data={"description": "ref"})
    assert response.status_code == 200
    asset = response.json()
    assert (asset["width"], asset["height"], asset["size_bytes"], asset["mime_type"]) == (
        8,
        4,
        len(picture),
        "image/png",
    )
    assert asset["description"] == "ref"
    assert http.get(asset["image_url"]).content == picture
    assert http.get("/assets").json()["items"] == [asset]
    assert http.get(f"/assets/{asset['id']}").json() == asset
    assert http.delete(f"/assets/{asset['id']}").json() == {"success": True, "message": "Asset deleted successfully"}
    assert http.get(f"/assets/{asset['id']}").status_code == 404
    assert http.get(asset["image_url"]).status_code == 404


def test_asset_upload_refuses_bad_files(http: httpx.Client) -> None:
    assert http.post("/assets", files={"file": ("t.txt", b"hello", "text/plain")}).status_code == 400
    assert http.post("/assets", files={"other": ("p.png", png("x"), "image/png")}).status_code == 400
    assert http.post("/assets", json={"file": "x"}).status_code == 400
    sniffed = http.post("/assets", files={"file": ("p", png("x"), "application/octet-stream")})
    assert sniffed.json()["mime_type"] == "image/png"


def test_style_training_yields_a_style(mock: MockKrea, http: httpx.Client) -> None:
    urls = [f"https://gen.krea.ai/images/{i}.png" for i in range(3)]
    job = http.post("/styles/train", json={"name": "acme", "urls": urls, "trigger_word": "acmestyle"}).json()
    assert job["type"] == "loraTraining"
    mock.clock.advance(3600)
    style_id = http.get(f"/jobs/{job['job_id']}").json()["result"]["style_id"]
    style = http.get(f"/styles/{style_id}").json()
    assert (style["title"], style["prompt"], style["public"]) == ("acme", "acmestyle", False)
    assert style_id in [s["id"] for s in http.get("/styles", params={"filter": "user"}).json()["items"]]
    assert http.patch(f"/styles/{style_id}", json={"title": "renamed", "public": None}).json()["title"] == "renamed"
    assert http.get(f"/styles/{style_id}/share/link").status_code == 201
    assert http.get(f"/styles/{style_id}/share/link").json()["is_new"] is False
    assert http.delete(f"/styles/{style_id}/share/workspace").status_code == 404
    assert http.post(f"/styles/{style_id}/share/workspace").json()["style_id"] == style_id
    assert http.delete(f"/styles/{style_id}/share/workspace").json() == {"success": True}
    stranger = httpx.Client(transport=mock.transport(), base_url=mock.base_url, headers=auth("stranger"))
    assert stranger.get(f"/styles/{style_id}").status_code == 404
    assert stranger.patch(f"/styles/{style_id}", json={"title": "x"}).status_code == 404


def test_public_styles_are_visible_but_not_owned(http: httpx.Client) -> None:
    public = http.get("/styles", params={"filter": "krea"}).json()["items"]
    assert public
    assert all(s["owner"] is None for s in public)
    assert http.post(f"/styles/{public[0]['id']}/share/workspace").status_code == 403
    assert http.patch(f"/styles/{public[0]['id']}", json={"title": "mine"}).status_code == 404


def test_seeded_node_app_reads_lists_and_executes(mock: MockKrea, http: httpx.Client) -> None:
    [(app_id, version_ids)] = NODE_APPS.items()
    version_id = version_ids[-1]
    assert http.get(f"/node-apps/{version_id}").json() == NODE_APP_VERSIONS[version_id]
    versions = http.get(f"/node-apps/{app_id}/versions").json()
    assert [v["node_app_version_id"] for v in versions["items"]] == version_ids[::-1]  # newest first
    jobs = http.post(f"/node-apps/{version_id}/execute", json={"prompt": "a mug"}).json()
    assert isinstance(jobs, list)
    assert len(jobs) == 1
    mock.clock.advance(3600)
    assert http.get(f"/jobs/{jobs[0]['job_id']}").json()["status"] == "completed"


@pytest.mark.parametrize("cursors", ["opaque", "date-time"])
def test_node_app_versions_page_by_cursor(cursors: Literal["opaque", "date-time"]) -> None:
    [(app_id, version_ids)] = NODE_APPS.items()
    assert len(version_ids) >= 2, "the seeded app needs two versions to page"
    mock = MockKrea(spec=SPEC, api_keys=None, start=START, cursors=cursors)
    with mock, httpx.Client(transport=mock.transport(), base_url=mock.base_url, headers=auth()) as http:
        seen: list[str] = []
        cursor: str | None = None
        issued: list[str] = []
        while True:
            params: dict[str, str | int] = {"limit": 1, **({"cursor": cursor} if cursor else {})}
            body = http.get(f"/node-apps/{app_id}/versions", params=params).json()
            seen += [v["node_app_version_id"] for v in body["items"]]
            cursor = body["next_cursor"]
            if cursor is None:
                break
            issued.append(cursor)
        garbage = http.get(f"/node-apps/{app_id}/versions", params={"cursor": "not-a-cursor"})
    assert seen == version_ids[::-1]
    assert len(issued) == len(version_ids) - 1
    # opaque: nothing a client could parse as an instant; date-time: the page's last version's instant
    assert [_is_instant(cursor) for cursor in issued] == [cursors == "date-time"] * len(issued)
    assert garbage.status_code == 400
    assert "query.cursor" in garbage.json()["error"]


def _is_instant(text: str) -> bool:
    try:
        parse_iso(text)
    except ValueError:
        return False
    return True


def test_node_app_errors(http: httpx.Client) -> None:
    [(_app_id, [version_id, *_])] = NODE_APPS.items()
    missing = http.post(f"/node-apps/{version_id}/execute", json={"seed": 1, "colour": "red"})
    assert missing.status_code == 400
    assert "body.prompt" in missing.json()["error"]
    assert "body.colour" in missing.json()["error"]
    assert http.post("/node-apps/nope/execute", json={"prompt": "x"}).status_code == 404
    assert http.get("/node-apps/nope").status_code == 404
    assert http.get("/node-apps/nope/versions").status_code == 404
