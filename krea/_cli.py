"""Which command did the user run? The ``krea`` command line: its root, ``krea mock serve`` and ``main``.

The commands live in ``_cli_generate`` (image, video, enhance), ``_cli_models``, ``_cli_resources`` (jobs,
assets, styles) and ``_cli_batch``; ``_cli_exits`` maps every failure to its exit code. Nothing here is
imported by ``import krea``.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from typing import Annotated, Any

import typer

from . import _cli_batch, _cli_generate, _cli_models, _cli_resources
from ._cli_exits import EXIT_CODES, CliError, ExitCode, classify, explain
from ._cli_options import Invocation, MockOpt
from ._cli_output import Output
from ._cli_session import Session
from ._errors import KreaError

_EPILOG = "Exit codes:\n\n" + "\n".join(f"  {int(code):>3}  {meaning}" for code, meaning in EXIT_CODES)

app = typer.Typer(
    name="krea",
    help="Generate images and videos with Krea from the command line; --mock runs offline.",
    epilog=_EPILOG,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
mock_app = typer.Typer(help="The offline Krea mock.", no_args_is_help=True)
app.add_typer(mock_app, name="mock")


@app.callback()
def _root(ctx: typer.Context, mock: MockOpt = False) -> None:
    if ctx.obj is None:
        ctx.obj = Invocation(Session())
    if mock:
        ctx.obj.session.use_mock = True


class _QuietBrokenConnections(logging.Filter):
    # The mock drops connections on purpose (fault "drop"/"lost_response") by returning a value from the
    # ASGI call; uvicorn logs that as an error, which would be noise here.
    def filter(self, record: logging.LogRecord) -> bool:
        return "ASGI callable should return None" not in record.getMessage()


@mock_app.command("serve")
def mock_serve(
    host: Annotated[str, typer.Option("--host", help="Interface to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port.")] = 8787,
    balance: Annotated[str, typer.Option("--balance", help="Each new account's balance in USD.")] = "10",
    api_keys: Annotated[
        list[str] | None, typer.Option("--api-key", help="Accept only this key (repeatable); default: any key.")
    ] = None,
    concurrency: Annotated[int, typer.Option("--concurrency", min=1, help="Jobs an account runs at once.")] = 4,
) -> None:
    """Serve the stateful mock over HTTP (controls under /_mock/); point KREA_BASE_URL at it."""
    try:
        import uvicorn
    except ImportError:
        raise CliError(
            "krea mock serve needs the server extra: pip install 'krea[testing]'", code=ExitCode.USAGE
        ) from None
    from krea.testing import MockKrea

    mock = MockKrea(balance=balance, api_keys=api_keys, concurrency=concurrency)
    logging.getLogger("uvicorn.error").addFilter(_QuietBrokenConnections())
    print(f"Krea mock on http://{host}:{port} (controls under /_mock/)", flush=True)
    uvicorn.run(mock.app, host=host, port=port, log_level="warning")
    mock.close()


for _module in (_cli_generate, _cli_models, _cli_resources, _cli_batch):
    _module.register(app)


def main(argv: Sequence[str] | None = None, *, mock: Any | None = None) -> int:
    """Run the ``krea`` command.

    Args:
        argv: Arguments without the program name; None reads ``sys.argv``.
        mock: The ``krea.testing.MockKrea`` that ``--mock`` uses (tests pass one to keep its state);
            None makes a fresh one when ``--mock`` is given.

    Returns:
        0, or the exit code of the failure (see ``krea --help``), after a one-line error on stderr.

    Raises:
        SystemExit: for ``--help`` and command-line usage errors (code 2), as click does.
    """
    invocation = Invocation(Session(mock=mock))
    command = typer.main.get_command(app)
    try:
        command.main(args=list(sys.argv[1:] if argv is None else argv), prog_name="krea", obj=invocation)
    except SystemExit as exc:
        if exc.code in (0, None):
            return 0
        raise
    except (KreaError, CliError, OSError, KeyboardInterrupt) as exc:  # anything else is a bug: let it show
        code = classify(exc)
        output = invocation.output or Output()
        output.error(explain(exc), code=int(code), kind=type(exc).__name__)
        return int(code)
    return 0


if __name__ == "__main__":
    sys.exit(main())
