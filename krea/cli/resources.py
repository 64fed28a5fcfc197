"""What do ``krea jobs``, ``krea assets`` and ``krea styles`` do? Thin commands over the client's resources."""

from __future__ import annotations

import datetime
import itertools
from pathlib import Path
from typing import Annotated, Any

import typer

from .._errors import KreaError, ValidationError
from ._options import CancelOnTimeoutOpt, DetachOpt, JsonOpt, LimitOpt, MockOpt, OutOpt, TimeoutOpt, begin, finite
from ._output import to_plain
from .generate import DEFAULT_OUT, check_destination, job_summary, name_the_job, save, submitting, wait_for

jobs_app = typer.Typer(help="Read, list, wait for and cancel jobs.", no_args_is_help=True)
assets_app = typer.Typer(help="Upload and manage input media.", no_args_is_help=True)
styles_app = typer.Typer(help="Train, find, update and share styles (LoRAs).", no_args_is_help=True)

JobIdArg = Annotated[str, typer.Argument(help="The job id.")]
AssetIdArg = Annotated[str, typer.Argument(help="The asset id.")]
StyleIdArg = Annotated[str, typer.Argument(help="The style id.")]


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


# ---- jobs


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


# ---- assets


@assets_app.command("upload")
def assets_upload(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="The file to upload (at most 75 MB).")],
    description: Annotated[str | None, typer.Option("--description", help="A note kept with the asset.")] = None,
    json_mode: JsonOpt = None,
    mock: MockOpt = False,
) -> None:
    """Upload a file; its image_url can be passed to generation requests."""
    session, output = begin(ctx, mock=mock, json_mode=json_mode)
    with session.client() as client:
        output.emit(client.assets.upload(file, description=description))


@assets_app.command("list")
def assets_list(ctx: typer.Context, limit: LimitOpt = 20, json_mode: JsonOpt = None, mock: MockOpt = False) -> None:
    """List the account's assets."""
    session, output = begin(ctx, mock=mock, json_mode=json_mode)
    with session.client() as client:
        assets = [to_plain(a) for a in itertools.islice(client.assets.list(limit=min(limit, 100)), limit)]
    output.table(assets, ["id", "image_url", "mime_type", "uploaded_at"])


@assets_app.command("get")
def assets_get(ctx: typer.Context, asset_id: AssetIdArg, json_mode: JsonOpt = None, mock: MockOpt = False) -> None:
    """Show one asset."""
    session, output = begin(ctx, mock=mock, json_mode=json_mode)
    with session.client() as client:
        output.emit(client.assets.get(asset_id))


@assets_app.command("delete")
def assets_delete(ctx: typer.Context, asset_id: AssetIdArg, json_mode: JsonOpt = None, mock: MockOpt = False) -> None:
    """Delete one asset."""
    session, output = begin(ctx, mock=mock, json_mode=json_mode)
    with session.client() as client:
        output.emit(client.assets.delete(asset_id))


# ---- styles


@styles_app.command("list")
def styles_list(
    ctx: typer.Context,
    filter: Annotated[
        str | None,
        typer.Option("--filter", help="all, community, editor, gallery, krea, public, shared, unapproved or user."),
    ] = None,
    limit: LimitOpt = 20,
    json_mode: JsonOpt = None,
    mock: MockOpt = False,
) -> None:
    """List styles."""
    session, output = begin(ctx, mock=mock, json_mode=json_mode)
    with session.client() as client:
        styles = [to_plain(s) for s in itertools.islice(client.styles.list(filter=filter), limit)]
    output.table(styles, ["id", "title", "public", "models", "created_at"])


@styles_app.command("get")
def styles_get(ctx: typer.Context, style_id: StyleIdArg, json_mode: JsonOpt = None, mock: MockOpt = False) -> None:
    """Show one style."""
    session, output = begin(ctx, mock=mock, json_mode=json_mode)
    with session.client() as client:
        output.emit(client.styles.get(style_id))


