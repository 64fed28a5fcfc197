"""How a request reaches Krea: the gateway that builds, bounds and checks every exchange, and the retry loop.

Every API call is a call of a generated ``krea_api`` operation function, which sends through a gateway
(``krea/_async/_transport.py`` and its sync twin, handed to the generated client in place of an httpx
client), built on ``GatewayBase`` here. The gateway builds each request itself from the
settings (URL, key, headers, timeout), so the caller's own ``http_client`` is used to send but never changed;
it bounds every exchange by the time left and every API answer by size, and hands the answer back whatever
its status. The generated function parses it only on success (krea's templates, ``openapi/templates/``); the
request path in ``_resource`` turns an error status into its typed error, and ``Sender`` here decides, with
the pure policy in ``_retry``, whether to try again. Nothing here sends or sleeps.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime
import logging
import math
import os
import sys
import time
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

import attrs
import httpx

from ._config import NotGiven, Settings
from ._constants import MAX_ERROR_BODY_BYTES, MAX_RESPONSE_BYTES
from ._errors import (
    APIStatusError,
    APITimeoutError,
    KreaDeprecationWarning,
    KreaError,
    SubmissionUncertainError,
    UnexpectedResponseError,
    ValidationError,
    connection_failed,
    deprecation_message,
    marks_deprecated,
    submission_uncertain,
    too_large,
)
from ._options import CallOptions
from ._options import current as current_options
from ._options import outside as outside_options
from ._responses import answered
from ._retry import Attempt, Failure, RetryPolicy, is_uncertain_submission
from ._version import __version__

log = logging.getLogger("krea")
T = TypeVar("T")

USER_AGENT = f"krea-python/{__version__}"


class ExchangeTimedOut(Exception):
    """Internal: a flavour's limit on a whole exchange over a caller's own ``http_client`` expired
    (``ExchangeLimit``: ``asyncio.timeout``, or the sync watchdog that cut the connection)."""


class RetryPastDeadline(KreaError):
    """Internal to a wait: a retry was due but its pause would pass the wait's deadline.

    Only raised inside ``deadline()``, which only waits use; the wait turns it into its ``JobTimeoutError``
    (so ``cancel_on_timeout`` applies), with ``error`` as what stopped the last request.
    """

    def __init__(self, error: KreaError, pause: float) -> None:
        super().__init__(f"{error} (a retry was due in {pause:g}s, past the deadline)")
        self.error = error
        self.pause = pause


_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar("krea_deadline", default=None)


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Within this block, nothing may outlive ``seconds`` from now: each whole exchange and each retry pause
    is cut to the time left, so a wait is bounded whatever the server does (drip-fed bodies, long
    ``Retry-After``, no answer at all)."""
    token = _deadline.set(time.monotonic() + seconds)
    try:
        yield
    finally:
        _deadline.reset(token)


def isolated(callback: Callable[[T], object] | None) -> Callable[[T], object] | None:
    """``callback`` run outside the call in progress: a request it makes (with any client) is cut neither to
    this wait's deadline nor given this call's options."""
    if callback is None:
        return None

    def run(value: T) -> object:
        token = _deadline.set(None)
        try:
            with outside_options():
                return callback(value)
        finally:
            _deadline.reset(token)

    return run


def time_left() -> float | None:
    """Seconds left before the enclosing ``deadline``, or None outside one."""
    ends = _deadline.get()
    return None if ends is None else ends - time.monotonic()


_ahead: contextvars.ContextVar[bool] = contextvars.ContextVar("krea_ahead", default=False)


@contextlib.contextmanager
def ahead() -> Iterator[None]:
    """Within this block, requests wait for a ``max_in_flight`` slot ahead of the others: the watcher's
    reads, each one for many waits, which must not queue behind a flood of submissions (a ``gather`` of
    5,000 ``subscribe`` calls queues them all at once). There are at most ten such rounds a second, so the
    others are not starved either."""
    token = _ahead.set(True)
    try:
        yield
    finally:
        _ahead.reset(token)


def goes_ahead() -> bool:
    """Whether the request being made goes ahead of the queue (see ``ahead``)."""
    return _ahead.get()


