"""The rules of the assets resource: which files Krea would refuse, and the upload body (the sending is in
``krea/_async/_assets.py`` and its generated sync twin)."""

from __future__ import annotations

import io
import mimetypes
import os
from pathlib import Path
from typing import IO, TYPE_CHECKING, BinaryIO, cast

from ._constants import MAX_ASSET_BYTES
from ._errors import ValidationError

if TYPE_CHECKING:
    from krea_api.models import AssetUpload

FileInput = str | os.PathLike[str] | bytes | IO[bytes]
"""A path, the file's bytes, or a binary file object."""


def _open(file: FileInput, filename: str | None) -> tuple[IO[bytes], str, int]:
    """The payload, a file name and the size, checked against Krea's 75 MB limit before anything is sent."""
    if isinstance(file, bytes):
        payload: IO[bytes] = io.BytesIO(file)
        name, size = filename or _sniffed_name(file), len(file)
    elif isinstance(file, str | os.PathLike):
        path = Path(file)
        if not path.is_file():
            raise ValidationError(f"file: {path} does not exist or is not a file")
        size = path.stat().st_size
        _check_size(size)
        payload, name = path.open("rb"), filename or path.name
        return payload, name, size
    else:
        payload = file
        if payload.seekable():
            start = payload.tell()
            head = payload.read(16)
            size = payload.seek(0, io.SEEK_END) - start
            payload.seek(start)
        else:
            data = payload.read(MAX_ASSET_BYTES + 1)
            payload, size, head = io.BytesIO(data), len(data), data[:16]
        named = getattr(file, "name", None)
        name = filename or (Path(named).name if isinstance(named, str) else _sniffed_name(head))
    _check_size(size)
    return payload, name, size


def checked(file: object) -> FileInput:
    """``file`` (a file ``krea._uploads.is_file`` found), its size checked before any upload; a stream that
    cannot seek is read (at most 75 MB + 1).

    Raises:
        ValidationError: the file is missing, empty or over 75 MB, or is not a file at all.
    """
    source = _file_input(bytes(file) if isinstance(file, bytearray | memoryview) else file)
    payload, _, _ = _open(source, None)
    if isinstance(source, bytes) or payload is source:  # bytes, or a seekable file object left where it was
        return source
    if isinstance(source, str | os.PathLike):
        payload.close()  # opened to check; the upload opens it again
        return source
    return payload.read()  # a stream that could not seek, already read into memory by _open


def _file_input(file: object) -> FileInput:
    if isinstance(file, str | bytes | os.PathLike):
        return file
    if callable(getattr(file, "read", None)):  # a binary file object, as krea._uploads.is_file tells one
        return cast("IO[bytes]", file)
    raise ValidationError(f"file: expected a path, bytes or a binary file object, got {type(file).__name__}")


_SIGNATURES = ((b"\x89PNG", 0, ".png"), (b"\xff\xd8\xff", 0, ".jpg"), (b"GIF8", 0, ".gif"), (b"WEBP", 8, ".webp"))


def _sniffed_name(data: bytes) -> str:
    """A file name for bytes without one, with the extension their first bytes show (Krea checks the type)."""
    for magic, offset, ext in _SIGNATURES:
        if data[offset : offset + len(magic)] == magic:
            return f"upload{ext}"
    return "upload"


def _check_size(size: int) -> None:
    if size > MAX_ASSET_BYTES:
        raise ValidationError(f"file: {size / 1e6:.1f} MB is over Krea's 75 MB upload limit")
    if size == 0:
        raise ValidationError("file: the file is empty")


def upload_body(
    file: FileInput, filename: str | None, description: str | None, content_type: str | None
) -> AssetUpload:
    """The generated multipart body of an upload."""
    from krea_api.models import AssetUpload
    from krea_api.types import UNSET, File

    payload, name, _ = _open(file, filename)
    mime = content_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
    return AssetUpload(
        file=File(payload=cast(BinaryIO, payload), file_name=name, mime_type=mime),
        description=description if description is not None else UNSET,
    )
