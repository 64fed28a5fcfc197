"""How a resource talks to the API: one call of a generated operation, and paging, for both clients.

A resource method builds the arguments of a generated operation (pure), sends it through ``_request`` (the
only sync/async difference), and converts the answer (pure). ``_request`` is also where the money rule lives:
for an operation the spec says creates a job, any unclear outcome (no answer, a 5xx, a 2xx without a readable
job) is a ``SubmissionUncertainError``, whichever resource sent it. Pages are followed through the opaque
``next_cursor`` (falling back to ``nextCursor``, which Krea's docs show for ``GET /jobs``), passed back
exactly as the server sent it.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._constants import MAX_EMPTY_PAGES, MAX_ID_LENGTH
from ._errors import UnexpectedResponseError, ValidationError
from ._http import uncertain
from ._spec import job_creating_operations

if TYPE_CHECKING:
    from ._client import AsyncKrea, Krea

T = TypeVar("T")


def json_body(response: httpx.Response) -> Any:
    """The JSON body of a 2xx answer.

    Raises:
        UnexpectedResponseError: the body is not JSON (or nests too deep to read).
    """
    try:
        return response.json()
    except (ValueError, RecursionError) as exc:
        what = "nests too deep to read" if isinstance(exc, RecursionError) else "is not JSON"
        raise UnexpectedResponseError(
            f"{response.request.method} {response.request.url.path} answered {response.status_code} with a "
            f"body that {what}: {response.content[:200]!r}",
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
    """The items and the next cursor of a ``{items, next_cursor}`` page; the cursor is opaque."""
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise UnexpectedResponseError(
            f"{response.request.url.path}: expected a page {{items, next_cursor}}, got {response.content[:200]!r}",
            status_code=response.status_code,
            body=response.content,
        )
    cursor = data.get("next_cursor", data.get("nextCursor"))
    return data["items"], cursor if isinstance(cursor, str) and cursor else None


def check_id(what: str, value: Any) -> str:
    """A path id as the caller gave it, refused before sending when it is certainly a mistake.

    Raises:
        ValidationError: not a string, empty, with surrounding whitespace or control characters, or too long
            (an empty id would turn ``GET /jobs/{id}`` into ``GET /jobs/``, the listing).
    """
    if not isinstance(value, str):
        raise ValidationError(f"{what} must be a string, got {type(value).__name__}")
    if not value:
        raise ValidationError(f"{what} is empty")
    if value != value.strip():
        raise ValidationError(f"{what} {value[:80]!r} has surrounding whitespace")
    if len(value) > MAX_ID_LENGTH:
        raise ValidationError(f"{what} is {len(value)} characters long; Krea's ids are at most {MAX_ID_LENGTH}")
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in value):
        raise ValidationError(f"{what} {value[:80]!r} contains control characters")
    if not value.strip("."):  # "." and ".." are path segments: httpx would send DELETE /jobs or DELETE /
        raise ValidationError(f"{what} {value!r} is not an id")
    return value


class MoneyRule:
    """The money rule around one call of an operation: for one the spec says creates a job, a 2xx answer
    without a readable job is a ``SubmissionUncertainError`` (the job most likely exists), never a parse error.

    Use it as ``with MoneyRule(...) as rule: response = <send>`` then ``rule.checked(response)``; the sync and
    async resources differ only in how they send.
    """

    def __init__(self, path: str, operation: ModuleType, now: Callable[[], datetime.datetime]) -> None:
        self.path = path
        self.creates = creates_job(operation)
        """Whether the spec says this operation can create a billable job."""
        self.submitted_at = now()

    def __enter__(self) -> MoneyRule:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        if self.creates and isinstance(exc, UnexpectedResponseError):
            raise uncertain(self.path, str(exc), self.submitted_at, answered=exc.status_code) from exc

    def checked(self, response: httpx.Response) -> httpx.Response:
        """``response``, once a job-creating operation's answer is known to carry at least one job."""
        if self.creates:
            from ._jobs import job_documents

            with self:
                if not job_documents(response):
                    raise UnexpectedResponseError(
                        f"{self.path} answered an empty list of jobs",
                        status_code=response.status_code,
                        body=response.content,
                    )
        return response


