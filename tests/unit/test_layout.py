"""The layers keep their direction: ``krea.batch`` never reaches the command line, and the facade never does.

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


def _is_cli(module: str) -> bool:
    return any(module == name or module.startswith(f"{name}.") for name in CLI_MODULES)


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


def cli_imports(path: Path) -> list[str]:
    """The imports of the command line in one module of ``krea/``."""
    relative = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = relative.parts[:-1] if relative.name == "__init__" else relative.parts
    module = ".".join(parts) + (".__init__" if relative.name == "__init__" else "")
    return [f"{relative}.py:{line} imports {name}" for line, name in imported_modules(path.read_text(), module)
            if _is_cli(name)]  # fmt: skip


def test_the_batch_package_never_imports_the_command_line() -> None:
    modules = sorted((PACKAGE / "batch").rglob("*.py"))
    assert {path.stem for path in modules} >= {"__init__", "engine", "journal", "sqlite", "postgres", "journals"}
    assert [problem for path in modules for problem in cli_imports(path)] == []


def test_nothing_outside_the_cli_package_imports_it_but_python_m_krea() -> None:
    outside = [
        path
        for path in sorted(PACKAGE.rglob("*.py"))
        if (PACKAGE / "cli") not in path.parents and path != PACKAGE / "__main__.py"
    ]
    problems = [p for path in outside for p in cli_imports(path) if "imports krea.cli" in p]
    assert problems == []


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
