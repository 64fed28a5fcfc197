"""Completed jobs' URLs serve real files: a valid PNG for images, a small MP4 for videos."""

from __future__ import annotations

import struct
import zlib

import httpx

from krea.testing import MockKrea
from krea.testing._api.files import PNG_SIGNATURE, mp4, png, png_size
from tests.unit.testing.conftest import create


def decode_png(data: bytes) -> tuple[int, int, bytes]:
    """Check every chunk's CRC and return width, height and the decompressed pixel rows."""
    assert data[:8] == PNG_SIGNATURE
    offset, width, height, idat = 8, 0, 0, b""
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        kind = data[offset + 4 : offset + 8]
        body = data[offset + 8 : offset + 8 + length]
        (crc,) = struct.unpack(">I", data[offset + 8 + length : offset + 12 + length])
        assert crc == zlib.crc32(kind + body) & 0xFFFFFFFF, kind
        if kind == b"IHDR":
            width, height = struct.unpack(">II", body[:8])
            assert body[8:10] == b"\x08\x02"  # 8-bit RGB
        if kind == b"IDAT":
            idat += body
        offset += 12 + length
    return width, height, zlib.decompress(idat)


def test_completed_image_url_serves_a_valid_png(mock: MockKrea, http: httpx.Client, image: str) -> None:
    job = create(http, image)
    mock.clock.advance(3600)
    url = http.get(f"/jobs/{job['job_id']}").json()["result"]["urls"][0]
    response = http.get(url)
    assert response.status_code == 200
    assert response.headers["content-type"] == "image/png"
    width, height, rows = decode_png(response.content)
    assert (width, height) == (64, 64)
    assert len(rows) == height * (1 + 3 * width)


def test_completed_video_url_serves_an_mp4(mock: MockKrea, http: httpx.Client, video: str) -> None:
    job = create(http, video)
    mock.clock.advance(3600)
    url = http.get(f"/jobs/{job['job_id']}").json()["result"]["urls"][0]
    response = http.get(url)
    assert response.headers["content-type"] == "video/mp4"
    assert response.content[4:8] == b"ftyp"
    assert response.content[8:12] == b"isom"


def test_unfinished_job_has_no_file(mock: MockKrea, http: httpx.Client, image: str) -> None:
    job = create(http, image)
    assert http.get(f"/_mock/files/{job['job_id']}.png").status_code == 404
    assert http.get("/_mock/files/nothing.png").status_code == 404


def test_png_is_deterministic_and_sized() -> None:
    assert png("a") == png("a")
    assert png("a") != png("b")
    assert png_size(png("a", width=3, height=2)) == (3, 2)
    assert decode_png(png("x", width=5, height=7))[:2] == (5, 7)
    assert png_size(b"not a png") is None
    assert mp4()[4:8] == b"ftyp"


def test_png_pixels_are_the_gradient_tinted_by_the_seed() -> None:
    import hashlib

    for seed, width, height in (("a", 64, 64), ("job-1", 1, 1), ("x", 1, 5), ("y", 7, 1), ("z", 30, 20)):
        data = png(seed, width=width, height=height)
        idat = data[33 + 8 : -12]  # after the signature and IHDR: one IDAT (length, type), then its CRC and IEND
        rows = zlib.decompress(idat[: struct.unpack(">I", data[33:37])[0]])
        tint = hashlib.sha256(seed.encode()).digest()[0]
        expected = bytearray()
        for y in range(height):
            expected.append(0)
            for x in range(width):
                expected += bytes((x * 255 // max(width - 1, 1), y * 255 // max(height - 1, 1), tint))
        assert rows == bytes(expected), (seed, width, height)
