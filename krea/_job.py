"""What a job is: ``JobBase``, the state every ``Job`` and ``AsyncJob`` holds, wrapping the generated ``Job``.

The generated model is the typed document (its spec is loose where the service may be: an opaque id, a
status this SDK does not know yet, an optional ``created_at``, see DEVIATIONS.md #9, #10, #30); this module
adds the reading rules the spec cannot say: an unknown status counts as pending, failure details are read
from ``error`` or ``result.error``, and the document exactly as sent stays in ``raw``.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING

import attrs

from ._json import JSONObject
from ._statuses import TERMINAL_STATUSES, JobStatusName, pending_statuses

if TYPE_CHECKING:
    from krea_api.models import Job as JobDocument
    from krea_api.models import JobResult


@attrs.frozen
class JobErrorInfo:
    """Why a job failed, as Krea reported it."""

    code: str | None
    """A stable code such as ``nsfw`` or ``timeout``, when Krea gave one."""
    message: str
    """Krea's description of the failure."""


def read_document(raw: Mapping[str, object]) -> JobDocument:
    """``raw`` read as the generated ``Job``, checked to carry a job id.

    Raises:
        ValidationError: it is not a job document (the generated model refuses it, or it has no id).
    """
    from krea_api.models import Job as JobDocument

    from ._errors import ValidationError  # here, not at the top: _errors names JobBase (JobError.job)

    try:
        document = JobDocument.from_dict(raw)
    except Exception as exc:
        raise ValidationError(f"not a job document ({type(exc).__name__}: {exc}): {str(raw)[:200]}") from None
    if not has_id(document):
        raise ValidationError(f"not a job document (no job_id): {str(raw)[:200]}")
    return document


def job_id_of(document: object) -> str | None:
    """The id of a generated job: ``job_id``, else ``id`` (which the facade has always accepted), when it is a
    non-empty string (the spec's ids are opaque strings); None when the document has no usable id."""
    job_id = getattr(document, "job_id", None)
    if isinstance(job_id, str) and job_id:
        return job_id
    extra = getattr(document, "additional_properties", None)
    alias = extra.get("id") if isinstance(extra, dict) else None
    return alias if isinstance(alias, str) and alias else None


def created_ids(parsed: object) -> list[str]:
    """The ids of the jobs in a parsed answer: one job, or a list of them (a node app run)."""
    documents = parsed if isinstance(parsed, list) else [parsed]
    return [job_id for job_id in map(job_id_of, documents) if job_id is not None]


def has_id(document: object) -> bool:
    """Whether a generated job carries a usable id (see ``job_id_of``)."""
    return job_id_of(document) is not None


def _aware(value: object) -> datetime.datetime | None:
    # The generated model keeps a value it could not read as it came; only a datetime is a time. Krea writes
    # UTC; a time without an offset is read as UTC, so it compares with aware times.
    if not isinstance(value, datetime.datetime):
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=datetime.UTC)


def _error_info(candidate: object) -> JobErrorInfo | None:
    """A free-form failure (``result.error``): an object with ``code``/``message``, or a message."""
    if isinstance(candidate, Mapping):
        code = candidate.get("code")
        message = candidate.get("message") or code or "job failed"
        return JobErrorInfo(code=str(code) if code is not None else None, message=str(message))
    if isinstance(candidate, str) and candidate:
        return JobErrorInfo(code=None, message=candidate)
    return None


def _urls(urls: object) -> tuple[str, ...]:
    if isinstance(urls, str):
        return (urls,)
    if isinstance(urls, list):
        # Third parties report [{type, url}] items for some outputs: keep the URL of each.
        found = [u if isinstance(u, str) else u.get("url") for u in urls if isinstance(u, str | Mapping)]
        return tuple(u for u in found if isinstance(u, str))
    return ()


def _document(job: JobBase) -> JobDocument:
    return read_document(job.raw)


