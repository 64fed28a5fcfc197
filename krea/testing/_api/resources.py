"""How does the mock answer for assets, styles and node apps, the resources that are not jobs?"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from krea.testing._api.call import Call, Handler
from krea.testing._api.files import png_size
from krea.testing._api.multipart import Part
from krea.testing._api.pages import csv_set, listing
from krea.testing._core.clock import iso
from krea.testing._core.jobs import MockJob, file_url
from krea.testing._core.state import Account, State
from krea.testing._http import ApiError, MockResponse, json_response

MAX_ASSET_BYTES = 75 * 1024 * 1024
# Krea accepts JPEG, PNG, WebP, HEIC, MP4, MOV, WebM, GLB, WAV and MP3, recognised here by their magic bytes.
_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG", 0, "image/png"),
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"WEBP", 8, "image/webp"),
    (b"ftypheic", 4, "image/heic"),
    (b"ftypqt", 4, "video/quicktime"),
    (b"ftyp", 4, "video/mp4"),
    (b"\x1a\x45\xdf\xa3", 0, "video/webm"),
    (b"glTF", 0, "model/gltf-binary"),
    (b"WAVE", 8, "audio/wav"),
    (b"ID3", 0, "audio/mpeg"),
    (b"\xff\xfb", 0, "audio/mpeg"),
)
ALLOWED_TYPES = frozenset(kind for _, _, kind in _MAGIC)

_NODE_APP_ID = "0b7c9a51-5a0e-4a8f-9a3b-7f2d1c0e4b6a"
_VERSION_IDS = ("5f3e2d1c-0b9a-4c8d-8e7f-6a5b4c3d2e1f", "7a6b5c4d-3e2f-4a1b-9c8d-0e1f2a3b4c5d")
_VERSION_CREATED = ("2026-05-01T00:00:00.000Z", "2026-06-01T00:00:00.000Z")


def _node_app_version(number: int) -> dict[str, Any]:
    """Version ``number`` (1 or 2) of the seeded node app; both run, the second is the app's latest."""
    version_id = _VERSION_IDS[number - 1]
    return {
        "id": version_id,
        "author_id": "11111111-2222-3333-4444-555555555555",
        "workspace_id": "ws_mock",
        "name": "Mock product shot",
        "slug": "mock-product-shot",
        "description": "A seeded node app: one prompt in, one image out.",
        "scope": "public",
        "created_at": _VERSION_CREATED[0],
        "updated_at": _VERSION_CREATED[-1],
        "last_version_id": _VERSION_IDS[-1],
        "version": number,
        "version_created_at": _VERSION_CREATED[number - 1],
        "username": "krea-mock",
        "example_outputs": None,
        "input_openapi_schema": {
            "type": "object",
            "properties": {"prompt": {"type": "string"}, "seed": {"type": "integer"}},
            "required": ["prompt"],
        },
        "output_openapi_schema": {
            "type": "object",
            "properties": {"image": {"type": "string", "format": "uri"}},
        },
        "input_key_mapping": {"node1-prompt": "prompt", "node1-seed": "seed"},
        "output_key_mapping": {"node2-image": "image"},
    }


NODE_APP_VERSIONS: Mapping[str, dict[str, Any]] = {v: _node_app_version(n) for n, v in enumerate(_VERSION_IDS, 1)}
NODE_APPS: Mapping[str, list[str]] = {_NODE_APP_ID: list(_VERSION_IDS)}
"""Node app id to its runnable version ids, oldest first (two, so its versions page by cursor)."""

# Krea's own public styles (owner null), visible to every account.
PUBLIC_STYLES: Mapping[str, dict[str, Any]] = {
    "krea-cinematic": {
        "id": "krea-cinematic",
        "title": "Cinematic",
        "urls": ["https://gen.krea.ai/images/00000000-0000-0000-0000-00000000c1e0.png"],
        "public": True,
        "cover_url": None,
        "prompt": "cinematic still",
        "models": ["flux_dev"],
        "owner": None,
        "like_count": 42,
        "created_at": "2026-01-01T00:00:00.000Z",
    }
}


