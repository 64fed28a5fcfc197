"""How does ``krea batch`` run many generations so that a crash, even ``kill -9``, never makes it pay twice?

Lines run with bounded concurrency on ``AsyncKrea``, each step journaled first (see ``journal``); the
journal hands out the lines (``claim``), so several workers on one PostgreSQL journal never take the same one.
Run again with the same journal, a ``submitted`` line is waited for (never resubmitted), a finished one is
skipped, and a line still ``submitting`` (the process died between sending and the answer) becomes
``unknown`` and is reported, not resent. ``pending``, ``refused`` and ``invalid`` lines are tried again:
nothing was created for them. A 402 stops new submissions (on every worker of the journal) while the jobs in
flight finish.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .. import _catalogue, _uploads
from .._async._client import AsyncKrea
from .._client import files_to_upload
from .._errors import (
    APIConnectionError,
    APIStatusError,
    InsufficientBalanceError,
    JobCancelledError,
    JobFailedError,
    JobTimeoutError,
    KreaDeprecationWarning,
    KreaError,
    RateLimitError,
    ValidationError,
)
from .journal import (
    CANCELLED,
    COMPLETED,
    FAILED,
    INVALID,
    PENDING,
    REFUSED,
    RETRYABLE,
    SUBMITTED,
    SUBMITTING,
    UNKNOWN,
    Journal,
    Line,
    Row,
    now,
)

if TYPE_CHECKING:
    from .._assets import FileInput


@dataclass
class Summary:
    """How a batch ended, line by line and in counts."""

    rows: list[Row]
    """The final row of every line of the file, in file order (never-tried lines are ``pending``)."""
    skipped: int = 0
    """Lines already finished by an earlier run, not touched by this one."""
    stopped_for_balance: bool = False
    """A 402 stopped new submissions."""
    timed_out: int = 0
    """Lines whose wait passed its deadline this run (still running; a re-run waits again)."""
    rate_limited: int = 0
    """Lines refused with 429 this run (nothing created; a re-run submits them)."""
    elsewhere: int = 0
    """Unfinished lines that other live workers of a shared journal hold: theirs to finish, not this run's."""

    def count(self, *states: str) -> int:
        """How many lines end in any of ``states``."""
        return sum(1 for row in self.rows if row.state in states)

    def counts(self) -> dict[str, int]:
        """The totals the summary prints: completed, failed, cancelled, refused, unknown, invalid, remaining."""
        return {
            "lines": len(self.rows),
            "completed": self.count(COMPLETED),
            "failed": self.count(FAILED),
            "cancelled": self.count(CANCELLED),
            "refused": self.count(REFUSED),
            "unknown": self.count(UNKNOWN),
            "invalid": self.count(INVALID),
            "remaining": self.count(PENDING, SUBMITTED),
            "elsewhere": self.elsewhere,
        }

    def unfinished(self) -> int:
        """Lines this run left unfinished (``pending`` or ``submitted``) that no other live worker holds."""
        return max(self.count(PENDING, SUBMITTED) - self.elsewhere, 0)


OnChange = Callable[[Row], None]


