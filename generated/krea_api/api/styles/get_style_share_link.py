from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.style_share_link import StyleShareLink
from ...types import Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/styles/{id}/share/link".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> tuple[Any, StyleShareLink | None]:
    """The decoded JSON (or None) and the parsed model of a success answer."""
    if response.status_code == 200:
        data = response.json()
        response_200 = StyleShareLink.from_dict(data)

        return data, response_200

    if response.status_code == 201:
        data = response.json()
        response_201 = StyleShareLink.from_dict(data)

        return data, response_201

    return None, None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[StyleShareLink]:
    data: Any = None
    parsed: StyleShareLink | None = None
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
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[StyleShareLink]:
    """Get or create a style's share link

     Owner only. Answers 201 when the link was created by this call, 200 when it existed.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StyleShareLink]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> StyleShareLink | None:
    """Get or create a style's share link

     Owner only. Answers 201 when the link was created by this call, 200 when it existed.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StyleShareLink
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[StyleShareLink]:
    """Get or create a style's share link

     Owner only. Answers 201 when the link was created by this call, 200 when it existed.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StyleShareLink]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> StyleShareLink | None:
    """Get or create a style's share link

     Owner only. Answers 201 when the link was created by this call, 200 when it existed.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StyleShareLink
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
