"""What a job is: ``JobBase``, the state every ``Job`` and ``AsyncJob`` holds, read from the job's JSON.

A job's properties read the document exactly as sent (``raw``), by the same rules the generated ``Job`` reads
it with (its spec is loose where the service may be: an opaque id, a status this SDK does not know yet, an
optional ``created_at``, see DEVIATIONS.md #9, #10, #30), so a poll builds no model it does not need; the
generated model itself (``document``) is built from ``raw`` when it is first asked for. This module adds the
reading rules the spec cannot say: an unknown status counts as pending, failure details are read from
``error`` or ``result.error``. ``tests/unit/test_job_reading.py`` holds every property to its reading of the
generated model, on documents of every shape.
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
    """The id of a job, as sent (a JSON object) or as the generated model: ``job_id``, else ``id`` (which the
    facade has always accepted), when it is a non-empty string (the spec's ids are opaque strings); None when
    the document has no usable id."""
    if isinstance(document, Mapping):
        job_id, alias = document.get("job_id"), document.get("id")
    else:
        job_id = getattr(document, "job_id", None)
        extra = getattr(document, "additional_properties", None)
        alias = extra.get("id") if isinstance(extra, dict) else None
    if isinstance(job_id, str) and job_id:
        return job_id
    return alias if isinstance(alias, str) and alias else None


def created_ids(parsed: object) -> list[str]:
    """The ids of the jobs in a parsed answer: one job, or a list of them (a node app run)."""
    documents = parsed if isinstance(parsed, list) else [parsed]
    return [job_id for job_id in map(job_id_of, documents) if job_id is not None]


def has_id(document: object) -> bool:
    """Whether a generated job carries a usable id (see ``job_id_of``)."""
    return job_id_of(document) is not None


def instant(value: object) -> datetime.datetime | None:
    """A date-time of a job document as an aware datetime, else None: read as the generated model reads one
    (``datetime.fromisoformat`` of a string; anything else is kept as it came, and only a datetime is a time).
    Krea writes UTC; a time without an offset is read as UTC, so it compares with aware times."""
    if isinstance(value, str):
        try:
            value = datetime.datetime.fromisoformat(value)
        except ValueError:
            return None
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


@attrs.define(eq=False)
class JobBase:
    """The state of a job at the moment it was read. ``Job`` and ``AsyncJob`` add the methods.

    Raises:
        ValidationError: ``raw`` is not a job document (not a JSON object, or without a job id).
    """

    raw: JSONObject = attrs.field(repr=False)
    """The job document exactly as the API sent it; the properties read it (a refresh replaces it whole)."""
    _document: JobDocument | None = attrs.field(kw_only=True, repr=False, default=None, alias="document")
    _expected: tuple[float, float] | None = attrs.field(kw_only=True, repr=False, default=None, alias="expected")
    """For a job this client submitted: its model's documented average completion time in seconds and the
    ``time.monotonic()`` of its submission (what a wait's first poll is timed by); None otherwise."""

    def __attrs_post_init__(self) -> None:
        if self._document is None and (not isinstance(self.raw, Mapping) or job_id_of(self.raw) is None):
            from ._errors import ValidationError  # here, not at the top: _errors names JobBase (JobError.job)

            if not isinstance(self.raw, Mapping):
                raise ValidationError(f"not a job document (a JSON object): {str(self.raw)[:200]}")
            raise ValidationError(f"not a job document (no job_id): {str(self.raw)[:200]}")

    @property
    def document(self) -> JobDocument:
        """The same document as the generated ``krea_api.models.Job``, built from ``raw`` when first read."""
        if self._document is None:
            self._document = read_document(self.raw)
        return self._document

    @property
    def id(self) -> str:
        """The job id."""
        return job_id_of(self.raw) or ""

    @property
    def status(self) -> JobStatusName | str:
        """The status string; one of ``krea.types.JobStatus`` or a newer one Krea has added."""
        value = self.raw.get("status")
        return str(value) if isinstance(value, str) else "unknown"

    @property
    def created_at(self) -> datetime.datetime | None:
        """When the job was created."""
        return instant(self.raw.get("created_at"))

    @property
    def completed_at(self) -> datetime.datetime | None:
        """When the job reached a terminal status, or None while it is pending."""
        return instant(self.raw.get("completed_at"))

    @property
    def result(self) -> JSONObject | None:
        """The raw ``result`` object, if any."""
        result = self.raw.get("result")
        return result if isinstance(result, dict) else None

    @property
    def urls(self) -> list[str]:
        """The output URLs (empty until the job has output)."""
        result = self.result
        return list(_urls(result.get("urls"))) if result is not None else []

    @property
    def style_id(self) -> str | None:
        """The new style's id, on a completed style-training job."""
        result = self.result
        if result is None:
            return None
        value = result.get("style_id") or result.get("id")
        return value if isinstance(value, str) else None

    @property
    def error(self) -> JobErrorInfo | None:
        """Why the job failed (read from ``error``, then ``result.error``), or None."""
        detail = self.raw.get("error")
        if isinstance(detail, dict) and "code" in detail and "message" in detail:  # the spec's {code, message}
            # A code or message that is not a string is shown as text.
            code, message = detail["code"], detail["message"]
            shown_code = str(code) if code not in (None, "") else None
            return JobErrorInfo(code=shown_code, message=str(message or code or "job failed"))
        # Not the spec's {code, message} (the generated model keeps such a value as sent): read it as result.error.
        found = _error_info(detail)
        if found is None and (result := self.result) is not None:
            found = _error_info(result.get("error"))
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
        self.raw, self._document = other.raw, other._document

    def __repr__(self) -> str:
        return f"{type(self).__name__}(id={self.id!r}, status={self.status!r}, urls={self.urls!r})"

    def __reduce__(self) -> tuple[object, ...]:
        # A job pickles as its document only (for errors sent through multiprocessing or Celery): the client
        # it was read with holds connections and cannot travel; ``client.jobs.get(job.id)`` reads it again.
        return (JobBase, (dict(self.raw),))