def queued_past_deadline(method: str, url: str, limit: int) -> APITimeoutError:
    """The error of a request that was still waiting for one of its client's slots when the deadline passed."""
    path = shown(url)
    return APITimeoutError(
        f"{method.upper()} {path} was not sent: it was still waiting for one of the client's {limit} request "
        "slots (max_in_flight) when the deadline passed",
        method=method.upper(),
        url=path,
    )


_DEFAULT_PORTS = {"http": 80, "https": 443}
_MIN_BUDGET = 0.05
"""The least time a request is given, so a deadline that has just passed still gets one quick try."""


def origin(url: httpx.URL) -> tuple[str, str, int | None]:
    """Scheme, host and port, normalised (so ``https://API.krea.ai:443`` is ``https://api.krea.ai``)."""
    return url.scheme, url.host.lower(), url.port or _DEFAULT_PORTS.get(url.scheme)


_INTERNAL_PACKAGES = ("krea", "krea_api", "httpx", "httpcore")


def _caller_stacklevel() -> int:
    """The ``stacklevel`` of the first frame outside krea, the generated client and httpx: the user's line."""
    internal = tuple(
        os.path.dirname(module.__file__) + os.sep
        for module in map(sys.modules.get, _INTERNAL_PACKAGES)
        if module is not None and module.__file__
    )
    frame, level = sys._getframe(1), 1
    while frame.f_back is not None and frame.f_code.co_filename.startswith(internal):
        frame, level = frame.f_back, level + 1
    return level


@attrs.frozen
class Exchange:
    """One request as built, with the monotonic instant its whole exchange must be over by (inf: none)."""

    request: httpx.Request
    ends: float


class Reader:
    """Collects a response body chunk by chunk, enforcing the exchange's end and the size limit."""

    def __init__(self, response: httpx.Response, ends: float) -> None:
        self.response = response
        self.ends = ends
        self.error = response.status_code >= 400
        # Error bodies are only read for their message: keep the start, never fail over their size.
        self.limit = MAX_ERROR_BODY_BYTES if self.error else MAX_RESPONSE_BYTES
        self.chunks: list[bytes] = []
        self.size = 0
        declared = response.headers.get("content-length", "")
        if not self.error and declared.isdigit() and int(declared) > self.limit:
            raise self._too_large(int(declared))

    def add(self, chunk: bytes) -> bool:
        """Keep ``chunk``; False once the (error) body is long enough to stop reading."""
        if time.monotonic() > self.ends:
            raise httpx.ReadTimeout("the answer did not arrive in the time left", request=self.response.request)
        self.size += len(chunk)
        if self.size > self.limit:
            if not self.error:
                raise self._too_large(self.size)
            self.chunks.append(chunk[: len(chunk) - (self.size - self.limit)])
            return False
        self.chunks.append(chunk)
        return True

    def finish(self) -> httpx.Response:
        # What httpx's own Response.read() does once the body is in: the decoded content, kept for .json().
        self.response._content = b"".join(self.chunks)
        return self.response

    def _too_large(self, size: int) -> UnexpectedResponseError:
        request = self.response.request
        return too_large(request.method, request.url.path, self.response.status_code, self.limit, size)


