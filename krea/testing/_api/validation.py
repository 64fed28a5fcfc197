"""Is a request's body, query and headers what the spec allows? Every problem is reported at once."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

try:  # the mock's own reading of the spec (the facade has its own, krea/_schema.py): two readings, not one
    from jsonschema import Draft202012Validator, FormatChecker
    from jsonschema.exceptions import ValidationError
    from referencing import Registry
    from referencing.jsonschema import DRAFT202012
except ImportError as exc:  # pragma: no cover - jsonschema comes with the testing extra
    raise ImportError(f"krea.testing's mock needs jsonschema: pip install 'krea[testing]' ({exc})") from exc

from krea.testing._core.clock import parse_iso

_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s]*$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_BASE = "urn:krea:openapi"


class RequestInvalid(Exception):
    """The request breaks the spec; ``str()`` lists every problem."""


def _checker() -> FormatChecker:
    # jsonschema checks some formats only when optional packages are installed: pin the ones the spec uses.
    checker = FormatChecker(formats=())

    @checker.checks("uuid", raises=ValueError)
    def _uuid(value: object) -> bool:
        return not isinstance(value, str) or str(uuid.UUID(value)) == value.lower()

    @checker.checks("date-time", raises=ValueError)
    def _date_time(value: object) -> bool:
        return not isinstance(value, str) or ("T" in value.upper() and bool(parse_iso(value)))

    @checker.checks("date")
    def _date(value: object) -> bool:
        return not isinstance(value, str) or bool(_DATE.match(value))

    @checker.checks("uri")
    def _uri(value: object) -> bool:
        return not isinstance(value, str) or bool(_URI.match(value))

    return checker


def parse_json(body: bytes) -> Any:
    """Decode a JSON body strictly (no NaN or Infinity).

    Raises:
        RequestInvalid: The body is not JSON.
    """

    def _refuse(constant: str) -> Any:
        raise ValueError(f"{constant} is not JSON")

    try:
        return json.loads(body, parse_constant=_refuse)
    except (ValueError, RecursionError) as exc:
        raise RequestInvalid(f"Malformed JSON body: {exc}") from None


class Validator:
    """Validates values against schemas of one spec document (``$ref`` resolved through a registry)."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self._registry: Registry[Any] = Registry().with_resource(_BASE, DRAFT202012.create_resource(dict(document)))
        self._format_checker = _checker()
        self._cache: dict[int, Draft202012Validator] = {}

    def problems(self, schema: Mapping[str, Any], value: Any, where: str) -> list[str]:
        """Every way ``value`` breaks ``schema``, each prefixed with its location (``body.steps``)."""
        key = id(schema)
        validator = self._cache.get(key)
        if validator is None:
            validator = Draft202012Validator(
                _absolute(schema), registry=self._registry, format_checker=self._format_checker
            )
            self._cache[key] = validator
        errors: list[ValidationError] = sorted(validator.iter_errors(value), key=lambda e: list(e.path))
        problems = []
        for error in errors:
            location = _location(where, error.absolute_path)
            if error.context:  # oneOf/anyOf: say what each variant objects to, not only "no variant fits"
                reasons = dict.fromkeys(f"{_location(where, e.absolute_path)}: {e.message}" for e in error.context)
                problems.append(f"{location}: fits none of the allowed shapes ({'; '.join(reasons)})")
            else:
                problems.append(f"{location}: {error.message}")
        return problems

    def parameters(
        self,
        parameters: Sequence[Mapping[str, Any]],
        *,
        query: Mapping[str, str],
        headers: Mapping[str, str],
        path: Mapping[str, str],
    ) -> tuple[dict[str, Any], list[str]]:
        """Convert and check path, query and header parameters.

        Returns:
            The parameters by name (typed per their schema; unset optional ones absent) and the problems.
        """
        values: dict[str, Any] = {}
        problems: list[str] = []
        sources = {"query": query, "header": headers, "path": path}
        for parameter in parameters:
            source = sources.get(parameter["in"])
            if source is None:
                continue
            name = parameter["name"]
            raw = source.get(name.lower() if parameter["in"] == "header" else name)
            if raw is None:
                if parameter.get("required"):
                    problems.append(f"{parameter['in']}.{name}: required")
                continue
            schema = parameter.get("schema", {})
            value = _coerce(raw, schema)
            found = self.problems(schema, value, f"{parameter['in']}.{name}")
            problems.extend(found)
            if not found:
                values[name] = value
        # Unknown query keys are refused, like unknown body keys: a typo (`?stauts=failed`) must not silently
        # return everything.
        declared = {p["name"] for p in parameters if p.get("in") == "query"}
        problems.extend(f"query.{key}: unknown parameter" for key in sorted(set(query) - declared))
        return values, problems


def _absolute(node: Any) -> Any:
    # A schema lifted out of the document resolves "#/..." against itself: point its refs at the document.
    if isinstance(node, Mapping):
        return {
            key: f"{_BASE}{value}" if key == "$ref" and str(value).startswith("#") else _absolute(value)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_absolute(item) for item in node]
    return node


def _coerce(raw: str, schema: Mapping[str, Any]) -> Any:
    # Query and header values arrive as text; convert per the declared type so bounds apply.
    kind = schema.get("type")
    try:
        if kind == "integer":
            number = float(raw)
            return int(number) if number.is_integer() else number
        if kind == "number":
            return float(raw)
    except ValueError:
        return raw
    if kind == "boolean" and raw in ("true", "false"):
        return raw == "true"
    return raw


def _location(where: str, path: Sequence[Any]) -> str:
    return "".join([where, *(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path)])
