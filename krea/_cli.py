"""Which command did the user run? The ``krea`` command line: its root and ``main``.

The commands live in ``_cli_generate`` (image, video, enhance), ``_cli_models``, ``_cli_resources`` (jobs,
assets, styles), ``_cli_batch`` and ``_cli_mock``; ``_cli_exits`` maps every failure to its exit code.
Nothing here is imported by ``import krea``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

import typer

from . import _cli_batch, _cli_generate, _cli_mock, _cli_models, _cli_resources
from ._cli_exits import EXIT_CODES, CliError, classify, explain
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


@app.callback()
def _root(ctx: typer.Context, mock: MockOpt = False) -> None:
    if ctx.obj is None:
        ctx.obj = Invocation(Session())
    if mock:
        ctx.obj.session.use_mock = True


for _module in (_cli_generate, _cli_models, _cli_resources, _cli_batch, _cli_mock):
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
