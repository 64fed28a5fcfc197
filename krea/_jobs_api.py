"""The jobs resource: read, list, cancel, wait for and download jobs, in a sync and an async flavour.

Waiting cancels the remote job when the wait is interrupted (Ctrl-C, or asyncio task cancellation) while
the job can still be cancelled, because a cancelled job is never billed. A job already past that point is
left alone and the user is told it will be billed.
"""

from __future__ import annotations

import builtins
import datetime
import logging
import time
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from . import _results
from ._constants import CANCEL_TIME
from ._errors import (
    APIConnectionError,
    ConflictError,
    KreaError,
    SubmissionUncertainError,
    UnexpectedResponseError,
    ValidationError,
    job_timeout,
    not_a_job,
)
from ._http import RetryPastDeadline
from ._http import deadline as request_deadline
from ._jobs import AsyncJob, Job, JobBase, has_id
from ._polling import DeadlinePassed, Fetch, PollPolicy, Sleep, wait_flow
from ._resource import AsyncResource, SyncResource, check_id, parsed
from ._statuses import PAST_CANCELLATION, known_statuses

if TYPE_CHECKING:
    from krea_api.models import Job as JobDocument
    from krea_api.models import JobPage
    from krea_api.types import Response

log = logging.getLogger("krea")

OnUpdate = Callable[[JobBase], None]
"""Called with the job on every status change of a wait."""
T_Job = TypeVar("T_Job", bound=JobBase)


def job_parts(path: str, response: Response[JobDocument]) -> tuple[dict[str, Any], JobDocument]:
    """The job document of a success answer, as sent and as the generated model.

    Raises:
        UnexpectedResponseError: the answer holds no job with an id.
    """
    document = parsed(path, response)
    if not has_id(document) or not isinstance(response.data, dict):
        raise not_a_job(path, response.data)
    return response.data, document


def page_job(path: str, document: JobDocument, raw: Any) -> tuple[dict[str, Any], JobDocument]:
    """One job of a listing page, as sent and as the generated model."""
    if not has_id(document) or not isinstance(raw, dict):
        raise not_a_job(path, raw)
    return raw, document


def list_arguments(status: str | None, types: str | Iterable[str] | None, limit: int | None) -> dict[str, Any]:
    """The generated ``list_jobs`` arguments for these filters.

    Raises:
        ValidationError: an unknown status or a page size outside 1-1000.
    """
    from krea_api.models import JobStatus

    kwargs: dict[str, Any] = {}
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


def _after_conflict(job: T_Job, conflict: ConflictError) -> T_Job:
    """The job after a cancel answered 409: cancelled means cancelled (and not billed); otherwise the 409."""
    if job.status == "cancelled":
        log.info("job %s answered 409 to a cancel but reads cancelled: it is cancelled", job.id)
        return job
    raise conflict


def _delivered_id(delivered: Any) -> str:
    if isinstance(delivered, JobBase):
        return delivered.id
    from .webhooks import parse

    return parse(delivered).id


def uncertain_window(around: Any) -> tuple[datetime.datetime, datetime.datetime]:
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


def since_instant(since: Any) -> datetime.datetime | None:
    """``since`` as an aware instant (a naive one is local time, as ``datetime.astimezone`` reads it).

    Raises:
        ValidationError: not a ``datetime``.
    """
    if since is None:
        return None
    if not isinstance(since, datetime.datetime):
        raise ValidationError(f"since must be a datetime.datetime, got {type(since).__name__} {since!r:.80}")
    return since if since.tzinfo is not None else since.astimezone()


def _interrupt_plan(job: JobBase | None) -> str:
    """``cancel`` when a DELETE may still stop (and un-bill) the job, else ``leave``."""
    if job is None or not job.id:
        return "leave"
    return "leave" if job.status in PAST_CANCELLATION or job.is_terminal else "cancel"


def _left_alone(job: JobBase) -> str:
    return f"Job {job.id} is {job.status} and can no longer be cancelled: it will be billed when it completes."


