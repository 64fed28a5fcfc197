"""The rules of the jobs resource that do not send anything, shared by ``Jobs`` and ``AsyncJobs``.

Which filters a listing takes, which jobs an uncertain submission may have made, when an interrupted wait
cancels its job and what the user is told: pure functions, tested on their own; the resources in
``krea/_async/_jobs.py`` (and its generated sync twin) only send.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from ._config import checked_seconds
from ._errors import ConflictError, KreaError, SubmissionUncertainError, ValidationError, not_a_job, unreadable
from ._job import JobBase, has_id
from ._json import JSON, JSONObject
from ._resource import generated_response
from ._statuses import PAST_CANCELLATION, known_statuses

if TYPE_CHECKING:
    import httpx
    from krea_api.models import Job as JobDocument
    from krea_api.models import JobStatus
    from krea_api.types import Response

log = logging.getLogger("krea")

T_Job = TypeVar("T_Job", bound=JobBase)
OnUpdate = Callable[[T_Job], object]
"""Called with the job (a ``Job``, or an ``AsyncJob``) on every status change of a wait; its result is ignored."""


def job_response(response: httpx.Response) -> Response[JSONObject]:
    """An answer that is one job (``GET``/``DELETE /jobs/{id}``, a generation),
    read as a generated operation reads it, but as JSON only: a job's properties read the document as sent,
    and its generated model is built only when asked for (``JobBase.document``).

    Raises:
        UnreadableResponse: a success whose body is not a JSON object.
    """
    return generated_response(response, _job_object)


def _job_object(data: JSON) -> JSONObject:
    if not isinstance(data, dict):
        raise TypeError(f"a job is a JSON object, not {type(data).__name__}")
    return data


def job_parts(path: str, response: Response[Any]) -> tuple[JSONObject, JobDocument | None]:
    """The job document of a success answer as sent, and as the generated model when the answer was read
    into one (None when it was read as JSON only, ``job_response``).

    Raises:
        UnexpectedResponseError: the answer holds no job with an id.
    """
    found = response.parsed
    if found is None:
        raise unreadable(response.raw.request.method, path, response.raw, "is empty or not the documented shape")
    data = response.data
    if not isinstance(data, dict) or not has_id(data):
        raise unreadable(response.raw.request.method, path, response.raw, "is not a job with an id")
    return data, None if found is data else found


def page_job(path: str, document: JobDocument, raw: JSON) -> tuple[JSONObject, JobDocument]:
    """One job of a listing page, as sent and as the generated model."""
    if not has_id(document) or not isinstance(raw, dict):
        raise not_a_job(path, raw)
    return raw, document


class ListArguments(TypedDict, total=False):
    """The filters of the generated ``list_jobs``, as ``list_arguments`` builds them."""

    status: JobStatus
    types: str
    limit: int
    cursor: str
    """Set per page, by the listing."""


def list_arguments(status: str | None, types: str | Iterable[str] | None, limit: int | None) -> ListArguments:
    """The generated ``list_jobs`` arguments for these filters.

    Raises:
        ValidationError: an unknown status or a page size outside 1-1000.
    """
    from krea_api.models import JobStatus

    kwargs: ListArguments = {}
    if status is not None:
        if status not in known_statuses():
            raise ValidationError(f"status must be one of {', '.join(known_statuses())}, got {status!r}")
        kwargs["status"] = JobStatus(status)
    if types is not None:
        kwargs["types"] = types if isinstance(types, str) else ",".join(types)
    if limit is not None:
        if not 1 <= limit <= 1000:
            raise ValidationError(f"limit (the page size) must be between 1 and 1000, got {limit}")
        kwargs["limit"] = limit
    return kwargs


def after_conflict(job: T_Job, conflict: ConflictError) -> T_Job:
    """The job after a cancel answered 409: cancelled means cancelled (and not billed); otherwise the 409."""
    if job.status == "cancelled":
        log.info("job %s answered 409 to a cancel but reads cancelled: it is cancelled", job.id)
        return job
    raise conflict


def delivered_id(delivered: JobBase | Mapping[str, object] | bytes | str) -> str:
    if isinstance(delivered, JobBase):
        return delivered.id
    from .webhooks import parse

    return parse(delivered).id


def uncertain_window(around: object) -> tuple[datetime.datetime, datetime.datetime]:
    """The ``created_at`` range in which a job made by an uncertain submission can lie.

    Raises:
        ValidationError: ``around`` is neither a ``SubmissionUncertainError`` nor a ``datetime``.
    """
    if isinstance(around, SubmissionUncertainError):
        return around.search_from, around.search_until
    sent = since_instant(around)
    if sent is None:
        raise ValidationError("find_uncertain needs a SubmissionUncertainError or the datetime it was sent at")
    skew = SubmissionUncertainError.CLOCK_SKEW
    return sent - skew, sent + skew


def since_instant(since: object) -> datetime.datetime | None:
    """``since`` as an aware instant (a naive one is local time, as ``datetime.astimezone`` reads it).

    Raises:
        ValidationError: not a ``datetime``.
    """
    if since is None:
        return None
    if not isinstance(since, datetime.datetime):
        raise ValidationError(f"since must be a datetime.datetime, got {type(since).__name__} {since!r:.80}")
    return since if since.tzinfo is not None else since.astimezone()


def interrupt_plan(job: JobBase | None) -> str:
    """``cancel`` when a DELETE may still stop (and un-bill) the job, else ``leave``."""
    if job is None or not job.id:
        return "leave"
    return "leave" if job.status in PAST_CANCELLATION or job.is_terminal else "cancel"


def left_alone(job: JobBase) -> str:
    return f"Job {job.id} is {job.status} and can no longer be cancelled: it will be billed when it completes."


def cancel_failed(job: JobBase, exc: KreaError) -> str:
    if isinstance(exc, ConflictError):
        return f"Job {job.id} could not be cancelled ({exc.message}): it will be billed if it completes."
    return f"Cancelling job {job.id} failed ({exc}): it may still run and be billed."


def wait_limit(default: float, timeout: float | None) -> float:
    """The deadline of a wait in seconds: ``timeout``, or the client's default when None (never "forever").

    Raises:
        ValidationError: not a positive, finite number.
    """
    return default if timeout is None else checked_seconds("timeout", timeout, ValidationError)
