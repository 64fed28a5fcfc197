"""What changed between two OpenAPI documents of the Krea API, and which changes break users of this SDK.

    python scripts/spec_diff.py OLD NEW                      a text report (``make spec-diff OLD=... NEW=...``)
    python scripts/spec_diff.py OLD NEW --json               the same as JSON, for the changelog to quote
    python scripts/spec_diff.py OLD NEW --fail-on-breaking   exit 1 when a change is breaking (else always 0)

OLD and NEW are YAML or JSON: our ``openapi/krea.yaml`` (named components, ``$ref`` everywhere) and Krea's
published document (every schema inline) compare alike, because each is read into the same flat facts first:
per operation (``METHOD /path``; a ``POST /generate/...`` is a *model*, named by its endpoint such as
``image/bfl/flux-1-dev``), per place in it (``request.styles[].strength``, ``query.limit``,
``response.200.status``): its types, enum values, bounds, format, pattern, default and whether it is required.
``$ref`` is resolved; the variants of ``allOf``/``anyOf``/``oneOf`` are merged into one place (a property is
there if any variant has it); ``const`` counts as a one-value enum; path parameter names do not matter for
matching operations (``/node-apps/{id}`` is ``/node-apps/{node_app_id}``). Callbacks and examples are not read.

Breaking means: code written against this SDK before the change may fail after it. On the request side (body
and parameters) that is a removed operation, model, parameter or property, a new required one, a property or
parameter that became required, a narrowed bound (minimum up, maximum down, a new bound or pattern), a removed
enum value, a type that accepts less than before. On the response side: a removed property, one that became
optional (its attribute turns into ``T | Unset``), a type that returns more than before, a removed enum value
(its enum member is gone), a removed status that the facade maps (a success, or one of ``MAPPED_ERRORS``).
Not breaking: anything added that is optional, an added enum value (``Job.status`` tolerates unknown ones),
a widened bound, a response bound (the SDK never checks them). A changed default is not breaking but changes
behaviour: it is marked ``behaviour_change``.

Each change has the same keys (``CHANGE_KEYS``). ``old`` and ``new`` are null on the side where a thing is
absent, else: the model or operation name; ``"present"`` or ``"required"`` for a property, parameter or status;
true/false for required; sorted type lists; the enum value; ``{"maximum": 100}`` for a bound; the format,
pattern or default. A change found at the same place in several operations with the same old and new value
(a ``$ref``'d schema edited once) is reported once, listing its operations. The exit code is 0 whatever the
report says (1 with ``--fail-on-breaking`` and a breaking change), 2 when a document cannot be read.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

CHANGE_KEYS = ("kind", "where", "operations", "old", "new", "breaking", "behaviour_change", "summary")
"""The keys of every change in the JSON report, in this order."""

MAPPED_ERRORS = frozenset({400, 401, 402, 403, 404, 409, 410, 422, 429})
"""The statuses krea maps to their own error class (``krea._errors``; a test keeps the two equal)."""

LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
# A format that changes the Python type the generator writes (str -> datetime, UUID, File...).
TYPED_FORMATS = frozenset({"date-time", "date", "uuid", "binary"})
SHOWN = 4  # operations listed under a change in the text report (the JSON lists them all)
METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")
KIND_ORDER = (
    "model-removed",
    "operation-removed",
    "model-added",
    "operation-added",
    "parameter-removed",
    "parameter-added",
    "property-removed",
    "property-added",
    "required-added",
    "required-removed",
    "type-changed",
    "format-changed",
    "enum-value-removed",
    "enum-value-added",
    "bound-narrowed",
    "bound-widened",
    "pattern-changed",
    "default-changed",
    "response-removed",
    "response-added",
)


@dataclass
class Place:
    """What one place of an operation (a body, a property, a parameter, a response) accepts or returns."""

    types: set[str] = field(default_factory=set)
    enum: set[str] | None = None  # JSON texts of the values, so 1 and "1" stay apart
    bounds: dict[str, float] = field(default_factory=dict)
    format: str | None = None
    pattern: str | None = None
    default: tuple[Any, ...] = ()  # () for none, (value,) for a default, even a null one
    required: bool = False


@dataclass(frozen=True)
class Operation:
    """One operation as a flat map of places, with the name it is reported under."""

    name: str
    places: dict[str, Place]
    model: bool


def load(path: Path) -> dict[str, Any]:
    """The document at ``path``, YAML or JSON (JSON is YAML, but the json module reads it 30 times faster)."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        document = json.loads(text)
    else:
        document = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if not isinstance(document, dict) or not isinstance(document.get("paths"), dict):
        raise ValueError(f"{path} is not an OpenAPI document (no paths)")
    return document


