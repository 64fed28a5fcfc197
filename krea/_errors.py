"""What can go wrong: every exception and warning krea raises, and every function that builds one.

Other modules decide *that* something went wrong; the message, the class and the fields are made here, so a
user reading one error class finds every way it is raised in one file.

KreaError                          base of everything krea raises
├── KreaConfigError                bad or missing settings, raised before any request
│   └── MissingAPIKeyError         no key from api_key= or KREA_API_KEY (or a malformed one)
├── ValidationError                parameters the spec rejects, raised before any request (.errors)
├── APIConnectionError             no usable response (connect failure, reset, ...)
│   └── APITimeoutError            the request timed out
├── SubmissionUncertainError       a job-creating POST may or may not have created a job (.submitted_at)
├── UnexpectedResponseError        a 2xx answer krea cannot read (.status_code .body)
├── DownloadError                  a result file could not be saved (.job_id .path); the job is unaffected
├── APIStatusError                 the API answered >= 400 (.status_code .message .body .request_id)
│   ├── BadRequestError            400
│   ├── AuthenticationError        401
│   ├── InsufficientBalanceError   402: the API balance cannot pay; nothing was created
│   ├── PermissionDeniedError      403
│   ├── NotFoundError              404
│   ├── ConflictError              409 (e.g. cancelling a job that already finished)
│   ├── ModelGoneError             410: the model is past its sunset (.sunset_date .replacement ...)
│   ├── UnprocessableEntityError   422
│   ├── RateLimitError             429 (.retry_after)
│   └── ServerError                5xx and any other unexpected status
└── JobError                       the call worked, the job did not (.job)
    ├── JobFailedError             the job failed (.code .message); it was not billed
    ├── JobCancelledError          the job was cancelled; it was not billed
    └── JobTimeoutError            the wait's deadline passed; the job is left running

KreaDeprecationWarning (a FutureWarning): Krea has marked a model deprecated (``Deprecation``/``Sunset``)
"""

from __future__ import annotations

import datetime
import email.utils
import json
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from ._json import JSON
from ._retry import parse_retry_after

if TYPE_CHECKING:
    import httpx

    from ._job import JobBase

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DownloadError",
    "InsufficientBalanceError",
    "JobCancelledError",
    "JobError",
    "JobFailedError",
    "JobTimeoutError",
    "KreaConfigError",
    "KreaDeprecationWarning",
    "KreaError",
    "MissingAPIKeyError",
    "ModelGoneError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "SubmissionUncertainError",
    "UnexpectedResponseError",
    "UnprocessableEntityError",
    "ValidationError",
]


class KreaError(Exception):
    """Base class of every exception krea raises."""

    def __reduce__(self) -> tuple[object, ...]:
        # Subclasses take keyword-only arguments, which Exception's own pickling cannot pass back: rebuild
        # from the message and the attributes instead, so every error crosses multiprocessing or Celery.
        return (_rebuild, (type(self), self.args, self.__dict__))


def _rebuild(cls: type[KreaError], args: tuple[object, ...], state: dict[str, object]) -> KreaError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class KreaConfigError(KreaError):
    """Raised when a setting is missing or invalid, before any request is sent."""


class MissingAPIKeyError(KreaConfigError):
    """Raised when no usable API key was given: neither ``api_key=`` nor ``KREA_API_KEY`` holds one."""


class ValidationError(KreaError, ValueError):
    """Raised when parameters break the model's request schema; nothing was sent and nothing was billed."""

    def __init__(self, message: str, *, errors: list[str] | None = None) -> None:
        super().__init__(message)
        self.errors: list[str] = errors if errors is not None else [message]
        """Every problem found, one line each, naming the field."""


class APIConnectionError(KreaError):
    """Raised when no usable response arrived: the connection failed, was reset or broke mid-answer."""

    def __init__(self, message: str, *, method: str = "", url: str = "") -> None:
        super().__init__(message)
        self.method = method
        """The HTTP method of the request that failed."""
        self.url = url
        """The URL of the request that failed (never with credentials)."""


class APITimeoutError(APIConnectionError):
    """Raised when a request timed out, after any retries that were safe."""


