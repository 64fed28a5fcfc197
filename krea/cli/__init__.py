"""Which command did the user run? The ``krea`` command line: its root app and ``main``.

To change a command, open the module of its group: ``generate`` (image, video, enhance), ``models``,
``jobs``, ``assets``, ``styles``, ``batch`` and ``mock``. What they share is private: ``_options`` (common
flags, the session and output a command starts with), ``_output`` (JSON or rich), ``_session`` (the API or
``--mock``), ``_signals`` (SIGTERM) and ``_exits`` (every failure's exit code and one-line message). The
batch engine and its journals are not here but in ``krea.batch``, which knows nothing of the command line.
Nothing here is imported by ``import krea``; ``python -m krea`` and the ``krea`` script both run ``main``.
"""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Sequence
from typing import Annotated, Any

from .._extras import missing_extra

# Before typer is imported: without the extra, `import krea.cli` (and so the `krea` script) fails in one line.
if _missing := missing_extra("cli", "the krea command line", "typer", "rich", "filelock"):
    raise _missing

import typer

# typer bundles its own click: its command line raises these, not the classes of the `click` package.
from typer._click import exceptions as click

from .._errors import KreaError
from .._version import __version__
from ._exits import EXIT_CODES, CliError, ExitCode, Terminated, classify, explain
from ._options import Invocation, MockOpt
from ._output import Output, warnings_as_lines
from ._session import Session, check_log_setting
from ._signals import sigterm_as_interrupt

log = logging.getLogger("krea")

_EPILOG = "Exit codes:\n\n" + "\n".join(f"  {int(code):>3}  {meaning}" for code, meaning in EXIT_CODES)

COMMANDS: dict[str, str] = {
    "image": "generate",
    "video": "generate",
    "enhance": "generate",
    "models": "models",
    "jobs": "jobs",
    "assets": "assets",
    "styles": "styles",
    "batch": "batch",
    "mock": "mock",
}
"""Each top-level command or group, and the module of ``krea/cli/`` that registers it (in help order)."""


def _root_app(modules: Sequence[str], *, only: str | None = None) -> typer.Typer:
    """The root app with the commands of ``modules`` (each imported here, only when asked for), or of those
    only the command or group named ``only``."""
    root = typer.Typer(
        name="krea",
        help="Generate images and videos with Krea from the command line; --mock runs offline.",
        epilog=_EPILOG,
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    root.callback()(_root)
    for module in modules:
        importlib.import_module(f"{__name__}.{module}").register(root)
    if only is not None:
        root.registered_commands = [info for info in root.registered_commands if _name_of(info) == only]
        root.registered_groups = [info for info in root.registered_groups if info.name == only]
    return root


def _name_of(info: typer.models.CommandInfo) -> str | None:
    callback = info.callback
    return info.name or (typer.main.get_command_name(callback.__name__) if callback is not None else None)


def _print_version(value: bool) -> None:
    if value:
        print(f"krea {__version__}")
        raise typer.Exit


def _root(
    ctx: typer.Context,
    mock: MockOpt = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_print_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    if ctx.obj is None:
        ctx.obj = Invocation(Session())
    check_log_setting()
    if mock:
        ctx.obj.session.use_mock = True


def __getattr__(name: str) -> Any:
    if name == "app":  # the whole tree (the docs render it); a run builds only the command it names
        return _root_app(list(dict.fromkeys(COMMANDS.values())))
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _named(args: Sequence[str]) -> str | None:
    """The command or group ``args`` name, if they name one before any other option (``krea --mock image ...``)."""
    for arg in args:
        if arg != "--mock":
            return None if arg.startswith("-") else arg
    return None


def _command(args: Sequence[str]) -> typer.core.TyperGroup:
    """The click command to run ``args`` with: the root holding only the command they name.

    Importing every command's module (the batch engine, asyncio, the mock server's options) and having typer
    build every command's parameters from its signature (35 commands) costs more than the run of one. So a
    run that names a command gets a root with that command's module alone; the root's own help, an option
    before the command and an unknown name get the whole tree, so help, usage errors and suggestions read as
    before (a test compares every command's help both ways).
    """
    name = _named(args)
    if name in COMMANDS:
        root = _root_app([COMMANDS[name]], only=name)
    else:
        root = _root_app(list(dict.fromkeys(COMMANDS.values())))
    command = typer.main.get_command(root)
    assert isinstance(command, typer.core.TyperGroup)  # a root with a callback is always a group
    return command


def _json_flag(args: Sequence[str]) -> bool | None:
    """``--json``/``--no-json`` as given (the last wins), for errors raised before the command has started."""
    options = args[: args.index("--")] if "--" in args else args
    flags = [arg for arg in options if arg in ("--json", "--no-json")]
    return flags[-1] == "--json" if flags else None


def _fail(invocation: Invocation, args: Sequence[str], exc: BaseException, *, message: str | None = None) -> int:
    """Report a failure in one line (and as JSON in JSON mode); return its exit code."""
    code = classify(exc)
    if isinstance(exc, click.ClickException):
        code = ExitCode.USAGE if isinstance(exc, click.UsageError) else ExitCode.ERROR
    output = invocation.output or Output(_json_flag(args))
    output.error(message or explain(exc), code=int(code), kind=type(exc).__name__)
    return int(code)


def main(argv: Sequence[str] | None = None, *, mock: Any | None = None) -> int:
    """Run the ``krea`` command.

    Args:
        argv: Arguments without the program name; None reads ``sys.argv``.
        mock: The ``krea.testing.MockKrea`` that ``--mock`` uses (tests pass one to keep its state);
            None makes a fresh one when ``--mock`` is given.

    Returns:
        0, or the exit code of the failure (see ``krea --help``), after a one-line error on stderr (and,
        in JSON mode, an ``{"error": ...}`` document on stdout). Usage errors exit 2. No traceback is shown.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    invocation = Invocation(Session(mock=mock))
    command = _command(args)
    with sigterm_as_interrupt() as sigterm, warnings_as_lines():
        try:
            result = command.main(args=args, prog_name="krea", obj=invocation, standalone_mode=False)
        except click.NoArgsIsHelpError as exc:  # typer has printed the help already; click only formats it
            if exc.format_message().strip():
                exc.show()
            return exc.exit_code
        except click.ClickException as exc:
            context = getattr(exc, "ctx", None)  # usage errors know their command
            where = f" (see `{context.command_path} --help`)" if context is not None else ""
            return _fail(invocation, args, exc, message=f"{exc.format_message().rstrip('.')}{where}")
        except typer.Abort as exc:  # end of input at a prompt
            return _fail(invocation, args, exc, message="aborted")
        except (KreaError, CliError, OSError, KeyboardInterrupt) as exc:
            return _fail(invocation, args, exc)
        except Exception as exc:  # a bug: one line for the user, the traceback only to a debug log
            log.debug("krea failed with an unexpected error", exc_info=exc)
            notes = " ".join(note for note in getattr(exc, "__notes__", []) if isinstance(note, str))
            message = f"unexpected {type(exc).__name__}: {exc} (a bug in krea: please report it)"
            message += f" {notes}" if notes else ""  # e.g. the id of a job that exists
            return _fail(invocation, args, exc, message=message)
    if result == ExitCode.INTERRUPTED:  # typer turns a Ctrl-C (or SIGTERM) outside any wait into exit code 130
        if sigterm.received:
            return _fail(invocation, args, Terminated(), message="terminated (SIGTERM)")
        return _fail(invocation, args, KeyboardInterrupt(), message="interrupted (Ctrl-C)")
    return result if isinstance(result, int) else 0
