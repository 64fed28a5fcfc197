"""What does every ``krea`` command share? Its common options, and the session and output it starts with."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Annotated

import typer

from .. import _strict_json
from ._exits import CliError, ExitCode
from ._output import Output
from ._session import Session


class Invocation:
    """What the root command hands every subcommand (``ctx.obj``): the session, then the output once chosen."""

    def __init__(self, session: Session) -> None:
        self.session = session
        """The client factory of this run."""
        self.output: Output | None = None
        """The output of the running command; None until the command has started."""


MockOpt = Annotated[bool, typer.Option("--mock", help="Run against an in-process offline mock: no key, no network.")]
JsonOpt = Annotated[
    bool | None,
    typer.Option("--json/--no-json", help="Machine-readable output (default when stdout is not a terminal)."),
]
OutOpt = Annotated[Path, typer.Option("--out", "-o", help="Folder for downloaded results.")]


def finite(value: float | None) -> float | None:
    """Refuse ``nan`` and ``inf``, which click's float type accepts (a wait must have a deadline)."""
    if value is not None and not math.isfinite(value):
        raise typer.BadParameter(f"must be a finite number, got {value}")
    return value


TimeoutOpt = Annotated[
    float | None,
    typer.Option(
        "--timeout",
        min=0.001,
        callback=finite,
        help="Seconds to wait for the job (default: KREA_WAIT_TIMEOUT, else 1800).",
    ),
]
DetachOpt = Annotated[
    bool, typer.Option("--detach", help="On Ctrl-C or SIGTERM leave the job running instead of cancelling it.")
]
CancelOnTimeoutOpt = Annotated[
    bool,
    typer.Option(
        "--cancel-on-timeout",
        help="When --timeout passes, cancel the job if it can still be cancelled (then it is not billed).",
    ),
]
LimitOpt = Annotated[int, typer.Option("--limit", min=1, help="Show at most this many.")]


def begin(ctx: typer.Context, *, mock: bool, json_mode: bool | None) -> tuple[Session, Output]:
    """The session and output of a command, honouring its own ``--mock`` and ``--json`` flags.

    Raises:
        CliError: a text argument or option holds bytes that are not UTF-8 (exit code 2).
    """
    invocation = ctx.find_object(Invocation)
    assert invocation is not None, "the root command sets ctx.obj"
    if mock:
        invocation.session.use_mock = True
    invocation.output = Output(json_mode)
    check_text(ctx)
    return invocation.session, invocation.output


def check_text(ctx: typer.Context) -> None:
    """Refuse any text argument that could not be sent: bytes of argv that are not UTF-8 reach Python as lone
    surrogates, which no request can encode. Paths are exempt: a file name may be any bytes.

    Raises:
        CliError: naming the argument or option (exit code 2).
    """
    for param in ctx.command.params:
        value = ctx.params.get(param.name or "")
        texts = [value] if isinstance(value, str) else value if isinstance(value, list | tuple) else []
        for text in texts:
            problem = _strict_json.problem(text) if isinstance(text, str) else None
            if problem is not None:
                name = param.opts[0] if param.param_type_name == "option" else param.human_readable_name.upper()
                raise CliError(f"{name}: cannot be sent: {problem}", code=ExitCode.USAGE)
