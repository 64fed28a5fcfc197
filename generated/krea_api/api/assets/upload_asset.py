from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asset import Asset
from ...models.asset_upload import AssetUpload
from ...types import Response


def _get_kwargs(
    *,
    body: AssetUpload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/assets",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx.Response) -> tuple[Any, Asset | None]:
    """The decoded JSON (or None) and the parsed model of a success answer."""
    if 200 <= response.status_code <= 299:
        data = response.json()
        response_200 = Asset.from_dict(data)

        return data, response_200

    return None, None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Asset]:
    data: Any = None
    parsed: Asset | None = None
    if 200 <= response.status_code <= 299:
        try:
            data, parsed = _parse_response(response=response)
        except Exception as error:
            raise errors.UnreadableResponse(response, error) from error
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        data=data,
        raw=response,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AssetUpload,
) -> Response[Asset]:
    """Upload an asset

     Uploads one file (JPEG, PNG, WebP, HEIC, MP4, MOV, WebM, GLB, WAV or MP3, at most 75 MB). Use the
    returned `image_url` as an input URL in generation requests.

    Args:
        body (AssetUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Asset]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AssetUpload,
) -> Asset | None:
    """Upload an asset

     Uploads one file (JPEG, PNG, WebP, HEIC, MP4, MOV, WebM, GLB, WAV or MP3, at most 75 MB). Use the
    returned `image_url` as an input URL in generation requests.

    Args:
        body (AssetUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Asset
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AssetUpload,
) -> Response[Asset]:
    """Upload an asset

     Uploads one file (JPEG, PNG, WebP, HEIC, MP4, MOV, WebM, GLB, WAV or MP3, at most 75 MB). Use the
    returned `image_url` as an input URL in generation requests.

    Args:
        body (AssetUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Asset]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AssetUpload,
) -> Asset | None:
    """Upload an asset

     Uploads one file (JPEG, PNG, WebP, HEIC, MP4, MOV, WebM, GLB, WAV or MP3, at most 75 MB). Use the
    returned `image_url` as an input URL in generation requests.

    Args:
        body (AssetUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Asset
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