class SubmissionUncertainError(KreaError):
    """Raised when a job-creating request was sent but its outcome is unknown.

    The server may have created (and will then bill) the job. It is deliberately not resent, since Krea has no
    idempotency key; ``client.jobs.find_uncertain(error)`` lists the jobs that may be it.
    """

    CLOCK_SKEW = datetime.timedelta(minutes=5)
    """How far this machine's clock and Krea's may disagree, for ``search_from``."""

    def __init__(self, message: str, *, endpoint: str, submitted_at: datetime.datetime) -> None:
        super().__init__(message)
        self.endpoint = endpoint
        """The path that was POSTed, e.g. ``/generate/image/bfl/flux-1-dev``."""
        self.submitted_at = submitted_at
        """When the request was sent (UTC), by this machine's clock."""

    @property
    def search_from(self) -> datetime.datetime:
        """The earliest ``created_at`` a job made by this request can have, allowing for clock skew."""
        return self.submitted_at - self.CLOCK_SKEW

    @property
    def search_until(self) -> datetime.datetime:
        """The latest ``created_at`` a job made by this request can have, allowing for clock skew."""
        return self.submitted_at + self.CLOCK_SKEW


class UnexpectedResponseError(KreaError):
    """Raised when the API answers 2xx with a body krea cannot read (not JSON, or not the documented shape)."""

    def __init__(self, message: str, *, status_code: int, body: bytes) -> None:
        super().__init__(message)
        self.status_code = status_code
        """The HTTP status code."""
        self.body = body
        """The raw body."""


class DownloadError(KreaError):
    """Raised when a result file cannot be saved (folder not writable, disk full); the job is unaffected."""

    def __init__(self, message: str, *, job_id: str, path: str) -> None:
        super().__init__(message)
        self.job_id = job_id
        """The job whose output it was: download it again with ``client.jobs.download``."""
        self.path = path
        """The file or folder that could not be written."""


class APIStatusError(KreaError):
    """Raised when the API answers with a status of 400 or more."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        body: JSON,
        request_id: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        """The HTTP status code."""
        self.message = message
        """The server's message (or a description of the status when it gave none)."""
        self.body = body
        """The parsed JSON body, the text when it was not JSON, or None when it was empty."""
        self.request_id = request_id
        """The request id header, when the server sent one."""
        self.retry_after = retry_after
        """Seconds the server asked to wait (from ``Retry-After``), or None when it did not say."""

    def __str__(self) -> str:
        suffix = f" (request id {self.request_id})" if self.request_id else ""
        return f"HTTP {self.status_code}: {self.message}{suffix}"


class BadRequestError(APIStatusError):
    """Raised on 400: the API rejected the request body or query."""


class AuthenticationError(APIStatusError):
    """Raised on 401: the API key is missing, malformed or revoked."""


class InsufficientBalanceError(APIStatusError):
    """Raised on 402: the API balance cannot pay for the request; nothing was created. Top up and retry."""


class PermissionDeniedError(APIStatusError):
    """Raised on 403: the key may not do this (e.g. share a style it does not own)."""


class NotFoundError(APIStatusError):
    """Raised on 404: no such resource, or it belongs to another account."""


class ConflictError(APIStatusError):
    """Raised on 409: the resource is in the wrong state, e.g. cancelling a job that already finished."""


class ModelGoneError(APIStatusError):
    """Raised on 410: the model is past its sunset date; retrying is pointless, switch to ``replacement``."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        body: JSON,
        request_id: str | None = None,
        retry_after: float | None = None,
        sunset_date: str | None = None,
        replacement: str | None = None,
        migration_url: str | None = None,
    ) -> None:
        super().__init__(message, status_code=status_code, body=body, request_id=request_id, retry_after=retry_after)
        self.sunset_date = sunset_date
        """The date (``YYYY-MM-DD``) the model stopped answering."""
        self.replacement = replacement
        """The endpoint to use instead, e.g. ``video/bytedance/seedance-1.0-pro-fast``, if Krea named one."""
        self.migration_url = migration_url
        """Krea's migration notes, if any."""


class UnprocessableEntityError(APIStatusError):
    """Raised on 422: the request was well-formed but Krea refused its content (e.g. an invalid asset URL)."""


class RateLimitError(APIStatusError):
    """Raised on 429, once retries are exhausted: the account is at its concurrency and backlog limit.
    ``retry_after`` is how long the server asked to wait, when it said."""


class ServerError(APIStatusError):
    """Raised on a 5xx (or any other unexpected status), once retries are exhausted."""


class JobError(KreaError):
    """Base class for a job that did not complete; ``job`` is its last known state."""

    def __init__(self, message: str, *, job: JobBase) -> None:
        super().__init__(message)
        self.job = job
        """The job as last read from the API."""


class JobFailedError(JobError):
    """Raised when a waited-for job ends ``failed``. Failed jobs are not billed."""

    def __init__(self, message: str, *, job: JobBase, code: str | None, reason: str | None = None) -> None:
        super().__init__(message, job=job)
        self.code = code
        """Krea's failure code, e.g. ``nsfw``, when it gave one."""
        self.message = reason if reason is not None else message
        """Krea's failure message (``str()`` of the error adds the job id)."""