class GatewayBase:
    """Builds every request from the settings; the sync and async gateways add only the sending."""

    def __init__(self, settings: Settings, parent: GatewayBase | None = None) -> None:
        self._settings = settings
        self._api = origin(httpx.URL(settings.base_url))
        # Header names are lower-cased everywhere (``checked_headers`` does it for the caller's), so a caller's
        # header replaces krea's of the same name instead of being sent beside it.
        self._api_headers = {"authorization": f"Bearer {settings.api_key}", **settings.default_headers}
        self._warned: set[str] = set() if parent is None else parent._warned
        """The paths this client (and the clients ``with_options`` made from it) has already warned about
        (``KreaDeprecationWarning`` once per model)."""
        self.lineage: object = object() if parent is None else parent.lineage
        """Shared by a client and the clients ``with_options`` made from it (one pool): what
        ``capture_responses()`` records."""
        # Made once: what every API request sends (a path under ``base_url`` is always the API's origin), and the
        # timeout of an exchange outside a wait.
        self._api_request_headers = {"user-agent": USER_AGENT, **self._api_headers}
        self._timeout = httpx.Timeout(settings.timeout)

    def _sent_by_client(self, http: httpx.Client | httpx.AsyncClient) -> None:
        """``http`` sends krea's User-Agent with every request itself (krea's own client): a request need not
        carry it, which spares httpx merging it into the client's headers on every request."""
        if http.headers.get("user-agent") == USER_AGENT:  # a caller's own User-Agent (default_headers) stays
            headers = self._api_request_headers
            self._api_request_headers = {k: v for k, v in headers.items() if (k, v) != ("user-agent", USER_AGENT)}

    def _headers(self, url: httpx.URL, options: CallOptions | None) -> dict[str, str]:
        # The key (and the caller's default and extra headers) go to the API's origin only: never to a download
        # host, and never over plain http to the API's host when the API is https.
        headers = {"user-agent": USER_AGENT}
        if origin(url) == self._api:
            headers.update(self._api_headers)
            if options is not None:
                headers.update(options.headers)
        return headers

    def _budget(self, options: CallOptions | None) -> float:
        """Seconds the next whole exchange may take: the request timeout (the call's ``request_timeout``, else
        the client's ``timeout``), cut to the time left of a wait."""
        timeout = self._settings.timeout
        if options is not None and not isinstance(options.timeout, NotGiven):
            timeout = options.timeout
        budget = math.inf if timeout is None else timeout
        left = time_left()
        if left is not None:
            budget = min(budget, left)
        return max(budget, _MIN_BUDGET)

    def build(
        self,
        http: httpx.Client | httpx.AsyncClient,
        method: str,
        url: str,
        kwargs: Mapping[str, Any],
        options: CallOptions | None = None,
    ) -> Exchange:
        """One request as the settings and the call's options (``options``, else those of the call in progress)
        make it, with the instant its whole exchange must be over by."""
        if http.is_closed:  # httpx would raise a RuntimeError; nothing is sent
            raise KreaError(
                "This client is closed (or the client it was made from with with_options is): nothing was sent; "
                "make a new client"
            )
        options = options or current_options(self)
        budget = self._budget(options)
        extra = kwargs.get("headers")
        try:
            if url.startswith("/"):
                target: str | httpx.URL = self._settings.base_url + url
                headers = self._api_request_headers
                if options is not None and options.headers:
                    headers = {**headers, **options.headers}
                if extra:
                    headers = {**headers, **extra}
            else:
                target = httpx.URL(url)
                headers = {**self._headers(target, options), **dict(extra or {})}
            if budget == self._settings.timeout:
                timeout = self._timeout
            else:
                timeout = httpx.Timeout(None if budget == math.inf else budget)
            request = http.build_request(
                method.upper(),
                target,
                params=kwargs.get("params"),
                json=kwargs.get("json"),
                content=kwargs.get("content"),
                data=kwargs.get("data"),
                files=kwargs.get("files"),
                headers=headers,
                timeout=timeout,
            )
        except (httpx.InvalidURL, ValueError, TypeError, RecursionError) as exc:
            # Nothing was sent: an unencodable body (NaN, a lone surrogate, a cycle), a URL httpx refuses.
            raise ValidationError(
                f"{method.upper()} {url[:200]}: the request cannot be built, so nothing was sent: "
                f"{type(exc).__name__}: {str(exc)[:300]}"
            ) from exc
        if log.isEnabledFor(logging.DEBUG):  # the URL without its query is built only to be logged
            log.debug("→ %s %s", request.method, request.url.copy_with(query=None))
        return Exchange(request, time.monotonic() + budget)

    def check(self, response: httpx.Response) -> httpx.Response:
        """Every answer, once read: logged, and recorded for ``capture_responses()``."""
        answered(response)
        if log.isEnabledFor(logging.DEBUG):
            log.debug("← %s %s %s", response.status_code, response.request.method, response.request.url.path)
        return response

    def warn_if_deprecated(self, response: httpx.Response, job_ids: Sequence[str]) -> None:
        """``KreaDeprecationWarning`` once per model, for an answer that says its model is deprecated.

        Called by the request path once the answer is read and checked (never inside the exchange), with the ids
        of the jobs it created: where warnings are errors, the exception raised carries them.
        """
        if (
            marks_deprecated(response.headers.get("deprecation"))
            and (path := response.request.url.path) not in self._warned
        ):
            self._warned.add(path)
            warning = KreaDeprecationWarning(deprecation_message(path, response.headers), job_ids=job_ids)
            warnings.warn(warning, stacklevel=_caller_stacklevel())


