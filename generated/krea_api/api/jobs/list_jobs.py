from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.job_page import JobPage
from ...models.job_status import JobStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
    types: str | Unset = UNSET,
    status: JobStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    params["types"] = types

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/jobs",
        "params": params,
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> tuple[Any, JobPage | None]:
    """The decoded JSON (or None) and the parsed model of a success answer."""
    if 200 <= response.status_code <= 299:
        data = response.json()
        response_200 = JobPage.from_dict(data)

        return data, response_200

    return None, None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[JobPage]:
    data: Any = None
    parsed: JobPage | None = None
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
    limit: int | Unset = 100,
    types: str | Unset = UNSET,
    status: JobStatus | Unset = UNSET,
) -> Response[JobPage]:
    """List jobs

     The caller's jobs, newest first, one page at a time. Pass a page's `next_cursor` back as `cursor` to
    read the next page; `next_cursor` is null on the last page.

    Args:
        cursor (str | Unset):
        limit (int | Unset):  Default: 100.
        types (str | Unset):
        status (JobStatus | Unset): Where a job is in its life. `completed`, `failed` and
            `cancelled` are terminal; everything else is
            pending. A job may be cancelled while `queued` or `processing`. Clients must treat a
            status they do not
            know as pending, which is why `Job.status` also admits any string.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobPage]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        types=types,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
    types: str | Unset = UNSET,
    status: JobStatus | Unset = UNSET,
) -> JobPage | None:
    """List jobs

     The caller's jobs, newest first, one page at a time. Pass a page's `next_cursor` back as `cursor` to
    read the next page; `next_cursor` is null on the last page.

    Args:
        cursor (str | Unset):
        limit (int | Unset):  Default: 100.
        types (str | Unset):
        status (JobStatus | Unset): Where a job is in its life. `completed`, `failed` and
            `cancelled` are terminal; everything else is
            pending. A job may be cancelled while `queued` or `processing`. Clients must treat a
            status they do not
            know as pending, which is why `Job.status` also admits any string.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobPage
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        limit=limit,
        types=types,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
    types: str | Unset = UNSET,
    status: JobStatus | Unset = UNSET,
) -> Response[JobPage]:
    """List jobs

     The caller's jobs, newest first, one page at a time. Pass a page's `next_cursor` back as `cursor` to
    read the next page; `next_cursor` is null on the last page.

    Args:
        cursor (str | Unset):
        limit (int | Unset):  Default: 100.
        types (str | Unset):
        status (JobStatus | Unset): Where a job is in its life. `completed`, `failed` and
            `cancelled` are terminal; everything else is
            pending. A job may be cancelled while `queued` or `processing`. Clients must treat a
            status they do not
            know as pending, which is why `Job.status` also admits any string.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobPage]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        types=types,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
    types: str | Unset = UNSET,
    status: JobStatus | Unset = UNSET,
) -> JobPage | None:
    """List jobs

     The caller's jobs, newest first, one page at a time. Pass a page's `next_cursor` back as `cursor` to
    read the next page; `next_cursor` is null on the last page.

    Args:
        cursor (str | Unset):
        limit (int | Unset):  Default: 100.
        types (str | Unset):
        status (JobStatus | Unset): Where a job is in its life. `completed`, `failed` and
            `cancelled` are terminal; everything else is
            pending. A job may be cancelled while `queued` or `processing`. Clients must treat a
            status they do not
            know as pending, which is why `Job.status` also admits any string.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobPage
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            limit=limit,
            types=types,
            status=status,
        )
    ).parsed
