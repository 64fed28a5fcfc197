"""A run of ``krea`` builds only the command it names (``krea/cli/__init__.py``), and reads as the whole tree.

Each command's help, built alone, is the help of the whole tree, word for word; the table of which module
registers which command is what the modules register; ``krea --mock image`` imports neither the other
command modules nor what only they need (the batch engine, asyncio), nor httpx's own command line.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer
from typer._click.core import Command
from typer.core import TyperGroup

import krea.cli
from krea.cli import COMMANDS, _command, _root_app


def _paths(command: Command, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """The path of every command and group below the root, each once."""
    if path:
        yield path
    if isinstance(command, TyperGroup):
        for name, sub in command.commands.items():
            yield from _paths(sub, (*path, name))


FULL = typer.main.get_command(krea.cli.app)
PATHS = list(_paths(FULL))


def test_the_table_names_each_command_by_the_module_that_registers_it() -> None:
    for module in set(COMMANDS.values()):
        root = _root_app([module])
        names = {info.name or typer.main.get_command_name(info.callback.__name__) for info in root.registered_commands
                 if info.callback is not None} | {info.name for info in root.registered_groups}  # fmt: skip
        assert names == {name for name, owner in COMMANDS.items() if owner == module}, module
    assert set(FULL.commands) == set(COMMANDS)  # type: ignore[attr-defined]  # the root is a group
    assert len(PATHS) > 30


@pytest.mark.parametrize("path", PATHS, ids=" ".join)
def test_each_commands_help_built_alone_is_its_help_in_the_whole_tree(
    path: tuple[str, ...], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    args = [*path, "--help"]
    assert set(_command(args).commands) == {path[0]}
    monkeypatch.setenv("COLUMNS", "100")
    assert krea.cli.main(args) == 0
    alone = capsys.readouterr()
    monkeypatch.setattr(krea.cli, "_command", lambda args: FULL)
    assert krea.cli.main(args) == 0
    whole = capsys.readouterr()
    assert (alone.out, alone.err) == (whole.out, whole.err)
    assert f"krea {' '.join(path)}" in whole.out


@pytest.mark.parametrize(
    "args", [["--help"], [], ["--mock", "--help"], ["imagee", "--prompt", "x"], ["--json", "image"], ["--version"]]
)
def test_root_help_options_before_a_command_and_unknown_names_get_the_whole_tree(args: list[str]) -> None:
    assert set(_command(args).commands) == set(COMMANDS)


def test_a_mock_generation_imports_only_its_own_command_and_what_it_needs(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from krea.__main__ import main\n"
        f"sys.argv = ['krea', '--mock', 'image', 'bfl/flux-1-dev', '--prompt', 'a fox', '--out', {str(tmp_path)!r}]\n"
        "code = main()\n"
        "heavy = ('asyncio', 'click', 'rich', 'pygments', 'jsonschema', 'httpcore', 'krea.batch', 'krea._async')\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('krea.cli.'))\n"
        "print(code, loaded, [m for m in heavy if m in sys.modules])"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    *output, last = done.stdout.strip().splitlines()
    assert json.loads("\n".join(output))["status"] == "completed"
    commands = ["krea.cli._exits", "krea.cli._options", "krea.cli._output", "krea.cli._session", "krea.cli._signals"]
    assert last == f"0 {[*commands, 'krea.cli.generate']} []"


def test_httpx_keeps_its_command_line_when_the_krea_script_defers_it() -> None:
    code = (
        "import sys\n"
        "from krea.__main__ import _defer_httpx_cli\n"
        "_defer_httpx_cli()\n"
        "import httpx\n"
        "import importlib.util\n"
        "print('click' in sys.modules, importlib.util.find_spec('httpx._main') is not None)\n"
        "try:\n"
        "    httpx.main(['--help'], standalone_mode=False)\n"
        "finally:\n"
        "    real = sys.modules['httpx._main']\n"
        "    print('click' in sys.modules, type(real).__name__, hasattr(real, 'print_help'))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    lines = done.stdout.strip().splitlines()
    assert lines[0] == "False True"  # not imported with httpx, and findable as a module
    assert "Usage: httpx" in done.stdout  # the real command line ran when called
    assert lines[-1] == "True module True"


def test_the_krea_script_leaves_what_a_run_made_to_the_process_end() -> None:
    # The interpreter's last collection would trace every object again on the way out (~35 ms of a run);
    # the script moves them out of the collector's sight first. (krea.cli.main, which tests call, does not.)
    code = (
        "import atexit, gc, sys\n"
        "atexit.register(lambda: print('frozen', gc.get_freeze_count() > 10_000))\n"
        "from krea.__main__ import main\n"
        "sys.argv = ['krea', '--mock', 'models', '--json']\n"
        "print('exit', main())"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-2:] == ["exit 0", "frozen True"]


def test_calling_the_command_line_in_process_leaves_the_collector_alone(capsys: pytest.CaptureFixture[str]) -> None:
    import gc

    before = gc.get_freeze_count()
    assert krea.cli.main(["--mock", "models", "--json"]) == 0
    assert gc.get_freeze_count() == before
    assert "bfl/flux-1-dev" in capsys.readouterr().out
