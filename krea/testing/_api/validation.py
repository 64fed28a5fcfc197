"""Is a request's body, query and headers what the spec allows? Every problem is reported at once."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from krea._schema import Format, Reader, SchemaError
from krea.testing._core.clock import parse_iso

_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s]*$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


_ANY: Mapping[str, Any] = {}
"""The schema of a parameter that declares none (one object: the reader remembers each schema it has read)."""


class RequestInvalid(Exception):
    """The request breaks the spec; ``str()`` lists every problem."""


def _uuid(value: str) -> bool:
    return str(uuid.UUID(value)) == value.lower()


def _date_time(value: str) -> bool:
    return "T" in value.upper() and bool(parse_iso(value))


FORMATS: Mapping[str, Format] = {
    "uuid": _uuid,
    "date-time": _date_time,
    "date": lambda value: bool(_DATE.match(value)),
    "uri": lambda value: bool(_URI.match(value)),
}
"""The formats the spec uses, checked on strings (a check raising ``ValueError`` refuses the value too)."""


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


def require_readable(document: Mapping[str, Any], schemas: Iterable[Mapping[str, Any]]) -> None:
    """Raise ``UnsupportedSchema`` if one of ``schemas`` (of ``document``) uses a keyword the mock cannot check."""
    reader = Reader(document)
    for schema in schemas:
        reader.require_supported(schema)


class Validator:
    """Validates values against schemas of one spec document (krea's own reader, ``krea/_schema.py``).

    Each schema is read whole the first time it is used, so a keyword the reader does not know fails that
    request loudly (``UnsupportedSchema``), whichever branch the value takes, rather than passing unchecked.
    """

    def __init__(self, document: Mapping[str, Any]) -> None:
        self._reader = Reader(document, formats=FORMATS)
        self._read: set[int] = set()  # ids of schemas inside the document, which lives as long as the reader

    def problems(self, schema: Mapping[str, Any], value: Any, where: str) -> list[str]:
        """Every way ``value`` breaks ``schema``, each prefixed with its location (``body.steps``)."""
        if id(schema) not in self._read:
            self._reader.require_supported(schema)
            self._read.add(id(schema))
        errors: list[SchemaError] = sorted(self._reader.errors(schema, value), key=lambda e: list(e.path))
        problems = []
        for error in errors:
            location = _location(where, error.path)
            if error.context:  # oneOf/anyOf: say what each variant objects to, not only "no variant fits"
                reasons = dict.fromkeys(f"{_location(where, e.path)}: {e.message}" for e in error.context)
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
            schema = parameter.get("schema", _ANY)
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
