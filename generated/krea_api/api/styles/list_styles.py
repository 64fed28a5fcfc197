from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.style_filter import StyleFilter
from ...models.style_page import StylePage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    ids: str | Unset = UNSET,
    liked: bool | Unset = False,
    user: str | Unset = UNSET,
    model: str | Unset = UNSET,
    filter_: StyleFilter | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    params["ids"] = ids

    params["liked"] = liked

    params["user"] = user

    params["model"] = model

    json_filter_: str | Unset = UNSET
    if not isinstance(filter_, Unset):
        json_filter_ = filter_.value

    params["filter"] = json_filter_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/styles",
        "params": params,
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> tuple[Any, StylePage | None]:
    """The decoded JSON (or None) and the parsed model of a success answer."""
    if 200 <= response.status_code <= 299:
        data = response.json()
        response_200 = StylePage.from_dict(data)

        return data, response_200

    return None, None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[StylePage]:
    data: Any = None
    parsed: StylePage | None = None
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
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    ids: str | Unset = UNSET,
    liked: bool | Unset = False,
    user: str | Unset = UNSET,
    model: str | Unset = UNSET,
    filter_: StyleFilter | Unset = UNSET,
) -> Response[StylePage]:
    """List or search styles

    Args:
        cursor (str | Unset):
        limit (int | Unset):
        ids (str | Unset):
        liked (bool | Unset):  Default: False.
        user (str | Unset):
        model (str | Unset):
        filter_ (StyleFilter | Unset): A collection of styles to search.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StylePage]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        ids=ids,
        liked=liked,
        user=user,
        model=model,
        filter_=filter_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    ids: str | Unset = UNSET,
    liked: bool | Unset = False,
    user: str | Unset = UNSET,
    model: str | Unset = UNSET,
    filter_: StyleFilter | Unset = UNSET,
) -> StylePage | None:
    """List or search styles

    Args:
        cursor (str | Unset):
        limit (int | Unset):
        ids (str | Unset):
        liked (bool | Unset):  Default: False.
        user (str | Unset):
        model (str | Unset):
        filter_ (StyleFilter | Unset): A collection of styles to search.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StylePage
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        limit=limit,
        ids=ids,
        liked=liked,
        user=user,
        model=model,
        filter_=filter_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    ids: str | Unset = UNSET,
    liked: bool | Unset = False,
    user: str | Unset = UNSET,
    model: str | Unset = UNSET,
    filter_: StyleFilter | Unset = UNSET,
) -> Response[StylePage]:
    """List or search styles

    Args:
        cursor (str | Unset):
        limit (int | Unset):
        ids (str | Unset):
        liked (bool | Unset):  Default: False.
        user (str | Unset):
        model (str | Unset):
        filter_ (StyleFilter | Unset): A collection of styles to search.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StylePage]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        ids=ids,
        liked=liked,
        user=user,
        model=model,
        filter_=filter_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    ids: str | Unset = UNSET,
    liked: bool | Unset = False,
    user: str | Unset = UNSET,
    model: str | Unset = UNSET,
    filter_: StyleFilter | Unset = UNSET,
) -> StylePage | None:
    """List or search styles

    Args:
        cursor (str | Unset):
        limit (int | Unset):
        ids (str | Unset):
        liked (bool | Unset):  Default: False.
        user (str | Unset):
        model (str | Unset):
        filter_ (StyleFilter | Unset): A collection of styles to search.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StylePage
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            limit=limit,
            ids=ids,
            liked=liked,
            user=user,
            model=model,
            filter_=filter_,
        )
    ).parsed