class _Reader:
    """Turns one document into ``{operation key: Operation}``."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def resolve(self, node: Any, seen: frozenset[str] = frozenset()) -> tuple[Any, frozenset[str]]:
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen or not ref.startswith("#/"):
                return {}, seen  # a cycle, or a file we do not follow: stop here
            seen = seen | {ref}
            target: Any = self.document
            for part in ref[2:].split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                target = target.get(part, {}) if isinstance(target, dict) else {}
            node = target
        return node, seen

    def schema(self, node: Any, where: str, places: dict[str, Place], seen: frozenset[str]) -> Place:
        """Record ``node`` and everything under it at ``where``; variants merge into the same places."""
        node, seen = self.resolve(node, seen)
        place = places.setdefault(where, Place())
        if not isinstance(node, dict):
            return place
        kind = node.get("type")
        place.types.update(kind if isinstance(kind, list) else [kind] if isinstance(kind, str) else [])
        if node.get("nullable") is True:
            place.types.add("null")
        values = node["enum"] if isinstance(node.get("enum"), list) else [node["const"]] if "const" in node else None
        if values is not None:
            # A null among the values is the type null, as in ``anyOf: [{$ref: SomeEnum}, {type: "null"}]``.
            if None in values:
                place.types.add("null")
            if any(v is not None for v in values):
                place.enum = (place.enum or set()) | {json.dumps(v, sort_keys=True) for v in values if v is not None}
        for bound in LOWER_BOUNDS + UPPER_BOUNDS:
            value = node.get(bound)
            if isinstance(value, int | float) and not isinstance(value, bool):
                place.bounds.setdefault(bound, value)
        place.format = place.format or node.get("format")
        place.pattern = place.pattern or node.get("pattern")
        if "default" in node and not place.default:
            place.default = (node["default"],)
        required = node["required"] if isinstance(node.get("required"), list) else []
        properties: dict[str, Any] = node["properties"] if isinstance(node.get("properties"), dict) else {}
        for name, child in properties.items():
            self.schema(child, f"{where}.{name}", places, seen).required |= name in required
        if "items" in node:
            self.schema(node["items"], f"{where}[]", places, seen)
        if isinstance(node.get("additionalProperties"), dict):
            self.schema(node["additionalProperties"], f"{where}{{}}", places, seen)
        for combinator in ("allOf", "anyOf", "oneOf"):
            for variant in node.get(combinator) or []:
                self.schema(variant, where, places, seen)
        return place

    def operation(self, path: str, method: str, item: dict[str, Any], op: dict[str, Any]) -> Operation:
        places: dict[str, Place] = {}
        parameters = [self.resolve(p)[0] for p in [*item.get("parameters", []), *op.get("parameters", [])]]
        for parameter in parameters:
            if isinstance(parameter, dict) and "name" in parameter:
                where = f"{parameter.get('in', 'query')}.{parameter['name']}"
                self.schema(parameter.get("schema", {}), where, places, frozenset()).required = bool(
                    parameter.get("required", False)
                )
        body, _ = self.resolve(op.get("requestBody"))
        if isinstance(body, dict):
            content = body.get("content") or {}
            media = content.get("application/json", next(iter(content.values()), {}))
            self.schema(media.get("schema", {}), "request", places, frozenset()).required = bool(
                body.get("required", False)
            )
        for status, response in (op.get("responses") or {}).items():
            response, _ = self.resolve(response)
            places[f"response.{status}"] = Place(required=True)
            content = (response.get("content") or {}) if isinstance(response, dict) else {}
            media = content.get("application/json", next(iter(content.values()), {}))
            if isinstance(media, dict) and "schema" in media:
                self.schema(media["schema"], f"response.{status}", places, frozenset())
        model = re.fullmatch(r"/generate/(.+)", path)
        name = model[1] if model and method == "post" else f"{method.upper()} {path}"
        return Operation(name, places, model=bool(model and method == "post"))

    def operations(self) -> dict[str, Operation]:
        found: dict[str, Operation] = {}
        for path, item in self.document["paths"].items():
            item, _ = self.resolve(item)
            if not isinstance(item, dict):
                continue
            for method in METHODS:
                if isinstance(item.get(method), dict):
                    key = f"{method.upper()} {re.sub(r'{[^}]*}', '{}', path)}"
                    found[key] = self.operation(path, method, item, item[method])
        return found


@dataclass(frozen=True)
class Change:
    """One difference, before it is grouped over operations."""

    kind: str
    place: str  # "" for the operation itself
    old: Any
    new: Any
    breaking: bool
    summary: str  # what changed at the place, without naming the operation
    behaviour_change: bool = False


def _types_cover(wide: set[str], narrow: set[str]) -> bool:
    """Whether a value of any type in ``narrow`` is also one of ``wide`` (no type at all means any)."""
    if not wide:
        return True
    if not narrow:
        return False
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def _side(place: str) -> str:
    return "response" if place.startswith("response") else "request"


def _is_status(place: str) -> bool:
    return re.fullmatch(r"response\.[^.\[{]+", place) is not None


def _is_parameter(place: str) -> bool:
    return re.fullmatch(r"(query|path|header|cookie)\.[^.\[{]+", place) is not None


def _status_mapped(place: str) -> bool:
    code = place.split(".", 1)[1]
    return code.startswith("2") or (code.isdigit() and int(code) in MAPPED_ERRORS)


def _added_or_removed(place: str, facts: Place, *, added: bool) -> Change:
    side = _side(place)
    if _is_status(place):
        kind = "response-added" if added else "response-removed"
        breaking = not added and _status_mapped(place)
        what = f"status {place.split('.', 1)[1]} {'added' if added else 'removed'}"
    else:
        noun = "parameter" if _is_parameter(place) else "property"
        kind = f"{noun}-{'added' if added else 'removed'}"
        noun = "body" if place == "request" else noun
        if added:
            breaking = side == "request" and facts.required
            what = f"{'required' if facts.required else 'optional'} {noun} {place} added"
        else:
            breaking = True
            what = f"{noun} {place} removed"
    shown = "present" if not facts.required or _is_status(place) else "required"
    old, new = (None, shown) if added else (shown, None)
    return Change(kind, place, old, new, breaking, what)


def _compare(place: str, old: Place, new: Place) -> Iterator[Change]:
    request = _side(place) == "request"
    if old.required != new.required and not _is_status(place):
        if new.required:
            yield Change("required-added", place, False, True, request, f"{place} became required")
        else:
            yield Change("required-removed", place, True, False, not request, f"{place} became optional")
    if old.types != new.types:
        wider = _types_cover(new.types, old.types)
        narrower = _types_cover(old.types, new.types)
        breaking = not wider if request else not narrower
        what = f"type of {place} changed from {_types_text(old.types)} to {_types_text(new.types)}"
        yield Change("type-changed", place, sorted(old.types), sorted(new.types), breaking, what)
    if old.format != new.format:
        typed = bool({old.format, new.format} & TYPED_FORMATS)
        breaking = typed or (request and new.format is not None)
        what = f"format of {place} changed from {old.format or 'none'} to {new.format or 'none'}"
        yield Change("format-changed", place, old.format, new.format, breaking, what)
    if old.enum is not None or new.enum is not None:
        was, now = old.enum or set(), new.enum or set()
        if old.enum is None or new.enum is None:  # an enum appeared or went: a narrowing or a widening
            kind = "bound-narrowed" if old.enum is None else "bound-widened"
            breaking = request and old.enum is None
            what = f"{place} {'is now limited to' if old.enum is None else 'is no longer limited to'} an enum"
            yield Change(kind, place, _values(was), _values(now), breaking, what)
        else:
            for value in sorted(was - now):
                yield Change(
                    "enum-value-removed", place, json.loads(value), None, True, f"{place} lost enum value {value}"
                )
            for value in sorted(now - was):
                yield Change(
                    "enum-value-added", place, None, json.loads(value), False, f"{place} gained enum value {value}"
                )
    for bound in LOWER_BOUNDS + UPPER_BOUNDS:
        a, b = old.bounds.get(bound), new.bounds.get(bound)
        if a == b:
            continue
        lower = bound in LOWER_BOUNDS
        narrowed = a is None or (b is not None and (b > a if lower else b < a))
        kind = "bound-narrowed" if narrowed else "bound-widened"
        what = f"{bound} of {place} {_bound_text(a, b)}"
        yield Change(
            kind,
            place,
            None if a is None else {bound: a},
            None if b is None else {bound: b},
            request and narrowed,
            what,
        )
    if old.pattern != new.pattern:
        breaking = request and new.pattern is not None
        what = f"pattern of {place} changed from {old.pattern or 'none'} to {new.pattern or 'none'}"
        yield Change("pattern-changed", place, old.pattern, new.pattern, breaking, what)
    if old.default != new.default:
        a, b = (old.default or (None,))[0], (new.default or (None,))[0]
        what = (
            f"default of {place} changed from {_text(old.default)} to {_text(new.default)}"
            " (behaviour change, not breaking)"
        )
        yield Change("default-changed", place, a, b, False, what, behaviour_change=True)


def _values(values: set[str]) -> list[Any] | None:
    return sorted((json.loads(v) for v in values), key=json.dumps) if values else None


def _types_text(types: set[str]) -> str:
    return "|".join(sorted(types)) or "any"


def _text(default: tuple[Any, ...]) -> str:
    return json.dumps(default[0]) if default else "none"


def _bound_text(a: float | None, b: float | None) -> str:
    if a is None:
        return f"added: {b:g}"
    if b is None:
        return f"removed (was {a:g})"
    return f"changed from {a:g} to {b:g}"


def _operation_changes(old: Operation, new: Operation) -> Iterator[Change]:
    for place, facts in new.places.items():
        if place not in old.places and not _parent_in(place, new.places, old.places):
            yield _added_or_removed(place, facts, added=True)
    for place, facts in old.places.items():
        if place not in new.places and not _parent_in(place, old.places, new.places):
            yield _added_or_removed(place, facts, added=False)
    for place, facts in old.places.items():
        if place in new.places:
            yield from _compare(place, facts, new.places[place])


def _parent_in(place: str, here: dict[str, Place], there: dict[str, Place]) -> bool:
    """Whether a place above ``place`` is also new here (or gone there): then only the topmost one is told."""
    parent = re.sub(r"(\.[^.\[{]*|\[\]|\{\})$", "", place)
    while parent and parent != place:
        if parent in here and parent not in there:
            return True
        place, parent = parent, re.sub(r"(\.[^.\[{]*|\[\]|\{\})$", "", parent)
    return False


def diff(old_document: dict[str, Any], new_document: dict[str, Any]) -> list[dict[str, Any]]:
    """Every change from ``old_document`` to ``new_document``, grouped over operations, in a stable order."""
    before, after = _Reader(old_document).operations(), _Reader(new_document).operations()
    found: list[tuple[str, Change]] = []
    for key in sorted(before.keys() - after.keys()):
        name = before[key].name
        kind = "model-removed" if before[key].model else "operation-removed"
        found.append((name, Change(kind, "", name, None, True, f"{kind.split('-')[0]} {name} removed")))
    for key in sorted(after.keys() - before.keys()):
        name = after[key].name
        kind = "model-added" if after[key].model else "operation-added"
        found.append((name, Change(kind, "", None, name, False, f"{kind.split('-')[0]} {name} added")))
    for key in sorted(before.keys() & after.keys()):
        found.extend((after[key].name, change) for change in _operation_changes(before[key], after[key]))
    groups: dict[str, tuple[Change, list[str]]] = {}
    for name, change in found:
        if not change.place:  # an operation added or removed: one entry each
            groups[f"{change.kind} {name}"] = (change, [name])
            continue
        key = json.dumps([change.kind, change.place, change.old, change.new, change.breaking], default=str)
        groups.setdefault(key, (change, []))[1].append(name)
    changes = []
    for change, names in groups.values():
        names = sorted(set(names))
        if not change.place:
            where = names[0]
            summary = change.summary
        elif len(names) == 1:
            where = f"{names[0]} {change.place}"
            summary = f"{names[0]}: {change.summary}"
        else:
            where = f"{change.place} in {len(names)} operations"
            summary = f"{change.summary}, in {len(names)} operations"
        record = dict.fromkeys(CHANGE_KEYS)
        record.update(
            kind=change.kind,
            where=where,
            operations=names,
            old=change.old,
            new=change.new,
            breaking=change.breaking,
            behaviour_change=change.behaviour_change,
            summary=summary,
        )
        changes.append(record)
    changes.sort(key=lambda c: (not c["breaking"], KIND_ORDER.index(c["kind"]), c["where"]))
    return changes


def report(
    old: Path, new: Path, changes: list[dict[str, Any]], documents: tuple[dict[str, Any], ...]
) -> dict[str, Any]:
    """The JSON report: both documents, counts, and the changes."""

    def side(path: Path, document: dict[str, Any]) -> dict[str, Any]:
        info = document.get("info") or {}
        return {"path": str(path), "title": info.get("title"), "version": info.get("version")}

    return {
        "old": side(old, documents[0]),
        "new": side(new, documents[1]),
        "counts": {
            "changes": len(changes),
            "breaking": sum(c["breaking"] for c in changes),
            "behaviour_changes": sum(c["behaviour_change"] for c in changes),
        },
        "changes": changes,
    }


def render_text(result: dict[str, Any]) -> str:
    """The report for a person: counts, then the breaking changes, then the others."""
    counts = result["counts"]
    lines = [
        f"{result['old']['path']} -> {result['new']['path']}: {counts['changes']} changes, "
        f"{counts['breaking']} breaking for users of this SDK, {counts['behaviour_changes']} behaviour changes"
    ]
    for title, breaking in (("Breaking", True), ("Not breaking", False)):
        chosen = [c for c in result["changes"] if c["breaking"] is breaking]
        if chosen:
            lines += ["", f"{title} ({len(chosen)}):"]
            for change in chosen:
                lines.append(f"  [{change['kind']}] {change['summary']}")
                names = change["operations"]
                if len(names) > 1:
                    more = f" and {len(names) - SHOWN} more" if len(names) > SHOWN else ""
                    lines.append(f"      in: {', '.join(names[:SHOWN])}{more}")
    if not result["changes"]:
        lines += ["", "No changes."]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("old", type=Path, help="the earlier document (YAML or JSON)")
    parser.add_argument("new", type=Path, help="the later document (YAML or JSON)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--fail-on-breaking", action="store_true", help="exit 1 when any change is breaking")
    args = parser.parse_args(argv)
    try:
        documents = (load(args.old), load(args.new))
    except (OSError, ValueError, yaml.YAMLError) as exc:
        print(f"spec-diff: {exc}", file=sys.stderr)
        return 2
    result = report(args.old, args.new, diff(*documents), documents)
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        print(render_text(result), end="")
    return 1 if args.fail_on_breaking and result["counts"]["breaking"] else 0


if __name__ == "__main__":
    sys.exit(main())
