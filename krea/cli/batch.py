"""What does ``krea batch`` show and return? The command around the batch engine, with its progress and summary.

The engine (``krea.batch``) knows nothing of the command line: it returns a ``Summary`` and raises
``BatchError``. Here the summary becomes the exit code and the closing message, and a ``BatchError`` a
``CliError`` with the exit code of its kind.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ..batch.engine import Batch, Summary
from ..batch.errors import BatchError, BatchSetupError
from ..batch.journal import CANCELLED, COMPLETED, DONE, FAILED, INVALID, REFUSED, UNKNOWN, Row, default_journal
from ..batch.journal import read_lines as read_batch_lines
from ..batch.journals import open_journal
from ..batch.journals import status as journal_status
from ._exits import CliError, ExitCode
from ._options import CancelOnTimeoutOpt, JsonOpt, MockOpt, OutOpt, TimeoutOpt, begin
from ._output import Output
from ._signals import sigterm_cancels_task
from .generate import check_destination

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

_FINAL = DONE | {REFUSED, UNKNOWN, INVALID}


class _Display:
    """Progress for people: a bar of finished lines, and one line per line that ends."""

    def __init__(self, output: Output, total: int) -> None:
        self._output = output
        self._progress: Progress | None = None
        self._task: TaskID | None = None
        self._seen: set[int] = set()
        if not output.json:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            columns = (TextColumn("batch"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
            console = output.stderr()
            self._progress = Progress(*columns, console=console, transient=True, disable=not console.is_terminal)
            self._task = self._progress.add_task("lines", total=total)

    def __enter__(self) -> _Display:
        if self._progress is not None:
            self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()

    def change(self, row: Row) -> None:
        if self._progress is None or self._task is None or row.state not in _FINAL or row.line in self._seen:
            return
        self._seen.add(row.line)
        self._progress.advance(self._task)
        detail = ", ".join(row.paths) if row.state == COMPLETED else (row.error or "")
        self._progress.console.print(f"line {row.line}: {row.state}  {detail}", markup=False, soft_wrap=True)


def exit_code(summary: Summary) -> ExitCode:
    """The batch's exit code.

    The first that applies of: balance, unknown, failed, cancelled, timeout, rate limit, invalid lines,
    unfinished lines (but those other live workers hold); else 0.
    """
    checks = (
        (summary.count(REFUSED) > 0 or summary.stopped_for_balance, ExitCode.BALANCE),
        (summary.count(UNKNOWN) > 0, ExitCode.UNCERTAIN),
        (summary.count(FAILED) > 0, ExitCode.JOB_FAILED),
        (summary.count(CANCELLED) > 0, ExitCode.CANCELLED),
        (summary.timed_out > 0, ExitCode.TIMEOUT),
        (summary.rate_limited > 0, ExitCode.RATE_LIMIT),
        (summary.count(INVALID) > 0, ExitCode.USAGE),
        (summary.unfinished() > 0, ExitCode.ERROR),
    )
    return next((code for hit, code in checks if hit), ExitCode.OK)


@contextmanager
def _batch_errors_as_cli_errors() -> Iterator[None]:
    """Raise the engine's errors as the command's: a setup the command must change exits 2, anything else 1."""
    try:
        yield
    except BatchError as exc:
        error = CliError(str(exc), code=ExitCode.USAGE if isinstance(exc, BatchSetupError) else ExitCode.ERROR)
        for note in getattr(exc, "__notes__", []):  # e.g. the id of a job the journal could not record
            error.add_note(note)
        raise error from exc


def _result(row: Row) -> dict[str, Any]:
    return {"line": row.line, "state": row.state, "endpoint": row.endpoint, "job_id": row.job_id,
            "submitted_at": row.submitted_at, "paths": row.paths, "error": row.error}  # fmt: skip


def _problem(summary: Summary, code: ExitCode) -> str:
    counts = summary.counts()
    if code is ExitCode.BALANCE:
        return (
            f"stopped for balance: {counts['refused']} line(s) refused with 402 (nothing created), "
            f"{counts['remaining']} left; top up and run the same command again"
        )
    if code is ExitCode.UNCERTAIN:
        unknown = [row for row in summary.rows if row.state == UNKNOWN]
        sent = sorted({row.submitted_at for row in unknown if row.submitted_at})
        commands = " or ".join(f"`krea jobs find-uncertain --at {at}`" for at in sent[:3]) or "`krea jobs list`"
        more = f" (and {len(sent) - 3} more times, in the summary)" if len(sent) > 3 else ""
        return (
            f"{len(unknown)} line(s) may have created a job and were not resent (lines "
            f"{', '.join(str(row.line) for row in unknown)}); see the jobs they may have created with "
            f"{commands}{more}"
        )
    messages = {
        ExitCode.JOB_FAILED: f"{counts['failed']} job(s) failed (failed jobs are not billed)",
        ExitCode.CANCELLED: f"{counts['cancelled']} job(s) were cancelled (not billed)",
        ExitCode.TIMEOUT: f"{summary.timed_out} job(s) still running at the deadline; run again to keep waiting",
        ExitCode.RATE_LIMIT: f"{summary.rate_limited} line(s) refused with 429 (nothing created); run again later",
        ExitCode.USAGE: f"{counts['invalid']} invalid line(s), nothing sent for them; see the error of each line",
    }
    return messages.get(code, f"{counts['remaining']} line(s) unfinished; run the same command again to go on")


def _report(output: Output, summary: Summary, journal: str, out: Path) -> None:
    counts = summary.counts()
    document = {"journal": journal, "out": str(out), **counts, "skipped": summary.skipped,
                "stopped_for_balance": summary.stopped_for_balance, "exit_code": int(exit_code(summary)),
                "results": [_result(row) for row in summary.rows]}  # fmt: skip
    if output.json:
        output.emit(document)
        return
    rows = [{"outcome": key, "lines": value} for key, value in counts.items() if value or key != "elsewhere"]
    output.table(rows, ["outcome", "lines"])
    output.note(f"journal: {journal} (run the same command again to resume; nothing is submitted twice)")
    if summary.skipped:
        output.note(f"{summary.skipped} line(s) were already finished by an earlier run and were skipped.")


def batch(
    ctx: typer.Context,
    file: Annotated[
        Path, typer.Argument(help='JSONL: one {"endpoint": "image/bfl/flux-1-dev", "input": {...}} a line.')
    ],
    out: OutOpt = Path("out"),
    concurrency: Annotated[int, typer.Option("--concurrency", "-c", min=1, help="Lines in flight at once.")] = 4,
    journal: Annotated[
        str | None,
        typer.Option(
            "--journal",
            help="SQLite file (default: FILE.journal.sqlite; shared by processes on this machine), or a "
            "postgresql:// URL that workers on any machines share.",
        ),
    ] = None,
    worker_id: Annotated[
        str | None,
        typer.Option("--worker-id", help="This worker's name in the journal (PostgreSQL default: host:pid)."),
    ] = None,
    timeout: TimeoutOpt = None,
    cancel_on_timeout: CancelOnTimeoutOpt = False,
    json_mode: JsonOpt = None,
    mock: MockOpt = False,
) -> None:
    """Run every line of a JSONL file as a generation; safe to kill and run again (never pays twice).

    Where a model takes a media URL, "@FILE" in a line's input uploads that local file first (read from the
    input file's folder when relative).

    ``krea batch status --journal J`` shows a batch's progress instead: lines per state, and per worker.
    """
    with _batch_errors_as_cli_errors():
        session, output = begin(ctx, mock=mock, json_mode=json_mode)
        if str(file) == "status" and not file.exists():
            if journal is None:
                raise CliError("krea batch status needs --journal: the batch's SQLite file or postgresql:// URL",
                               code=ExitCode.USAGE)  # fmt: skip
            _show_status(output, journal_status(journal))
            return
        check_destination(out)
        lines = read_batch_lines(file)
        where = journal or str(default_journal(file))

        async def go(display: _Display) -> Summary | None:
            with sigterm_cancels_task() as sigterm:
                try:
                    async with session.async_client() as client:
                        engine = Batch(client, open_journal_, lines, out=out, concurrency=concurrency,
                                       timeout=timeout, cancel_on_timeout=cancel_on_timeout, base=file.parent,
                                       on_change=display.change)  # fmt: skip
                        return await engine.run()
                except asyncio.CancelledError:
                    if sigterm.received:
                        return None  # stopped like Ctrl-C; returning keeps asyncio from logging a traceback
                    raise

        with open_journal(where, worker_id=worker_id) as open_journal_, _Display(output, len(lines)) as display:
            try:
                summary, stopped = asyncio.run(go(display)), ExitCode.TERMINATED  # go() gives None after SIGTERM
            except KeyboardInterrupt:
                summary, stopped = None, ExitCode.INTERRUPTED
        if summary is None:
            what = "Terminated (SIGTERM)" if stopped is ExitCode.TERMINATED else "Interrupted"
            raise CliError(
                f"{what}: submitted jobs keep running and nothing was cancelled; run the same command again to wait "
                "for them (nothing is resubmitted).",
                code=stopped,
            )
        _report(output, summary, open_journal_.where, out)
        code = exit_code(summary)
        if code is not ExitCode.OK:
            raise CliError(_problem(summary, code), code=code)


def _show_status(output: Output, status: dict[str, Any]) -> None:
    if output.json:
        output.emit(status)
        return
    output.table([{"state": state, "lines": n} for state, n in status["states"].items()], ["state", "lines"])
    workers = [
        {**worker, "lines": ", ".join(f"{state} {n}" for state, n in sorted(worker["lines"].items()))}
        for worker in status["workers"]
    ]
    if workers:
        output.table(workers, ["worker", "host", "pid", "alive", "lines", "last_activity"], title="workers")
    output.note(f"journal: {status['journal']}, {status['lines']} line(s)")
    if status["stopped_for_balance"]:
        output.note(f"new submissions are stopped by a 402: {status['stopped_for_balance']}")


def register(app: typer.Typer) -> None:
    """Add ``krea batch`` to the root app."""
    app.command()(batch)
