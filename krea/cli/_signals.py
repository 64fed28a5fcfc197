"""How does ``krea`` take SIGTERM? Like Ctrl-C: a wait cancels its job (unless told not to), says so and exits.

``kill``, ``timeout``, systemd and container runtimes stop a process with SIGTERM; Python's default is to die
on the spot, which would leave a job running (and billed) without a word. Here SIGTERM raises
``Terminated``, a ``KeyboardInterrupt``, so the code that handles Ctrl-C handles it too, and ``krea`` then
exits 143 (128 + SIGTERM), as a process killed by SIGTERM would.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from ._exits import Terminated


class Sigterm:
    """Whether a SIGTERM arrived while ``sigterm_as_interrupt`` was active."""

    def __init__(self) -> None:
        self.received = False
        """True once SIGTERM was received."""

    def handle(self, signum: int, frame: FrameType | None) -> None:
        self.received = True
        raise Terminated


@contextmanager
def sigterm_as_interrupt() -> Iterator[Sigterm]:
    """While inside, SIGTERM raises ``Terminated``; the previous handler is put back afterwards."""
    sigterm = Sigterm()
    try:
        previous = signal.signal(signal.SIGTERM, sigterm.handle)
    except ValueError:  # not the main thread (krea called from a worker thread): signals are not ours to take
        yield sigterm
        return
    try:
        yield sigterm
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextmanager
def sigterm_cancels_task() -> Iterator[Sigterm]:
    """Inside a coroutine: SIGTERM cancels the current task, as ``asyncio.run`` does itself for Ctrl-C.

    Raising ``Terminated`` inside a task instead would leave the task's exception unretrieved, which
    asyncio logs as a traceback. The handler in place before is put back afterwards.
    """
    sigterm = Sigterm()
    import asyncio  # only `krea batch` runs an event loop

    loop, task = asyncio.get_running_loop(), asyncio.current_task()
    previous = signal.getsignal(signal.SIGTERM)

    def cancel() -> None:
        sigterm.received = True
        if task is not None:
            task.cancel()

    try:
        loop.add_signal_handler(signal.SIGTERM, cancel)
    except (NotImplementedError, RuntimeError, ValueError):  # Windows, or not the main thread
        yield sigterm
        return
    try:
        yield sigterm
    finally:
        loop.remove_signal_handler(signal.SIGTERM)
        signal.signal(signal.SIGTERM, previous)
