"""What the async facade does differently from the sync one, written by hand in each flavour.

Everything else in ``krea/_async/`` is the source of ``krea/_sync/`` (``scripts/unasync.py``); these few
lines are what token substitution cannot say: how to pause, how to run several calls at once, which
exceptions interrupt a wait, and how a whole exchange on a caller's own httpx client is bounded.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from typing import TypeVar

from .._http import ExchangeTimedOut

T = TypeVar("T")

Sleep = Callable[[float], Awaitable[None]]
"""How a client pauses between polls and retries (tests inject a fake clock)."""

INTERRUPTS: tuple[type[BaseException], ...] = (KeyboardInterrupt, asyncio.CancelledError)
"""What interrupts a wait (and cancels its job while it can be): Ctrl-C, or cancelling the task."""


async def default_sleep(seconds: float) -> None:
    """``asyncio.sleep``."""
    await asyncio.sleep(seconds)


async def run_limited(calls: Iterable[Callable[[], Awaitable[T]]], limit: int) -> list[T]:
    """Every call's result, in order, with at most ``limit`` of them running at once."""
    gate = asyncio.Semaphore(limit)

    async def one(call: Callable[[], Awaitable[T]]) -> T:
        async with gate:
            return await call()

    return list(await asyncio.gather(*(one(call) for call in calls)))


@contextlib.asynccontextmanager
async def exchange_limit(bounded_sockets: bool, ends: float, now: float) -> AsyncIterator[None]:
    """The whole exchange under ``asyncio.timeout`` when its sockets are not bounded (a caller's own
    ``http_client``); nothing more when they are.

    Raises:
        ExchangeTimedOut: this limit expired (a ``TimeoutError`` raised by the caller's transport itself
            passes through unchanged).
    """
    if bounded_sockets or ends == math.inf:
        yield
        return
    limit = asyncio.timeout(max(ends - now, 0.0))
    try:
        async with limit:
            yield
    except TimeoutError:
        if limit.expired():
            raise ExchangeTimedOut from None
        raise
