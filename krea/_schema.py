"""Checking parameters against the spec's request schemas, without a JSON-schema library.

Krea's request schemas use a small part of JSON Schema (2020-12): ``type``, ``enum``, ``const``, bounds,
lengths, item and property counts, ``pattern``, ``required``, ``properties``, ``additionalProperties``, ``items``,
``oneOf``/``anyOf``/``allOf`` and ``$ref`` into the spec's components; formats are annotations unless a
:class:`Reader` is given checks for them (the mock checks ``uuid``, ``date-time``, ``date`` and ``uri``). This
reads exactly that part, so neither ``pip install krea`` nor the mock needs jsonschema and its four packages
(nor their ~30 ms of imports); a keyword outside it fails loudly (``UnsupportedSchema``) rather than passing
silently. It is one reading of the spec, held to jsonschema's by contract tests (``tests/contract/
test_schema.py``: every request schema, each kind of mistake at each property, random documents, formats):
the facade checks a call's parameters with it, and the mock (``krea.testing``) every request it receives.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Iterator, Mapping, Sequence

import attrs

from ._spec import load_spec

SUPPORTED = frozenset({
    "type", "enum", "const", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength",
    "maxLength", "minItems", "maxItems", "minProperties", "maxProperties", "pattern", "required", "properties",
    "additionalProperties", "items",
    "oneOf", "anyOf", "allOf", "$ref",
    # annotations, which say nothing about validity
    "description", "default", "examples", "example", "format", "title", "deprecated", "readOnly", "writeOnly",
    "nullable",
})  # fmt: skip
"""The keywords this validator understands; any other in a request schema raises ``UnsupportedSchema``."""


def _unread(schema: Mapping[str, object]) -> list[str]:
    """The keywords of ``schema`` this validator does not read (``$comment`` and ``x-`` extensions are notes)."""
    return sorted(k for k in set(schema) - SUPPORTED if k != "$comment" and not str(k).startswith("x-"))


def _subschema(node: object) -> Mapping[str, object] | None:
    """``node`` as a schema to check against; None when it is not one. A boolean schema (``true``/``false``) is
    refused: krea's request schemas have none, and passing a value it forbids would be silent."""
    if isinstance(node, bool):
        raise UnsupportedSchema("boolean subschemas (true/false) are not read")
    return node if isinstance(node, dict) else None


class UnsupportedSchema(Exception):
    """A request schema uses a JSON-schema keyword this validator does not read (the spec grew): a bug to fix
    here, never a reason to pass a value unchecked."""


@attrs.frozen
class SchemaError:
    """One problem, in the terms jsonschema reports it: the keyword, its value, the failing value and where."""

    validator: str
    """The keyword that failed, e.g. ``maximum``."""
    validator_value: object
    path: tuple[str | int, ...]
    """Where in the checked value (object keys and list indexes)."""
    instance: object
    """The value that failed."""
    schema: Mapping[str, object]
    """The (sub)schema holding the keyword."""
    message: str
    context: tuple[SchemaError, ...] = ()
    """For a failed ``oneOf`` or ``anyOf``: the problems of each of its options (as jsonschema's ``context``)."""


Format = Callable[[str], bool]
"""A check of one ``format`` on a string: False (or ``ValueError``) when the string is not of it."""


def errors(schema_name: str, value: object) -> list[SchemaError]:
    """Every problem of ``value`` against the bundled spec's schema ``schema_name`` (none: it is valid)."""
    return list(_BUNDLED.check(_component(f"#/components/schemas/{schema_name}"), value, ()))


class Reader:
    """Checks values against the schemas of one spec document, ``$ref`` resolved in it.

    Args:
        document: The spec; None reads the bundled one (``krea/_spec.py``), shared by every such reader.
        formats: The ``format`` values to check on strings, each with its check; any other format is an
            annotation.
    """

    def __init__(self, document: Mapping[str, object] | None = None, *, formats: Mapping[str, Format] | None = None):
        self._document = document
        self._formats = dict(formats or {})
        self._refs: dict[str, Mapping[str, object]] = {}
        self._known: dict[int, Mapping[str, object]] = {}
        """The schemas whose keywords are known to be read here, by id (each held here, so no other schema
        made later can have its id)."""

    def errors(self, schema: Mapping[str, object], value: object) -> list[SchemaError]:
        """Every problem of ``value`` against ``schema`` (a schema of this reader's document), ordered by place."""
        return list(self.check(schema, value, ()))

    def require_supported(self, schema: Mapping[str, object]) -> None:
        """Raise ``UnsupportedSchema`` now if ``schema`` (or one it refers to) has a keyword not read here."""
        seen: set[int] = set()
        todo: list[object] = [schema]
        while todo:
            node = todo.pop()
            if not isinstance(node, Mapping) or id(node) in seen:
                continue
            seen.add(id(node))
            unknown = _unread(node)
            if unknown:
                raise UnsupportedSchema(f"keywords {unknown} in a request schema, which krea/_schema.py does not read")
            ref = node.get("$ref")
            if isinstance(ref, str):
                todo.append(self._ref(ref))
            todo.append(_subschema(node.get("items")))
            extra = node.get("additionalProperties")
            todo.append(extra if isinstance(extra, dict) else None)  # true/false is the keyword's own value
            properties = node.get("properties")
            if isinstance(properties, Mapping):
                todo.extend(_subschema(item) for item in properties.values())
            for key in ("oneOf", "anyOf", "allOf"):
                options = node.get(key)
                if isinstance(options, list):
                    todo.extend(_subschema(option) for option in options)

    def _ref(self, ref: str) -> Mapping[str, object]:
        if self._document is None:
            return _component(ref)
        found = self._refs.get(ref)
        if found is None:
            found = self._refs[ref] = _pointer(self._document, ref)
        return found

    def check(self, schema: Mapping[str, object], value: object, path: tuple[str | int, ...]) -> Iterator[SchemaError]:
        """The problems of ``value`` at ``path`` against ``schema``, as they are found."""
        return _check(self, schema, value, path)