def _sniff(data: bytes) -> str | None:
    for magic, offset, kind in _MAGIC:
        if data[offset : offset + len(magic)] == magic:
            return kind
    return None


def upload_asset(call: Call) -> MockResponse:
    """``POST /assets``: keep the file in memory and serve it back at ``image_url``."""
    parts: Mapping[str, Part] = call.body
    upload = parts.get("file")
    if upload is None or upload.filename is None:
        raise ApiError(400, "body.file: required (a file part)")
    if len(upload.data) > MAX_ASSET_BYTES:
        raise ApiError(400, "body.file: larger than 75 MB")
    declared = (upload.content_type or "").split(";")[0].strip().lower()
    mime = declared if declared in ALLOWED_TYPES else _sniff(upload.data)
    if mime is None:
        raise ApiError(400, f"body.file: unsupported file type {declared or 'unknown'!r}")
    asset_id = str(uuid.uuid4())
    size = png_size(upload.data) if mime == "image/png" else None
    asset: dict[str, Any] = {
        "id": asset_id,
        "image_url": f"{call.config.public_url}/_mock/files/assets/{asset_id}",
        "uploaded_at": call.state.iso_stamp(call.account),
        "width": size[0] if size else None,
        "height": size[1] if size else None,
        "size_bytes": len(upload.data),
        "mime_type": mime,
    }
    description = parts.get("description")
    if description is not None:
        asset["description"] = description.data.decode("utf-8", "replace")
    with call.state.lock:
        call.account.assets[asset_id] = asset
        call.state.store_file(f"assets/{asset_id}", mime, upload.data, owner=call.account.key)
    return json_response(200, asset)


def _own_asset(call: Call) -> dict[str, Any]:
    asset = call.account.assets.get(str(call.params["id"]))
    if asset is None:
        raise ApiError(404, "Asset not found")
    return asset


def list_assets(call: Call) -> MockResponse:
    """``GET /assets``: newest first."""
    return json_response(
        200,
        listing(
            list(call.account.assets.values()),
            created=lambda a: str(a["uploaded_at"]),
            ident=lambda a: str(a["id"]),
            params=call.params,
            opaque=call.config.opaque_cursors,
        ),
    )


def get_asset(call: Call) -> MockResponse:
    """``GET /assets/{id}``."""
    return json_response(200, _own_asset(call))


def delete_asset(call: Call) -> MockResponse:
    """``DELETE /assets/{id}``."""
    asset = _own_asset(call)
    with call.state.lock:
        del call.account.assets[asset["id"]]
        call.state.forget_file(f"assets/{asset['id']}")
    return json_response(200, {"success": True, "message": "Asset deleted successfully"})


def _visible_style(call: Call) -> dict[str, Any]:
    style_id = str(call.params["id"])
    style = call.account.styles.get(style_id) or PUBLIC_STYLES.get(style_id)
    if style is None:
        raise ApiError(404, "Style not found")
    return style


def _owned_style(call: Call) -> dict[str, Any]:
    style = _visible_style(call)
    if style["id"] not in call.account.styles:
        raise ApiError(403, "Only the style's owner may do this")
    return style


def list_styles(call: Call) -> MockResponse:
    """``GET /styles``: own and public styles, narrowed by the ``filter``, ``ids``, ``model`` and ``user``."""
    scope = call.params.get("filter", "all")
    own = list(call.account.styles.values()) if scope in ("all", "user") else []
    public = list(PUBLIC_STYLES.values()) if scope in ("all", "krea", "public", "community", "gallery") else []
    styles = own + public
    ids = csv_set(call.params.get("ids"))
    model, user = call.params.get("model"), call.params.get("user")
    styles = [
        s
        for s in styles
        if (not ids or s["id"] in ids)
        and (model is None or model in s.get("models", []))
        and (user is None or (s["owner"] or {}).get("name") == user)
        and not call.params.get("liked", False)  # the mock's accounts like nothing
    ]
    page = listing(
        styles,
        created=lambda s: str(s["created_at"]),
        ident=lambda s: str(s["id"]),
        params=call.params,
        opaque=True,
        accept_instant=False,  # the spec declares this cursor an opaque string
    )
    return json_response(200, page)


