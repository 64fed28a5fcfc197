"""The assets resource: upload input media (refusing files Krea would refuse) and list, get, delete them."""

from __future__ import annotations

import io
import mimetypes
import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, BinaryIO, cast

from ._constants import MAX_ASSET_BYTES
from ._errors import ValidationError
from ._resource import AsyncResource, SyncResource, parsed

if TYPE_CHECKING:
    from krea_api.models import Asset, AssetDeleted, AssetPage, AssetUpload
    from krea_api.types import Response

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
        from krea_api.api.assets import upload_asset

        body = upload_body(file, filename, description, content_type)
        try:
            response = self._request("POST", "/assets", upload_asset.sync_detailed, body=body, client=self._api)
        finally:
            body.file.payload.close()
        return parsed("/assets", response)

    def list(self, *, limit: int | None = None) -> Iterator[Asset]:
        """Iterate over the account's assets across every page (``limit`` is the page size)."""
        from krea_api.api.assets import list_assets

        def fetch(cursor: str | None) -> Response[AssetPage]:
            extra: dict[str, Any] = {"cursor": cursor} if cursor else {}
            if limit is not None:
                extra["limit"] = limit
            return self._request("GET", "/assets", list_assets.sync_detailed, client=self._api, **extra)

        return (asset for asset, _ in self._pages("/assets", fetch, lambda page: page.items))

    def get(self, asset_id: str) -> Asset:
        """Read one asset.

        Raises:
            NotFoundError: no such asset in this account.
        """
        from krea_api.api.assets import get_asset

        path = f"/assets/{asset_id}"
        return parsed(path, self._request("GET", path, get_asset.sync_detailed, id=asset_id, client=self._api))

    def delete(self, asset_id: str) -> AssetDeleted:
        """Delete one asset.

        Raises:
            NotFoundError: no such asset in this account.
        """
        from krea_api.api.assets import delete_asset

        path = f"/assets/{asset_id}"
        return parsed(path, self._request("DELETE", path, delete_asset.sync_detailed, id=asset_id, client=self._api))


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
        from krea_api.api.assets import upload_asset

        body = upload_body(file, filename, description, content_type)
        try:
            response = await self._request(
                "POST", "/assets", upload_asset.asyncio_detailed, body=body, client=self._api
            )
        finally:
            body.file.payload.close()
        return parsed("/assets", response)

    def list(self, *, limit: int | None = None) -> AsyncIterator[Asset]:
        """Iterate over the account's assets; see ``Assets.list``."""
        from krea_api.api.assets import list_assets

        async def fetch(cursor: str | None) -> Response[AssetPage]:
            extra: dict[str, Any] = {"cursor": cursor} if cursor else {}
            if limit is not None:
                extra["limit"] = limit
            return await self._request("GET", "/assets", list_assets.asyncio_detailed, client=self._api, **extra)

        return (asset async for asset, _ in self._pages("/assets", fetch, lambda page: page.items))

    async def get(self, asset_id: str) -> Asset:
        """Read one asset; see ``Assets.get``."""
        from krea_api.api.assets import get_asset

        path = f"/assets/{asset_id}"
        return parsed(path, await self._request("GET", path, get_asset.asyncio_detailed, id=asset_id, client=self._api))

    async def delete(self, asset_id: str) -> AssetDeleted:
        """Delete one asset; see ``Assets.delete``."""
        from krea_api.api.assets import delete_asset

        path = f"/assets/{asset_id}"
        response = await self._request("DELETE", path, delete_asset.asyncio_detailed, id=asset_id, client=self._api)
        return parsed(path, response)
