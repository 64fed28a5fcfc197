"""The layers keep their direction: ``krea.batch`` never reaches the command line, and the facade reaches neither.

Imports go ``krea.cli -> krea.batch -> krea``. The batch engine returns a summary and raises its own errors; a
command-line type (``CliError``, ``ExitCode``, typer, rich) in it would tie the engine to one front end again.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import krea

PACKAGE = Path(krea.__file__).parent
CLI_MODULES = ("krea.cli", "typer", "click", "rich")
"""What the batch engine may not import: the command line and the libraries only it uses."""


def _is_in(module: str, names: tuple[str, ...]) -> bool:
    return any(module == name or module.startswith(f"{name}.") for name in names)


def _is_cli(module: str) -> bool:
    return _is_in(module, CLI_MODULES)


def imported_modules(source: str, module: str) -> list[tuple[int, str]]:
    """Every module ``source`` (the text of ``module``) imports, absolute, with its line: any form, any scope.

    ``from X import name`` counts as importing both ``X`` and ``X.name`` (``name`` may be a submodule).
    """
    package = module.split(".")
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: from the module's package, one level up per extra dot
                parent = package[: len(package) - node.level]
                base = ".".join([*parent, base] if base else parent)
            found.append((node.lineno, base))
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and (node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            found.append((node.lineno, str(node.args[0].value)))
    return found


def forbidden_imports(path: Path, names: tuple[str, ...]) -> list[str]:
    """The imports of ``names`` (or their submodules) in one module of ``krea/``."""
    relative = path.relative_to(PACKAGE.parent).with_suffix("")  # krea/batch/__init__ -> krea.batch.__init__
    found = imported_modules(path.read_text(), ".".join(relative.parts))
    return [f"{relative}.py:{line} imports {name}" for line, name in found if _is_in(name, names)]


def test_the_batch_package_never_imports_the_command_line() -> None:
    modules = sorted((PACKAGE / "batch").rglob("*.py"))
    assert {path.stem for path in modules} >= {"__init__", "engine", "journal", "sqlite", "postgres", "journals"}
    assert [problem for path in modules for problem in forbidden_imports(path, CLI_MODULES)] == []


def test_the_facade_and_the_mock_import_neither_the_command_line_nor_the_batch_engine() -> None:
    layers = (PACKAGE / "cli", PACKAGE / "batch")
    below = [
        path
        for path in sorted(PACKAGE.rglob("*.py"))
        if not any(layer in path.parents for layer in layers) and path != PACKAGE / "__main__.py"
    ]
    assert below, "no facade modules found"
    assert [problem for path in below for problem in forbidden_imports(path, ("krea.cli", "krea.batch"))] == []


def test_importing_the_whole_batch_package_loads_no_command_line() -> None:
    # A fresh interpreter: this test process has long since imported krea.cli.
    code = (
        "import pkgutil, importlib, sys, krea.batch; "
        "[importlib.import_module(m.name) for m in pkgutil.walk_packages(krea.batch.__path__, 'krea.batch.')]; "
        "print(sorted(m for m in sys.modules if m == 'typer' or m == 'krea.cli' or m.startswith(('krea.cli.', "
        "'typer.'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_the_scanner_catches_each_import_form() -> None:
    module = "krea.batch.engine"
    for line in (
        "from ..cli import batch",
        "from .. import cli",
        "from ..cli._exits import CliError",
        "from krea.cli._exits import ExitCode",
        "from krea import cli",
        "import krea.cli.batch",
        "import typer",
        "from rich.progress import Progress",
        "def f():\n    from krea.cli import main",
        "if TYPE_CHECKING:\n    from ..cli._exits import ExitCode",
        "importlib.import_module('krea.cli')",
    ):
        assert any(_is_cli(name) for _, name in imported_modules(line, module)), line
    for line in ("from .journal import Row", "from .. import _catalogue", "from .._client import AsyncKrea",
                 "import krea.client_helpers", "from krea import _strict_json"):  # fmt: skip
        assert not any(_is_cli(name) for _, name in imported_modules(line, module)), line
