from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | StylePage | None:
    if response.status_code == 200:
        response_200 = StylePage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | StylePage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
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
) -> Response[Error | StylePage]:
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
        Response[Error | StylePage]
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
) -> Error | StylePage | None:
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
        Error | StylePage
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
) -> Response[Error | StylePage]:
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
        Response[Error | StylePage]
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
) -> Error | StylePage | None:
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
        Error | StylePage
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
