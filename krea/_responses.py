"""What the calls of a block said: ``client.capture_responses()``.

Every API request a call makes (one per retry loop: a submission, a poll, a page, a download) is recorded
with its final answer (status, headers, body), the retries it took and the time from its first attempt to that
answer, without a second request. Recording is off unless a block is open: the request
path then pays one context-variable read per request.

Why a block rather than ``client.with_raw_response.image(...)``: one call here is often several requests (a
``subscribe`` is a submission and its polls, a listing is its pages, a file input is an upload first), some
calls return nothing or an iterator, and the typed overloads per model stay one set instead of two.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import overload

import attrs
import httpx

_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "cf-ray")


class Headers(Mapping[str, str]):
    """An answer's headers, read-only; names are looked up in any case (a name sent twice: values joined
    with ``", "``)."""

    def __init__(self, items: Iterable[tuple[str, str]]) -> None:
        merged: dict[str, str] = {}
        for name, value in items:
            key = name.lower()
            merged[key] = f"{merged[key]}, {value}" if key in merged else value
        self._items = merged

    def __getitem__(self, name: str) -> str:
        return self._items[name.lower()]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._items

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"Headers({self._items!r})"


@attrs.frozen
class CallResponse:
    """One request of a call, as it ended: its final answer, the retries it took and how long it took."""

    method: str
    """The HTTP method, e.g. ``POST``."""
    url: str
    """The URL without its query (a signed result link's query is a credential)."""
    status_code: int
    """The final answer's HTTP status."""
    headers: Headers
    """The final answer's headers (any case: ``headers["Deprecation"]``, ``headers.get("x-request-id")``)."""
    content: bytes | None = attrs.field(repr=False)
    """The final answer's body as received, for an API answer; None for a result file (streamed to you or to
    disk, never kept)."""
    http_version: str
    """``HTTP/1.1``, ``HTTP/2``."""
    retries_taken: int
    """Attempts after the first (0: answered at once)."""
    elapsed: datetime.timedelta
    """From the first attempt to the final answer, retry pauses included."""

    @property
    def request_id(self) -> str | None:
        """The server's request id when it sent one (``X-Request-Id`` and the like; Krea documents none)."""
        return next((self.headers[name] for name in _REQUEST_ID_HEADERS if name in self.headers), None)

    @property
    def deprecation(self) -> str | None:
        """The ``Deprecation`` header: the model is deprecated (see ``sunset`` and the ``Link`` header)."""
        return self.headers.get("deprecation")

    @property
    def sunset(self) -> str | None:
        """The ``Sunset`` header: when a deprecated model stops answering."""
        return self.headers.get("sunset")

    @classmethod
    def of(cls, method: str, answer: httpx.Response, retries: int, elapsed: datetime.timedelta) -> CallResponse:
        """The entry for ``answer`` (the query of its URL dropped; the body kept only if it was read)."""
        try:
            content: bytes | None = answer.content
        except httpx.ResponseNotRead:  # a result file: streamed, not kept
            content = None
        return cls(
            method,
            str(answer.request.url.copy_with(query=None)),
            answer.status_code,
            Headers(answer.headers.multi_items()),
            content,
            answer.http_version,
            retries,
            elapsed,
        )


class ResponseLog(Sequence[CallResponse]):
    """The requests made inside a ``capture_responses()`` block, in the order they ended."""

    def __init__(self, owner: object) -> None:
        self._owner = owner
        self._entries: list[CallResponse] = []
        self._closed = False

    @property
    def last(self) -> CallResponse:
        """The request that ended last (for one call of one request, its only one).

        Raises:
            LookupError: no request got an answer in the block.
        """
        if not self._entries:
            raise LookupError("no API request got an answer inside this capture_responses() block")
        return self._entries[-1]

    @overload
    def __getitem__(self, index: int) -> CallResponse: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[CallResponse]: ...
    def __getitem__(self, index: int | slice) -> CallResponse | Sequence[CallResponse]:
        return self._entries[index]

    def __len__(self) -> int:
        return len(self._entries)

    def __repr__(self) -> str:
        shown = ", ".join(f"{entry.method} {entry.url} {entry.status_code}" for entry in self._entries[-5:])
        return f"ResponseLog({len(self._entries)} requests{': …, ' if len(self) > 5 else ': ' if self else ''}{shown})"


_logs: contextvars.ContextVar[tuple[ResponseLog, ...]] = contextvars.ContextVar("krea_response_logs", default=())
_answers: contextvars.ContextVar[list[httpx.Response] | None] = contextvars.ContextVar("krea_answers", default=None)


@contextlib.contextmanager
def capturing(owner: object) -> Iterator[ResponseLog]:
    """Record the requests of ``owner`` (a client's connection family) made inside the block."""
    log = ResponseLog(owner)
    token = _logs.set((*_logs.get(), log))  # blocks nest: each open one records its client's requests
    try:
        yield log
    finally:
        _logs.reset(token)
        log._closed = True  # a task started in the block that outlives it records no more into it


def active(owner: object) -> tuple[ResponseLog, ...]:
    """The open logs that record ``owner``'s requests (none: recording is off)."""
    logs = _logs.get()
    return tuple(log for log in logs if log._owner is owner) if logs else ()


def answered(response: httpx.Response) -> None:
    """Called by the gateway with each answer; kept only for a request being recorded."""
    answers = _answers.get()
    if answers is not None:
        answers.append(response)


class Recording:
    """One request being recorded: its attempts' answers, then its entry in the log."""

    def __init__(self, logs: tuple[ResponseLog, ...], method: str) -> None:
        self.logs = logs
        self.method = method.upper()
        self.retries = 0
        self._started = time.monotonic()
        self._answers: list[httpx.Response] = []
        self._token = _answers.set(self._answers)

    def attempt(self, retries: int) -> None:
        """A new attempt starts: only its answer can be the final one."""
        self.retries = retries
        self._answers.clear()

    def end(self) -> None:
        """Record the final answer, if the request got one (one that ended in a transport error has none)."""
        _answers.reset(self._token)
        if self._answers:
            elapsed = datetime.timedelta(seconds=time.monotonic() - self._started)
            entry = CallResponse.of(self.method, self._answers[-1], self.retries, elapsed)
            for log in self.logs:
                if not log._closed:
                    log._entries.append(entry)
