"""How a request goes out: the gateway the generated client sends through, and the requester resources use.

``AsyncGateway`` builds, bounds and reads one exchange (the rules are in ``krea/_http.py``); ``AsyncRequester``
is the narrow seam a resource gets instead of its client: the generated client, the gateway, the retry loop
and the client's settings, nothing else.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import attrs
import httpx

from .. import _responses, _sockets
from .._config import Settings
from .._errors import make_status_error
from .._http import (
    ExchangeTimedOut,
    GatewayBase,
    Reader,
    Sender,
    goes_ahead,
    queued_past_deadline,
    shown,
    time_left,
)
from .._options import CallOptions
from ._flavour import ExchangeLimit, Gate, Sleep

if TYPE_CHECKING:
    from krea_api.client import Client

log = logging.getLogger("krea")
MAX_REDIRECTS = 10
"""Redirects a result download follows (each hop gets the key and the caller's headers only on the API's own
origin)."""
T = TypeVar("T")


class AsyncGateway(GatewayBase):
    """What the generated client sends through (in place of an httpx client): ``request`` is all it calls."""

    def __init__(self, settings: Settings, http: httpx.AsyncClient | None, parent: AsyncGateway | None = None) -> None:
        super().__init__(settings, parent)
        self._owned: bool = http is None if parent is None else parent._owned
        """krea made the httpx client (its sockets are bounded by each exchange's end)."""
        self._closes = parent is None and self._owned
        """``aclose`` closes the connections: only the client that made them does (not one ``with_options``
        made from it, which shares them)."""
        self._http: httpx.AsyncClient
        self._gate: Gate
        """At most ``max_in_flight`` API exchanges at once, the others queued in order (before httpx's pool,
        whose cost grows with the requests waiting in it)."""
        if parent is not None:  # with_options: the same connections, slots and warnings, other settings
            self._http, self._gate = parent._http, parent._gate
        else:
            if http is None:  # httpcore's classes, which the bounded backend extends, only when it is used
                from ._sockets import bounded_async_client

                http = bounded_async_client()
            self._http = http
            self._gate = Gate(settings.max_in_flight)
        self._sent_by_client(self._http)

    async def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """Send one API request, once one of the client's ``max_in_flight`` slots is free, and read its answer
        within the exchange's time and size bounds.

        The wait for a slot counts against a wait's deadline (the exchange gets only the time left after it);
        a request still queued at the deadline was not sent, and fails with ``APITimeoutError`` (never retried,
        never a ``SubmissionUncertainError``). Outside a wait, a queued request waits as long as it takes: each
        one ahead of it is bounded by its own timeout.

        With krea's own httpx client every socket operation is cut to the time left, so the whole exchange
        ends in time. A caller's ``http_client`` keeps its own connections: it gets httpx's per-read timeouts
        cut to the time left plus the same check between the chunks of the body, and the whole exchange is
        bounded too (``ExchangeLimit``: ``asyncio.timeout`` for ``krea.AsyncKrea``; for ``krea.Krea``, a
        watchdog that shuts down the connection's socket at the deadline). When that limit fires, the request
        counts as not sent only if httpcore's trace hook shows it had not started to go out.
        """
        if not await self._gate.enter(time_left(), ahead=goes_ahead()):
            raise queued_past_deadline(method, url, self._gate.limit)
        try:
            return await self._exchange(method, url, kwargs)
        finally:
            self._gate.leave()

    async def _exchange(self, method: str, url: str, kwargs: Mapping[str, Any]) -> httpx.Response:
        exchange = self.build(self._http, method, url, kwargs)
        sent = False
        # httpcore reports through the trace hook when a request starts to go out; another transport (a mock,
        # ASGI, a custom one) reports nothing, so there the request may have gone out whatever the hook says.
        # krea's own client cuts every socket operation itself: no limit around the exchange, nothing to look up.
        transport = None if self._owned else self._http._transport_for_url(exchange.request.url)
        traceable = self._owned or isinstance(transport, httpx.AsyncHTTPTransport)
        limit = ExchangeLimit(self._owned, exchange.ends, transport)

        if not self._owned:

            async def trace(event: str, info: Mapping[str, object]) -> None:
                nonlocal sent
                if event.endswith("send_request_headers.started"):
                    sent = True
                limit.saw(event, info)

            exchange.request.extensions["trace"] = trace
        try:
            async with limit:
                with _sockets.bounded(exchange.ends):
                    response = await self._http.send(exchange.request, stream=True, follow_redirects=False)
                    try:
                        reader = Reader(response, exchange.ends)
                        async for chunk in response.aiter_bytes():
                            if not reader.add(chunk):
                                break
                        reader.finish()
                    finally:
                        await response.aclose()
        except ExchangeTimedOut:
            # Not sent only when httpcore's trace shows the request did not start to go out (it was still waiting
            # for a pooled connection, or connecting).
            cls = httpx.PoolTimeout if traceable and not sent else httpx.ReadTimeout
            raise cls("the exchange used up the time left", request=exchange.request) from None
        return self.check(response)

    @contextlib.asynccontextmanager
    async def stream(self, url: str, options: CallOptions | None = None) -> AsyncIterator[httpx.Response]:
        """GET a result file, following redirects; the body is the caller's to read (no size limit).

        Args:
            options: the call's options, for a stream read after the call returned (``iter_bytes``).

        Raises:
            APIStatusError: the answer is an error status (its typed subclass).
        """
        exchange = self.build(self._http, "GET", url, {}, options)
        # Redirects are followed here, each hop built for its own origin: httpx's own following would keep the
        # default and extra headers (it drops only Authorization) on a hop to another host.
        for _ in range(MAX_REDIRECTS):
            response = await self._http.send(exchange.request, stream=True, follow_redirects=False)
            if response.next_request is None:
                break
            await response.aclose()
            exchange = self.build(self._http, "GET", str(response.next_request.url), {}, options)
        else:
            raise httpx.TooManyRedirects(f"more than {MAX_REDIRECTS} redirects", request=exchange.request)
        try:
            if response.status_code >= 400:
                await response.aread()
                raise make_status_error(self.check(response))
            yield self.check(response)
        finally:
            await response.aclose()

    async def aclose(self) -> None:
        """Close the connections of the httpx client krea made; a caller's own client is left to the caller,
        and a client made by ``with_options`` leaves them to the client it was made from."""
        if self._closes:
            await self._http.aclose()

    # The generated client enters and exits its httpx client when used as a context manager.
    async def __aenter__(self) -> AsyncGateway:
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.aclose()


@attrs.frozen
class AsyncRequester:
    """What a resource may use of its client: the generated client, the gateway, the retries and the sleep."""

    api: Client
    """The generated client every operation is called with (it sends through ``gateway``)."""
    gateway: AsyncGateway
    sender: Sender
    """The retry decisions (``krea/_http.py``)."""
    sleep: Sleep
    settings: Settings

    async def call(self, method: str, path: str, fn: Callable[[], Awaitable[T]], *, creates_job: bool = False) -> T:
        """Call ``fn`` (one exchange: a generated operation, or a download) until it succeeds or must not be
        retried; an error status reaches this loop as the ``APIStatusError`` it maps to.

        Args:
            creates_job: the operation can create a billable job (the spec says so): an unclear outcome is
                then a ``SubmissionUncertainError``.
        """
        # The submission's time (a SubmissionUncertainError's search_from) matters only for a job-creating call.
        submitted_at = self.sender.now() if creates_job else None
        path = shown(path)
        logs = _responses.active(self.gateway.lineage)
        recording = _responses.Recording(logs, method) if logs else None
        retries = 0
        try:
            while True:
                if recording is not None:
                    recording.attempt(retries)
                try:
                    return await fn()
                except Exception as exc:
                    at = submitted_at or self.sender.now()
                    delay = self.sender.next_delay(method, path, exc, retries, at, creates_job)
                await self.sleep(delay)
                retries += 1
        finally:
            if recording is not None:
                recording.end()
