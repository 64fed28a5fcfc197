"""What the sync facade does differently from the async one, written by hand in each flavour.

Everything else in ``krea/_sync/`` is generated from ``krea/_async/`` (``scripts/unasync.py``); see
``krea/_async/_flavour.py`` for what each name means there.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")

Sleep = Callable[[float], None]
"""How a client pauses between polls and retries (tests inject a fake clock)."""

INTERRUPTS: tuple[type[BaseException], ...] = (KeyboardInterrupt,)
"""What interrupts a wait (and cancels its job while it can be): Ctrl-C."""

default_sleep = time.sleep


def run_limited(calls: Iterable[Callable[[], T]], limit: int) -> list[T]:
    """Every call's result, in order, one after the other (``limit`` is for the async flavour)."""
    return [call() for call in calls]


def exchange_limit(bounded_sockets: bool, ends: float, now: float) -> contextlib.AbstractContextManager[None]:
    """Nothing: a sync exchange is bounded by its sockets (krea's own client) or by httpx's per-read timeouts
    cut to the time left and the reader's check between chunks (a caller's own ``http_client``), so it never
    raises ``ExchangeTimedOut``."""
    return contextlib.nullcontext()
