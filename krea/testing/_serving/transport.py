"""How does an httpx client reach the mock without a socket? Sync and async transports over the same core."""

from __future__ import annotations

from typing import Protocol

import httpx

from krea.testing._core.clock import VirtualClock
from krea.testing._http import MockRequest, Outcome


class MockKrea(Protocol):
    """What a transport needs of ``krea.testing.MockKrea``: a protocol, so the two do not import each other."""

    clock: VirtualClock

    def handle(self, request: MockRequest) -> Outcome: ...


def _to_mock(request: httpx.Request, body: bytes) -> MockRequest:
    url = request.url
    return MockRequest(
        method=request.method,
        path=url.path,
        query_string=url.query.decode("ascii", "replace"),
        headers={key.decode("latin-1").lower(): value.decode("latin-1") for key, value in request.headers.raw},
        body=body,
    )


def _to_httpx(mock: MockKrea, outcome: Outcome, request: httpx.Request) -> httpx.Response:
    if outcome.broken == "drop":
        # Nothing reached the service: the same class httpx raises when no connection could be made.
        raise httpx.ConnectError("Injected fault: connection dropped before the request was sent", request=request)
    if outcome.delay:
        # "Slow" in process: the virtual clock moves by the delay; a client whose read timeout is shorter
        # times out, after the request was processed (a job it created exists).
        mock.clock.advance(outcome.delay)
        read_timeout = request.extensions.get("timeout", {}).get("read")
        if read_timeout is not None and read_timeout < outcome.delay:
            raise httpx.ReadTimeout(f"Injected fault: no answer within {read_timeout} s", request=request)
    if outcome.response is None:
        # The request was processed and its answer lost: what httpx raises when a server closes the
        # connection after reading the request (and what `krea mock serve` produces over HTTP).
        raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
    response = outcome.response
    return httpx.Response(response.status, headers=response.headers, content=response.body, request=request)


class MockTransport(httpx.BaseTransport):
    """A synchronous httpx transport that hands each request to a :class:`MockKrea` in process."""

    def __init__(self, mock: MockKrea) -> None:
        self._mock = mock

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Answer ``request`` from the mock; injected faults raise httpx transport errors."""
        outcome = self._mock.handle(_to_mock(request, request.read()))
        return _to_httpx(self._mock, outcome, request)


class AsyncMockTransport(httpx.AsyncBaseTransport):
    """The asynchronous twin of :class:`MockTransport`, for ``httpx.AsyncClient``."""

    def __init__(self, mock: MockKrea) -> None:
        self._mock = mock

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Answer ``request`` from the mock; injected faults raise httpx transport errors."""
        outcome = self._mock.handle(_to_mock(request, await request.aread()))
        return _to_httpx(self._mock, outcome, request)
