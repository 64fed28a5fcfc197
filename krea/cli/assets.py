"""What does ``krea assets`` do? Upload, list, read and delete input media: thin commands over ``client.assets``."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Annotated

import typer

from ._options import JsonOpt, LimitOpt, MockOpt, begin
from ._output import to_plain

assets_app = typer.Typer(help="Upload and manage input media.", no_args_is_help=True)

AssetIdArg = Annotated[str, typer.Argument(help="The asset id.")]


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


def register(app: typer.Typer) -> None:
    """Add ``krea assets`` to the root app."""
    app.add_typer(assets_app, name="assets")
