# Generated from krea/_async/_jobs.py by scripts/unasync.py: edit that file, then run `make generate`.
"""Jobs: ``Job`` (a job you hold) and ``Jobs`` (``client.jobs``).

Waiting cancels the remote job when the wait is interrupted (Ctrl-C, or with ``krea.AsyncKrea`` cancelling its
task) while the job can still be cancelled, because a cancelled job is never billed; a job already past that point is
left alone and the user is told it will be billed. The rules are in ``krea/_jobs.py``; this module sends.
"""

from __future__ import annotations

import builtins
import datetime
import functools
import logging
import time
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from .._config import NOT_GIVEN, NotGiven
from .._constants import CANCEL_TIME
from .._errors import (
    APIConnectionError,
    ConflictError,
    KreaError,
    SubmissionUncertainError,
    UnexpectedResponseError,
    job_timeout,
)
from .._http import RetryPastDeadline, isolated, time_left
from .._http import deadline as request_deadline
from .._job import JobBase
from .._jobs import (
    ListArguments,
    OnUpdate,
    after_conflict,
    cancel_failed,
    delivered_id,
    interrupt_plan,
    job_parts,
    left_alone,
    list_arguments,
    page_job,
    since_instant,
    uncertain_window,
    wait_limit,
)
from .._json import JSONObject
from .._options import CallOptions, applied
from .._polling import DeadlinePassed, Fetch, PollPolicy, Sleep, average_left, wait_flow
from .._resource import check_id, parsed
from .._watch import listing_response
from . import _results
from ._flavour import INTERRUPTS, run_limited
from ._resource import Resource, job_operation
from ._watcher import Watcher

if TYPE_CHECKING:
    from krea_api.client import Client
    from krea_api.models import Job as JobDocument
    from krea_api.models import JobPage
    from krea_api.types import Response

log = logging.getLogger("krea")


def _list_jobs_as_sent(*, client: Client, params: Mapping[str, str | int]) -> Response[JSONObject]:
    """A generated-style operation for ``GET /jobs`` that reads the page as JSON only (``listing_response``)."""
    return listing_response(client.get_httpx_client().request("get", "/jobs", params=params))


