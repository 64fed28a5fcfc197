"""The public surface: a sorted, complete ``__all__``, documented names, and imports that go one way only."""

from __future__ import annotations

import ast
import importlib
import inspect
from pathlib import Path
from types import ModuleType

import pytest

import krea
import krea.testing

KREA = Path(krea.__file__).resolve().parent


def test_all_is_sorted_and_lists_every_public_name() -> None:
    assert krea.__all__ == sorted(krea.__all__)
    # "@py_..." names come from pytest's assertion rewriting of the plugin's package, not from krea.
    # Subpackages become attributes of krea once imported (the tests import krea.cli and krea.batch).
    skip = ("annotations", "types", "testing", "cli", "batch")
    public = {name for name in dir(krea) if not name.startswith(("_", "@")) and name not in skip}
    public |= {"__spec_version__", "__version__"}
    assert set(krea.__all__) == public
    for name in krea.__all__:  # each resolves, lazily imported or not
        assert getattr(krea, name) is not None, name


@pytest.mark.parametrize("package", [krea, krea.testing], ids=["krea", "krea.testing"])
def test_the_lazy_names_are_the_ones_type_checkers_see(package: ModuleType) -> None:
    # Each package imports its names under TYPE_CHECKING (for mypy and IDEs) and at run time from _EXPORTS:
    # the two lists must agree, name for name and module for module.
    tree = ast.parse(Path(str(package.__file__)).read_text(encoding="utf-8"))
    tests = ("TYPE_CHECKING", "_typing.TYPE_CHECKING")
    guarded = [n for n in tree.body if isinstance(n, ast.If) and ast.unparse(n.test) in tests]
    seen: dict[str, str] = {}
    for node in (child for block in guarded for child in ast.walk(block)):
        if isinstance(node, ast.ImportFrom):
            base = node.module or "" if node.level == 0 else ".".join([package.__name__, *filter(None, [node.module])])
            for alias in node.names:
                seen[alias.asname or alias.name] = base if node.module else f"{base}.{alias.name}"
    exports: dict[str, str] = vars(package)["_EXPORTS"]
    assert seen == exports
    eager = {"__version__", "models"} if package is krea else set()
    assert set(exports) | eager == set(package.__all__)
    for name, module in exports.items():
        loaded = importlib.import_module(module)
        expected = loaded if loaded.__name__ == f"{package.__name__}.{name}" else getattr(loaded, name)
        assert getattr(package, name) is expected, name


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'Kraken'"):
        _ = krea.Kraken  # type: ignore[attr-defined]  # the point: a name krea does not have


def test_every_public_name_is_documented() -> None:
    for name in krea.__all__:
        value = getattr(krea, name)
        if inspect.isclass(value) or inspect.isfunction(value):
            assert inspect.getdoc(value), name
            for attr, member in vars(value).items():
                if not attr.startswith("_") and (inspect.isfunction(member) or isinstance(member, property)):
                    assert inspect.getdoc(member), f"{name}.{attr}"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def test_the_facade_reaches_the_generated_client_only_lazily() -> None:
    # `import krea` must stay fast: krea_api (200+ modules) is imported inside functions only.
    for path in KREA.glob("*.py"):
        if path.name == "types.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module:
                assert not node.module.startswith("krea_api"), path.name
            if isinstance(node, ast.Import):
                assert not any(a.name.startswith("krea_api") for a in node.names), path.name


def test_import_krea_does_not_load_the_generated_models_yaml_or_the_cli() -> None:
    import subprocess
    import sys

    # httpx imports its own CLI (click, rich) whenever click is installed, as it is here through uvicorn;
    # hiding click models a plain `pip install krea`, where only krea's own imports could load rich.
    code = (
        "import sys; sys.modules['click'] = None; import krea; "
        "heavy = {'krea_api', 'yaml', 'jsonschema', 'typer', 'rich', 'krea.cli', 'krea.batch'}; "
        "print(sorted(m for m in sys.modules if m in heavy or m.split('.')[0] in heavy or "
        "m.startswith(('krea.cli.', 'krea.batch.'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
