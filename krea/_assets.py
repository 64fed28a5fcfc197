"""The assets resource: upload input media (refusing files Krea would refuse) and list, get, delete them."""

from __future__ import annotations

import io
import mimetypes
import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, BinaryIO, cast

import httpx

from ._constants import MAX_ASSET_BYTES
from ._errors import ValidationError
from ._resource import AsyncResource, SyncResource, json_body, parse_model

if TYPE_CHECKING:
    from krea_api.models import Asset, AssetDeleted

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


def checked(file: Any) -> FileInput:
    """``file``, its size checked before any upload; a stream that cannot seek is read (at most 75 MB + 1).

    Raises:
        ValidationError: the file is missing, empty or over 75 MB.
    """
    if isinstance(file, bytearray | memoryview):
        file = bytes(file)
    payload, _, _ = _open(file, None)
    if isinstance(file, bytes) or payload is file:  # bytes, or a seekable file object left where it was
        return cast(FileInput, file)
    if isinstance(file, str | os.PathLike):
        payload.close()  # opened to check; the upload opens it again
        return file
    return payload.read()  # a stream that could not seek, already read into memory by _open


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


def upload_body(file: FileInput, filename: str | None, description: str | None, content_type: str | None) -> Any:
    """The generated multipart body of an upload."""
    from krea_api.models import AssetUpload
    from krea_api.types import UNSET, File

    payload, name, _ = _open(file, filename)
    mime = content_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
    return AssetUpload(
        file=File(payload=cast(BinaryIO, payload), file_name=name, mime_type=mime),
        description=description if description is not None else UNSET,
    )


def _asset(item: Any, response: httpx.Response) -> Asset:
    from krea_api.models import Asset

    asset: Asset = parse_model(Asset, item, response)
    return asset


def _deleted(response: httpx.Response) -> AssetDeleted:
    from krea_api.models import AssetDeleted

    deleted: AssetDeleted = parse_model(AssetDeleted, json_body(response), response)
    return deleted


def _ops() -> Any:
    from krea_api.api.assets import delete_asset, get_asset, list_assets, upload_asset

    return upload_asset, list_assets, get_asset, delete_asset


class Assets(SyncResource):
    """``client.assets``: input media hosted by Krea, usable as URLs in generation requests."""

    def upload(
        self,
        file: FileInput,
        *,
        filename: str | None = None,
        description: str | None = None,
        content_type: str | None = None,
    ) -> Asset:
        """Upload a file (path, bytes or binary file object) as multipart.

        Returns:
            The asset; its ``image_url`` is the URL to pass to generation requests.

        Raises:
            ValidationError: the file is missing, empty or over 75 MB (checked before sending).
        """
        upload_asset, _, _, _ = _ops()
        body = upload_body(file, filename, description, content_type)
        try:
            response = self._request("POST", "/assets", upload_asset, body=body)
        finally:
            body.file.payload.close()
        return _asset(json_body(response), response)

    def list(self, *, limit: int | None = None) -> Iterator[Asset]:
        """Iterate over the account's assets across every page (``limit`` is the page size)."""
        _, list_assets, _, _ = _ops()

        def fetch(cursor: str | None) -> httpx.Response:
            extra: dict[str, Any] = {"cursor": cursor} if cursor else {}
            if limit is not None:
                extra["limit"] = limit
            return self._request("GET", "/assets", list_assets, **extra)

        return self._pages("/assets", fetch, _asset)

    def get(self, asset_id: str) -> Asset:
        """Read one asset.

        Raises:
            NotFoundError: no such asset in this account.
        """
        _, _, get_asset, _ = _ops()
        response = self._request("GET", f"/assets/{asset_id}", get_asset, id=asset_id)
        return _asset(json_body(response), response)

    def delete(self, asset_id: str) -> AssetDeleted:
        """Delete one asset.

        Raises:
            NotFoundError: no such asset in this account.
        """
        _, _, _, delete_asset = _ops()
        return _deleted(self._request("DELETE", f"/assets/{asset_id}", delete_asset, id=asset_id))


class AsyncAssets(AsyncResource):
    """``client.assets`` of ``AsyncKrea``; see ``Assets``."""

    async def upload(
        self,
        file: FileInput,
        *,
        filename: str | None = None,
        description: str | None = None,
        content_type: str | None = None,
    ) -> Asset:
        """Upload a file; see ``Assets.upload``."""
        upload_asset, _, _, _ = _ops()
        body = upload_body(file, filename, description, content_type)
        try:
            response = await self._request("POST", "/assets", upload_asset, body=body)
        finally:
            body.file.payload.close()
        return _asset(json_body(response), response)

    def list(self, *, limit: int | None = None) -> AsyncIterator[Asset]:
        """Iterate over the account's assets; see ``Assets.list``."""
        _, list_assets, _, _ = _ops()

        async def fetch(cursor: str | None) -> httpx.Response:
            extra: dict[str, Any] = {"cursor": cursor} if cursor else {}
            if limit is not None:
                extra["limit"] = limit
            return await self._request("GET", "/assets", list_assets, **extra)

        return self._pages("/assets", fetch, _asset)

    async def get(self, asset_id: str) -> Asset:
        """Read one asset; see ``Assets.get``."""
        _, _, get_asset, _ = _ops()
        response = await self._request("GET", f"/assets/{asset_id}", get_asset, id=asset_id)
        return _asset(json_body(response), response)

    async def delete(self, asset_id: str) -> AssetDeleted:
        """Delete one asset; see ``Assets.delete``."""
        _, _, _, delete_asset = _ops()
        return _deleted(await self._request("DELETE", f"/assets/{asset_id}", delete_asset, id=asset_id))