@attrs.define(eq=False, repr=False)
class Job(JobBase):
    """A job read with the client; its methods call the API."""

    _jobs: Jobs = attrs.field(alias="jobs", repr=False)

    def refresh(
        self, *, request_timeout: float | NotGiven | None = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None
    ) -> Job:
        """Read the job again and update this object in place.

        Returns:
            This job, updated.
        """
        self._take(self._jobs.get(self.id, request_timeout=request_timeout, extra_headers=extra_headers))
        return self

    def wait(
        self,
        *,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job:
        """Wait until the job is terminal and update this object; see ``wait`` of ``client.jobs``."""
        with self._jobs._call_options(request_timeout, extra_headers):
            self._take(self._jobs._wait(self, timeout, on_update, cancel_on_interrupt, cancel_on_timeout))
        return self

    def cancel(
        self, *, request_timeout: float | NotGiven | None = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None
    ) -> Job:
        """Cancel the job; see ``cancel`` of ``client.jobs``."""
        self._take(self._jobs.cancel(self.id, request_timeout=request_timeout, extra_headers=extra_headers))
        return self

    def download(
        self,
        dest: str | Path = ".",
        *,
        path: str | Path | None = None,
        index: int | None = None,
        name: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[Path]:
        """Save the outputs into the folder ``dest`` (or one as ``path``); see ``download`` of ``client.jobs``."""
        return self._jobs.download(
            self, dest, path=path, index=index, name=name, request_timeout=request_timeout, extra_headers=extra_headers
        )

    def read(
        self,
        index: int = 0,
        *,
        max_bytes: int | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bytes:
        """Output ``index`` as bytes; see ``read`` of ``client.jobs``."""
        return self._jobs.read(
            self, index, max_bytes=max_bytes, request_timeout=request_timeout, extra_headers=extra_headers
        )

    def iter_bytes(
        self,
        index: int = 0,
        *,
        chunk_size: int | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[bytes]:
        """Output ``index`` as it arrives; see ``iter_bytes`` of ``client.jobs``."""
        return self._jobs.iter_bytes(
            self, index, chunk_size=chunk_size, request_timeout=request_timeout, extra_headers=extra_headers
        )


class Jobs(Resource):
    """``client.jobs``: read, list, cancel, wait for and download jobs."""

    @functools.cached_property
    def _watcher(self) -> Watcher[Job]:
        """The reads of the jobs this client's waits are waiting on, made together."""
        return Watcher(self)

    def get(
        self,
        job_id: str,
        *,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job:
        """Read a job.

        Raises:
            NotFoundError: no such job, or it belongs to another account.
        """
        from krea_api.api.jobs import get_job

        path = f"/jobs/{job_id}"
        with self._call_options(request_timeout, extra_headers):
            response = self._request("GET", path, job_operation(get_job), id=job_id, client=self._api)
        return self._job(path, response)

    def cancel(
        self,
        job_id: str,
        *,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job:
        """Cancel a job that is still ``queued`` or ``processing``; it will not be billed.

        Returns:
            The job as it reads after the cancel.

        Raises:
            ConflictError: the job is no longer cancellable (e.g. it completed; it stays billed once).
            NotFoundError: no such job.
        """
        from krea_api.api.jobs import cancel_job

        path = f"/jobs/{job_id}"
        with self._call_options(request_timeout, extra_headers):
            try:
                response = self._request("DELETE", path, job_operation(cancel_job), id=job_id, client=self._api)
                return self._job(path, response)
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
                return after_conflict(job, conflict)

    def list(
        self,
        *,
        status: str | None = None,
        types: str | Iterable[str] | None = None,
        limit: int | None = None,
        since: datetime.datetime | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[Job]:
        """Iterate over the account's jobs, newest first, across every page.

        Args:
            status: keep only jobs in this status.
            types: keep only these job types (e.g. ``"flux"``, ``["k1", "externalImage"]``).
            limit: the page size (1-1000); iteration still covers every page.
            since: stop at the first job created before this instant.

        Raises:
            ValidationError: a bad filter or option, at the call (before any request).
        """
        kwargs = list_arguments(status, types, limit)
        return self._listed(kwargs, since_instant(since), self._checked_options(request_timeout, extra_headers))

    def _listed(
        self, kwargs: ListArguments, since: datetime.datetime | None, options: CallOptions | None
    ) -> Iterator[Job]:
        from krea_api.api.jobs import list_jobs

        def fetch(cursor: str | None) -> Response[JobPage]:
            arguments = kwargs.copy()
            if cursor:
                arguments["cursor"] = cursor
            with applied(options):  # per page: never held across a yield to the caller
                return self._request("GET", "/jobs", list_jobs.sync_detailed, client=self._api, **arguments)

        for document, sent in self._pages("/jobs", fetch, lambda page: page.items):
            raw, document = page_job("/jobs", document, sent)
            job = Job(raw=raw, document=document, jobs=self)
            if since is not None and job.created_at is not None and job.created_at < since:
                return
            yield job

    def confirm(
        self,
        delivered: JobBase | Mapping[str, object] | bytes | str,
        *,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job:
        """Re-read a job a webhook delivered, with this client's key: the check Krea documents.

        Args:
            delivered: what ``krea.webhooks.parse`` returned, or the delivery body itself.

        Returns:
            The job as the API has it now (act on this, not on the delivery).

        Raises:
            ValidationError: the delivery is not a job document.
            NotFoundError: no such job in this account (a forged or foreign delivery).
        """
        return self.get(delivered_id(delivered), request_timeout=request_timeout, extra_headers=extra_headers)

    def find_uncertain(
        self,
        error: SubmissionUncertainError | datetime.datetime,
        *,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> builtins.list[Job]:
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
        jobs = self.list(since=start, limit=1000, request_timeout=request_timeout, extra_headers=extra_headers)
        found = [job for job in jobs if job.created_at is None or job.created_at <= end]
        # Newest first whatever order the pages came in; a job without created_at last.
        found.sort(key=lambda job: job.created_at.timestamp() if job.created_at else float("-inf"), reverse=True)
        return found

    def wait(
        self,
        job_id: str,
        *,
        timeout: float | None = None,
        on_update: OnUpdate[Job] | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job:
        """Poll a job until it is terminal and return it when it completed.

        Args:
            timeout: the deadline in seconds; None means the client's default (never "forever").
            on_update: called with the job on every status change.
            cancel_on_interrupt: when the wait is interrupted (Ctrl-C; with ``krea.AsyncKrea``, cancelling the
                task too), cancel the job while it can still be cancelled.
            cancel_on_timeout: when the deadline passes, cancel the job while it can still be cancelled (it
                is then not billed); ``JobTimeoutError.cancelled`` says whether it was.
            request_timeout: seconds for each HTTP request of the wait (each poll), not the wait's deadline.
            extra_headers: headers added to each of its API requests.

        Raises:
            JobFailedError: the job failed (not billed).
            JobCancelledError: the job was cancelled (not billed).
            JobTimeoutError: the deadline passed; the job is left running unless ``cancel_on_timeout``.
        """
        with self._call_options(request_timeout, extra_headers):
            return self._wait(job_id, timeout, on_update, cancel_on_interrupt, cancel_on_timeout)

    def download(
        self,
        job: JobBase,
        dest: str | Path = ".",
        *,
        path: str | Path | None = None,
        index: int | None = None,
        name: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> builtins.list[Path]:
        """Save a completed job's outputs, each atomically (a temporary file renamed into place); with
        ``krea.AsyncKrea``, up to four at once.

        Args:
            dest: the folder to save into (created if missing).
            path: save one output as exactly this file instead (with ``index`` when the job has several).
            index: save only this output (0 is the first).
            name: a file-name template in ``dest``, with ``{job_id}``, ``{index}`` (from 1), ``{count}`` and
                ``{ext}``; by default ``<job id><ext>``, or ``<job id>-<n><ext>`` when there are several.
            request_timeout: seconds for each fetch (per read), instead of the client's ``timeout``.
            extra_headers: headers for a result served from the API's own origin; a result host elsewhere gets
                neither them nor the key.

        Returns:
            The saved paths, in the order of the job's URLs.

        Raises:
            KreaError: the job has no outputs.
            ValidationError: a bad ``index``, ``name`` or ``path``, or ``dest`` is a file (before fetching).
            DownloadError: a file could not be written; the job is unaffected.
        """
        planned = _results.placements(job, dest, path, index, name)
        saves = [functools.partial(_results.save, self._requester, url, place) for url, place in planned]
        with self._call_options(request_timeout, extra_headers):
            return run_limited(saves, 4)

    def read(
        self,
        job: JobBase,
        index: int = 0,
        *,
        max_bytes: int | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bytes:
        """Output ``index`` of a completed job, as bytes.

        Args:
            max_bytes: refuse an output larger than this (``DownloadError``), rather than hold it in memory.
            request_timeout: as for ``download``.
            extra_headers: as for ``download``.

        Raises:
            KreaError: the job has no outputs. ValidationError: no such ``index``.
            DownloadError: the output is over ``max_bytes``.
        """
        with self._call_options(request_timeout, extra_headers):
            return _results.read(self._requester, job, index, max_bytes)

    def iter_bytes(
        self,
        job: JobBase,
        index: int = 0,
        *,
        chunk_size: int | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[bytes]:
        """Output ``index`` of a completed job, chunk by chunk as it arrives (not retried once started).

        Raises:
            KreaError: the job has no outputs. ValidationError: no such ``index``.
        """
        return _results.iter_bytes(
            self._requester, job, index, chunk_size, self._checked_options(request_timeout, extra_headers)
        )

    def _listing_page(self, cursor: str | None, limit: int) -> JSONObject:
        """One page of the account's jobs (``GET /jobs``, newest first), as sent: the watcher's read."""
        arguments: dict[str, str | int] = {"limit": limit}
        if cursor:
            arguments["cursor"] = cursor
        response = self._request("GET", "/jobs", _list_jobs_as_sent, client=self._api, params=arguments)
        return parsed("/jobs", response)

    def _held(self, raw: JSONObject) -> Job:
        """A job read from its document as sent (a listing's item).

        Raises:
            ValidationError: it is not a job document.
        """
        return Job(raw=raw, jobs=self)

    def _job(self, path: str, response: Response[JobDocument] | Response[JSONObject]) -> Job:
        raw, document = job_parts(path, response)
        return Job(raw=raw, document=document, jobs=self)

    def _wait(
        self,
        job: Job | str,
        timeout: float | None,
        on_update: OnUpdate[Job] | None,
        cancel: bool,
        cancel_on_timeout: bool = False,
    ) -> Job:
        limit = wait_limit(self._requester.settings.wait_timeout, timeout)
        on_update = isolated(on_update)  # the user's code: outside this wait's deadline and options
        if isinstance(job, Job):
            current = job
        else:
            current = Job(raw={"job_id": check_id("job id", job), "status": "unknown"}, jobs=self)
        reply: Job | None = None
        started = time.monotonic()
        try:
            with request_deadline(limit):  # every request of the wait, the first read included
                if not isinstance(job, Job):
                    current = self.get(job)
                average, submitted = current._expected or (None, None)
                average = average_left(average, submitted, time.monotonic())
                flow = wait_flow(current, PollPolicy(timeout=limit, average=average), on_update=on_update)
                with self._watcher.watching(current):  # waits in progress at once read their jobs together
                    while True:
                        command = flow.send(reply)
                        if isinstance(command, Sleep):
                            # Cut to the time left: the schedule counts its pauses, not the time reads took.
                            left = time_left()
                            pause = command.seconds if left is None else max(0.0, min(command.seconds, left))
                            self._watcher.pause(current, pause)
                            reply = None
                        elif isinstance(command, Fetch):
                            current = self._watcher.read(current)
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
        except INTERRUPTS:
            if cancel:
                cancelled, note = self._cancel_pending(current)
                if cancelled:
                    note = f"Interrupted: job {current.id} was cancelled and will not be billed."
                if note:
                    log.warning("%s", note)
            raise

    def _cancel_pending(self, job: Job) -> tuple[Job | None, str]:
        """Cancel a job that can still be cancelled: the cancelled job (or None) and what happened."""
        if interrupt_plan(job) == "leave":
            return None, left_alone(job) if job.id and not job.is_terminal else ""
        try:
            with request_deadline(CANCEL_TIME):  # a wait that ended must not hang on its cancel
                done = self.cancel(job.id)
        except KreaError as exc:
            return None, cancel_failed(job, exc)
        return (done, "") if done.status == "cancelled" else (None, f"job {job.id} reads {done.status} after cancel.")
