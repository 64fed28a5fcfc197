"""How a request reaches Krea: the httpx clients, auth, error mapping and the retry loop around each call.

Every API call is a call of a generated ``krea_api`` operation function. Error statuses are intercepted by a
response hook before the generated parser runs (it would otherwise crash on an HTML page or a status like
520), turned into our typed errors in one place, and retried or not by the pure policy in ``_retry``.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime
import logging
import time
import warnings
from collections.abc import Awaitable, Callable, Iterator
from typing import TypeVar

import attrs
import httpx

from ._config import Settings
from ._errors import (
    APIConnectionError,
    APITimeoutError,
    KreaConfigError,
    KreaError,
    SubmissionUncertainError,
    make_status_error,
)
from ._retry import Attempt, Failure, RetryPolicy, is_uncertain_submission, parse_retry_after
from ._version import __version__

log = logging.getLogger("krea")
T = TypeVar("T")

USER_AGENT = f"krea-python/{__version__}"


class KreaDeprecationWarning(FutureWarning):
    """Emitted once per model when Krea marks it deprecated (``Deprecation``/``Sunset`` headers)."""


class _StatusSignal(Exception):
    """Internal: an error status, raised from the response hook so the generated parser never sees it."""

    def __init__(self, response: httpx.Response) -> None:
        super().__init__(response.status_code)
        self.response = response


@attrs.define
class _Capture:
    response: httpx.Response | None = None


_capture: contextvars.ContextVar[_Capture | None] = contextvars.ContextVar("krea_capture", default=None)
_warned_deprecations: set[str] = set()
_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar("krea_deadline", default=None)


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Within this block, no request may outlive ``seconds`` from now: each request's timeouts are capped
    to the time left, so a wait is bounded even with ``timeout=None`` and a server that never answers."""
    token = _deadline.set(time.monotonic() + seconds)
    try:
        yield
    finally:
        _deadline.reset(token)


def _cap_timeouts(request: httpx.Request) -> None:
    ends = _deadline.get()
    if ends is None:
        return
    left = max(ends - time.monotonic(), 0.05)
    timeouts = request.extensions.get("timeout") or {}
    request.extensions["timeout"] = {
        phase: left if value is None else min(value, left)
        for phase, value in {**dict.fromkeys(("connect", "read", "write", "pool")), **timeouts}.items()
    }


_DEFAULT_PORTS = {"http": 80, "https": 443}


def origin(url: httpx.URL) -> tuple[str, str, int | None]:
    """Scheme, host and port, normalised (so ``https://API.krea.ai:443`` is ``https://api.krea.ai``)."""
    return url.scheme, url.host.lower(), url.port or _DEFAULT_PORTS.get(url.scheme)


def _on_request(settings: Settings) -> Callable[[httpx.Request], None]:
    headers = {"Authorization": f"Bearer {settings.api_key}", **settings.default_headers}
    api = origin(httpx.URL(settings.base_url))

    def hook(request: httpx.Request) -> None:
        _cap_timeouts(request)
        request.headers["User-Agent"] = USER_AGENT
        # The key (and the caller's default headers) go to the API's origin only: never to a download host,
        # and never over plain http to the API's host when the API is https.
        if origin(request.url) == api:
            request.headers.update(headers)
        else:
            request.headers.pop("Authorization", None)
        log.debug("→ %s %s", request.method, request.url.copy_with(query=None))

    hook._krea = True  # type: ignore[attr-defined]  # marks the hook, so a client is never given two keys
    return hook


def _claim(client: httpx.Client | httpx.AsyncClient) -> None:
    """Refuse an httpx client that another krea client already uses: its hooks would carry two API keys."""
    if any(getattr(hook, "_krea", False) for hook in client.event_hooks["request"]):
        raise KreaConfigError(
            "This httpx client is already used by another krea client; give each krea client its own "
            "http_client (a shared one would send one account's key for the other's requests)."
        )


def _check_response(response: httpx.Response) -> None:
    log.debug("← %s %s %s", response.status_code, response.request.method, response.request.url.path)
    _warn_if_deprecated(response)
    box = _capture.get()
    if box is not None:
        box.response = response
    if response.status_code >= 400:
        raise _StatusSignal(response)


def _warn_if_deprecated(response: httpx.Response) -> None:
    if "deprecation" not in response.headers:
        return
    path = response.request.url.path
    if path in _warned_deprecations:
        return
    _warned_deprecations.add(path)
    sunset = response.headers.get("sunset", "an unannounced date")
    link = response.headers.get("link", "").split(";")[0].strip("<> ")
    where = f"; see {link}" if link else ""
    warnings.warn(
        f"Krea has deprecated {path.removeprefix('/generate/')}: it stops working after {sunset}{where}",
        KreaDeprecationWarning,
        stacklevel=2,
    )


def _sync_response_hook(response: httpx.Response) -> None:
    if response.status_code >= 400:
        response.read()
    _check_response(response)


async def _async_response_hook(response: httpx.Response) -> None:
    if response.status_code >= 400:
        await response.aread()
    _check_response(response)


def _timeout(settings: Settings) -> httpx.Timeout:
    return httpx.Timeout(settings.timeout)


def build_sync_client(settings: Settings, http_client: httpx.Client | None) -> httpx.Client:
    """Our httpx client, or the caller's with our hooks added (its transport and limits are kept)."""
    client = http_client if http_client is not None else httpx.Client(timeout=_timeout(settings))
    _claim(client)
    client.base_url = httpx.URL(settings.base_url)
    client.event_hooks["request"].append(_on_request(settings))
    client.event_hooks["response"].append(_sync_response_hook)
    return client


