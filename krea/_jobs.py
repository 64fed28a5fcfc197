"""What a job is: the ``Job`` objects users hold, read defensively from whatever Krea sends.

A job document is parsed by hand rather than through the generated model, because the facade must never
lose a job id over a field it did not expect: unknown statuses are kept as strings (and count as pending),
failure details are read from ``error`` or ``result.error``, and extra fields are kept in ``raw``.
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import httpx

from ._constants import TERMINAL_STATUSES
from ._errors import JobCancelledError, JobFailedError, UnexpectedResponseError
from ._resource import json_body

if TYPE_CHECKING:
    from ._jobs_api import AsyncJobs, Jobs


@attrs.frozen
class JobErrorInfo:
    """Why a job failed, as Krea reported it."""

    code: str | None
    """A stable code such as ``nsfw`` or ``timeout``, when Krea gave one."""
    message: str
    """Krea's description of the failure."""


def _parse_time(value: Any) -> datetime.datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.datetime.fromisoformat(value)
    except ValueError:
        return None
    # Krea writes UTC; a time without an offset is read as UTC, so it compares with aware times.
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=datetime.UTC)


def _parse_error(raw: Mapping[str, Any]) -> JobErrorInfo | None:
    result = raw.get("result")
    for candidate in (raw.get("error"), result.get("error") if isinstance(result, Mapping) else None):
        if isinstance(candidate, Mapping):
            code = candidate.get("code")
            message = candidate.get("message") or code or "job failed"
            return JobErrorInfo(code=str(code) if code is not None else None, message=str(message))
        if isinstance(candidate, str) and candidate:
            return JobErrorInfo(code=None, message=candidate)
    return None


def _parse_urls(result: Any) -> tuple[str, ...]:
    if not isinstance(result, Mapping):
        return ()
    urls = result.get("urls")
    if isinstance(urls, str):
        return (urls,)
    if isinstance(urls, list):
        # Third parties report [{type, url}] items for some outputs: keep the URL of each.
        found = [u if isinstance(u, str) else u.get("url") for u in urls if isinstance(u, str | Mapping)]
        return tuple(u for u in found if isinstance(u, str))
    return ()


