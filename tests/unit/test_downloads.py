"""Result files land inside the folder the caller named, whatever job id or content type the server sends."""

from __future__ import annotations

from pathlib import Path

import pytest
import respx

from krea._downloads import extension, safe_stem, target
from tests.unit.conftest import Kit, held_job, job

HOSTILE_IDS = [
    "../../x",
    "../escaped",
    "/abs/x",
    "/etc/passwd",
    "..",
    ".",
    ".hidden",
    "a/b",
    "a\\b",
    "C:\\Windows\\x",
    "nul\x00byte",
    "ü" * 300,
    "",
]


@pytest.mark.parametrize("job_id", HOSTILE_IDS)
def test_a_hostile_job_id_becomes_a_plain_name_inside_the_folder(tmp_path: Path, job_id: str) -> None:
    for index, count in ((0, 1), (1, 3)):
        final = target(tmp_path, job_id, index, count, ".png")
        assert final.parent == tmp_path
        assert not final.name.startswith(".")
        assert "/" not in final.name
        assert "\\" not in final.name
        assert "\x00" not in final.name
        assert len(final.name) < 140


def test_a_krea_job_id_is_kept_and_distinct_hostile_ids_never_share_a_name() -> None:
    uuid = "550e8400-e29b-41d4-a716-446655440000"
    assert safe_stem(uuid) == uuid
    stems = {safe_stem(job_id) for job_id in [*HOSTILE_IDS, "a_b", "x", "escaped"]}
    assert len(stems) == len(HOSTILE_IDS) + 3


@pytest.mark.parametrize(
    ("content_type", "url", "expected"),
    [
        ("image/png", "https://gen.krea.ai/a", ".png"),
        ("", "https://gen.krea.ai/a.webm", ".webm"),
        ("", "https://gen.krea.ai/a.p%2F..%2Fg", ".bin"),
        ("application/x-evil/../../x", "https://gen.krea.ai/a", ".bin"),
        ("", "https://gen.krea.ai/archive.toolongextension", ".bin"),
    ],
)
def test_the_extension_is_only_ever_a_dot_and_letters_or_digits(content_type: str, url: str, expected: str) -> None:
    assert extension(content_type, url) == expected


@pytest.mark.parametrize("job_id", ["../../outside", "/abs/outside"])
def test_a_download_of_a_job_with_a_hostile_id_stays_in_the_folder(
    kit: Kit, api: respx.MockRouter, tmp_path: Path, job_id: str
) -> None:
    api.get("https://gen.krea.ai/images/out.png").respond(200, content=b"png", headers={"Content-Type": "image/png"})
    client = kit.client()
    dest = tmp_path / "a" / "b" / "out"
    done = held_job(client, job("completed", job_id=job_id))
    (saved,) = kit.run(done.download(dest))
    assert saved.parent == dest
    assert saved.read_bytes() == b"png"
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()) == [
        f"a/b/out/{saved.name}"
    ]