class JobCancelledError(JobError):
    """Raised when a waited-for job ends ``cancelled``. Cancelled jobs are not billed."""


class JobTimeoutError(JobError):
    """Raised when a wait's deadline passes first. The job is left running and may still complete (and bill),
    unless the wait was asked to ``cancel_on_timeout`` and could: then ``cancelled`` is True."""

    def __init__(self, message: str, *, job: JobBase, cancelled: bool = False) -> None:
        super().__init__(message, job=job)
        self.cancelled = cancelled
        """Whether the job was cancelled at the deadline (``cancel_on_timeout``); a cancelled job is not billed."""


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: InsufficientBalanceError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    410: ModelGoneError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def parse_body(content: bytes) -> JSON:
    """The body as JSON when it is JSON, else as text, or None when empty; never raises."""
    if not content.strip():
        return None
    try:
        parsed: JSON = json.loads(content)
    except (ValueError, RecursionError):  # not JSON, or nested too deep to read: keep the text
        pass
    else:
        return parsed
    text = content.decode("utf-8", errors="replace").strip()
    return text


def message_from_body(body: JSON, status_code: int) -> str:
    """The most useful message in an error body, whatever shape Krea used."""
    if isinstance(body, dict):
        for key in ("message", "error", "detail"):
            value = body.get(key)
            if isinstance(value, dict):
                inner = value.get("message") or value.get("code")
                if isinstance(inner, str) and inner:
                    return inner
            elif isinstance(value, str) and value:
                return value
    if isinstance(body, str) and body and not body.lstrip().startswith("<"):
        return body[:500]
    return _describe(status_code)


def _describe(status_code: int) -> str:
    try:
        import http

        return f"{http.HTTPStatus(status_code).phrase}"
    except ValueError:
        return "unexpected status"


def make_status_error(response: httpx.Response) -> APIStatusError:
    """Map an error response (already read) to its typed exception, with any ``Retry-After`` it carries."""
    status = response.status_code
    body = parse_body(response.content)
    message = message_from_body(body, status)
    request_id = response.headers.get("x-request-id") or response.headers.get("request-id")
    retry_after = parse_retry_after(response.headers)
    cls = _STATUS_ERRORS.get(status, ServerError)
    if cls is ModelGoneError:
        fields = body if isinstance(body, dict) else {}
        return ModelGoneError(
            message,
            status_code=status,
            body=body,
            request_id=request_id,
            retry_after=retry_after,
            sunset_date=_str_or_none(fields.get("sunset_date")),
            replacement=_str_or_none(fields.get("replacement")),
            migration_url=_str_or_none(fields.get("migration_url")),
        )
    return cls(message, status_code=status, body=body, request_id=request_id, retry_after=retry_after)


def _str_or_none(value: JSON) -> str | None:
    return value if isinstance(value, str) else None


# The builders: every message the other modules raise, in one place.


class KreaDeprecationWarning(FutureWarning):
    """Emitted once per model and client when Krea marks it deprecated (``Deprecation``/``Sunset`` headers).

    It is given once the answer is read, so where warnings are errors (``-W error``) the exception raised in
    place of the result carries the job the request created (``job_id``): that job exists and is billed.
    """

    def __init__(self, message: str, *, job_ids: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.job_ids = tuple(job_ids)
        """The ids of the jobs the deprecated model's answer created (several for a node app run), or ()."""
        if self.job_ids:
            self.add_note(f"The request created job {', '.join(self.job_ids)}, which will be billed.")

    @property
    def job_id(self) -> str | None:
        """The (first) job the answer created, or None."""
        return self.job_ids[0] if self.job_ids else None

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_warning, (str(self), self.job_ids))


def _rebuild_warning(message: str, job_ids: tuple[str, ...]) -> KreaDeprecationWarning:
    return KreaDeprecationWarning(message, job_ids=job_ids)


def marks_deprecated(value: str | None) -> bool:
    """Whether a ``Deprecation`` header value says the model is deprecated.

    Krea sends ``true``; RFC 9745 writes a date as ``@<unix time>``, and its drafts an HTTP date. Any other
    value says nothing: a mock serving the spec (Prism) sends every declared header, generating ``string``
    when the spec gives no example, and that must not mark every model deprecated.
    """
    if value is None:
        return False
    value = value.strip()
    if value.lower() == "true" or re.fullmatch(r"@-?[0-9]+", value):
        return True
    try:
        return email.utils.parsedate_to_datetime(value) is not None
    except (TypeError, ValueError, IndexError):
        return False