@attrs.define(eq=False)
class JobBase:
    """The state of a job at the moment it was read. ``Job`` and ``AsyncJob`` add the methods."""

    raw: dict[str, Any] = attrs.field(repr=False)
    """The job document exactly as the API sent it."""

    @property
    def id(self) -> str:
        """The job id."""
        return str(self.raw.get("job_id") or self.raw.get("id") or "")

    @property
    def status(self) -> str:
        """The status string; one of ``krea.types.JobStatus`` or a newer one Krea has added."""
        value = self.raw.get("status")
        return value if isinstance(value, str) else "unknown"

    @property
    def created_at(self) -> datetime.datetime | None:
        """When the job was created."""
        return _parse_time(self.raw.get("created_at"))

    @property
    def completed_at(self) -> datetime.datetime | None:
        """When the job reached a terminal status, or None while it is pending."""
        return _parse_time(self.raw.get("completed_at"))

    @property
    def result(self) -> dict[str, Any] | None:
        """The raw ``result`` object, if any."""
        result = self.raw.get("result")
        return result if isinstance(result, dict) else None

    @property
    def urls(self) -> list[str]:
        """The output URLs (empty until the job has output)."""
        return list(_parse_urls(self.raw.get("result")))

    @property
    def style_id(self) -> str | None:
        """The new style's id, on a completed style-training job."""
        result = self.result or {}
        value = result.get("style_id") or result.get("id")
        return value if isinstance(value, str) else None

    @property
    def error(self) -> JobErrorInfo | None:
        """Why the job failed (read from ``error`` or ``result.error``), or None."""
        return _parse_error(self.raw)

    @property
    def outcome(self) -> str | None:
        """``completed``, ``failed`` or ``cancelled`` once terminal, else None.

        An unknown status counts as pending, unless ``completed_at`` is set: then the job is over, and it
        failed if it carries an error.
        """
        status = self.status
        if status in TERMINAL_STATUSES:
            return status
        if self.completed_at is not None and status not in _KNOWN_PENDING:
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
        outcome = self.outcome
        if outcome == "failed":
            info = self.error or JobErrorInfo(code=None, message="the job failed without details")
            raise JobFailedError(f"Job {self.id} failed: {info.message}", job=self, code=info.code, reason=info.message)
        if outcome == "cancelled":
            raise JobCancelledError(f"Job {self.id} was cancelled", job=self)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(id={self.id!r}, status={self.status!r}, urls={self.urls!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        # A job pickles as its document only (for errors sent through multiprocessing or Celery): the client
        # it was read with holds connections and cannot travel; ``client.jobs.get(job.id)`` reads it again.
        return (JobBase, (dict(self.raw),))


_KNOWN_PENDING = frozenset({"backlogged", "queued", "scheduled", "processing", "sampling", "intermediate-complete"})


@attrs.define(eq=False, repr=False)
class Job(JobBase):
    """A job read with the sync client; its methods call the API."""

    _jobs: Jobs = attrs.field(alias="jobs", repr=False)

    def refresh(self) -> Job:
        """Read the job again and update this object in place.

        Returns:
            This job, updated.
        """
        self.raw = self._jobs.get(self.id).raw
        return self

    def wait(
        self,
        *,
        timeout: float | None = None,
        on_update: Any = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
    ) -> Job:
        """Wait until the job is terminal and update this object; see ``Jobs.wait`` for the arguments."""
        done = self._jobs._wait(self, timeout, on_update, cancel_on_interrupt, cancel_on_timeout)
        self.raw = done.raw
        return self

    def cancel(self) -> Job:
        """Cancel the job; see ``Jobs.cancel``."""
        self.raw = self._jobs.cancel(self.id).raw
        return self

    def download(
        self,
        dest: str | Path = ".",
        *,
        path: str | Path | None = None,
        index: int | None = None,
        name: str | None = None,
    ) -> list[Path]:
        """Save the outputs into the folder ``dest`` (or one as ``path``); see ``Jobs.download``."""
        return self._jobs.download(self, dest, path=path, index=index, name=name)

    def read(self, index: int = 0, *, max_bytes: int | None = None) -> bytes:
        """Output ``index`` as bytes; see ``Jobs.read``."""
        return self._jobs.read(self, index, max_bytes=max_bytes)

    def iter_bytes(self, index: int = 0, *, chunk_size: int | None = None) -> Iterator[bytes]:
        """Output ``index`` as it arrives; see ``Jobs.iter_bytes``."""
        return self._jobs.iter_bytes(self, index, chunk_size=chunk_size)


@attrs.define(eq=False, repr=False)
class AsyncJob(JobBase):
    """A job read with the async client; its methods are awaitable."""

    _jobs: AsyncJobs = attrs.field(alias="jobs", repr=False)

    async def refresh(self) -> AsyncJob:
        """Read the job again and update this object in place."""
        self.raw = (await self._jobs.get(self.id)).raw
        return self

    async def wait(
        self,
        *,
        timeout: float | None = None,
        on_update: Any = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
    ) -> AsyncJob:
        """Wait until the job is terminal and update this object; see ``AsyncJobs.wait`` for the arguments."""
        done = await self._jobs._wait(self, timeout, on_update, cancel_on_interrupt, cancel_on_timeout)
        self.raw = done.raw
        return self

    async def cancel(self) -> AsyncJob:
        """Cancel the job; see ``AsyncJobs.cancel``."""
        self.raw = (await self._jobs.cancel(self.id)).raw
        return self

    async def download(
        self,
        dest: str | Path = ".",
        *,
        path: str | Path | None = None,
        index: int | None = None,
        name: str | None = None,
    ) -> list[Path]:
        """Save the outputs, concurrently; see ``Jobs.download``."""
        return await self._jobs.download(self, dest, path=path, index=index, name=name)

    async def read(self, index: int = 0, *, max_bytes: int | None = None) -> bytes:
        """Output ``index`` as bytes; see ``Jobs.read``."""
        return await self._jobs.read(self, index, max_bytes=max_bytes)

    def iter_bytes(self, index: int = 0, *, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """Output ``index`` as it arrives; see ``Jobs.iter_bytes``."""
        return self._jobs.iter_bytes(self, index, chunk_size=chunk_size)


def job_document(response: httpx.Response) -> dict[str, Any]:
    """The job document of a 2xx answer (never drops a job id over an unexpected shape)."""
    return checked_job(json_body(response), response)


def job_documents(response: httpx.Response) -> list[dict[str, Any]]:
    """Each job document of a 2xx answer: one job, or an array of jobs (a node-app run).

    Raises:
        UnexpectedResponseError: the answer holds no readable job.
    """
    data = json_body(response)
    items = data if isinstance(data, list) else [data]
    return [checked_job(item, response) for item in items]


def checked_job(data: Any, response: httpx.Response) -> dict[str, Any]:
    """``data`` if it is a job document (an object with a job id).

    Raises:
        UnexpectedResponseError: it is not.
    """
    if isinstance(data, dict):
        job_id = data.get("job_id") or data.get("id")
        if isinstance(job_id, str) and job_id:
            return data
    raise UnexpectedResponseError(
        f"{response.request.url.path}: expected a job, got {str(data)[:300]}",
        status_code=response.status_code,
        body=response.content,
    )
