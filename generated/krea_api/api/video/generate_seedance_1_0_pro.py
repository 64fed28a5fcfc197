from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.job import Job
from ...models.seedance_10_pro_request import Seedance10ProRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: Seedance10ProRequest,
    x_webhook_url: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_webhook_url, Unset):
        headers["X-Webhook-URL"] = x_webhook_url

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/generate/video/bytedance/seedance-1.0-pro",
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
    body: Seedance10ProRequest,
    x_webhook_url: str | Unset = UNSET,
) -> Response[Job]:
    """Seedance 1.0 Pro

     ByteDance Seedance 1.0 Pro with up to four reference images. 207 to 947 compute units depending on
    resolution and duration; 57 to 133 s on average. The older request field names (startImage,
    startVideo, aspectRatio, endImage, endVideo, referenceImages) were accepted only until 2026-06-19;
    use the snake_case fields.

    Args:
        x_webhook_url (str | Unset):
        body (Seedance10ProRequest): Request body for ByteDance Seedance 1.0 Pro.

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
    body: Seedance10ProRequest,
    x_webhook_url: str | Unset = UNSET,
) -> Job | None:
    """Seedance 1.0 Pro

     ByteDance Seedance 1.0 Pro with up to four reference images. 207 to 947 compute units depending on
    resolution and duration; 57 to 133 s on average. The older request field names (startImage,
    startVideo, aspectRatio, endImage, endVideo, referenceImages) were accepted only until 2026-06-19;
    use the snake_case fields.

    Args:
        x_webhook_url (str | Unset):
        body (Seedance10ProRequest): Request body for ByteDance Seedance 1.0 Pro.

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
    body: Seedance10ProRequest,
    x_webhook_url: str | Unset = UNSET,
) -> Response[Job]:
    """Seedance 1.0 Pro

     ByteDance Seedance 1.0 Pro with up to four reference images. 207 to 947 compute units depending on
    resolution and duration; 57 to 133 s on average. The older request field names (startImage,
    startVideo, aspectRatio, endImage, endVideo, referenceImages) were accepted only until 2026-06-19;
    use the snake_case fields.

    Args:
        x_webhook_url (str | Unset):
        body (Seedance10ProRequest): Request body for ByteDance Seedance 1.0 Pro.

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
    body: Seedance10ProRequest,
    x_webhook_url: str | Unset = UNSET,
) -> Job | None:
    """Seedance 1.0 Pro

     ByteDance Seedance 1.0 Pro with up to four reference images. 207 to 947 compute units depending on
    resolution and duration; 57 to 133 s on average. The older request field names (startImage,
    startVideo, aspectRatio, endImage, endVideo, referenceImages) were accepted only until 2026-06-19;
    use the snake_case fields.

    Args:
        x_webhook_url (str | Unset):
        body (Seedance10ProRequest): Request body for ByteDance Seedance 1.0 Pro.

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