@attrs.define(eq=False)
class JobBase:
    """The state of a job at the moment it was read. ``Job`` and ``AsyncJob`` add the methods."""

    raw: JSONObject = attrs.field(repr=False)
    """The job document exactly as the API sent it."""
    document: JobDocument = attrs.field(kw_only=True, repr=False, default=attrs.Factory(_document, takes_self=True))
    """The same document as the generated ``krea_api.models.Job`` (read from ``raw`` when not given)."""
    _expected: tuple[float, float] | None = attrs.field(kw_only=True, repr=False, default=None, alias="expected")
    """For a job this client submitted: its model's documented average completion time in seconds and the
    ``time.monotonic()`` of its submission (what a wait's first poll is timed by); None otherwise."""

    @property
    def id(self) -> str:
        """The job id."""
        return job_id_of(self.document) or ""

    @property
    def status(self) -> JobStatusName | str:
        """The status string; one of ``krea.types.JobStatus`` or a newer one Krea has added."""
        value = self.document.status
        return str(value) if isinstance(value, str) else "unknown"

    @property
    def created_at(self) -> datetime.datetime | None:
        """When the job was created."""
        return _aware(self.document.created_at)

    @property
    def completed_at(self) -> datetime.datetime | None:
        """When the job reached a terminal status, or None while it is pending."""
        return _aware(self.document.completed_at)

    @property
    def result(self) -> JSONObject | None:
        """The raw ``result`` object, if any."""
        result = self.raw.get("result")
        return result if isinstance(result, dict) else None

    @property
    def _result(self) -> JobResult | None:
        from krea_api.models import JobResult

        result = self.document.result
        return result if isinstance(result, JobResult) else None

    @property
    def urls(self) -> list[str]:
        """The output URLs (empty until the job has output)."""
        result = self._result
        return list(_urls(result.urls)) if result is not None else []

    @property
    def style_id(self) -> str | None:
        """The new style's id, on a completed style-training job."""
        result = self._result
        if result is None:
            return None
        value = result.style_id or result.additional_properties.get("id")
        return value if isinstance(value, str) else None

    @property
    def error(self) -> JobErrorInfo | None:
        """Why the job failed (read from ``error``, then ``result.error``), or None."""
        from krea_api.models import JobErrorDetail

        detail = self.document.error
        if isinstance(detail, JobErrorDetail):
            # The generated model keeps what it was sent: a code or message that is not a string is shown as text.
            code = str(detail.code) if detail.code not in (None, "") else None
            return JobErrorInfo(code=code, message=str(detail.message or detail.code or "job failed"))
        # Not the spec's {code, message} (the generated model keeps such a value as sent): read it as result.error.
        found = _error_info(detail)
        if found is None and (result := self._result) is not None:
            found = _error_info(result.error)
        return found

    @property
    def outcome(self) -> str | None:
        """``completed``, ``failed`` or ``cancelled`` once terminal, else None.

        An unknown status counts as pending, unless ``completed_at`` is set: then the job is over, and it
        failed if it carries an error.
        """
        status = self.status
        if status in TERMINAL_STATUSES:
            return status
        if self.completed_at is not None and status not in pending_statuses():
            return "failed" if self.error is not None else "completed"
        return None

    @property
    def is_terminal(self) -> bool:
        """True once the job is completed, failed or cancelled."""
        return self.outcome is not None

    def raise_for_outcome(self) -> None:
        """Raise ``JobFailedError`` or ``JobCancelledError`` if the job ended that way.

        Raises:
            JobFailedError: the job failed; it was not billed.
            JobCancelledError: the job was cancelled; it was not billed.
        """
        from ._errors import job_outcome  # here, not at the top: _errors names JobBase (JobError.job)

        error = job_outcome(self)
        if error is not None:
            raise error

    def _take(self, other: JobBase) -> None:
        """Become ``other``'s state (after a refresh, a wait or a cancel)."""
        self.raw, self.document = other.raw, other.document

    def __repr__(self) -> str:
        return f"{type(self).__name__}(id={self.id!r}, status={self.status!r}, urls={self.urls!r})"

    def __reduce__(self) -> tuple[object, ...]:
        # A job pickles as its document only (for errors sent through multiprocessing or Celery): the client
        # it was read with holds connections and cannot travel; ``client.jobs.get(job.id)`` reads it again.
        return (JobBase, (dict(self.raw),))