class Batch:
    """One run over a file's lines with bounded concurrency, journaling every step.

    Args:
        client: The async client that submits, waits and downloads.
        journal: The journal of this file (checked against ``lines`` first).
        lines: The file's lines.
        out: The folder for downloads.
        concurrency: Lines in flight at once.
        timeout: Each wait's deadline in seconds (None: the client's default).
        cancel_on_timeout: Cancel a job still cancellable when its wait's deadline passes (not billed).
        base: The folder ``@FILE`` inputs are read from (the input file's).
        on_change: Called with a line's row after each step, for progress displays.

    Raises:
        ValueError: ``concurrency`` is below 1.
    """

    def __init__(
        self,
        client: AsyncKrea,
        journal: Journal,
        lines: Sequence[Line],
        *,
        out: Path,
        concurrency: int = 4,
        timeout: float | None = None,
        cancel_on_timeout: bool = False,
        base: Path | None = None,
        on_change: OnChange | None = None,
    ) -> None:
        if concurrency < 1:
            raise ValueError(f"concurrency must be at least 1, got {concurrency}")
        self._client, self._journal, self._lines = client, journal, list(lines)
        self._out, self._concurrency, self._timeout = out, concurrency, timeout
        self._cancel_on_timeout, self._base = cancel_on_timeout, base if base is not None else Path.cwd()
        self._on_change = on_change or (lambda row: None)
        self._stop = False
        self._timed_out = 0
        self._rate_limited = 0

    async def run(self) -> Summary:
        """Resume or start the batch; return the summary once no line can make progress.

        Raises:
            BatchSetupError: the journal belongs to another file.
            JournalError: the journal failed, or another live run holds a line this one was working on.
        """
        by_number = {line.number: line for line in self._lines}
        before = self._journal.rows()
        skipped = sum(1 for line in self._lines if _finished(before.get(line.number)))
        for row in self._journal.begin(self._lines):
            self._change(row)

        async def worker() -> None:
            while (claim := self._journal.claim(new=not self._stopped())) is not None:
                await self._process(by_number[claim.number], claim.job_id)

        await asyncio.gather(*(worker() for _ in range(self._concurrency)))
        for row in self._journal.sweep():
            self._change(row)
        final = self._journal.rows()
        ordered = [
            final.get(line.number) or Row(line.number, line.digest, PENDING, line.endpoint) for line in self._lines
        ]
        elsewhere = self._journal.elsewhere()
        return Summary(ordered, skipped, self._stopped(), self._timed_out, self._rate_limited, elsewhere)

    def _stopped(self) -> bool:
        return self._stop or self._journal.stopped()

    def _change(self, row: Row) -> None:
        self._on_change(row)

    async def _process(self, line: Line, job_id: str | None) -> None:
        if job_id is None:
            job_id = await self._submit(line)
            if job_id is None:
                return
        await self._finish(line, job_id)

    async def _submit(self, line: Line) -> str | None:
        if line.problem is not None or line.endpoint is None:
            self._change(self._journal.record(line, INVALID, error=line.problem))
            return None
        family, model = line.endpoint.split("/", 1)
        try:  # the same check the client makes, made here so a bad line is never journaled as sent
            found = _catalogue.find(family, model)
            files = _uploads.plan(found.schema_name, _uploads.at_files(found.schema_name, line.input, self._base))
            params = await self._upload(files, files_to_upload(found, files))
        except ValidationError as exc:
            self._change(self._journal.record(line, INVALID, error=str(exc)))
            return None
        except KreaError as exc:  # an upload failed: no job was asked for, so the line is tried again later
            self._change(self._journal.record(line, PENDING, error=f"uploading its files failed: {exc}"))
            return None
        self._change(self._journal.record(line, SUBMITTING, submitted_at=now(), error=None))
        try:
            job = await getattr(self._client, family)(model, **params)
        except ValidationError as exc:  # checked before sending: nothing left the machine
            self._change(self._journal.record(line, INVALID, error=str(exc)))
            return None
        except InsufficientBalanceError as exc:
            self._stop = True
            self._journal.stop_new(str(exc))
            self._change(self._journal.record(line, REFUSED, error=str(exc)))
            return None
        except RateLimitError as exc:  # refused: nothing was created
            self._rate_limited += 1
            self._change(self._journal.record(line, PENDING, error=str(exc)))
            return None
        except APIStatusError as exc:
            # A 4xx is a refusal (nothing created); a 5xx after a POST comes as SubmissionUncertainError.
            state = INVALID if exc.status_code < 500 else UNKNOWN
            self._change(self._journal.record(line, state, error=str(exc)))
            return None
        except APIConnectionError as exc:  # after a POST only when it never reached the server
            self._change(self._journal.record(line, PENDING, error=str(exc)))
            return None
        except KreaError as exc:  # SubmissionUncertainError and anything unclear: a job may exist
            self._change(self._journal.record(line, UNKNOWN, error=str(exc)))
            return None
        except KreaDeprecationWarning as exc:  # raised where warnings are errors (-W error): the job was created
            if exc.job_id is None:
                self._change(self._journal.record(line, UNKNOWN, error=str(exc)))
                return None
            created = exc.job_id
        except Exception as exc:  # a bug: a job may exist, and the other lines in flight must go on
            self._change(self._journal.record(line, UNKNOWN, error=f"{type(exc).__name__}: {exc}"))
            return None
        else:
            created = str(job.id)
        try:
            self._change(self._journal.record(line, SUBMITTED, job_id=created))
        except BaseException as exc:  # the job exists: never let its id be lost with the journal's failure
            exc.add_note(
                f"Line {line.number} created job {created}, which the journal could not record; "
                f"collect it with `krea jobs wait {created}`."
            )
            raise
        return created

    async def _upload(self, files: _uploads.Plan, checked: Mapping[tuple[str, str], FileInput]) -> dict[str, object]:
        """A line's ``@FILE`` inputs (``checked``: every one validated and size-checked, so a line refused for
        one file uploads none) uploaded as assets, before its submission is journaled (an upload creates no job:
        a failed one leaves the line to try again)."""
        urls = {key: (await self._client.assets.upload(file)).image_url for key, file in checked.items()}
        return files.with_urls(urls)

    async def _finish(self, line: Line, job_id: str) -> None:
        try:
            job = await self._client.jobs.wait(
                job_id, timeout=self._timeout, cancel_on_interrupt=False, cancel_on_timeout=self._cancel_on_timeout
            )
            paths = await job.download(self._out) if job.urls else []
        except JobFailedError as exc:
            self._change(self._journal.record(line, FAILED, outcome=FAILED, error=str(exc)))
        except JobCancelledError as exc:
            self._change(self._journal.record(line, CANCELLED, outcome=CANCELLED, error=str(exc)))
        except JobTimeoutError as exc:
            if exc.cancelled:  # --cancel-on-timeout: cancelled at the deadline, not billed
                self._change(self._journal.record(line, CANCELLED, outcome=CANCELLED, error=str(exc)))
                return
            self._timed_out += 1
            self._change(self._journal.record(line, SUBMITTED, error=f"still {exc.job.status}; re-run to wait again"))
        except Exception as exc:  # KreaError, OSError or a bug: the job exists, and a re-run waits for it again
            self._change(self._journal.record(line, SUBMITTED, error=f"{type(exc).__name__}: {exc}"))
        else:
            done = [str(p) for p in paths]
            self._change(self._journal.record(line, COMPLETED, outcome=COMPLETED, paths=done, error=None))


def _finished(row: Row | None) -> bool:
    """Whether a run that starts now leaves the line alone: an earlier run finished it."""
    if row is None or row.state in RETRYABLE or row.state == SUBMITTING:
        return False
    return not (row.state == SUBMITTED and row.job_id)
