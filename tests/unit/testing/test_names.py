"""No public name of the mock is also a name of the facade, so a class name says which tree it comes from."""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path

import krea
import krea.testing
import krea.types

KREA = Path(krea.__file__).resolve().parent
MOCK = KREA / "testing"


def class_names(paths: Iterable[Path]) -> dict[str, str]:
    """Every public class defined in ``paths`` (at any depth of a module), with the file that defines it."""
    found: dict[str, str] = {}
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
                found.setdefault(node.name, str(path.relative_to(KREA)))
    return found


def facade_modules() -> list[Path]:
    # The command line is an application on top of the facade (its option enums are not API) and is moving
    # to krea/cli/, so it is left out.
    return [
        path
        for path in KREA.rglob("*.py")
        if MOCK not in path.parents
        and not (path.name == "_cli.py" or path.name.startswith("_cli_"))
        and "cli" not in path.relative_to(KREA).parts
    ]


def test_no_public_name_of_the_mock_is_a_name_of_the_facade() -> None:
    mock = set(krea.testing.__all__) | set(class_names(sorted(MOCK.rglob("*.py"))))
    facade = set(krea.__all__) | set(krea.types.__all__) | set(class_names(facade_modules()))
    assert sorted(mock & facade) == []


def test_the_check_sees_classes_of_both_trees() -> None:
    assert class_names([MOCK / "_mock.py"])["MockKrea"] == "testing/_mock.py"
    facade = class_names(facade_modules())
    assert {"Krea", "Settings", "Model", "JobBase"} <= set(facade)
    assert "CliError" not in facade
