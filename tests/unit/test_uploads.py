"""Files in: a Path, bytes or a file object where a model takes a media URL is uploaded first, once."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from krea import ValidationError
from krea._uploads import at_files, media_locations
from tests.unit.conftest import Kit, job

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def asset_answer(request: httpx.Request) -> httpx.Response:
    n = asset_answer.count = getattr(asset_answer, "count", 0) + 1  # type: ignore[attr-defined]  # a counter
    return httpx.Response(200, json={
        "id": f"00000000-0000-0000-0000-00000000000{n}", "image_url": f"https://gen.krea.ai/assets/{n}.png",
        "uploaded_at": "2026-06-01T09:00:00.000Z", "width": 1, "height": 1, "size_bytes": 40,
        "mime_type": "image/png",
    })  # fmt: skip


@pytest.fixture(autouse=True)
def _fresh_counter() -> None:
    asset_answer.count = 0  # type: ignore[attr-defined]  # see asset_answer


def test_media_locations_come_from_the_spec() -> None:
    assert media_locations("Flux1DevRequest") == (
        ("image_url",),
        ("style_images", "[]", "url"),
        ("image_style_references", "[]", "url"),
    )
    assert ("reference_images", "[]") in media_locations("Veo31Request")


@pytest.mark.parametrize("source", ["path", "bytes", "file"])
def test_a_local_file_is_uploaded_and_its_url_sent(
    kit: Kit, api: respx.MockRouter, tmp_path: Path, source: str
) -> None:
    uploads = api.post("/assets").mock(side_effect=asset_answer)
    generate = api.post("/generate/image/bfl/flux-1-dev").respond(200, json=job("queued"))
    path = tmp_path / "fox.png"
    path.write_bytes(PNG)
    file: Any = {"path": path, "bytes": PNG, "file": io.BytesIO(PNG)}[source]
    client = kit.client()
    kit.run(
        client.image("bfl/flux-1-dev", prompt="a fox", image_url=file, style_images=[{"url": file, "strength": 0.8}])
    )
    assert uploads.call_count == 1  # one distinct file, uploaded once for both places
    assert b"image/png" in uploads.calls.last.request.content
    sent = json.loads(generate.calls.last.request.content)
    assert sent["image_url"] == "https://gen.krea.ai/assets/1.png"
    assert sent["style_images"] == [{"url": "https://gen.krea.ai/assets/1.png", "strength": 0.8}]


def test_several_files_in_a_list_are_each_uploaded_and_a_url_is_left_alone(
    kit: Kit, api: respx.MockRouter, tmp_path: Path
) -> None:
    uploads = api.post("/assets").mock(side_effect=asset_answer)
    generate = api.post("/generate/image/google/nano-banana").respond(200, json=job("queued"))
    a, b = tmp_path / "a.png", tmp_path / "b.png"
    a.write_bytes(PNG)
    b.write_bytes(PNG + b"b")
    client = kit.client()
    kit.run(client.image("google/nano-banana", prompt="x", image_urls=[a, "https://example.com/c.png", b, a]))
    assert uploads.call_count == 2
    sent = json.loads(generate.calls.last.request.content)["image_urls"]
    assert sent[1] == "https://example.com/c.png"
    assert sent[0] == sent[3] != sent[2]


def test_bad_parameters_or_an_oversized_file_upload_nothing(kit: Kit, api: respx.MockRouter, tmp_path: Path) -> None:
    path = tmp_path / "fox.png"
    path.write_bytes(PNG)
    big = tmp_path / "big.png"
    with big.open("wb") as fh:
        fh.truncate(75 * 1024 * 1024 + 1)
    client = kit.client()
    with pytest.raises(ValidationError, match="width"):
        kit.run(client.image("bfl/flux-1-dev", prompt="a fox", width=10, image_url=path))
    with pytest.raises(ValidationError, match="75 MB"):
        kit.run(
            client.image("bfl/flux-1-dev", prompt="a fox", image_url=path, style_images=[{"url": big, "strength": 0.8}])
        )
    with pytest.raises(ValidationError, match="does not exist"):
        kit.run(client.image("bfl/flux-1-dev", prompt="a fox", image_url=tmp_path / "missing.png"))
    assert not api.calls


def test_a_file_outside_a_media_url_place_is_refused_not_uploaded(
    kit: Kit, api: respx.MockRouter, tmp_path: Path
) -> None:
    client = kit.client()
    with pytest.raises(ValidationError, match="prompt"):
        kit.run(client.image("bfl/flux-1-dev", prompt=tmp_path / "x.txt"))
    assert not api.calls


def test_at_a_media_url_place_an_at_sign_names_a_local_file(tmp_path: Path) -> None:
    params = {"prompt": "@not-a-file", "image_url": "@fox.png", "style_images": [{"url": "@/abs/a.png"}]}
    swapped = at_files("Flux1DevRequest", params, tmp_path)
    assert swapped["prompt"] == "@not-a-file"
    assert swapped["image_url"] == tmp_path / "fox.png"
    assert swapped["style_images"] == [{"url": Path("/abs/a.png")}]
    assert params["image_url"] == "@fox.png"  # the caller's mapping is not changed
