"""The rules of the request path that do not send: ids, webhook headers, the money rule, pages and answers.

``AsyncResource._request`` (``krea/_async/_resource.py``, and its generated sync twin) calls a generated
operation and returns its ``Response`` once it is a readable success; the resource then reads the generated
model in it (``parsed``), and the JSON as sent (``data``) where it keeps a document (for a job, ``parsed`` is
that JSON itself: ``job_operation``). The money rule is here:
for an operation the spec says creates a job, any unclear outcome (no answer, a 5xx, a 2xx without a readable
job) is a ``SubmissionUncertainError``, whichever resource sent it. Pages are followed through the opaque
``next_cursor`` (falling back to ``nextCursor``, which Krea's docs show for ``GET /jobs``), passed back
exactly as the server sent it.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypedDict, TypeVar

import httpx

from ._constants import MAX_EMPTY_PAGES, MAX_ID_LENGTH
from ._errors import UnexpectedResponseError, ValidationError, submission_uncertain, unreadable
from ._job import has_id
from ._json import JSON
from ._spec import job_creating_operations

if TYPE_CHECKING:
    from krea_api.types import Response, Unset

T = TypeVar("T")
Item = TypeVar("Item", covariant=True)


class Page(Protocol[Item]):
    """What every generated page model has: its items and the opaque cursor of the next page."""

    @property
    def items(self) -> Sequence[Item]: ...

    @property
    def next_cursor(self) -> str | Unset | None: ...

    @property
    def additional_properties(self) -> Mapping[str, object]: ...


PageT = TypeVar("PageT", bound="Page[Any]")


def why_unreadable(cause: BaseException | None) -> str:
    if isinstance(cause, RecursionError):
        return "nests too deep to read"
    if isinstance(cause, json.JSONDecodeError | UnicodeDecodeError):
        return "is not JSON"
    return f"does not match the spec ({cause!r:.300})"


def parsed(path: str, response: Response[T]) -> T:
    """The parsed model of a success answer.

    Raises:
        UnexpectedResponseError: the answer had no body to parse.
    """
    if response.parsed is None:
        raise unreadable(response.raw.request.method, path, response.raw, "is empty or not the documented shape")
    return response.parsed


def generated_response(response: httpx.Response, read: Callable[[JSON], T | None]) -> Response[T]:
    """An answer as a generated operation returns it, for an operation krea sends itself: a success's JSON as
    sent (``data``) and as ``read`` makes it (``parsed``); an error status is left to the request path.

    Raises:
        UnreadableResponse: a success whose body is not JSON, or that ``read`` refuses (raises).
    """
    from krea_api.errors import UnreadableResponse
    from krea_api.types import Response

    data: JSON = None
    found: T | None = None
    if 200 <= response.status_code <= 299:
        try:
            data = response.json()
            found = read(data)
        except Exception as error:
            raise UnreadableResponse(response, error) from error
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=found,
        data=data,
        raw=response,
    )


def page_parts(path: str, response: Response[PageT]) -> tuple[PageT, list[JSON], str | None]:
    """The page, its items as sent, and the next cursor (opaque; ``nextCursor`` as Krea's docs show it)."""
    page = parsed(path, response)
    raw_items = response.data.get("items") if isinstance(response.data, dict) else None
    if not isinstance(raw_items, list) or len(raw_items) != len(page.items):
        raise unreadable("GET", path, response.raw, "is not a page {items, next_cursor}")
    cursor: object = page.next_cursor
    if not isinstance(cursor, str):
        cursor = page.additional_properties.get("nextCursor")
    return page, raw_items, cursor if isinstance(cursor, str) and cursor else None


def check_id(what: str, value: object) -> str:
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
    if _CONTROL.search(value):
        raise ValidationError(f"{what} {value[:80]!r} contains control characters")
    if not value.strip("."):  # "." and ".." are path segments: httpx would send DELETE /jobs or DELETE /
        raise ValidationError(f"{what} {value!r} is not an id")
    return value


class MoneyRule:
    """The money rule around one call of an operation: for one the spec says creates a job, any unclear
    outcome, a 2xx answer without a readable job included, is a ``SubmissionUncertainError`` (the job most
    likely exists), never a parse error.

    Use it as ``with MoneyRule(...) as rule: rule.checked(<send>)``; the sync and async resources differ only
    in how they send.
    """

    def __init__(self, path: str, operation: Callable[..., object], now: Callable[[], datetime.datetime]) -> None:
        self.path = path
        self.creates = creates_job(operation, path)
        """Whether the spec says this operation can create a billable job."""
        self.submitted_at = now() if self.creates else None
        """When a job-creating call began (a ``SubmissionUncertainError``'s ``search_from``); None for others."""

    def __enter__(self) -> MoneyRule:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        if self.creates and isinstance(exc, UnexpectedResponseError):
            assert self.submitted_at is not None  # set for every job-creating call
            # The uncertain message says "POST <path> answered <status>" itself: keep only what was wrong.
            why = str(exc).removeprefix(f"POST {self.path} answered {exc.status_code} with ")
            raise submission_uncertain(self.path, why, self.submitted_at, answered=exc.status_code) from exc

    def checked(self, response: Response[T]) -> Response[T]:
        """``response``, once a job-creating operation's answer is known to be its job (an object with an id)
        or a non-empty list of them, exactly as sent: anything else is raised inside this rule, so it becomes a
        ``SubmissionUncertainError``."""
        if self.creates:
            found, sent = response.parsed, response.data
            if isinstance(found, list) != isinstance(sent, list):
                raise unreadable("POST", self.path, response.raw, "is not the job (or list of jobs) the spec says")
            jobs = found if isinstance(found, list) else [found]
            items = sent if isinstance(sent, list) else [sent]
            if not jobs:
                raise unreadable("POST", self.path, response.raw, "is an empty list of jobs")
            for job, item in zip(jobs, items, strict=True):
                if not isinstance(item, dict) or not has_id(job):
                    raise unreadable("POST", self.path, response.raw, "holds no job with an id")
        return response


def webhook_header(url: str | None) -> dict[str, str]:
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


_CONTROL = re.compile("[\x00-\x1f\x7f]")
"""A control character, which no id holds."""

_ID_NAMES = {"jobs": "job id", "assets": "asset id", "styles": "style id", "node-apps": "node app id"}


def check_path_ids(path: str, kwargs: Mapping[str, object]) -> None:
    """Check every path id of a call (``id``, ``node_app_id``) before anything is sent; see ``check_id``."""
    for key in ("id", "node_app_id"):
        if key in kwargs:
            check_id(_ID_NAMES.get(path.split("/")[1], key.replace("_", " ")), kwargs[key])


def creates_job(operation: Callable[..., object], path: str | None = None) -> bool:
    """Whether the spec says this generated operation (its ``sync_detailed`` or ``asyncio_detailed``) can
    create a billable job, or it is sent to ``path`` under ``/generate/``."""
    if operation.__module__.rsplit(".", 1)[-1] in job_creating_operations():
        return True
    # ``client.generate(..., validate=False)`` posts to endpoints newer than the bundled spec, which has no
    # operation id for them: every POST under /generate/ may create a paid job (the spec has no other method).
    return path is not None and path.startswith("/generate/")


class PageArguments(TypedDict, total=False):
    """The paging arguments of a generated listing operation (none on the first page)."""

    cursor: str
    limit: int


def cursor_argument(cursor: str | None) -> PageArguments:
    """The generated listing's ``cursor`` argument: none on the first page."""
    return {"cursor": cursor} if cursor else {}


class Pager:
    """The pure part of paging: which cursor comes next, and when a server's pages are not going anywhere."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.seen: set[str] = set()
        self.empty_in_a_row = 0

    def next_cursor(self, items: Sequence[object], cursor: str | None) -> str | None:
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
