"""Fixtures for the facade's unit tests: respx on a fake base URL, and a kit that drives both clients."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from typing import Any, TypeVar

import pytest
import respx

from krea import AsyncKrea, Krea

BASE = "https://api.test.krea"
KEY = "sk-test-0123456789abcdef"
JOB_ID = "550e8400-e29b-41d4-a716-446655440000"
T = TypeVar("T")


def job(status: str = "queued", **extra: Any) -> dict[str, Any]:
    """A job document as Krea sends it."""
    doc: dict[str, Any] = {
        "job_id": JOB_ID,
        "status": status,
        "created_at": "2026-06-01T09:00:00.000Z",
        "completed_at": None,
        "result": None,
    }
    if status in ("completed", "failed", "cancelled"):
        doc["completed_at"] = "2026-06-01T09:00:07.000Z"
    if status == "completed":
        doc["result"] = {"urls": ["https://gen.krea.ai/images/out.png"]}
    doc.update(extra)
    return doc


class Kit:
    """Builds a sync or async client with a recorded fake sleep, and runs either client's calls."""

    def __init__(self, flavour: str) -> None:
        self.flavour = flavour
        self.sleeps: list[float] = []
        self.loop = asyncio.new_event_loop()
        self.on_sleep: Callable[[int], None] | None = None

    @property
    def is_async(self) -> bool:
        return self.flavour == "async"

    def client(self, **kwargs: Any) -> Any:
        kwargs.setdefault("api_key", KEY)
        kwargs.setdefault("base_url", BASE)
        if self.is_async:

            async def sleep(seconds: float) -> None:
                self.sleeps.append(seconds)
                if self.on_sleep is not None:
                    self.on_sleep(len(self.sleeps))
                await asyncio.sleep(0)

            return AsyncKrea(sleep=sleep, **kwargs)

        def sync_sleep(seconds: float) -> None:
            self.sleeps.append(seconds)
            if self.on_sleep is not None:
                self.on_sleep(len(self.sleeps))

        return Krea(sleep=sync_sleep, **kwargs)

    def run(self, value: Any) -> Any:
        """The result of a call of either client: awaited on the kit's loop when it is a coroutine."""
        if inspect.isawaitable(value):
            return self.loop.run_until_complete(_wrap(value))
        return value

    def collect(self, iterable: Iterable[T] | AsyncIterator[T]) -> list[T]:
        """Everything an iterator of either client yields."""
        if isinstance(iterable, AsyncIterator):
            return self.loop.run_until_complete(_alist(iterable))
        return list(iterable)

    def close(self) -> None:
        self.loop.close()


async def _wrap(value: Awaitable[T]) -> T:
    return await value


async def _alist(iterable: AsyncIterator[T]) -> list[T]:
    return [item async for item in iterable]


@pytest.fixture(params=["sync", "async"])
def kit(request: pytest.FixtureRequest) -> Iterator[Kit]:
    made = Kit(request.param)
    yield made
    made.close()


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        yield router


def held_job(client: Krea | AsyncKrea, doc: dict[str, Any]) -> Any:
    """A job as ``client`` would hold it after reading ``doc`` (a ``Job``, or an ``AsyncJob`` for ``AsyncKrea``)."""
    from krea import AsyncJob, Job

    if isinstance(client, AsyncKrea):
        return AsyncJob(raw=doc, jobs=client.jobs)
    return Job(raw=doc, jobs=client.jobs)
