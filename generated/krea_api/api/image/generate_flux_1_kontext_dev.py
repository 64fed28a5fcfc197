from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.flux_1_kontext_dev_request import Flux1KontextDevRequest
from ...models.job import Job
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: Flux1KontextDevRequest,
    x_webhook_url: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_webhook_url, Unset):
        headers["X-Webhook-URL"] = x_webhook_url

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/generate/image/bfl/flux-1-kontext-dev",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx.Response) -> tuple[Any, Job | None]:
    """The decoded JSON (or None) and the parsed model of a success answer."""
    if 200 <= response.status_code <= 299:
        data = response.json()
        response_200 = Job.from_dict(data)

        return data, response_200

    return None, None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Job]:
    data: Any = None
    parsed: Job | None = None
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
    body: Flux1KontextDevRequest,
    x_webhook_url: str | Unset = UNSET,
) -> Response[Job]:
    """Flux 1 Kontext Dev

     Flux variant that edits or re-renders an input image from an instruction. About 6 compute units,
    about 23 s on average. The older request field names (imageUrl, styleImages) were accepted only
    until 2026-06-19; use the snake_case fields.

    Args:
        x_webhook_url (str | Unset):
        body (Flux1KontextDevRequest): Request body for Flux 1 Kontext Dev (instruction-based
            editing and generation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Job]
    """

    kwargs = _get_kwargs(
        body=body,
        x_webhook_url=x_webhook_url,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: Flux1KontextDevRequest,
    x_webhook_url: str | Unset = UNSET,
) -> Job | None:
    """Flux 1 Kontext Dev

     Flux variant that edits or re-renders an input image from an instruction. About 6 compute units,
    about 23 s on average. The older request field names (imageUrl, styleImages) were accepted only
    until 2026-06-19; use the snake_case fields.

    Args:
        x_webhook_url (str | Unset):
        body (Flux1KontextDevRequest): Request body for Flux 1 Kontext Dev (instruction-based
            editing and generation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Job
    """

    return sync_detailed(
        client=client,
        body=body,
        x_webhook_url=x_webhook_url,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Flux1KontextDevRequest,
    x_webhook_url: str | Unset = UNSET,
) -> Response[Job]:
    """Flux 1 Kontext Dev

     Flux variant that edits or re-renders an input image from an instruction. About 6 compute units,
    about 23 s on average. The older request field names (imageUrl, styleImages) were accepted only
    until 2026-06-19; use the snake_case fields.

    Args:
        x_webhook_url (str | Unset):
        body (Flux1KontextDevRequest): Request body for Flux 1 Kontext Dev (instruction-based
            editing and generation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Job]
    """

    kwargs = _get_kwargs(
        body=body,
        x_webhook_url=x_webhook_url,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: Flux1KontextDevRequest,
    x_webhook_url: str | Unset = UNSET,
) -> Job | None:
    """Flux 1 Kontext Dev

     Flux variant that edits or re-renders an input image from an instruction. About 6 compute units,
    about 23 s on average. The older request field names (imageUrl, styleImages) were accepted only
    until 2026-06-19; use the snake_case fields.

    Args:
        x_webhook_url (str | Unset):
        body (Flux1KontextDevRequest): Request body for Flux 1 Kontext Dev (instruction-based
            editing and generation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Job
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_webhook_url=x_webhook_url,
        )
    ).parsed