def _cancel_failed(job: JobBase, exc: KreaError) -> str:
    if isinstance(exc, ConflictError):
        return f"Job {job.id} could not be cancelled ({exc.message}): it will be billed if it completes."
    return f"Cancelling job {job.id} failed ({exc}): it may still run and be billed."


class Jobs(SyncResource):
    """``client.jobs``: read, list, cancel, wait for and download jobs."""

    def get(self, job_id: str) -> Job:
        """Read a job.

        Raises:
            NotFoundError: no such job, or it belongs to another account.
        """
        from krea_api.api.jobs import get_job

        path = f"/jobs/{job_id}"
        return self._job(path, self._request("GET", path, get_job.sync_detailed, id=job_id, client=self._api))

    def cancel(self, job_id: str) -> Job:
        """Cancel a job that is still ``queued`` or ``processing``; it will not be billed.

        Returns:
            The job as it reads after the cancel.

        Raises:
            ConflictError: the job is no longer cancellable (e.g. it completed; it stays billed once).
            NotFoundError: no such job.
        """
        from krea_api.api.jobs import cancel_job

        path = f"/jobs/{job_id}"
        try:
            return self._job(path, self._request("DELETE", path, cancel_job.sync_detailed, id=job_id, client=self._api))
        except UnexpectedResponseError:
            # Krea documents no body for a successful cancel (2xx): read the job instead.
            return self.get(job_id)
        except ConflictError as conflict:
            # A DELETE resent after its answer was lost gets 409 although the first one cancelled the job:
            # read the job and report the truth.
            try:
                job = self.get(job_id)
            except KreaError:
                raise conflict from None
            return _after_conflict(job, conflict)

    def list(
        self,
        *,
        status: str | None = None,
        types: str | Iterable[str] | None = None,
        limit: int | None = None,
        since: datetime.datetime | None = None,
    ) -> Iterator[Job]:
        """Iterate over the account's jobs, newest first, across every page.

        Args:
            status: keep only jobs in this status.
            types: keep only these job types (e.g. ``"flux"``, ``["k1", "externalImage"]``).
            limit: the page size (1-1000); iteration still covers every page.
            since: stop at the first job created before this instant.

        Raises:
            ValidationError: a bad filter, before any request.
        """
        from krea_api.api.jobs import list_jobs

        kwargs = list_arguments(status, types, limit)
        since = since_instant(since)

        def fetch(cursor: str | None) -> Response[JobPage]:
            extra: dict[str, Any] = {"cursor": cursor} if cursor else {}
            return self._request("GET", "/jobs", list_jobs.sync_detailed, client=self._api, **kwargs, **extra)

        for document, sent in self._pages("/jobs", fetch, lambda page: page.items):
            raw, document = page_job("/jobs", document, sent)
            job = Job(raw=raw, document=document, jobs=self)
            if since is not None and job.created_at is not None and job.created_at < since:
                return
            yield job

    def confirm(self, delivered: JobBase | Mapping[str, Any] | bytes | str) -> Job:
        """Re-read a job a webhook delivered, with this client's key: the check Krea documents.

        Args:
            delivered: what ``krea.webhooks.parse`` returned, or the delivery body itself.

        Returns:
            The job as the API has it now (act on this, not on the delivery).

        Raises:
            ValidationError: the delivery is not a job document.
            NotFoundError: no such job in this account (a forged or foreign delivery).
        """
        return self.get(_delivered_id(delivered))

    def find_uncertain(self, error: SubmissionUncertainError | datetime.datetime) -> builtins.list[Job]:
        """The jobs an uncertain submission may have created, newest first, for you to decide.

        Krea has no idempotency key, so nothing ties a job to the request that made it: these are the account's
        jobs created within the clock-skew margin around the moment the request was sent (``search_from`` to
        ``search_until``). Resubmit only when the job you meant is not among them.

        Args:
            error: the ``SubmissionUncertainError``, or the instant the request was sent.

        Raises:
            ValidationError: ``error`` is neither.
        """
        start, end = uncertain_window(error)
        return [job for job in self.list(since=start, limit=1000) if job.created_at is None or job.created_at <= end]

    def wait(
        self,
        job_id: str,
        *,
        timeout: float | None = None,
        on_update: OnUpdate | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
    ) -> Job:
        """Poll a job until it is terminal and return it when it completed.

        Args:
            timeout: the deadline in seconds; None means the client's default (never "forever").
            on_update: called with the job on every status change.
            cancel_on_interrupt: on Ctrl-C, cancel the job while it can still be cancelled.
            cancel_on_timeout: when the deadline passes, cancel the job while it can still be cancelled (it
                is then not billed); ``JobTimeoutError.cancelled`` says whether it was.

        Raises:
            JobFailedError: the job failed (not billed).
            JobCancelledError: the job was cancelled (not billed).
            JobTimeoutError: the deadline passed; the job is left running unless ``cancel_on_timeout``.
        """
        return self._wait(job_id, timeout, on_update, cancel_on_interrupt, cancel_on_timeout)

    def download(
        self,
        job: JobBase,
        dest: str | Path = ".",
        *,
        path: str | Path | None = None,
        index: int | None = None,
        name: str | None = None,
    ) -> builtins.list[Path]:
        """Save a completed job's outputs, each atomically (a temporary file renamed into place).

        Args:
            dest: the folder to save into (created if missing).
            path: save one output as exactly this file instead (with ``index`` when the job has several).
            index: save only this output (0 is the first).
            name: a file-name template in ``dest``, with ``{job_id}``, ``{index}`` (from 1), ``{count}`` and
                ``{ext}``; by default ``<job id><ext>``, or ``<job id>-<n><ext>`` when there are several.

        Returns:
            The saved paths, in the order of the job's URLs.

        Raises:
            KreaError: the job has no outputs.
            ValidationError: a bad ``index``, ``name`` or ``path``, or ``dest`` is a file (before fetching).
            DownloadError: a file could not be written; the job is unaffected.
        """
        return [_results.save(self, url, place) for url, place in _results.placements(job, dest, path, index, name)]

    def read(self, job: JobBase, index: int = 0, *, max_bytes: int | None = None) -> bytes:
        """Output ``index`` of a completed job, as bytes.

        Args:
            max_bytes: refuse an output larger than this (``DownloadError``), rather than hold it in memory.

        Raises:
            KreaError: the job has no outputs. ValidationError: no such ``index``.
            DownloadError: the output is over ``max_bytes``.
        """
        return _results.read(self, job, index, max_bytes)

    def iter_bytes(self, job: JobBase, index: int = 0, *, chunk_size: int | None = None) -> Iterator[bytes]:
        """Output ``index`` of a completed job, chunk by chunk as it arrives (not retried once started).

        Raises:
            KreaError: the job has no outputs. ValidationError: no such ``index``.
        """
        return _results.iter_bytes(self, job, index, chunk_size)

    def _job(self, path: str, response: Response[JobDocument]) -> Job:
        raw, document = job_parts(path, response)
        return Job(raw=raw, document=document, jobs=self)

    def _wait(
        self,
        job: Job | str,
        timeout: float | None,
        on_update: OnUpdate | None,
        cancel: bool,
        cancel_on_timeout: bool = False,
    ) -> Job:
        limit = self._client._wait_timeout(timeout)
        current = (
            job
            if isinstance(job, Job)
            else Job(raw={"job_id": check_id("job id", job), "status": "unknown"}, jobs=self)
        )
        reply: Any = None
        started = time.monotonic()
        try:
            with request_deadline(limit):  # every request of the wait, the first read included
                if not isinstance(job, Job):
                    current = self.get(job)
                flow = wait_flow(current, PollPolicy(timeout=limit), on_update=on_update)
                while True:
                    command = flow.send(reply)
                    if isinstance(command, Sleep):
                        self._client._sleep(command.seconds)
                        reply = None
                    elif isinstance(command, Fetch):
                        current = self.get(current.id)
                        reply = current
        except StopIteration as stop:
            done: Job = stop.value
            done.raise_for_outcome()
            return done
        except (DeadlinePassed, APIConnectionError, RetryPastDeadline) as exc:
            # A poll cut short by the wait's own deadline is the deadline too.
            if isinstance(exc, APIConnectionError) and time.monotonic() - started < limit:
                raise
            why = exc.error if isinstance(exc, RetryPastDeadline) else None
            if not cancel_on_timeout:
                raise job_timeout(current, limit, why=why) from why
            cancelled, note = self._cancel_pending(current)
            raise job_timeout(cancelled or current, limit, bool(cancelled), note, why) from why
        except KeyboardInterrupt:
            if cancel:
                cancelled, note = self._cancel_pending(current)
                if cancelled:
                    note = f"Interrupted: job {current.id} was cancelled and will not be billed."
                if note:
                    log.warning("%s", note)
            raise

    def _cancel_pending(self, job: Job) -> tuple[Job | None, str]:
        """Cancel a job that can still be cancelled: the cancelled job (or None) and what happened."""
        if _interrupt_plan(job) == "leave":
            return None, _left_alone(job) if job.id and not job.is_terminal else ""
        try:
            with request_deadline(CANCEL_TIME):  # a wait that ended must not hang on its cancel
                done = self.cancel(job.id)
        except KreaError as exc:
            return None, _cancel_failed(job, exc)
        return (done, "") if done.status == "cancelled" else (None, f"job {job.id} reads {done.status} after cancel.")