def get_style(call: Call) -> MockResponse:
    """``GET /styles/{id}``: a public style or one of the caller's."""
    return json_response(200, _visible_style(call))


def update_style(call: Call) -> MockResponse:
    """``PATCH /styles/{id}``: own styles only (404 otherwise, as Krea does)."""
    style = call.account.styles.get(str(call.params["id"]))
    if style is None:
        raise ApiError(404, "Style not found")
    changes = {key: value for key, value in call.body.items() if value is not None}  # `public: null` keeps it
    with call.state.lock:
        style.update(changes)
    return json_response(200, style)


def get_style_share_link(call: Call) -> MockResponse:
    """``GET /styles/{id}/share/link``: 201 the first time, 200 after."""
    style = call.account.styles.get(str(call.params["id"]))
    if style is None:
        raise ApiError(404, "Style not found")
    is_new = style["id"] not in call.account.share_links
    call.account.share_links.add(style["id"])
    link = {"share_link": f"https://www.krea.ai/styles/shared/{style['id']}", "is_new": is_new}
    return json_response(201 if is_new else 200, link)


def share_style_with_workspace(call: Call) -> MockResponse:
    """``POST /styles/{id}/share/workspace``: owner only (403 for a visible style of someone else)."""
    style = _owned_style(call)
    call.account.workspace_shares.add(style["id"])
    workspace = {"id": "ws_mock", "name": "Mock workspace", "is_default": True}
    return json_response(200, {"success": True, "style_id": style["id"], "workspace": workspace})


def unshare_style_from_workspace(call: Call) -> MockResponse:
    """``DELETE /styles/{id}/share/workspace``: 404 when it was not shared."""
    style = _owned_style(call)
    if style["id"] not in call.account.workspace_shares:
        raise ApiError(404, "Style is not shared with the workspace")
    call.account.workspace_shares.discard(style["id"])
    return json_response(200, {"success": True})


def get_node_app(call: Call) -> MockResponse:
    """``GET /node-apps/{id}``: the seeded app's version."""
    version = NODE_APP_VERSIONS.get(str(call.params["id"]))
    if version is None:
        raise ApiError(404, "Node app version not found")
    return json_response(200, version)


def list_node_app_versions(call: Call) -> MockResponse:
    """``GET /node-apps/{node_app_id}/versions``."""
    versions = NODE_APPS.get(str(call.params["node_app_id"]))
    if versions is None:
        raise ApiError(404, "Node app not found")
    items = [{**NODE_APP_VERSIONS[v], "node_app_version_id": v} for v in versions]
    page = listing(
        items,
        created=lambda v: str(v["version_created_at"]),  # the app's own created_at is the same for each
        ident=lambda v: str(v["id"]),
        params=call.params,
        opaque=call.config.opaque_cursors,
    )
    return json_response(200, page)


def job_result(state: State, job: MockJob, account: Account) -> dict[str, Any] | None:
    """A completed job's ``result``: None for its served files (``MockJob.result`` builds their URLs), or for
    style training the new style's id."""
    if job.family != "style":
        return None
    style_id = str(uuid.uuid4())
    name = str(job.params.get("name", "style"))
    account.styles[style_id] = {
        "id": style_id,
        "title": name,
        "urls": [file_url(job)],
        "public": False,
        "cover_url": None,
        "prompt": str(job.params.get("trigger_word", name)),
        "models": [str(job.params.get("model", "flux_dev"))],
        "owner": {"id": account.owner_id, "name": "api-user", "avatar_url": None},
        "like_count": 0,
        "created_at": iso(state.clock.at(job.ended or 0.0)),
    }
    return {"style_id": style_id}


HANDLERS: Mapping[str, Handler] = {
    "upload_asset": upload_asset,
    "list_assets": list_assets,
    "get_asset": get_asset,
    "delete_asset": delete_asset,
    "list_styles": list_styles,
    "get_style": get_style,
    "update_style": update_style,
    "get_style_share_link": get_style_share_link,
    "share_style_with_workspace": share_style_with_workspace,
    "unshare_style_from_workspace": unshare_style_from_workspace,
    "get_node_app": get_node_app,
    "list_node_app_versions": list_node_app_versions,
}
