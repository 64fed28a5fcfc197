"""The bounded network backend of krea's own ``httpx.AsyncClient`` (see ``krea/_sockets.py`` for the rule)."""

from __future__ import annotations

import ssl
from collections.abc import Iterable

import httpcore
import httpx

from .._http import USER_AGENT
from .._sockets import Descriptor, readable, transports
from .._sockets import cap as capped


class _AsyncStream(httpcore.AsyncNetworkStream):
    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner
        self._socket: Descriptor | None = None
        """The connection's socket, once asked for."""

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, capped(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._inner.write(buffer, capped(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        inner = await self._inner.start_tls(ssl_context, server_hostname, capped(timeout, httpcore.ConnectTimeout))
        return _AsyncStream(inner)

    def get_extra_info(self, info: str) -> object:
        if info == "is_readable":
            # httpcore's pool asks this of every idle connection each time a request comes or goes; anyio's
            # answer builds a dict of the stream's attributes every time. The same check on the socket itself.
            if self._socket is None:
                found = self._inner.get_extra_info("socket")
                if not callable(getattr(found, "fileno", None)):  # a stream without a socket answers itself
                    return self._inner.get_extra_info(info)
                self._socket = found
            return readable(self._socket)
        return self._inner.get_extra_info(info)


class _AsyncBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, inner: httpcore.AsyncNetworkBackend) -> None:
        self._inner = inner

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        cap = capped(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._inner.connect_tcp(host, port, cap, local_address, socket_options))

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None
    ) -> httpcore.AsyncNetworkStream:
        cap = capped(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._inner.connect_unix_socket(path, cap, socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def bounded_async_client() -> httpx.AsyncClient:
    """A new ``httpx.AsyncClient`` whose connections use the bounded backend, sending krea's User-Agent."""
    client = httpx.AsyncClient(headers={"user-agent": USER_AGENT})
    for transport in transports(client, httpx.AsyncHTTPTransport):
        pool = transport._pool
        pool._network_backend = _AsyncBackend(pool._network_backend)
    return client