def classify(exc: BaseException) -> Attempt | None:
    """The billing-relevant kind of a failed attempt, or None when ``exc`` is not a failed exchange."""
    if isinstance(exc, APIStatusError):
        return Attempt(Failure.STATUS, exc.status_code, exc.retry_after)
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
        return Attempt(Failure.NOT_SENT)
    if isinstance(exc, httpx.LocalProtocolError):
        # h11 refused to write the request (e.g. a header value with CR/LF): no byte left this machine, and
        # sending it again would be refused again.
        return Attempt(Failure.REFUSED_LOCALLY)
    if isinstance(exc, TimeoutError):
        # The builtin one, from a caller's own transport (httpx's own timeouts are HTTPError): the request may
        # have gone out, as for a read timeout.
        return Attempt(Failure.SENT_NO_ANSWER)
    if isinstance(exc, httpx.HTTPError):
        # Read timeouts, resets, protocol errors, but also an answer that could not be decoded or a redirect
        # loop: the request may have reached the server, so a POST among them may have created a job.
        return Attempt(Failure.SENT_NO_ANSWER)
    return None


def final_error(
    method: str, path: str, exc: BaseException, attempt: Attempt, submitted_at: datetime.datetime, *, creates_job: bool
) -> KreaError:
    """The error the caller sees once no (further) retry is allowed."""
    if creates_job and is_uncertain_submission(attempt):
        return submission_uncertain(path, _what(exc, attempt), submitted_at)
    if isinstance(exc, APIStatusError):
        return exc
    return connection_failed(method, path, exc, refused_locally=attempt.failure is Failure.REFUSED_LOCALLY)


def shown(url: str) -> str:
    """A URL as logs and errors show it: without its query, which for a signed result link is a credential."""
    return url.split("?", 1)[0]


@contextlib.contextmanager
def translated(url: str) -> Iterator[None]:
    """Around a call made without the retry loop (a stream): its failures as the ``KreaError`` it would end in."""
    try:
        yield
    except Exception as exc:
        attempt = classify(exc)
        if attempt is None:
            raise
        error = final_error("GET", shown(url), exc, attempt, datetime.datetime.now(datetime.UTC), creates_job=False)
        if error is exc:
            raise
        raise error from exc


@attrs.define
class Sender:
    """The retry decisions of one client: after each failed exchange, the pause before the next or the final
    error. The loops that send and sleep are ``AsyncRequester.call`` in ``krea/_async/_transport.py`` (and its
    generated sync twin)."""

    policy: RetryPolicy
    now: Callable[[], datetime.datetime] = lambda: datetime.datetime.now(datetime.UTC)

    def next_delay(
        self, method: str, path: str, exc: Exception, retries: int, submitted_at: datetime.datetime, creates_job: bool
    ) -> float:
        """The pause before the next attempt, or raise the final error."""
        attempt = classify(exc)
        if attempt is None:
            raise exc
        delay = self.policy.delay(method, attempt, retries)
        left = time_left()
        if delay is not None and left is not None and delay >= left:
            log.info("not retrying %s %s: the pause (%.2fs) would pass the deadline", method, path, delay)
            error = final_error(method, path, exc, attempt, submitted_at, creates_job=creates_job)
            if isinstance(error, SubmissionUncertainError):  # never hidden behind a deadline
                raise error from exc
            raise RetryPastDeadline(error, delay) from (None if error is exc else exc)
        if delay is None:
            error = final_error(method, path, exc, attempt, submitted_at, creates_job=creates_job)
            if error is exc:
                raise exc
            raise error from exc
        log.info("retrying %s %s in %.2fs after %s (retry %d)", method, path, delay, _what(exc, attempt), retries + 1)
        return delay


def _what(exc: BaseException, attempt: Attempt) -> str:
    return f"HTTP {attempt.status_code}" if attempt.failure is Failure.STATUS else type(exc).__name__
