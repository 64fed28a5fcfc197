from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
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


def _parse_response(*, response: httpx.Response) -> tuple[Any, list[Job] | None]:
    """The decoded JSON (or None) and the parsed model of a success answer."""
    if 200 <= response.status_code <= 299:
        data = response.json()
        response_200 = []
        _response_200 = data
        for response_200_item_data in _response_200:
            response_200_item = Job.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return data, response_200

    return None, None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[Job]]:
    data: Any = None
    parsed: list[Job] | None = None
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
    body: NodeAppInputs,
) -> Response[list[Job]]:
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
        Response[list[Job]]
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
) -> list[Job] | None:
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
        list[Job]
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
) -> Response[list[Job]]:
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
        Response[list[Job]]
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
) -> list[Job] | None:
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
        list[Job]
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
