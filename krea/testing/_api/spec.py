"""Which operations does the spec define, and which one does a request's method and path reach?"""

from __future__ import annotations

import importlib.resources
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

_METHODS = ("get", "post", "put", "patch", "delete")
_PARAM = re.compile(r"\{([^}/]+)\}")
# A source checkout keeps the spec at <repo>/openapi/krea.yaml; a wheel ships it as krea/openapi.yaml.
_REPO_SPEC = Path(__file__).resolve().parents[3] / "openapi" / "krea.yaml"


@dataclass(frozen=True)
class MockModel:
    """A generation model served under ``/generate/{family}/{provider}/{model}``."""

    family: str
    """``image``, ``enhance`` or ``video``: the first path segment after ``/generate``."""
    model_id: str
    """What users write, ``{provider}/{model}``, e.g. ``bfl/flux-1-dev``."""

    @cached_property  # one string, shared by every job of the model
    def endpoint(self) -> str:
        """The facade's endpoint string, ``{family}/{provider}/{model}``."""
        return f"{self.family}/{self.model_id}"


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, with what the mock needs to validate and dispatch it."""

    operation_id: str
    method: str
    template: str
    parameters: tuple[Mapping[str, Any], ...]
    body_schema: Mapping[str, Any] | None
    body_media_type: str | None
    model: MockModel | None


@dataclass(frozen=True)
class Route:
    """A path template and the operations it serves, keyed by upper-case method."""

    template: str
    pattern: re.Pattern[str] | None
    """The template as a regular expression; None for a template without parameters (matched as text)."""
    operations: Mapping[str, Operation]

    @property
    def specificity(self) -> int:
        """Fewer path parameters win: ``/styles/train`` beats ``/styles/{id}``."""
        return -self.pattern.groups if self.pattern is not None else 0


@dataclass(frozen=True)
class Match:
    """The outcome of routing: an operation with its path parameters, or the methods the path allows."""

    operation: Operation | None
    path_params: Mapping[str, str]
    allowed: tuple[str, ...]


def find_spec() -> Path:
    """Locate the Krea spec: the copy packaged in the wheel first, then the source checkout's.

    Returns:
        The path of ``openapi.yaml`` inside the installed ``krea`` package, or ``<repo>/openapi/krea.yaml``.

    Raises:
        FileNotFoundError: Neither exists.
    """
    try:
        packaged = importlib.resources.files("krea").joinpath("openapi.yaml")
        if packaged.is_file():
            return Path(str(packaged))
    except (ModuleNotFoundError, TypeError, NotADirectoryError):
        pass  # krea without an __init__ (a bare checkout) has no package resources
    if _REPO_SPEC.is_file():
        return _REPO_SPEC
    raise FileNotFoundError(f"Krea spec not found: neither krea/openapi.yaml nor {_REPO_SPEC} exists")


def load_krea_document() -> dict[str, Any]:
    """Krea's spec (``find_spec``), read from the JSON copy beside it (written by ``make generate``): a fresh
    document each time, in about a millisecond, where parsing the YAML takes some 30 ms."""
    path = find_spec()
    copy = path.with_name("openapi.json" if path.name == "openapi.yaml" else "krea.json")
    return load_document(copy if copy.is_file() else path)


def load_document(path: Path) -> dict[str, Any]:
    """Parse a YAML or JSON spec file (a ``.json`` one with ``json``; YAML with the C loader when PyYAML has
    one)."""
    if path.suffix == ".json":
        with path.open(encoding="utf-8") as fh:
            parsed: dict[str, Any] = json.load(fh)
        return parsed
    try:
        import yaml
    except ModuleNotFoundError:  # PyYAML comes with the testing extra; the bundled spec is read as JSON
        raise ImportError(f"reading a YAML spec ({path.name}) needs PyYAML: pip install 'krea[testing]'") from None

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open(encoding="utf-8") as fh:
        document: dict[str, Any] = yaml.load(fh, Loader=loader)
    return document


def resolve(document: Mapping[str, Any], node: Any) -> Any:
    """Follow local ``$ref`` pointers until a node that is not a reference."""
    while isinstance(node, Mapping) and "$ref" in node:
        target: Any = document
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


class Catalogue:
    """The spec's operations, indexed for routing; models are derived from the ``/generate/`` paths."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        routes = [self._route(template, item) for template, item in document.get("paths", {}).items()]
        self.routes = sorted(routes, key=lambda route: route.specificity, reverse=True)
        # Most paths have no parameter (one per model): looked up as text, and no regex compiled for them.
        self._exact = {route.template: route for route in self.routes if route.pattern is None}
        self._templated = [route for route in self.routes if route.pattern is not None]
        self.models = {
            op.model.endpoint: op.model for route in self.routes for op in route.operations.values() if op.model
        }

    def request_schemas(self) -> list[Mapping[str, Any]]:
        """The schema of every operation's body and of each of its parameters."""
        operations = [op for route in self.routes for op in route.operations.values()]
        found = [op.body_schema for op in operations if op.body_schema is not None]
        return found + [p["schema"] for op in operations for p in op.parameters if "schema" in p]

    def match(self, method: str, path: str) -> Match | None:
        """Route a request; None when no path template matches at all."""
        exact = self._exact.get(path)  # a template without parameters beats any with them
        if exact is not None:
            return Match(exact.operations.get(method.upper()), {}, tuple(exact.operations))
        for route in self._templated:
            assert route.pattern is not None
            found = route.pattern.fullmatch(path)
            if found is None:
                continue
            operation = route.operations.get(method.upper())
            return Match(operation, found.groupdict(), tuple(route.operations))
        return None

    def _route(self, template: str, item: Mapping[str, Any]) -> Route:
        pieces = _PARAM.split(template)
        regex = "".join(
            re.escape(piece) if index % 2 == 0 else f"(?P<{piece}>[^/]+)" for index, piece in enumerate(pieces)
        )
        pattern = re.compile(regex) if len(pieces) > 1 else None
        shared = [resolve(self.document, p) for p in item.get("parameters", [])]
        operations: dict[str, Operation] = {}
        for method in _METHODS:
            if method in item:
                operations[method.upper()] = self._operation(method, template, item[method], shared)
        return Route(template, pattern, operations)

    def _operation(
        self, method: str, template: str, spec: Mapping[str, Any], shared: list[Mapping[str, Any]]
    ) -> Operation:
        own = [resolve(self.document, p) for p in spec.get("parameters", [])]
        keys = {(p["in"], p["name"]) for p in own}
        parameters = tuple([p for p in shared if (p["in"], p["name"]) not in keys] + own)
        body_schema: Mapping[str, Any] | None = None
        media_type: str | None = None
        body = resolve(self.document, spec.get("requestBody"))
        if isinstance(body, Mapping):
            media_type, media = next(iter(body["content"].items()))
            body_schema = media.get("schema", {})
        model = None
        segments = template.strip("/").split("/")
        if method == "post" and segments[0] == "generate" and len(segments) >= 4:
            model = MockModel(family=segments[1], model_id="/".join(segments[2:]))
        return Operation(
            spec.get("operationId", ""), method.upper(), template, parameters, body_schema, media_type, model
        )
