"""What bytes does the mock serve for a generated image or video? Real, valid files made in code."""

from __future__ import annotations

import hashlib
import struct
import zlib

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MEDIA_TYPES = {".png": "image/png", ".mp4": "video/mp4"}


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png(seed: str, *, width: int = 64, height: int = 64) -> bytes:
    """A valid RGB PNG: a gradient tinted by ``seed``, so different jobs give different images.

    Args:
        seed: Any text (a job id); the same seed always gives the same bytes.
        width: Pixels across.
        height: Pixels down.

    Returns:
        The PNG file's bytes (signature, IHDR, one IDAT, IEND, each with a correct CRC).
    """
    tint = hashlib.sha256(seed.encode()).digest()[0]
    row = bytearray(3 * width)  # red across, green down, blue the tint: one row's pixels, built row by row
    row[0::3] = bytes(x * 255 // max(width - 1, 1) for x in range(width))
    row[2::3] = bytes((tint,)) * width
    rows = bytearray()
    for y in range(height):
        row[1::3] = bytes((y * 255 // max(height - 1, 1),)) * width
        rows += b"\0" + row  # filter type None
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return PNG_SIGNATURE + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(bytes(rows))) + _chunk(b"IEND", b"")


def mp4() -> bytes:
    """A minimal MP4: an ``ftyp`` box (isom) and an empty ``mdat``; enough to be recognised as MP4."""
    brands = b"isom" + struct.pack(">I", 0x200) + b"isomiso2mp41"
    ftyp = struct.pack(">I", 8 + len(brands)) + b"ftyp" + brands
    return ftyp + struct.pack(">I", 8) + b"mdat"


def png_size(data: bytes) -> tuple[int, int] | None:
    """Width and height from a PNG's IHDR, or None if ``data`` is not a PNG."""
    if not data.startswith(PNG_SIGNATURE) or len(data) < 24 or data[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)