@functools.cache
def _component(ref: str) -> Mapping[str, object]:
    return _pointer(load_spec(), ref)


def _pointer(document: object, ref: str) -> Mapping[str, object]:
    if not ref.startswith("#/"):
        raise UnsupportedSchema(f"only $ref into the spec itself is read, not {ref!r}")
    node = document
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or part not in node:
            raise UnsupportedSchema(f"$ref {ref!r} points at nothing in the spec")
        node = node[part]
    if not isinstance(node, dict):
        raise UnsupportedSchema(f"$ref {ref!r} is not a schema")
    return node


def _check(
    reader: Reader, schema: Mapping[str, object], value: object, path: tuple[str | int, ...]
) -> Iterator[SchemaError]:
    if id(schema) not in reader._known:  # each schema's keywords are looked at once (they live as long as the spec)
        unknown = _unread(schema)
        if unknown:
            raise UnsupportedSchema(f"keywords {unknown} at {'/'.join(map(str, path)) or 'the top'}")
        reader._known[id(schema)] = schema
    ref = schema.get("$ref")
    if isinstance(ref, str):
        yield from _check(reader, reader._ref(ref), value, path)
    types = schema.get("type")
    if types is not None:
        wanted = [types] if isinstance(types, str) else list(types) if isinstance(types, list) else []
        if not any(_is_type(value, str(kind)) for kind in wanted):
            shown = ", ".join(repr(kind) for kind in wanted)
            yield _error("type", types, path, value, schema, f"{value!r} is not of type {shown}")
    if "enum" in schema:
        choices = schema["enum"]
        if isinstance(choices, list) and not any(_equal(value, choice) for choice in choices):
            yield _error("enum", choices, path, value, schema, f"{value!r} is not one of {choices!r}")
    if "const" in schema and not _equal(value, schema["const"]):
        yield _error("const", schema["const"], path, value, schema, f"{schema['const']!r} was expected")
    if isinstance(value, int | float) and not isinstance(value, bool):
        yield from _bounds(schema, value, path)
    if isinstance(value, str):
        yield from _text(schema, value, path)
        kind = schema.get("format")
        check = reader._formats.get(kind) if isinstance(kind, str) else None
        if check is not None and not _passes(check, value):
            yield _error("format", kind, path, value, schema, f"{value!r} is not a {kind!r}")
    if isinstance(value, list):
        yield from _array(reader, schema, value, path)
    if isinstance(value, dict):
        yield from _object(reader, schema, value, path)
    yield from _combined(reader, schema, value, path)


def _passes(check: Format, value: str) -> bool:
    try:
        return check(value)
    except ValueError:
        return False


def _bounds(schema: Mapping[str, object], value: float, path: tuple[str | int, ...]) -> Iterator[SchemaError]:
    for keyword, said in _BOUNDS:
        bound = schema.get(keyword)
        if not isinstance(bound, int | float) or isinstance(bound, bool):
            continue
        exclusive = keyword.startswith("exclusive")
        if keyword.lower().endswith("minimum"):
            fails = value <= bound if exclusive else value < bound
        else:
            fails = value >= bound if exclusive else value > bound
        if fails:
            yield _error(keyword, bound, path, value, schema, f"{value!r} is {said} {bound!r}")


_BOUNDS = (
    ("minimum", "less than the minimum of"),
    ("maximum", "greater than the maximum of"),
    ("exclusiveMinimum", "less than or equal to the minimum of"),
    ("exclusiveMaximum", "greater than or equal to the maximum of"),
)


def _text(schema: Mapping[str, object], value: str, path: tuple[str | int, ...]) -> Iterator[SchemaError]:
    low, high, pattern = schema.get("minLength"), schema.get("maxLength"), schema.get("pattern")
    if isinstance(low, int) and len(value) < low:
        yield _error("minLength", low, path, value, schema, f"{value!r} is too short")
    if isinstance(high, int) and len(value) > high:
        yield _error("maxLength", high, path, value, schema, f"{value!r} is too long")
    if isinstance(pattern, str) and not _pattern(pattern).search(value):
        yield _error("pattern", pattern, path, value, schema, f"{value!r} does not match {pattern!r}")


