"""Assets, styles and node apps of Krea and AsyncKrea against respx."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from krea import NotFoundError, PermissionDeniedError, ValidationError
from tests.unit.conftest import JOB_ID, Kit, job

ASSET_ID = "0424f602-2999-4d0c-a46e-39cbf0ef384b"
ASSET = {
    "id": ASSET_ID,
    "image_url": f"https://gen.krea.ai/images/{ASSET_ID}.png",
    "uploaded_at": "2026-06-01T08:00:00.000Z",
    "width": 64,
    "height": 64,
    "size_bytes": 5,
    "mime_type": "image/png",
}
STYLE = {
    "id": "st_1",
    "title": "Mine",
    "urls": ["https://gen.krea.ai/images/a.png"],
    "public": False,
    "prompt": "acme product",
    "owner": None,
    "like_count": 0,
    "created_at": "2026-06-01T09:31:10.000Z",
}


@pytest.mark.parametrize("source", ["path", "bytes", "file"])
def test_upload_sends_multipart_from_a_path_bytes_or_file(
    kit: Kit, api: respx.MockRouter, tmp_path: Path, source: str
) -> None:
    route = api.post("/assets").respond(200, json=ASSET)
    path = tmp_path / "logo.png"
    path.write_bytes(b"\x89PNG!")
    file: Any = {"path": path, "bytes": path.read_bytes(), "file": io.BytesIO(path.read_bytes())}[source]
    client = kit.client()
    asset = kit.run(client.assets.upload(file, filename="logo.png", description="brand"))
    assert str(asset.id) == ASSET_ID
    request = route.calls.last.request
    assert request.headers["Content-Type"].startswith("multipart/form-data")
    body = request.content
    assert b'name="file"; filename="logo.png"' in body
    assert b"\x89PNG!" in body
    assert b"image/png" in body
    assert b'name="description"' in body
    assert b"brand" in body


def test_upload_refuses_files_over_75_mb_before_sending(kit: Kit, api: respx.MockRouter, tmp_path: Path) -> None:
    big = tmp_path / "big.mp4"
    with big.open("wb") as fh:
        fh.truncate(75 * 1024 * 1024 + 1)  # sparse: no 75 MB written
    client = kit.client()
    with pytest.raises(ValidationError, match="75 MB"):
        kit.run(client.assets.upload(big))
    with pytest.raises(ValidationError, match="does not exist"):
        kit.run(client.assets.upload(tmp_path / "missing.png"))
    assert not api.calls


def test_assets_list_get_delete(kit: Kit, api: respx.MockRouter) -> None:
    api.get("/assets").mock(
        side_effect=[
            httpx.Response(200, json={"items": [ASSET], "next_cursor": "2026-06-01T08:00:00.000Z"}),
            httpx.Response(200, json={"items": [ASSET], "next_cursor": None}),
        ]
    )
    api.get(f"/assets/{ASSET_ID}").respond(200, json=ASSET)
    api.delete(f"/assets/{ASSET_ID}").respond(200, json={"success": True, "message": "Asset deleted successfully"})
    client = kit.client()
    assert len(kit.collect(client.assets.list(limit=1))) == 2
    assert kit.run(client.assets.get(ASSET_ID)).mime_type == "image/png"
    assert kit.run(client.assets.delete(ASSET_ID)).success is True


def test_train_validates_then_returns_the_pending_job(kit: Kit, api: respx.MockRouter) -> None:
    route = api.post("/styles/train").respond(200, json=job("queued", type="loraTraining"))
    client = kit.client()
    urls = [f"https://gen.krea.ai/images/{i}.png" for i in range(3)]
    trained = kit.run(
        client.styles.train("mascot", urls, model="qwen", type="Character", webhook_url="https://h.example/x")
    )
    assert trained.id == JOB_ID
    request = route.calls.last.request
    assert json.loads(request.content) == {"name": "mascot", "urls": urls, "model": "qwen", "type": "Character"}
    assert request.headers["X-Webhook-URL"] == "https://h.example/x"
    with pytest.raises(ValidationError, match="at least 3"):
        kit.run(client.styles.train("mascot", urls[:2]))
    with pytest.raises(ValidationError):
        kit.run(client.styles.train("mascot", urls, max_train_steps=5000))
    assert route.call_count == 1


def test_styles_list_get_update_share(kit: Kit, api: respx.MockRouter) -> None:
    listing = api.get("/styles").respond(200, json={"items": [STYLE], "next_cursor": None})
    api.get("/styles/st_1").respond(200, json=STYLE)
    patch = api.patch("/styles/st_1").respond(200, json={**STYLE, "title": "Renamed"})
    api.get("/styles/st_1/share/link").respond(201, json={"share_link": "https://www.krea.ai/s/1", "is_new": True})
    api.post("/styles/st_1/share/workspace").respond(403, json={"error": "not a member"})
    api.delete("/styles/st_1/share/workspace").respond(200, json={"success": True})
    client = kit.client()
    assert [s.id for s in kit.collect(client.styles.list(filter="user", ids=["st_1", "st_2"]))] == ["st_1"]
    assert listing.calls.last.request.url.params["ids"] == "st_1,st_2"
    assert listing.calls.last.request.url.params["filter"] == "user"
    assert kit.run(client.styles.get("st_1")).title == "Mine"
    assert kit.run(client.styles.update("st_1", title="Renamed")).title == "Renamed"
    assert json.loads(patch.calls.last.request.content) == {"title": "Renamed"}
    assert kit.run(client.styles.share_link("st_1")).is_new is True
    with pytest.raises(PermissionDeniedError):
        kit.run(client.styles.share_with_workspace("st_1"))
    assert kit.run(client.styles.unshare_from_workspace("st_1")).success is True
    with pytest.raises(ValidationError):
        kit.run(client.styles.update("st_1"))
    with pytest.raises(ValidationError, match="filter must be one of"):
        kit.collect(client.styles.list(filter="everything"))


def test_node_app_execute_returns_every_job_and_versions_page(kit: Kit, api: respx.MockRouter) -> None:
    second = {**job("queued"), "job_id": "00000000-0000-0000-0000-000000000002"}
    route = api.post("/node-apps/v1/execute").respond(200, json=[job("queued"), second])
    api.get("/node-apps/app/versions").respond(200, json={"items": [], "next_cursor": None})
    api.get("/node-apps/missing").respond(404, json={"error": "Node app version not found"})
    client = kit.client()
    jobs = kit.run(client.node_apps.execute("v1", {"prompt": "hello"}))
    assert [j.id for j in jobs] == [JOB_ID, "00000000-0000-0000-0000-000000000002"]
    assert json.loads(route.calls.last.request.content) == {"prompt": "hello"}
    assert kit.collect(client.node_apps.versions("app")) == []
    with pytest.raises(NotFoundError):
        kit.run(client.node_apps.get("missing"))
