"""The house keeps its shape: no import cycle in ``krea/``, and the sync facade is generated from the async one.

The import graph is read from the source (module-level imports, ``TYPE_CHECKING`` blocks included, since a
cycle at type level is still a knot for a reader); an import inside a function is a deliberate lazy load
and is not an edge.
"""

from __future__ import annotations

import ast
import importlib.util
import re
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "krea"


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """Each module of ``krea/`` and the ``krea`` modules it imports at module level."""
    modules = {_module_name(path): path for path in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]

        def visit(body: list[ast.stmt], name: str = name, package: str = package) -> None:
            for node in body:
                if isinstance(node, ast.If | ast.Try):
                    visit(node.body)
                    visit(node.orelse)
                elif isinstance(node, ast.ImportFrom):
                    base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
                    target = ".".join([*base, *([node.module] if node.module else [])])
                    for alias in node.names:
                        found = f"{target}.{alias.name}" if f"{target}.{alias.name}" in modules else target
                        if found in modules and found != name:
                            graph[name].add(found)
                elif isinstance(node, ast.Import):
                    graph[name].update(alias.name for alias in node.names if alias.name in modules)

        visit(ast.parse(path.read_text(encoding="utf-8")).body)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def strong(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in graph[node]:
            if other not in index:
                strong(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                other = stack.pop()
                component.append(other)
                if other == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            strong(node)
    return found


def test_the_import_graph_of_krea_has_no_cycle() -> None:
    assert cycles(import_graph()) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    # The check above can fail: a graph with a knot in it is reported.
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_the_rules_never_import_a_flavour() -> None:
    # krea/*.py (the rules: errors, retries, the money rule, pages) know nothing of how a flavour sends.
    graph = import_graph()
    # The package's public names (krea/__init__), the command line and the batch engine use the clients.
    users = ("krea.cli", "krea.batch", "krea.testing", "krea._async", "krea._sync", "krea.__main__")
    rules = [name for name in graph if name.count(".") == 1 and not name.startswith(users)]
    assert "krea._http" in rules
    for name in rules:
        assert not {t for t in graph[name] if t.startswith(("krea._async", "krea._sync"))}, name


def _unasync() -> ModuleType:
    spec = importlib.util.spec_from_file_location("unasync", ROOT / "scripts" / "unasync.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_unasync_turns_the_async_source_into_its_sync_twin() -> None:
    unasync = _unasync().unasync
    source = (
        "async def get(self) -> AsyncIterator[AsyncJob]:\n"
        "    async with self._gateway.stream(url) as response:\n"
        "        async for chunk in response.aiter_bytes():\n"
        "            yield await op.asyncio_detailed(client=self._api)\n"
        "fetch: Callable[[], Awaitable[Response[list[Job]]]]\n"
        "from ._async._jobs import AsyncJobs  # AsyncKrea's\n"
        "x = await(fetch()); it = y.__aiter__(); later = await anext(it)\n"
        '"""With ``krea.AsyncKrea``, cancelling the task too; ``AsyncKrea`` otherwise."""\n'
    )
    assert unasync(source) == (
        "def get(self) -> Iterator[Job]:\n"
        "    with self._gateway.stream(url) as response:\n"
        "        for chunk in response.iter_bytes():\n"
        "            yield op.sync_detailed(client=self._api)\n"
        "fetch: Callable[[], Response[list[Job]]]\n"
        "from ._sync._jobs import Jobs  # Krea's\n"
        "x = (fetch()); it = y.__iter__(); later = next(it)\n"
        '"""With ``krea.AsyncKrea``, cancelling the task too; ``Krea`` otherwise."""\n'
    )


def test_the_sync_facade_is_what_the_async_source_gives() -> None:
    # `make check-generated` runs the same comparison; this says which file is stale.
    wanted = _unasync().expected()
    target = PACKAGE / "_sync"
    on_disk = {path.name for path in target.glob("*.py")} - _unasync().HAND_WRITTEN
    assert on_disk == set(wanted)
    for name, text in wanted.items():
        assert (target / name).read_text(encoding="utf-8") == text, f"krea/_sync/{name} is stale: run make generate"


MAX_ANY = 40
"""Issue 11's ceiling on ``Any`` in the hand-written facade; the rest is typed (``krea/_json.py`` for JSON)."""


def test_the_hand_written_facade_uses_any_at_most_forty_times() -> None:
    # The word, as `grep -o "\bAny\b"` counts it: imports, annotations, `typing.Any` and strings alike, so
    # no spelling escapes. The generated sync twin follows its source; krea/cli/ and krea/testing/ are apart.
    files = [*PACKAGE.glob("*.py"), *(PACKAGE / "_async").glob("*.py"), *(PACKAGE / "batch").glob("*.py")]
    found = {path.relative_to(ROOT).as_posix(): len(re.findall(r"\bAny\b", path.read_text(encoding="utf-8")))
             for path in sorted(files)}  # fmt: skip
    used = {name: count for name, count in found.items() if count}
    assert sum(used.values()) <= MAX_ANY, used


def test_no_file_keeps_a_merge_conflict_marker() -> None:
    # A conflict resolved in code but not in prose once left markers in README.md and CHANGELOG.md.
    roots = [ROOT / name for name in ("README.md", "CHANGELOG.md", "Makefile", "pyproject.toml")]
    roots += [
        path
        for name in ("krea", "tests", "docs", "openapi", "scripts", "examples")
        for path in (ROOT / name).rglob("*")
    ]
    marked = []
    for path in roots:
        if path.is_file() and path.suffix in {"", ".md", ".py", ".toml", ".yaml", ".yml", ".json", ".jinja"}:
            text = path.read_text(encoding="utf-8", errors="replace")
            if any(line.startswith(("<<<<<<< ", ">>>>>>> ")) for line in text.splitlines()):
                marked.append(str(path.relative_to(ROOT)))
    assert marked == []