def webhook_header(url: str | None) -> dict[str, Any]:
    """The generated ``x_webhook_url`` argument, refused before sending unless it is a plain http(s) URL.

    It travels as a header, so a CR, LF or any character outside printable ASCII would be refused by the HTTP
    library only once the request is being written; it is refused here, before anything is sent.
    """
    if url is None:
        return {}
    if not isinstance(url, str):
        raise ValidationError(f"webhook_url must be a string, got {type(url).__name__}")
    if any(not 32 < ord(ch) < 127 for ch in url):
        raise ValidationError(
            f"webhook_url {url[:100]!r} contains whitespace, control or non-ASCII characters; percent-encode them"
        )
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise ValidationError(f"webhook_url {url[:100]!r} is not a URL: {exc}") from None
    if parsed.scheme not in ("https", "http") or not parsed.host:
        raise ValidationError(f"webhook_url must be an http(s) URL with a host, got {url[:100]!r}")
    return {"x_webhook_url": url}


_ID_NAMES = {"jobs": "job id", "assets": "asset id", "styles": "style id", "node-apps": "node app id"}


def check_path_ids(path: str, kwargs: dict[str, Any]) -> None:
    """Check every path id of a call (``id``, ``node_app_id``) before anything is sent; see ``check_id``."""
    for key in ("id", "node_app_id"):
        if key in kwargs:
            check_id(_ID_NAMES.get(path.split("/")[1], key.replace("_", " ")), kwargs[key])


def creates_job(operation: ModuleType) -> bool:
    """Whether the spec says this generated operation can create a billable job."""
    return operation.__name__.rsplit(".", 1)[-1] in job_creating_operations()


class _Pager:
    """The pure part of paging: which cursor comes next, and when a server's pages are not going anywhere."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.seen: set[str] = set()
        self.empty_in_a_row = 0

    def next_cursor(self, items: list[Any], cursor: str | None) -> str | None:
        """The cursor to send next, or None when the listing is over.

        Raises:
            UnexpectedResponseError: the server keeps sending empty pages with new cursors.
        """
        if cursor is None or cursor in self.seen:  # a repeated cursor would loop forever
            return None
        self.seen.add(cursor)
        self.empty_in_a_row = 0 if items else self.empty_in_a_row + 1
        if self.empty_in_a_row >= MAX_EMPTY_PAGES:
            raise UnexpectedResponseError(
                f"GET {self.path} sent {self.empty_in_a_row} empty pages in a row, each with a new next_cursor; "
                "stopping (the server's paging is broken)",
                status_code=200,
                body=json.dumps({"items": [], "next_cursor": cursor}).encode(),
            )
        return cursor


class SyncResource:
    """Base of the sync resources: one generated call at a time, with retries and the injected sleep."""

    def __init__(self, client: Krea) -> None:
        self._client = client

    def _request(self, method: str, path: str, operation: ModuleType, **kwargs: Any) -> httpx.Response:
        check_path_ids(path, kwargs)
        generated, sender = self._client._generated, self._client._sender

        def call() -> Any:
            return operation.sync_detailed(client=generated, **kwargs)

        with MoneyRule(path, operation, sender.now) as rule:
            _, response = sender.call(method, path, call, self._client._sleep, creates_job=rule.creates)
        return rule.checked(response)

    def _pages(
        self,
        path: str,
        fetch: Callable[[str | None], httpx.Response],
        convert: Callable[[Any, httpx.Response], T],
    ) -> Iterator[T]:
        pager = _Pager(path)
        cursor: str | None = None
        while True:
            response = fetch(cursor)
            items, sent = page_parts(json_body(response), response)
            for item in items:
                yield convert(item, response)
            cursor = pager.next_cursor(items, sent)
            if cursor is None:
                return


class AsyncResource:
    """Base of the async resources: the twin of ``SyncResource``."""

    def __init__(self, client: AsyncKrea) -> None:
        self._client = client

    async def _request(self, method: str, path: str, operation: ModuleType, **kwargs: Any) -> httpx.Response:
        check_path_ids(path, kwargs)
        generated, sender = self._client._generated, self._client._sender

        def call() -> Awaitable[Any]:
            result: Awaitable[Any] = operation.asyncio_detailed(client=generated, **kwargs)
            return result

        with MoneyRule(path, operation, sender.now) as rule:
            _, response = await sender.acall(method, path, call, self._client._sleep, creates_job=rule.creates)
        return rule.checked(response)

    async def _pages(
        self,
        path: str,
        fetch: Callable[[str | None], Awaitable[httpx.Response]],
        convert: Callable[[Any, httpx.Response], T],
    ) -> AsyncIterator[T]:
        pager = _Pager(path)
        cursor: str | None = None
        while True:
            response = await fetch(cursor)
            items, sent = page_parts(json_body(response), response)
            for item in items:
                yield convert(item, response)
            cursor = pager.next_cursor(items, sent)
            if cursor is None:
                return
