"""mkdocs hooks: the pages that are drawn from the code itself at every build, so they cannot go stale.

``cli.md``: the ``--help`` of every ``krea`` command, rendered by the typer app. ``errors.md``: the exception
tree, drawn from the classes in ``krea._errors``, and one reference entry per exception in tree order.
``configuration.md``: the README's Configuration section, included rather than copied.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

CLI_MARK = "<!-- krea-docs: cli -->"
TREE_MARK = "<!-- krea-docs: error-tree -->"
CLASSES_MARK = "<!-- krea-docs: error-classes -->"
README_MARK = re.compile(r"<!-- krea-docs: readme-section (.+?) -->")
README = Path(__file__).resolve().parent.parent / "README.md"


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    if CLI_MARK in markdown:
        markdown = markdown.replace(CLI_MARK, cli_reference())
    if TREE_MARK in markdown or CLASSES_MARK in markdown:
        tree, classes = error_reference()
        markdown = markdown.replace(TREE_MARK, tree).replace(CLASSES_MARK, classes)
    return README_MARK.sub(lambda match: readme_section(match.group(1)), markdown)


def readme_section(title: str) -> str:
    """The body of the README's ``## <title>`` section (without its heading), so the two never disagree."""
    text = README.read_text(encoding="utf-8")
    found = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", text, flags=re.MULTILINE | re.DOTALL)
    if found is None:
        raise RuntimeError(f"README.md has no '## {title}' section")
    return found.group(1).strip() + "\n"


def _commands(command: Any, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every visible command path under ``command``, depth first, in the order ``--help`` lists them."""
    paths = [path]
    for name, sub in getattr(command, "commands", {}).items():
        if not getattr(sub, "hidden", False):
            paths.extend(_commands(sub, (*path, name)))
    return paths


def cli_reference() -> str:
    """One section per command: its ``--help``, at a fixed width and without colour."""
    import typer
    from typer.testing import CliRunner

    from krea.cli import app

    runner = CliRunner()
    env = {"TERMINAL_WIDTH": "80", "NO_COLOR": "1", "COLUMNS": "80"}
    sections = []
    for path in _commands(typer.main.get_command(app)):
        result = runner.invoke(app, [*path, "--help"], prog_name="krea", env=env)
        if result.exit_code != 0:
            raise RuntimeError(f"`krea {' '.join(path)} --help` exited {result.exit_code}: {result.output}")
        text = "\n".join(line.rstrip() for line in result.output.strip("\n").splitlines())
        title = " ".join(("krea", *path))
        level = "#" * min(2 + len(path), 4)
        sections.append(f"{level} `{title}`\n\n```text\n{text}\n```\n")
    return "\n".join(sections)


def _summary(cls: type) -> str:
    """The first sentence of a class's docstring."""
    text = " ".join((cls.__doc__ or "").split())
    return re.split(r"(?<!e\.g)(?<!i\.e)\.(?:\s|$)", text, maxsplit=1)[0] + "."


def error_reference() -> tuple[str, str]:
    """The exception tree as a nested list of links, and a ``:::`` entry per exception in tree order."""
    import krea
    from krea import _errors

    public = [
        cls
        for name in vars(_errors)
        if name in _errors.__all__ and not issubclass(cls := getattr(_errors, name), Warning)
    ]  # the warning (KreaDeprecationWarning) has its own entry

    def children(parent: type) -> list[type]:
        return [cls for cls in public if next(b for b in cls.__mro__[1:] if b in public or b is Exception) is parent]

    lines: list[str] = []
    order: list[type] = []

    def walk(cls: type, depth: int) -> None:
        # Python-Markdown nests a list item four spaces deeper than its parent.
        lines.append(f"{'    ' * depth}- [`{cls.__name__}`][krea.{cls.__name__}]: {_summary(cls)}")
        order.append(cls)
        for kid in children(cls):
            walk(kid, depth + 1)

    walk(krea.KreaError, 0)
    missing = [cls.__name__ for cls in public if cls not in order]
    if missing:
        raise RuntimeError(f"exceptions outside the KreaError tree: {missing}")
    tree = "\n".join(lines) + "\n"
    classes = "\n".join(f"::: krea.{cls.__name__}\n" for cls in order)
    return tree, classes
