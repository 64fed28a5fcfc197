"""What does ``krea jobs`` do? List, find, read, wait for and cancel jobs: thin commands over ``client.jobs``."""

from __future__ import annotations

import datetime
import itertools
from typing import Annotated, Any

import typer

from .._errors import KreaError, ValidationError
from ._options import CancelOnTimeoutOpt, JsonOpt, LimitOpt, MockOpt, OutOpt, TimeoutOpt, begin
from .generate import DEFAULT_OUT, check_destination, job_summary, name_the_job, save, wait_for

jobs_app = typer.Typer(help="Read, list, wait for and cancel jobs.", no_args_is_help=True)

JobIdArg = Annotated[str, typer.Argument(help="The job id.")]


def _since(value: str | None) -> datetime.datetime | None:
    if value is None:
        return None
    try:
        moment = datetime.datetime.fromisoformat(value)
    except ValueError:
        raise ValidationError(
            f"the time must be an ISO 8601 date-time such as 2026-06-01T09:00:00Z, got {value!r}"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=datetime.UTC)


def _job_row(job: Any) -> dict[str, Any]:
    return {"id": job.id, "status": job.status, "type": job.raw.get("type"), "created_at": job.raw.get("created_at")}


@jobs_app.command("list")
def jobs_list(
    ctx: typer.Context,
    status: Annotated[str | None, typer.Option("--status", help="Only jobs in this status.")] = None,
    types: Annotated[list[str] | None, typer.Option("--type", help="Only jobs of this type (repeatable).")] = None,
    since: Annotated[str | None, typer.Option("--since", help="Only jobs created at or after this instant.")] = None,
    limit: LimitOpt = 20,
    json_mode: JsonOpt = None,
    mock: MockOpt = False,
) -> None:
    """List the account's jobs, newest first."""
    session, output = begin(ctx, mock=mock, json_mode=json_mode)
    with session.client() as client:
        found = client.jobs.list(status=status, types=types, limit=min(limit, 1000), since=_since(since))
        jobs = list(itertools.islice(found, limit))
    if output.json:
        output.emit([job.raw for job in jobs])
    else:
        output.table([_job_row(job) for job in jobs], ["id", "status", "type", "created_at"])


@jobs_app.command("find-uncertain")
def jobs_find_uncertain(
    ctx: typer.Context,
    at: Annotated[str, typer.Option("--at", help="When the uncertain submission was sent (the time its error names).")],
    json_mode: JsonOpt = None,
    mock: MockOpt = False,
) -> None:
    """List the jobs an uncertain submission (exit code 9) may have created, newest first.

    Krea has no idempotency key: these are the jobs created within 5 minutes either side of --at (the
    clock-skew margin). Submit again only if the job you meant is not among them.
    """
    session, output = begin(ctx, mock=mock, json_mode=json_mode)
    sent = _since(at)
    assert sent is not None  # --at is required
    with session.client() as client:
        jobs = client.jobs.find_uncertain(sent)
    if output.json:
        output.emit([job.raw for job in jobs])
    else:
        output.table([_job_row(job) for job in jobs], ["id", "status", "type", "created_at"])


@jobs_app.command("get")
def jobs_get(ctx: typer.Context, job_id: JobIdArg, json_mode: JsonOpt = None, mock: MockOpt = False) -> None:
    """Show one job."""
    session, output = begin(ctx, mock=mock, json_mode=json_mode)
    with session.client() as client:
        output.emit(client.jobs.get(job_id).raw)


@jobs_app.command("wait")
def jobs_wait(
    ctx: typer.Context,
    job_id: JobIdArg,
    out: OutOpt = DEFAULT_OUT,
    no_download: Annotated[bool, typer.Option("--no-download", help="Do not save the results.")] = False,
    cancel: Annotated[
        bool, typer.Option("--cancel", help="On Ctrl-C or SIGTERM cancel the job (default: leave it running).")
    ] = False,
    timeout: TimeoutOpt = None,
    cancel_on_timeout: CancelOnTimeoutOpt = False,
    json_mode: JsonOpt = None,
    mock: MockOpt = False,
) -> None:
    """Wait for a job submitted earlier, with live progress, and save its results into --out.

    Ctrl-C or SIGTERM stops watching and leaves the job running (it may be billed) unless --cancel is given.
    """
    session, output = begin(ctx, mock=mock, json_mode=json_mode)
    if not no_download:
        check_destination(out)
    destination = None if no_download else out
    with session.client() as client:
        job = client.jobs.get(job_id)
        try:
            done = wait_for(client, session, output, job, timeout=timeout, cancel=cancel, out=destination,
                            left_running="(add --cancel to cancel it)",
                            cancel_on_timeout=cancel_on_timeout)  # fmt: skip
            paths = [] if no_download else save(output, done, out)
        except (KreaError, OSError) as exc:
            name_the_job(exc, job.id, destination)
            raise
        if output.json:
            output.emit(job_summary(done, paths=paths))
        elif no_download:
            output.note(f"Job {done.id} is {done.status}")


@jobs_app.command("cancel")
def jobs_cancel(ctx: typer.Context, job_id: JobIdArg, json_mode: JsonOpt = None, mock: MockOpt = False) -> None:
    """Cancel a job that is still queued or processing; it will not be billed."""
    session, output = begin(ctx, mock=mock, json_mode=json_mode)
    with session.client() as client:
        job = client.jobs.cancel(job_id)
    output.note(f"Job {job.id} is {job.status}; cancelled jobs are not billed.")
    if output.json:
        output.emit(job.raw)


def register(app: typer.Typer) -> None:
    """Add ``krea jobs`` to the root app."""
    app.add_typer(jobs_app, name="jobs")
