"""How long a socket operation may take: every read, write and connect cut to the time left of the exchange.

httpx's timeouts apply to each socket operation on its own, so a server that sends its headers (or its body)
one byte at a time resets them forever. The httpx clients krea makes itself get this network backend: while
an API exchange runs (``bounded(ends)``), each operation is given at most the time left until ``ends``, and
one that would start after it fails at once, so the whole exchange ends in time whatever the server does.
"""

from __future__ import annotations

import contextlib
import contextvars
import math
import ssl
import time
import typing
from collections.abc import Iterable, Iterator

import httpcore
import httpx

_ends: contextvars.ContextVar[float | None] = contextvars.ContextVar("krea_exchange_ends", default=None)
_Option = typing.Any  # httpcore's SOCKET_OPTION


@contextlib.contextmanager
def bounded(ends: float) -> Iterator[None]:
    """Within this block, socket operations end by the monotonic instant ``ends``."""
    token = _ends.set(ends)
    try:
        yield
    finally:
        _ends.reset(token)


def _cap(timeout: float | None, timed_out: type[Exception]) -> float | None:
    ends = _ends.get()
    if ends is None or ends == math.inf:  # no bound (timeout=None outside a wait): httpx's own timeouts
        return timeout
    left = ends - time.monotonic()
    if left <= 0:
        raise timed_out("the exchange used up its time")
    return left if timeout is None else min(timeout, left)


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _cap(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _cap(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, _cap(timeout, httpcore.ConnectTimeout)))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[_Option] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(
            host, port, _cap(timeout, httpcore.ConnectTimeout), local_address, socket_options
        )
        return _Stream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[_Option] | None = None
    ) -> httpcore.NetworkStream:
        return _Stream(self._inner.connect_unix_socket(path, _cap(timeout, httpcore.ConnectTimeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _AsyncStream(httpcore.AsyncNetworkStream):
    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, _cap(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._inner.write(buffer, _cap(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        inner = await self._inner.start_tls(ssl_context, server_hostname, _cap(timeout, httpcore.ConnectTimeout))
        return _AsyncStream(inner)

    def get_extra_info(self, info: str) -> typing.Any:
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
        socket_options: Iterable[_Option] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        cap = _cap(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._inner.connect_tcp(host, port, cap, local_address, socket_options))

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[_Option] | None = None
    ) -> httpcore.AsyncNetworkStream:
        cap = _cap(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._inner.connect_unix_socket(path, cap, socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def _transports(client: httpx.Client | httpx.AsyncClient) -> list[typing.Any]:
    # A client krea made itself: its default transport, and those httpx mounted for proxies from the
    # environment (HTTPS_PROXY...), which a transport= argument would have switched off.
    return [client._transport, *(t for t in client._mounts.values() if t is not None)]


def bounded_client() -> httpx.Client:
    """A new ``httpx.Client`` whose connections use the bounded backend."""
    client = httpx.Client()
    for transport in _transports(client):
        pool = transport._pool
        pool._network_backend = _Backend(pool._network_backend)
    return client


def bounded_async_client() -> httpx.AsyncClient:
    """A new ``httpx.AsyncClient`` whose connections use the bounded backend."""
    client = httpx.AsyncClient()
    for transport in _transports(client):
        pool = transport._pool
        pool._network_backend = _AsyncBackend(pool._network_backend)
    return client
