"""krea.testing imports neither the facade nor krea_api, except lazily inside client()/async_client().

Imports under ``if TYPE_CHECKING:`` never run, so they may name the facade (the factories' return types).
The one part of ``krea`` it shares is the reading of the spec's schemas, ``krea._schema`` (with the two
modules it needs, ``krea._spec`` and ``krea._json``, which read the bundled spec): the facade checks a call's
parameters with it and the mock every request, and contract tests hold it to jsonschema's verdicts.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import krea.testing

PACKAGE = Path(krea.testing.__file__).parent
ALLOWED_FUNCTIONS = {"client", "async_client"}
SHARED = {"krea._schema", "krea._extras"}
"""What the mock may import of krea anywhere: the schema reader (tests/contract/test_schema.py) and the
one-line "install this extra" check."""


def _forbidden(module: str) -> bool:
    if module in SHARED:
        return False
    if module == "krea_api" or module.startswith("krea_api."):
        return True
    return module == "krea" or (module.startswith("krea.") and not module.startswith("krea.testing"))


def violations(source: str, name: str) -> list[str]:
    tree = ast.parse(source)
    found: list[str] = []

    def visit(node: ast.AST, function: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and ast.unparse(child.test) == "TYPE_CHECKING":
                visit(ast.Module(body=child.orelse, type_ignores=[]), function)  # the body is for type checkers
                continue
            scope = child.name if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) else function
            modules: list[str] = []
            if isinstance(child, ast.Import):
                modules = [alias.name for alias in child.names]
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                modules = [base] if child.level == 0 else []
                if base == "krea" or (child.level == 0 and base == ""):
                    modules += [f"krea.{alias.name}" for alias in child.names if alias.name != "testing"]
            elif (
                isinstance(child, ast.Call)
                and isinstance(child.func, ast.Attribute)
                and child.func.attr == "import_module"
                and child.args
                and isinstance(child.args[0], ast.Constant)
            ):
                modules = [str(child.args[0].value)]
            for module in modules:
                if _forbidden(module) and scope not in ALLOWED_FUNCTIONS:
                    found.append(f"{name}:{getattr(child, 'lineno', '?')} imports {module}")
            visit(child, scope)

    visit(tree, None)
    return found


def test_krea_testing_never_imports_the_facade_or_generated_client() -> None:
    problems = [v for path in sorted(PACKAGE.rglob("*.py")) for v in violations(path.read_text(), path.name)]
    assert problems == []


def test_the_client_factories_do_reach_the_facade_lazily() -> None:
    source = (PACKAGE / "_mock.py").read_text()
    for factory in ("client", "async_client"):
        assert f"    def {factory}(" in source
        assert violations(source.replace(f"    def {factory}(", "    def not_a_factory("), "_mock.py"), factory


def test_the_scanner_catches_each_import_form() -> None:
    for line in ("import krea", "from krea import Krea", "import krea_api.models", "from krea._client import X"):
        assert violations(line, "x.py"), line
    for line in ("from krea.testing import MockKrea", "import httpx", "from krea.testing._api.spec import Catalogue",
                 "from krea._schema import Reader"):  # fmt: skip
        assert not violations(line, "x.py"), line
    type_only = "if TYPE_CHECKING:\n    from krea import Krea\n"
    assert not violations(type_only, "x.py")
    assert violations(type_only + "else:\n    from krea import Krea\n", "x.py")
    assert violations("if TYPE_CHECKING or True:\n    from krea import Krea\n", "x.py")


# A fresh interpreter: import the mock, build one, serve a request through its transport and one through its
# ASGI app, then list every module of krea outside krea.testing that got loaded along the way.
SERVE_WITHOUT_THE_FACADE = """
import asyncio, sys
import httpx
import krea.testing
from krea.testing import MockKrea

mock = MockKrea()
headers = {"Authorization": "Bearer k"}
with httpx.Client(transport=mock.transport(), base_url=mock.base_url, headers=headers) as http:
    assert http.get("/jobs").status_code == 200

async def over_asgi() -> None:
    transport = httpx.ASGITransport(app=mock.app)
    async with httpx.AsyncClient(transport=transport, base_url=mock.base_url, headers=headers) as http:
        assert (await http.get("/jobs")).status_code == 200

asyncio.run(over_asgi())
mock.close()
print(sorted(m for m in sys.modules if m.startswith("krea") and not m.startswith("krea.testing")))
"""


def test_serving_requests_with_the_mock_loads_no_facade_module() -> None:
    out = subprocess.run([sys.executable, "-c", SERVE_WITHOUT_THE_FACADE], capture_output=True, text=True, check=True)
    # krea/__init__.py always runs (it is the parent package), but lazily: it loads only its version string;
    # the schema reader loads the two modules that read the bundled spec, the ASGI app the extras check.
    assert out.stdout.strip() == str(
        ["krea", "krea._extras", "krea._json", "krea._schema", "krea._spec", "krea._version"]
    )


def test_a_client_from_the_mock_loads_the_facade_only_when_asked() -> None:
    code = (
        "import sys; from krea.testing import MockKrea; mock = MockKrea(); "
        "before = 'krea._sync._client' in sys.modules; client = mock.client(); "
        "print(before, 'krea._sync._client' in sys.modules, type(client).__name__); client.close(); mock.close()"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True", "Krea"]


def imports_of(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found |= {node.module} | {f"{node.module}.{alias.name}" for alias in node.names}
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return found


def test_the_folders_depend_one_way_core_then_api_then_serving() -> None:
    # _core (state, time, money) knows no route; _api (the operations) knows no server; _serving may use both.
    below = {"_core": ("_api", "_serving", "_mock"), "_api": ("_serving", "_mock")}
    problems = [
        f"{path.relative_to(PACKAGE)} imports {module}"
        for folder, forbidden in below.items()
        for path in sorted((PACKAGE / folder).glob("*.py"))
        for module in sorted(imports_of(path))
        if module.startswith(tuple(f"krea.testing.{name}" for name in forbidden))
    ]
    assert problems == []
    assert imports_of(PACKAGE / "_api" / "service.py") >= {"krea.testing._core.state"}  # the check reads imports
