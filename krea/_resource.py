"""How a resource talks to the API: one call of a generated operation, and paging, for both clients.

A resource method builds the arguments of a generated operation (pure), sends it through ``_request`` (the
only sync/async difference), and converts the answer (pure). Pages are followed through ``next_cursor``,
falling back to ``nextCursor``, which Krea's docs show for ``GET /jobs``.
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._errors import UnexpectedResponseError

if TYPE_CHECKING:
    from ._client import AsyncKrea, Krea

T = TypeVar("T")


def json_body(response: httpx.Response) -> Any:
    """The JSON body of a 2xx answer.

    Raises:
        UnexpectedResponseError: the body is not JSON.
    """
    try:
        return response.json()
    except ValueError:
        raise UnexpectedResponseError(
            f"{response.request.method} {response.request.url.path} answered {response.status_code} with a "
            f"body that is not JSON: {response.content[:200]!r}",
            status_code=response.status_code,
            body=response.content,
        ) from None


def parse_model(model: Any, data: Any, response: httpx.Response) -> Any:
    """``model.from_dict(data)``, with any parsing failure raised as ``UnexpectedResponseError``."""
    try:
        return model.from_dict(data)
    except Exception as exc:
        raise UnexpectedResponseError(
            f"{response.request.url.path}: the answer does not match {model.__name__}: {type(exc).__name__}: {exc}",
            status_code=response.status_code,
            body=response.content,
        ) from exc


def page_parts(data: Any, response: httpx.Response) -> tuple[list[Any], str | None]:
    """The items and the next cursor of a ``{items, next_cursor}`` page."""
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise UnexpectedResponseError(
            f"{response.request.url.path}: expected a page {{items, next_cursor}}, got {response.content[:200]!r}",
            status_code=response.status_code,
            body=response.content,
        )
    cursor = data.get("next_cursor", data.get("nextCursor"))
    return data["items"], cursor if isinstance(cursor, str) and cursor else None


def as_datetime_cursor(cursor: str) -> datetime.datetime:
    """A date-time cursor as the generated operations take it."""
    try:
        return datetime.datetime.fromisoformat(cursor)
    except ValueError:
        raise UnexpectedResponseError(
            f"next_cursor {cursor!r} is not the date-time the spec promises", status_code=200, body=b""
        ) from None


class SyncResource:
    """Base of the sync resources: one generated call at a time, with retries and the injected sleep."""

    def __init__(self, client: Krea) -> None:
        self._client = client

    def _request(self, method: str, path: str, operation: ModuleType, **kwargs: Any) -> httpx.Response:
        generated = self._client._generated

        def call() -> Any:
            return operation.sync_detailed(client=generated, **kwargs)

        _, response = self._client._sender.call(method, path, call, self._client._sleep)
        return response

    def _pages(
        self, fetch: Callable[[str | None], httpx.Response], convert: Callable[[Any, httpx.Response], T]
    ) -> Iterator[T]:
        cursor: str | None = None
        seen: set[str] = set()
        while True:
            response = fetch(cursor)
            items, cursor = page_parts(json_body(response), response)
            for item in items:
                yield convert(item, response)
            if cursor is None or cursor in seen:  # a repeated cursor would loop forever
                return
            seen.add(cursor)


class AsyncResource:
    """Base of the async resources: the twin of ``SyncResource``."""

    def __init__(self, client: AsyncKrea) -> None:
        self._client = client

    async def _request(self, method: str, path: str, operation: ModuleType, **kwargs: Any) -> httpx.Response:
        generated = self._client._generated

        def call() -> Awaitable[Any]:
            result: Awaitable[Any] = operation.asyncio_detailed(client=generated, **kwargs)
            return result

        _, response = await self._client._sender.acall(method, path, call, self._client._sleep)
        return response

    async def _pages(
        self,
        fetch: Callable[[str | None], Awaitable[httpx.Response]],
        convert: Callable[[Any, httpx.Response], T],
    ) -> AsyncIterator[T]:
        cursor: str | None = None
        seen: set[str] = set()
        while True:
            response = await fetch(cursor)
            items, cursor = page_parts(json_body(response), response)
            for item in items:
                yield convert(item, response)
            if cursor is None or cursor in seen:
                return
            seen.add(cursor)
