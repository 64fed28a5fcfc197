"""What the calls of a block said: ``client.capture_responses()``.

Every API request a call makes (one per retry loop: a submission, a poll, a page, a download) is recorded
with its final answer (status, headers, the ``httpx.Response``), the retries it took and the time from its
first attempt to that answer, without a second request. Recording is off unless a block is open: the request
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
from collections.abc import Iterator, Sequence
from typing import overload

import attrs
import httpx

_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "cf-ray")


@attrs.frozen
class CallResponse:
    """One request of a call, as it ended: its final answer, the retries it took and how long it took."""

    method: str
    """The HTTP method, e.g. ``POST``."""
    url: str
    """The URL without its query (a signed result link's query is a credential)."""
    http_response: httpx.Response = attrs.field(repr=False)
    """The final answer (its body already read), for anything not below."""
    retries_taken: int
    """Attempts after the first (0: answered at once)."""
    elapsed: datetime.timedelta
    """From the first attempt to the final answer, retry pauses included (the last exchange alone is
    ``http_response.elapsed``)."""

    @property
    def status_code(self) -> int:
        """The final answer's HTTP status."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The final answer's headers (case-insensitive)."""
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The server's request id when it sent one (``X-Request-Id`` and the like; Krea documents none)."""
        headers = self.http_response.headers
        return next((str(headers[name]) for name in _REQUEST_ID_HEADERS if name in headers), None)

    @property
    def deprecation(self) -> str | None:
        """The ``Deprecation`` header: the model is deprecated (see ``sunset`` and the ``Link`` header)."""
        value: str | None = self.http_response.headers.get("deprecation")
        return value

    @property
    def sunset(self) -> str | None:
        """The ``Sunset`` header: when a deprecated model stops answering."""
        value: str | None = self.http_response.headers.get("sunset")
        return value


class ResponseLog(Sequence[CallResponse]):
    """The requests made inside a ``capture_responses()`` block, in the order they ended."""

    def __init__(self, owner: object) -> None:
        self._owner = owner
        self._entries: list[CallResponse] = []

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


_log: contextvars.ContextVar[ResponseLog | None] = contextvars.ContextVar("krea_response_log", default=None)
_answers: contextvars.ContextVar[list[httpx.Response] | None] = contextvars.ContextVar("krea_answers", default=None)


@contextlib.contextmanager
def capturing(owner: object) -> Iterator[ResponseLog]:
    """Record the requests of ``owner`` (a client's connection family) made inside the block."""
    log = ResponseLog(owner)
    token = _log.set(log)
    try:
        yield log
    finally:
        _log.reset(token)


def active(owner: object) -> ResponseLog | None:
    """The open log that records ``owner``'s requests, or None (recording is off)."""
    log = _log.get()
    return log if log is not None and log._owner is owner else None


def answered(response: httpx.Response) -> None:
    """Called by the gateway with each answer; kept only for a request being recorded."""
    answers = _answers.get()
    if answers is not None:
        answers.append(response)


class Recording:
    """One request being recorded: its attempts' answers, then its entry in the log."""

    def __init__(self, log: ResponseLog, method: str) -> None:
        self.log = log
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
            answer = self._answers[-1]
            url = str(answer.request.url.copy_with(query=None))
            self.log._entries.append(CallResponse(self.method, url, answer, self.retries, elapsed))