def build_async_client(settings: Settings, http_client: httpx.AsyncClient | None) -> httpx.AsyncClient:
    """The async twin of ``build_sync_client``."""
    client = http_client if http_client is not None else httpx.AsyncClient(timeout=_timeout(settings))
    _claim(client)
    client.base_url = httpx.URL(settings.base_url)
    sync_hook = _on_request(settings)

    async def on_request(request: httpx.Request) -> None:
        sync_hook(request)

    on_request._krea = True  # type: ignore[attr-defined]  # see _on_request

    client.event_hooks["request"].append(on_request)
    client.event_hooks["response"].append(_async_response_hook)
    return client


def classify(exc: BaseException) -> Attempt | None:
    """The billing-relevant kind of a failed attempt, or None when ``exc`` is not a transport failure."""
    if isinstance(exc, _StatusSignal):
        response = exc.response
        return Attempt(Failure.STATUS, response.status_code, parse_retry_after(response.headers))
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
        return Attempt(Failure.NOT_SENT)
    if isinstance(exc, httpx.HTTPError):
        # Read timeouts, resets, protocol errors, but also an answer that could not be decoded or a redirect
        # loop: the request may have reached the server, so a POST among them may have created a job.
        return Attempt(Failure.SENT_NO_ANSWER)
    return None


def final_error(
    method: str, path: str, exc: BaseException, attempt: Attempt, submitted_at: datetime.datetime
) -> KreaError:
    """The error the caller sees once no (further) retry is allowed."""
    if is_uncertain_submission(method, attempt):
        why = f"HTTP {attempt.status_code}" if attempt.failure is Failure.STATUS else type(exc).__name__
        return SubmissionUncertainError(
            f"POST {path} was sent but its outcome is unknown ({why}); a job may have been created and may be "
            f"billed. It was not resent. Look for it with client.jobs.list(since=error.search_from) "
            f"(sent at {submitted_at.isoformat()}).",
            endpoint=path,
            submitted_at=submitted_at,
        )
    if isinstance(exc, _StatusSignal):
        return make_status_error(exc.response, retry_after=attempt.retry_after)
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    return cls(f"{method} {path} failed: {type(exc).__name__}: {exc}", method=method, url=path)


@attrs.define
class Sender:
    """Runs one API call with the retry policy; the sync and async shells differ only in how they wait."""

    policy: RetryPolicy
    now: Callable[[], datetime.datetime] = lambda: datetime.datetime.now(datetime.UTC)

    def call(
        self,
        method: str,
        path: str,
        fn: Callable[[], T],
        sleep: Callable[[float], None],
        *,
        raw_fallback: bool = True,
    ) -> tuple[T | None, httpx.Response]:
        """Call ``fn`` (a generated ``*_detailed`` call) until it succeeds or must not be retried.

        Returns:
            What ``fn`` returned (None when the generated parser could not read a 2xx body; the caller then
            reads the raw response itself, so a created job is never dropped) and the response.
        """
        submitted_at = self.now()
        retries = 0
        while True:
            box = _Capture()
            token = _capture.set(box)
            try:
                result = fn()
                assert box.response is not None
                return result, box.response
            except Exception as exc:
                delay = self._next(method, path, exc, retries, submitted_at, box, raw_fallback)
                if delay is None:
                    assert box.response is not None
                    return None, box.response
            finally:
                _capture.reset(token)
            sleep(delay)
            retries += 1

    async def acall(
        self,
        method: str,
        path: str,
        fn: Callable[[], Awaitable[T]],
        sleep: Callable[[float], Awaitable[None]],
        *,
        raw_fallback: bool = True,
    ) -> tuple[T | None, httpx.Response]:
        """The async twin of ``call``."""
        submitted_at = self.now()
        retries = 0
        while True:
            box = _Capture()
            token = _capture.set(box)
            try:
                result = await fn()
                assert box.response is not None
                return result, box.response
            except Exception as exc:
                delay = self._next(method, path, exc, retries, submitted_at, box, raw_fallback)
                if delay is None:
                    assert box.response is not None
                    return None, box.response
            finally:
                _capture.reset(token)
            await sleep(delay)
            retries += 1

    def _next(
        self,
        method: str,
        path: str,
        exc: Exception,
        retries: int,
        submitted_at: datetime.datetime,
        box: _Capture,
        raw_fallback: bool,
    ) -> float | None:
        """The pause before the next attempt, None to hand back an unparsed 2xx, or raise the final error."""
        attempt = classify(exc)
        if attempt is None:
            if isinstance(exc, KreaError):
                raise exc
            response = box.response
            parser_failed = raw_fallback and isinstance(exc, KeyError | ValueError | TypeError | AttributeError)
            if parser_failed and response is not None and response.status_code < 400:
                # A 2xx the generated parser could not read (an unexpected shape). After a POST the job exists:
                # never drop it; the caller reads the raw body with its own, more tolerant parser.
                log.debug("%s %s: generated parser failed (%s); reading the raw body", method, path, exc)
                return None
            raise exc
        delay = self.policy.delay(method, attempt, retries)
        if delay is None:
            raise final_error(method, path, exc, attempt, submitted_at) from (
                None if isinstance(exc, _StatusSignal) else exc
            )
        log.info(
            "retrying %s %s in %.2fs after %s (retry %d)",
            method,
            path,
            delay,
            _what(exc, attempt),
            retries + 1,
        )
        return delay


def _what(exc: Exception, attempt: Attempt) -> str:
    return f"HTTP {attempt.status_code}" if attempt.failure is Failure.STATUS else type(exc).__name__
