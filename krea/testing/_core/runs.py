"""What comes next, when a test queues the same thing many times? A queue of runs, not of copies."""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass
class _Run(Generic[T]):
    item: T
    left: int


class RunQueue(Generic[T]):
    """First in, first out, where ``push(item, 1_000_000)`` costs one entry; thread-safe."""

    def __init__(self) -> None:
        self._runs: deque[_Run[T]] = deque()
        self._size = 0
        self._lock = threading.Lock()

    def push(self, item: T, count: int = 1) -> None:
        """Queue ``item`` ``count`` times, after what is already queued."""
        if count <= 0:
            return
        with self._lock:
            self._runs.append(_Run(item, count))
            self._size += count

    def pop(self) -> T | None:
        """The next item, or None when the queue is empty."""
        with self._lock:
            if not self._runs:
                return None
            run = self._runs[0]
            run.left -= 1
            if run.left == 0:
                self._runs.popleft()
            self._size -= 1
            return run.item

    def clear(self) -> None:
        """Forget everything queued."""
        with self._lock:
            self._runs.clear()
            self._size = 0

    def __len__(self) -> int:
        return self._size
