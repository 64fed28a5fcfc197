"""How long a socket operation may take: every read, write and connect cut to the time left of the exchange.

httpx's timeouts apply to each socket operation on its own, so a server that sends its headers (or its body)
one byte at a time resets them forever. The httpx clients krea makes itself get this network backend: while
an API exchange runs (``bounded(ends)``), each operation is given at most the time left until ``ends``, and
one that would start after it fails at once, so the whole exchange ends in time whatever the server does.
"""

from __future__ import annotations

import contextvars
import math
import select
import sys
import time
from typing import Protocol, TypeVar

import httpx

_ends: contextvars.ContextVar[float | None] = contextvars.ContextVar("krea_exchange_ends", default=None)
TransportT = TypeVar("TransportT", httpx.HTTPTransport, httpx.AsyncHTTPTransport)


class bounded:  # lower case: used like the function it was, ``with bounded(ends):``
    """Within this block, socket operations end by the monotonic instant ``ends``.

    A class rather than a ``contextlib.contextmanager`` generator: it runs around every exchange.
    """

    __slots__ = ("_ends", "_token")

    def __init__(self, ends: float) -> None:
        self._ends = ends

    def __enter__(self) -> None:
        self._token = _ends.set(self._ends)

    def __exit__(self, *exc: object) -> None:
        _ends.reset(self._token)


def cap(timeout: float | None, timed_out: type[Exception]) -> float | None:
    ends = _ends.get()
    if ends is None or ends == math.inf:  # no bound (timeout=None outside a wait): httpx's own timeouts
        return timeout
    left = ends - time.monotonic()
    if left <= 0:
        raise timed_out("the exchange used up its time")
    return left if timeout is None else min(timeout, left)


class Descriptor(Protocol):
    """A connection's socket as its stream gives it (a ``socket.socket``, or asyncio's ``TransportSocket``)."""

    def fileno(self) -> int: ...


def readable(sock: Descriptor) -> bool:
    """Whether ``sock`` has data (or its end) to read now, as httpcore reads it of an idle pooled connection:
    readable means the server closed it (or sent something unasked), so the pool drops it. A closed socket
    counts as readable."""
    fd = sock.fileno()
    if fd < 0:
        return True
    if sys.platform == "win32" or not hasattr(select, "poll"):
        ready, _, _ = select.select([fd], [], [], 0)
        return bool(ready)
    poll = select.poll()
    poll.register(fd, select.POLLIN)
    return bool(poll.poll(0))


def transports(client: httpx.Client | httpx.AsyncClient, kind: type[TransportT]) -> list[TransportT]:
    """The transports of a client krea made itself: its default one, and those httpx mounted for proxies from
    the environment (HTTPS_PROXY...), which a transport= argument would have switched off.

    Raises:
        TypeError: one of them is not a ``kind`` (httpx changed what a new client holds).
    """
    found = [client._transport, *(t for t in client._mounts.values() if t is not None)]
    wrong = [type(t).__name__ for t in found if not isinstance(t, kind)]
    if wrong:
        raise TypeError(f"a new httpx client holds transports krea cannot bound: {', '.join(wrong)}")
    return [t for t in found if isinstance(t, kind)]