@styles_app.command("train")
def styles_train(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The new style's name.")],
    urls: Annotated[list[str], typer.Argument(help="URLs of the training images.")],
    model: Annotated[str | None, typer.Option("--model", help="Base model to train for.")] = None,
    type: Annotated[str | None, typer.Option("--type", help="Style type, e.g. Style, Object, Character.")] = None,
    trigger_word: Annotated[str | None, typer.Option("--trigger-word", help="Word that invokes the style.")] = None,
    max_train_steps: Annotated[int | None, typer.Option("--max-train-steps", help="Training steps.")] = None,
    learning_rate: Annotated[
        float | None, typer.Option("--learning-rate", callback=finite, help="Learning rate.")
    ] = None,
    batch_size: Annotated[int | None, typer.Option("--batch-size", help="Training batch size.")] = None,
    no_wait: Annotated[bool, typer.Option("--no-wait", help="Print the job id and return at once.")] = False,
    detach: DetachOpt = False,
    timeout: TimeoutOpt = None,
    json_mode: JsonOpt = None,
    mock: MockOpt = False,
) -> None:
    """Train a style from images (15-45 minutes); prints the new style's id."""
    session, output = begin(ctx, mock=mock, json_mode=json_mode)
    with session.client() as client:
        with submitting():
            job = client.styles.train(name, urls, model=model, type=type, trigger_word=trigger_word,
                                      max_train_steps=max_train_steps, learning_rate=learning_rate,
                                      batch_size=batch_size)  # fmt: skip
        if not no_wait:
            output.note(f"Training {name!r}: job {job.id}")
            try:
                job = wait_for(client, session, output, job, timeout=timeout, cancel=not detach, out=None,
                               left_running="(--detach)")  # fmt: skip
            except (KreaError, OSError) as exc:
                name_the_job(exc, job.id, None)
                raise
    if output.json:
        output.emit({**job_summary(job), "style_id": job.style_id})
    else:
        print(job.style_id or job.id, flush=True)


@styles_app.command("update")
def styles_update(
    ctx: typer.Context,
    style_id: StyleIdArg,
    public: Annotated[bool | None, typer.Option("--public/--private", help="Who can see the style.")] = None,
    title: Annotated[str | None, typer.Option("--title", help="New title.")] = None,
    cover_url: Annotated[str | None, typer.Option("--cover-url", help="New cover image URL.")] = None,
    json_mode: JsonOpt = None,
    mock: MockOpt = False,
) -> None:
    """Change one of the account's styles."""
    session, output = begin(ctx, mock=mock, json_mode=json_mode)
    with session.client() as client:
        output.emit(client.styles.update(style_id, public=public, title=title, cover_url=cover_url))


@styles_app.command("share-link")
def styles_share_link(
    ctx: typer.Context, style_id: StyleIdArg, json_mode: JsonOpt = None, mock: MockOpt = False
) -> None:
    """Print the style's share link (created on first use)."""
    session, output = begin(ctx, mock=mock, json_mode=json_mode)
    with session.client() as client:
        output.emit(client.styles.share_link(style_id))


@styles_app.command("share")
def styles_share(ctx: typer.Context, style_id: StyleIdArg, json_mode: JsonOpt = None, mock: MockOpt = False) -> None:
    """Share the style with the account's workspace."""
    session, output = begin(ctx, mock=mock, json_mode=json_mode)
    with session.client() as client:
        output.emit(client.styles.share_with_workspace(style_id))


@styles_app.command("unshare")
def styles_unshare(ctx: typer.Context, style_id: StyleIdArg, json_mode: JsonOpt = None, mock: MockOpt = False) -> None:
    """Stop sharing the style with the workspace."""
    session, output = begin(ctx, mock=mock, json_mode=json_mode)
    with session.client() as client:
        output.emit(client.styles.unshare_from_workspace(style_id))


def register(app: typer.Typer) -> None:
    """Add ``krea jobs``, ``krea assets`` and ``krea styles`` to the root app."""
    app.add_typer(jobs_app, name="jobs")
    app.add_typer(assets_app, name="assets")
    app.add_typer(styles_app, name="styles")