def deprecation_message(path: str, headers: Mapping[str, str]) -> str:
    """What ``KreaDeprecationWarning`` says for an answer from ``path`` with a ``Deprecation`` header."""
    sunset = headers.get("sunset", "an unannounced date")
    link = headers.get("link", "").split(";")[0].strip("<> ")
    where = f"; see {link}" if link else ""
    return f"Krea has deprecated {path.removeprefix('/generate/')}: it stops working after {sunset}{where}"


def submission_uncertain(
    path: str, why: str, submitted_at: datetime.datetime, *, answered: int | None = None
) -> SubmissionUncertainError:
    """The error for a job-creating request whose outcome is unknown: no clear answer, or (``answered``) a
    2xx without a readable job, after which the job most likely exists."""
    if answered is None:
        said = f"was sent but its outcome is unknown ({why}); a job may have been created and may be billed"
    else:
        said = (
            f"answered {answered}, but with no readable job ({why}); a job was most likely created and will be billed"
        )
    return SubmissionUncertainError(
        f"POST {path} {said}. It was not resent. See the jobs it may have created with "
        f"client.jobs.find_uncertain(error) (sent at {submitted_at.isoformat()}).",
        endpoint=path,
        submitted_at=submitted_at,
    )


def unreadable(method: str, path: str, response: httpx.Response, why: str) -> UnexpectedResponseError:
    """The error for a 2xx answer whose body krea cannot read (not JSON, not the spec's shape, or too large)."""
    return UnexpectedResponseError(
        f"{method} {path} answered {response.status_code} with a body that {why}: {response.content[:200]!r}",
        status_code=response.status_code,
        body=response.content,
    )


def not_a_job(path: str, data: object) -> UnexpectedResponseError:
    """The error for an item of a page that is not a job with an id (a whole answer is ``unreadable``)."""
    shown = str(data)[:300]
    return UnexpectedResponseError(f"{path}: expected a job, got {shown}", status_code=200, body=shown.encode())


def too_large(method: str, path: str, status_code: int, limit: int, size: int) -> UnexpectedResponseError:
    """The error for an API answer over the size krea reads."""
    return UnexpectedResponseError(
        f"{method} {path} answered {status_code} with over {limit // 2**20} MiB ({size} bytes read or announced); "
        "krea does not read API answers that large (downloads have no limit)",
        status_code=status_code,
        body=b"",
    )


def connection_failed(method: str, path: str, exc: BaseException, *, refused_locally: bool) -> APIConnectionError:
    """The error for a request that got no usable answer (``refused_locally``: the HTTP library would not send it)."""
    if refused_locally:
        return APIConnectionError(
            f"{method} {path} was refused by the HTTP library before anything was sent: {exc}", method=method, url=path
        )
    import httpx

    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    return cls(f"{method} {path} failed: {type(exc).__name__}: {exc}", method=method, url=path)


def job_timeout(
    job: JobBase, timeout: float, cancelled: bool = False, note: str | None = None, why: KreaError | None = None
) -> JobTimeoutError:
    """The error of a wait whose deadline passed; ``note`` says what cancelling it at the deadline did, ``why``
    what stopped the last poll when a retry would have passed the deadline."""
    stopped = f" (the last poll got {why}, and retrying would pass the deadline)" if why is not None else ""
    prefix = f"Job {job.id} was still {job.status} after {timeout:g}s{stopped}"
    if cancelled:
        message = f"{prefix}; it was cancelled at the deadline (cancel_on_timeout) and will not be billed."
    elif note is not None:
        message = f"{prefix}; cancel_on_timeout: {note} Wait again with client.jobs.wait({job.id!r})."
    else:
        message = (
            f"{prefix}; it was not cancelled and may still complete (and be billed). "
            f"Wait again with client.jobs.wait({job.id!r}), or pass cancel_on_timeout=True."
        )
    return JobTimeoutError(message, job=job, cancelled=cancelled)


def job_outcome(job: JobBase) -> JobFailedError | JobCancelledError | None:
    """The error of a job that ended failed or cancelled, or None when it completed or is pending."""
    outcome = job.outcome
    if outcome == "failed":
        info = job.error
        message = info.message if info is not None else "the job failed without details"
        return JobFailedError(
            f"Job {job.id} failed: {message}", job=job, code=info.code if info else None, reason=message
        )
    if outcome == "cancelled":
        return JobCancelledError(f"Job {job.id} was cancelled", job=job)
    return None