def _array(
    reader: Reader, schema: Mapping[str, object], value: list[object], path: tuple[str | int, ...]
) -> Iterator[SchemaError]:
    low, high, items = schema.get("minItems"), schema.get("maxItems"), schema.get("items")
    if isinstance(low, int) and len(value) < low:
        yield _error("minItems", low, path, value, schema, f"{value!r} should be non-empty" if low == 1 else
                     f"{value!r} is too short")  # fmt: skip
    if isinstance(high, int) and len(value) > high:
        yield _error("maxItems", high, path, value, schema, f"{value!r} is too long")
    items = _subschema(items)
    if items is not None:
        for index, item in enumerate(value):
            yield from _check(reader, items, item, (*path, index))


def _object(
    reader: Reader, schema: Mapping[str, object], value: dict[object, object], path: tuple[str | int, ...]
) -> Iterator[SchemaError]:
    fewest, most = schema.get("minProperties"), schema.get("maxProperties")
    if isinstance(fewest, int) and len(value) < fewest:
        said = f"{value!r} should be non-empty" if fewest == 1 else f"{value!r} does not have enough properties"
        yield _error("minProperties", fewest, path, value, schema, said)
    if isinstance(most, int) and len(value) > most:
        yield _error("maxProperties", most, path, value, schema, f"{value!r} has too many properties")
    required = schema.get("required")
    for name in required if isinstance(required, list) else []:
        if name not in value:
            yield _error("required", required, path, value, schema, f"{name!r} is a required property")
    properties = schema.get("properties")
    known = properties if isinstance(properties, dict) else {}
    for name, item in value.items():
        declared = _subschema(known[name]) if name in known else None
        if declared is not None:
            yield from _check(reader, declared, item, (*path, str(name)))
    extra = schema.get("additionalProperties")
    unexpected = sorted(str(name) for name in value if name not in known)
    if extra is False and unexpected:
        said = "was" if len(unexpected) == 1 else "were"
        listed = ", ".join(repr(name) for name in unexpected)
        yield _error("additionalProperties", False, path, value, schema,
                     f"Additional properties are not allowed ({listed} {said} unexpected)")  # fmt: skip
    elif isinstance(extra, dict):
        for name in unexpected:
            yield from _check(reader, extra, value[name], (*path, name))


def _combined(
    reader: Reader, schema: Mapping[str, object], value: object, path: tuple[str | int, ...]
) -> Iterator[SchemaError]:
    for keyword in ("oneOf", "anyOf", "allOf"):
        options = schema.get(keyword)
        if not isinstance(options, list):
            continue
        for option in options:
            _subschema(option)  # a boolean option is refused
        if keyword == "allOf":
            for option in options:
                if isinstance(option, dict):
                    yield from _check(reader, option, value, path)
            continue
        valid = [o for o in options if isinstance(o, dict) and not any(_check(reader, o, value, path))]
        if not valid:  # only now every problem of every option (a valid value stops at its first)
            said = f"{value!r} is not valid under any of the given schemas"
            context = tuple(e for o in options if isinstance(o, dict) for e in _check(reader, o, value, path))
            yield SchemaError(keyword, options, path, value, schema, said, context)
        elif keyword == "oneOf" and len(valid) > 1:
            yield _error(keyword, options, path, value, schema, f"{value!r} is valid under each of {valid!r}")


def _error(
    keyword: str, bound: object, path: tuple[str | int, ...], value: object, schema: Mapping[str, object], said: str
) -> SchemaError:
    return SchemaError(keyword, bound, path, value, schema, said)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_type(value: object, kind: str) -> bool:
    """JSON Schema's types, as jsonschema reads them: a bool is no number, and 2.0 is an integer."""
    if kind == "integer":
        if isinstance(value, bool):
            return False
        return isinstance(value, int) or (isinstance(value, float) and math.isfinite(value) and value.is_integer())
    if kind == "number":
        return _is_number(value)
    if kind == "string":
        return isinstance(value, str)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "array":
        return isinstance(value, list)
    if kind == "object":
        return isinstance(value, dict)
    if kind == "null":
        return value is None
    raise UnsupportedSchema(f"type {kind!r}")


def _equal(value: object, other: object) -> bool:
    """Equality as JSON Schema means it: ``True`` is not ``1``, ``1`` is ``1.0``; lists and objects deeply."""
    if isinstance(value, bool) or isinstance(other, bool):
        return isinstance(value, bool) and isinstance(other, bool) and value is other
    if isinstance(value, list) and isinstance(other, list):
        return len(value) == len(other) and all(_equal(a, b) for a, b in zip(value, other, strict=True))
    if isinstance(value, dict) and isinstance(other, dict):
        return value.keys() == other.keys() and all(_equal(value[key], other[key]) for key in value)
    if _is_number(value) and _is_number(other):
        return value == other
    if isinstance(value, str) or isinstance(other, str):  # a str subclass (a generated enum member) is its text
        return isinstance(value, str) and isinstance(other, str) and str(value) == str(other)
    return value is None and other is None


@functools.cache
def _pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


_BUNDLED = Reader()

__all__: Sequence[str] = ("Format", "Reader", "SchemaError", "UnsupportedSchema", "errors")
