"""What does ``krea styles`` do? Train, find, update and share styles (LoRAs): thin commands over ``client.styles``."""

from __future__ import annotations

import itertools
from typing import Annotated

import typer

from .._errors import KreaError
from ._options import DetachOpt, JsonOpt, LimitOpt, MockOpt, TimeoutOpt, begin, finite
from ._output import to_plain
from .generate import job_summary, name_the_job, submitting, wait_for

styles_app = typer.Typer(help="Train, find, update and share styles (LoRAs).", no_args_is_help=True)

StyleIdArg = Annotated[str, typer.Argument(help="The style id.")]


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
    """Add ``krea styles`` to the root app."""
    app.add_typer(styles_app, name="styles")
