"""The API reference builds with no warning and documents every public name (what `make docs` builds)."""

from __future__ import annotations

import ast
import asyncio
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import krea
import krea.testing
from krea._async._resource import AsyncResource
from krea._sync._resource import Resource
from krea.testing import pytest_plugin

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def anchors(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[str]]:
    """Build the reference once, strictly (any warning fails), and return each page's anchor ids.

    Every ``<!-- krea-docs: ... -->`` mark that docs/_hooks.py fills in must be gone from the built pages.
    """
    site = tmp_path_factory.mktemp("site")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    pages: dict[str, set[str]] = {}
    for page in site.rglob("index.html"):
        name = page.parent.relative_to(site).as_posix() if page.parent != site else "index"
        text = page.read_text(encoding="utf-8")
        assert "krea-docs:" not in text, f"{name}: a mark that docs/_hooks.py does not know"
        pages[name] = set(re.findall(r'id="([^"]+)"', text))
    return pages


def _everywhere(anchors: dict[str, set[str]]) -> set[str]:
    return set().union(*anchors.values())


def test_every_name_in_krea_all_has_an_entry(anchors: dict[str, set[str]]) -> None:
    missing = [name for name in krea.__all__ if f"krea.{name}" not in _everywhere(anchors)]
    assert not missing, f"add these to a page under docs/: {missing}"


def test_every_name_in_krea_testing_all_has_an_entry(anchors: dict[str, set[str]]) -> None:
    documented = anchors["testing"]
    missing = [name for name in krea.testing.__all__ if f"krea.testing.{name}" not in documented]
    assert not missing, f"add these to docs/testing.md: {missing}"


def test_every_pytest_fixture_has_an_entry(anchors: dict[str, set[str]]) -> None:
    tree = ast.parse(Path(pytest_plugin.__file__).read_text(encoding="utf-8"))
    fixtures = [
        node.name
        for node in tree.body
        if isinstance(node, ast.FunctionDef) and any("fixture" in ast.unparse(d) for d in node.decorator_list)
    ]
    assert fixtures
    missing = [name for name in fixtures if f"krea.testing.pytest_plugin.{name}" not in anchors["testing"]]
    assert not missing, missing


def _resource_classes() -> set[type]:
    """The class behind every resource attribute (``client.jobs`` ...) of both clients."""
    found: set[type] = set()
    sync_client = krea.Krea("sk-docs-test", base_url="http://127.0.0.1:9")
    async_client = krea.AsyncKrea("sk-docs-test", base_url="http://127.0.0.1:9")
    try:
        for client in (sync_client, async_client):
            for name in dir(client):
                if not name.startswith("_"):
                    value = getattr(client, name)
                    if isinstance(value, Resource | AsyncResource):
                        found.add(type(value))
    finally:
        sync_client.close()
        asyncio.run(async_client.close())
    return found


def test_every_resource_of_both_clients_has_an_entry(anchors: dict[str, set[str]]) -> None:
    classes = _resource_classes()
    assert len(classes) >= 8  # jobs, assets, styles, node_apps, sync and async
    missing = [cls.__name__ for cls in classes if f"{cls.__module__}.{cls.__qualname__}" not in anchors["resources"]]
    assert not missing, f"add these to docs/resources.md: {missing}"


def test_the_cli_page_shows_every_command(anchors: dict[str, set[str]]) -> None:
    import typer

    from krea.cli import app

    group = typer.main.get_command(app)
    commands = getattr(group, "commands", {})
    assert commands
    for name, command in commands.items():
        assert f"krea-{name}" in anchors["cli"], name
        for sub, sub_command in getattr(command, "commands", {}).items():
            if sub_command.hidden:  # kept for a release and not shown (`krea mock journal`)
                continue
            assert f"krea-{name}-{sub}" in anchors["cli"], f"{name} {sub}"