class AsyncJobs(AsyncResource):
    """``client.jobs`` of ``AsyncKrea``: the awaitable twin of ``Jobs``."""

    async def get(self, job_id: str) -> AsyncJob:
        """Read a job; see ``Jobs.get``."""
        from krea_api.api.jobs import get_job

        path = f"/jobs/{job_id}"
        return self._job(path, await self._request("GET", path, get_job.asyncio_detailed, id=job_id, client=self._api))

    async def cancel(self, job_id: str) -> AsyncJob:
        """Cancel a job; see ``Jobs.cancel``."""
        from krea_api.api.jobs import cancel_job

        path = f"/jobs/{job_id}"
        try:
            response = await self._request("DELETE", path, cancel_job.asyncio_detailed, id=job_id, client=self._api)
            return self._job(path, response)
        except UnexpectedResponseError:
            return await self.get(job_id)
        except ConflictError as conflict:
            try:
                job = await self.get(job_id)
            except KreaError:
                raise conflict from None
            return _after_conflict(job, conflict)

    async def list(
        self,
        *,
        status: str | None = None,
        types: str | Iterable[str] | None = None,
        limit: int | None = None,
        since: datetime.datetime | None = None,
    ) -> AsyncIterator[AsyncJob]:
        """Iterate over the account's jobs; see ``Jobs.list``."""
        from krea_api.api.jobs import list_jobs

        kwargs = list_arguments(status, types, limit)
        since = since_instant(since)

        async def fetch(cursor: str | None) -> Response[JobPage]:
            extra: dict[str, Any] = {"cursor": cursor} if cursor else {}
            return await self._request("GET", "/jobs", list_jobs.asyncio_detailed, client=self._api, **kwargs, **extra)

        async for document, sent in self._pages("/jobs", fetch, lambda page: page.items):
            raw, document = page_job("/jobs", document, sent)
            job = AsyncJob(raw=raw, document=document, jobs=self)
            if since is not None and job.created_at is not None and job.created_at < since:
                return
            yield job

    async def confirm(self, delivered: JobBase | Mapping[str, Any] | bytes | str) -> AsyncJob:
        """Re-read a job a webhook delivered; see ``Jobs.confirm``."""
        return await self.get(_delivered_id(delivered))

    async def find_uncertain(self, error: SubmissionUncertainError | datetime.datetime) -> builtins.list[AsyncJob]:
        """The jobs an uncertain submission may have created, newest first; see ``Jobs.find_uncertain``."""
        start, end = uncertain_window(error)
        return [
            job async for job in self.list(since=start, limit=1000) if job.created_at is None or job.created_at <= end
        ]

    async def wait(
        self,
        job_id: str,
        *,
        timeout: float | None = None,
        on_update: OnUpdate | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
    ) -> AsyncJob:
        """Poll a job until it is terminal; see ``Jobs.wait`` (task cancellation cancels the job)."""
        return await self._wait(job_id, timeout, on_update, cancel_on_interrupt, cancel_on_timeout)

    async def download(
        self,
        job: JobBase,
        dest: str | Path = ".",
        *,
        path: str | Path | None = None,
        index: int | None = None,
        name: str | None = None,
    ) -> builtins.list[Path]:
        """Save a completed job's outputs, up to four at once; see ``Jobs.download``."""
        import asyncio  # imported here, not at module level: keeps `import krea` fast for sync users

        planned = _results.placements(job, dest, path, index, name)
        limit = asyncio.Semaphore(4)

        async def one(url: str, place: _results.Placement) -> Path:
            async with limit:
                return await _results.asave(self, url, place)

        return builtins.list(await asyncio.gather(*(one(url, place) for url, place in planned)))

    async def read(self, job: JobBase, index: int = 0, *, max_bytes: int | None = None) -> bytes:
        """Output ``index`` of a completed job, as bytes; see ``Jobs.read``."""
        return await _results.aread(self, job, index, max_bytes)

    def iter_bytes(self, job: JobBase, index: int = 0, *, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """Output ``index`` of a completed job, as it arrives; see ``Jobs.iter_bytes``."""
        return _results.aiter_bytes(self, job, index, chunk_size)

    def _job(self, path: str, response: Response[JobDocument]) -> AsyncJob:
        raw, document = job_parts(path, response)
        return AsyncJob(raw=raw, document=document, jobs=self)

    async def _wait(
        self,
        job: AsyncJob | str,
        timeout: float | None,
        on_update: OnUpdate | None,
        cancel: bool,
        cancel_on_timeout: bool = False,
    ) -> AsyncJob:
        import asyncio

        limit = self._client._wait_timeout(timeout)
        current = (
            job
            if isinstance(job, AsyncJob)
            else AsyncJob(raw={"job_id": check_id("job id", job), "status": "unknown"}, jobs=self)
        )
        reply: Any = None
        started = time.monotonic()
        try:
            with request_deadline(limit):  # every request of the wait, the first read included
                if not isinstance(job, AsyncJob):
                    current = await self.get(job)
                flow = wait_flow(current, PollPolicy(timeout=limit), on_update=on_update)
                while True:
                    command = flow.send(reply)
                    if isinstance(command, Sleep):
                        await self._client._sleep(command.seconds)
                        reply = None
                    elif isinstance(command, Fetch):
                        current = await self.get(current.id)
                        reply = current
        except StopIteration as stop:
            done: AsyncJob = stop.value
            done.raise_for_outcome()
            return done
        except (DeadlinePassed, APIConnectionError, RetryPastDeadline) as exc:
            if isinstance(exc, APIConnectionError) and time.monotonic() - started < limit:
                raise
            why = exc.error if isinstance(exc, RetryPastDeadline) else None
            if not cancel_on_timeout:
                raise job_timeout(current, limit, why=why) from why
            cancelled, note = await self._cancel_pending(current)
            raise job_timeout(cancelled or current, limit, bool(cancelled), note, why) from why
        except (KeyboardInterrupt, asyncio.CancelledError):
            if cancel:
                cancelled, note = await self._cancel_pending(current)
                if cancelled:
                    note = f"Interrupted: job {current.id} was cancelled and will not be billed."
                if note:
                    log.warning("%s", note)
            raise

    async def _cancel_pending(self, job: AsyncJob) -> tuple[AsyncJob | None, str]:
        """Cancel a job that can still be cancelled; see ``Jobs._cancel_pending``."""
        if _interrupt_plan(job) == "leave":
            return None, _left_alone(job) if job.id and not job.is_terminal else ""
        try:
            with request_deadline(CANCEL_TIME):
                done = await self.cancel(job.id)
        except KreaError as exc:
            return None, _cancel_failed(job, exc)
        return (done, "") if done.status == "cancelled" else (None, f"job {job.id} reads {done.status} after cancel.")
