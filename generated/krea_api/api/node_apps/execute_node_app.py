from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.insufficient_balance_error import InsufficientBalanceError
from ...models.job import Job
from ...models.node_app_inputs import NodeAppInputs
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: NodeAppInputs,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/node-apps/{id}/execute".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | InsufficientBalanceError | list[Job] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Job.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | InsufficientBalanceError | list[Job]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NodeAppInputs,
) -> Response[Error | InsufficientBalanceError | list[Job]]:
    """Run a node app version

     Runs the node app with inputs keyed as its `input_openapi_schema` says. One run can create several
    jobs; each is billed on completion like any other job.

    Args:
        id (str):
        body (NodeAppInputs): The node app's inputs, keyed as its `input_openapi_schema` says.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InsufficientBalanceError | list[Job]]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NodeAppInputs,
) -> Error | InsufficientBalanceError | list[Job] | None:
    """Run a node app version

     Runs the node app with inputs keyed as its `input_openapi_schema` says. One run can create several
    jobs; each is billed on completion like any other job.

    Args:
        id (str):
        body (NodeAppInputs): The node app's inputs, keyed as its `input_openapi_schema` says.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InsufficientBalanceError | list[Job]
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NodeAppInputs,
) -> Response[Error | InsufficientBalanceError | list[Job]]:
    """Run a node app version

     Runs the node app with inputs keyed as its `input_openapi_schema` says. One run can create several
    jobs; each is billed on completion like any other job.

    Args:
        id (str):
        body (NodeAppInputs): The node app's inputs, keyed as its `input_openapi_schema` says.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InsufficientBalanceError | list[Job]]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NodeAppInputs,
) -> Error | InsufficientBalanceError | list[Job] | None:
    """Run a node app version

     Runs the node app with inputs keyed as its `input_openapi_schema` says. One run can create several
    jobs; each is billed on completion like any other job.

    Args:
        id (str):
        body (NodeAppInputs): The node app's inputs, keyed as its `input_openapi_schema` says.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InsufficientBalanceError | list[Job]
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
