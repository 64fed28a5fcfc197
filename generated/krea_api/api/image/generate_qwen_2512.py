from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.insufficient_balance_error import InsufficientBalanceError
from ...models.job import Job
from ...models.model_gone_error import ModelGoneError
from ...models.qwen_2512_request import Qwen2512Request
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: Qwen2512Request,
    x_webhook_url: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_webhook_url, Unset):
        headers["X-Webhook-URL"] = x_webhook_url

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/generate/image/qwen/2512",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | InsufficientBalanceError | Job | ModelGoneError | None:
    if response.status_code == 200:
        response_200 = Job.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = InsufficientBalanceError.from_dict(response.json())

        return response_402

    if response.status_code == 410:
        response_410 = ModelGoneError.from_dict(response.json())

        return response_410

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | InsufficientBalanceError | Job | ModelGoneError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Qwen2512Request,
    x_webhook_url: str | Unset = UNSET,
) -> Response[Error | InsufficientBalanceError | Job | ModelGoneError]:
    """Qwen Image 2512

     Qwen image model with negative prompts and LoRA styles. About 9 compute units, about 22 s on
    average. The older request field names (skipPromptExpansion, presetStyles) were accepted only until
    2026-06-19; use the snake_case fields.

    Args:
        x_webhook_url (str | Unset):
        body (Qwen2512Request): Request body for Qwen Image 2512.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InsufficientBalanceError | Job | ModelGoneError]
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
    body: Qwen2512Request,
    x_webhook_url: str | Unset = UNSET,
) -> Error | InsufficientBalanceError | Job | ModelGoneError | None:
    """Qwen Image 2512

     Qwen image model with negative prompts and LoRA styles. About 9 compute units, about 22 s on
    average. The older request field names (skipPromptExpansion, presetStyles) were accepted only until
    2026-06-19; use the snake_case fields.

    Args:
        x_webhook_url (str | Unset):
        body (Qwen2512Request): Request body for Qwen Image 2512.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InsufficientBalanceError | Job | ModelGoneError
    """

    return sync_detailed(
        client=client,
        body=body,
        x_webhook_url=x_webhook_url,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Qwen2512Request,
    x_webhook_url: str | Unset = UNSET,
) -> Response[Error | InsufficientBalanceError | Job | ModelGoneError]:
    """Qwen Image 2512

     Qwen image model with negative prompts and LoRA styles. About 9 compute units, about 22 s on
    average. The older request field names (skipPromptExpansion, presetStyles) were accepted only until
    2026-06-19; use the snake_case fields.

    Args:
        x_webhook_url (str | Unset):
        body (Qwen2512Request): Request body for Qwen Image 2512.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InsufficientBalanceError | Job | ModelGoneError]
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
    body: Qwen2512Request,
    x_webhook_url: str | Unset = UNSET,
) -> Error | InsufficientBalanceError | Job | ModelGoneError | None:
    """Qwen Image 2512

     Qwen image model with negative prompts and LoRA styles. About 9 compute units, about 22 s on
    average. The older request field names (skipPromptExpansion, presetStyles) were accepted only until
    2026-06-19; use the snake_case fields.

    Args:
        x_webhook_url (str | Unset):
        body (Qwen2512Request): Request body for Qwen Image 2512.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InsufficientBalanceError | Job | ModelGoneError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_webhook_url=x_webhook_url,
        )
    ).parsed
