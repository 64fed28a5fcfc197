"""How is the mock served over ASGI (to uvicorn and schemathesis)? A Starlette app around the same core."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from krea._extras import missing_extra

# The in-process mock needs nothing beyond `pip install krea`; serving it over ASGI needs Starlette.
if _missing := missing_extra("testing", "the mock's ASGI app", "starlette"):
    raise _missing

import anyio
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from krea.testing._http import MockRequest

if TYPE_CHECKING:
    from krea.testing._mock import MockKrea

_BROKEN = "krea.mock.broken"


class _Silence(Response):
    """Sends nothing: the outer app then makes the server close the connection without an answer."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        scope[_BROKEN] = True


class MockApp:
    """The ASGI app: Starlette parses and answers; routing, state and faults live in the shared core.

    A dropped connection or a lost response cannot be expressed in ASGI, so for those faults this app
    returns a non-None value from the ASGI call, which uvicorn answers by closing the connection without
    sending anything (it logs "ASGI callable should return None"; ``krea mock serve`` filters that line).
    A slow answer really sleeps here, for the fault's ``delay`` in seconds.
    """

    def __init__(self, mock: MockKrea) -> None:
        self._mock = mock
        self._lifespan = Starlette()  # answers ASGI lifespan events; HTTP never goes through its router

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> Any:
        """Serve one ASGI connection scope."""
        if scope["type"] != "http":
            await self._lifespan(scope, receive, send)
            return None
        # Not routed by Starlette: its patterns stop at a newline, and any path must reach the core's router.
        response = await self._endpoint(Request(scope, receive))
        await response(scope, receive, send)
        return _BROKEN if scope.get(_BROKEN) else None

    async def _endpoint(self, request: Request) -> Response:
        url = request.url
        incoming = MockRequest(
            method=request.method,
            path=url.path,
            query_string=url.query,
            headers={key.lower(): value for key, value in request.headers.items()},
            body=await request.body(),
        )
        outcome = self._mock.handle(incoming)
        if outcome.delay:
            await anyio.sleep(outcome.delay)
        if outcome.response is None:
            return _Silence()
        answer = outcome.response
        response = Response(answer.body, status_code=answer.status)
        for name, value in answer.headers:
            response.headers.append(name, value)
        return response
