# Generated from krea/_async/_assets.py by scripts/unasync.py: edit that file, then run `make generate`.
"""The assets resource: upload input media (refusing files Krea would refuse) and list, get, delete them."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from .._assets import FileInput, upload_body
from .._config import NOT_GIVEN, NotGiven
from .._options import applied
from .._resource import cursor_argument, parsed
from ._resource import Resource

if TYPE_CHECKING:
    from krea_api.models import Asset, AssetDeleted, AssetPage
    from krea_api.types import Response


class Assets(Resource):
    """``client.assets``: input media hosted by Krea, usable as URLs in generation requests."""

    def upload(
        self,
        file: FileInput,
        *,
        filename: str | None = None,
        description: str | None = None,
        content_type: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
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
            with self._call_options(request_timeout, extra_headers):
                response = self._request("POST", "/assets", upload_asset.sync_detailed, body=body, client=self._api)
        finally:
            body.file.payload.close()
        return parsed("/assets", response)

    def list(
        self,
        *,
        limit: int | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[Asset]:
        """Iterate over the account's assets across every page (``limit`` is the page size)."""
        from krea_api.api.assets import list_assets

        options = self._checked_options(request_timeout, extra_headers)

        def fetch(cursor: str | None) -> Response[AssetPage]:
            extra = cursor_argument(cursor)
            if limit is not None:
                extra["limit"] = limit
            with applied(options):  # per page: never held across a yield to the caller
                return self._request("GET", "/assets", list_assets.sync_detailed, client=self._api, **extra)

        return (asset for asset, _ in self._pages("/assets", fetch, lambda page: page.items))

    def get(
        self,
        asset_id: str,
        *,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Asset:
        """Read one asset.

        Raises:
            NotFoundError: no such asset in this account.
        """
        from krea_api.api.assets import get_asset

        path = f"/assets/{asset_id}"
        with self._call_options(request_timeout, extra_headers):
            response = self._request("GET", path, get_asset.sync_detailed, id=asset_id, client=self._api)
        return parsed(path, response)

    def delete(
        self,
        asset_id: str,
        *,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AssetDeleted:
        """Delete one asset.

        Raises:
            NotFoundError: no such asset in this account.
        """
        from krea_api.api.assets import delete_asset

        path = f"/assets/{asset_id}"
        with self._call_options(request_timeout, extra_headers):
            response = self._request("DELETE", path, delete_asset.sync_detailed, id=asset_id, client=self._api)
        return parsed(path, response)
