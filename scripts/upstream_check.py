"""Whether every difference between Krea's published document and openapi/krea.yaml is recorded, and no more.

Both documents are read the same way: every ``$ref`` resolved, annotations dropped (descriptions, summaries,
titles, examples, ``x-`` extensions), lists whose order means nothing (``type``, ``enum``, ``required``,
``tags``) sorted, a parameter's or body's ``required: false`` dropped (it is the default), and a nullable
``anyOf: [S, {type: null}]`` read as ``S`` with ``null`` added to its ``type`` (exactly equivalent when ``S``
has a ``type`` and no ``enum`` or ``const``), and ``additionalProperties: true`` or ``{}`` (the default)
dropped. Then, per operation (method and path): its parameters, request
body, response statuses, response headers, bodies, links and callbacks are compared, and each difference is
one leaf (an added, removed or changed keyword at a JSON pointer). Examples are compared by meaning: each of
our examples attached to a body must validate against Krea's schema for the same body, and each of Krea's
against ours.

Each difference must be matched by a record of openapi/deviations.yaml; a record (one of its ``match``
entries) that matches nothing is stale. Either fails the check.

    python scripts/upstream_check.py [--upstream PATH] [--spec PATH] [--deviations PATH] [--list]
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import re
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "krea.yaml"
DEVIATIONS = ROOT / "openapi" / "deviations.yaml"
# Krea's document lives outside the repository and is read in place, never copied in: in the workplace's shared
# folder beside the repository (../shared), or at its absolute place (/work/shared) for a clone made elsewhere.
# When a newer one is adopted, point this at it (KREA_UPSTREAM overrides it, as UPSTREAM= does for
# `make upstream-check`).
UPSTREAM_NAME = Path("krea-api") / "upstream" / "krea-openapi-2026-08.json"


def default_upstream() -> Path:
    """Where Krea's document is read from: ``KREA_UPSTREAM``, else the first shared folder that holds it."""
    if os.environ.get("KREA_UPSTREAM"):
        return Path(os.environ["KREA_UPSTREAM"])
    places = [ROOT.parent / "shared" / UPSTREAM_NAME, Path("/work/shared") / UPSTREAM_NAME]
    return next((place for place in places if place.is_file()), places[0])


UPSTREAM = default_upstream()

METHODS = ("get", "put", "post", "patch", "delete", "head", "options", "trace")
# Keywords that describe and never constrain: not compared (examples are compared by meaning, below).
ANNOTATIONS = frozenset({"description", "summary", "title", "example", "examples", "externalDocs", "$comment"})
# Keywords whose value is a map from names to schemas.
SCHEMA_MAPS = frozenset({"properties", "patternProperties", "$defs", "dependentSchemas"})
SCHEMA_LISTS = frozenset({"anyOf", "oneOf", "allOf", "prefixItems"})
SCHEMA_ONE = frozenset(
    {"items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else",
     "unevaluatedProperties", "unevaluatedItems", "contentSchema"}
)  # fmt: skip
KREAS = "Krea's"
UNORDERED = frozenset({"type", "enum", "required", "tags"})


@dataclass(frozen=True)
class Difference:
    """One leaf where the two documents differ: an operation (``METHOD /path``) and a JSON pointer inside it."""

    operation: str
    pointer: str
    kind: str  # added (only ours), removed (only Krea's), changed, example (an example fails the other schema)
    upstream: Any = None
    ours: Any = None

    def __str__(self) -> str:
        if self.kind == "added":
            detail = f"only ours: {_short(self.ours)}"
        elif self.kind == "removed":
            detail = f"only Krea's: {_short(self.upstream)}"
        elif self.kind == "example":
            detail = str(self.ours)
        else:
            detail = f"Krea's {_short(self.upstream)}, ours {_short(self.ours)}"
        return f"{self.operation} {self.pointer or '(the operation)'} [{self.kind}] {detail}"


def _short(value: Any, limit: int = 100) -> str:
    text = json.dumps(value, sort_keys=True, default=str)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def load(path: Path) -> dict[str, Any]:
    """A document in JSON or YAML (read once per content: the checker never changes what it reads)."""
    stat = path.stat()
    return _load(path.resolve(), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=8)
def _load(path: Path, _mtime: int, _size: int) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        parsed: dict[str, Any] = json.loads(text)
        return parsed
    loaded: dict[str, Any] = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return loaded


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


class _Reader:
    """Reads one document's operations in the normalised form described in the module docstring."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc
        self._registry: Registry[Any] | None = None
        self._validators: dict[int, Draft202012Validator] = {}

    def validator(self, schema: Any) -> Draft202012Validator:
        """A validator for a schema found in this document, its local ``$ref``s resolved against it."""
        if id(schema) not in self._validators:
            if self._registry is None:
                resource = Resource.from_contents(self.doc, default_specification=DRAFT202012)
                self._registry = Registry().with_resource("urn:doc", resource)
            self._validators[id(schema)] = Draft202012Validator(_absolute(schema), registry=self._registry)
        return self._validators[id(schema)]

    def resolve(self, node: Any) -> Any:
        seen: set[str] = set()
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#/") or ref in seen:
                raise ValueError(f"cannot resolve $ref {ref!r}")
            seen.add(ref)
            node = self.doc
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def schema(self, node: Any, stack: tuple[str, ...] = ()) -> Any:
        if isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if ref in stack:  # a recursive schema: compared by name below this point
                return {"$ref": ref}
            stack = (*stack, ref)
        node = self.resolve(node)
        if not isinstance(node, dict):
            return node
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key in ANNOTATIONS or key.startswith("x-") or key in ("$schema", "$id"):
                continue
            if key in SCHEMA_MAPS and isinstance(value, dict):
                out[key] = {name: self.schema(sub, stack) for name, sub in value.items()}
            elif key in SCHEMA_LISTS and isinstance(value, list):
                out[key] = [self.schema(sub, stack) for sub in value]
            elif key in SCHEMA_ONE and value in ({}, True):
                if key != "additionalProperties":  # additionalProperties: {} or true is the default: dropped
                    out[key] = True
            elif key in SCHEMA_ONE and isinstance(value, dict):
                out[key] = self.schema(value, stack)
            elif key in UNORDERED and isinstance(value, list):
                out[key] = _sorted(value)
            elif key == "type" and isinstance(value, str):
                out[key] = [value]
            else:
                out[key] = value
        return _fold_nullable(out)

    def parameters(self, item: dict[str, Any], op: dict[str, Any]) -> dict[str, Any]:
        merged: dict[str, Any] = {}
        for raw in [*item.get("parameters", []), *op.get("parameters", [])]:  # operation-level ones win
            param = self.resolve(raw)
            name = param["name"].lower() if param["in"] == "header" else param["name"]
            merged[f"{param['in']}:{name}"] = self._plain(param, drop=("name", "in"))
        return merged

    def _plain(self, node: dict[str, Any], drop: tuple[str, ...] = ()) -> dict[str, Any]:
        """A parameter, header or media type: annotations out, ``schema`` normalised, ``required: false`` out."""
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key in ANNOTATIONS or key in drop or key.startswith("x-") or (key == "required" and value is False):
                continue
            if key == "schema":
                out[key] = self.schema(value)
            elif key == "content":
                out[key] = {mt: self._plain(self.resolve(media)) for mt, media in value.items()}
            else:
                out[key] = value
        return out

    def operation(self, item: dict[str, Any], op: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in op.items():
            if key in ANNOTATIONS or key.startswith("x-") or key in ("parameters", "servers"):
                continue
            if key == "requestBody":
                out[key] = self._plain(self.resolve(value))
            elif key == "responses":
                out[key] = {str(status): self.response(resp) for status, resp in value.items()}
            elif key == "callbacks":
                out[key] = {name: self.callback(cb) for name, cb in value.items()}
            elif key in UNORDERED and isinstance(value, list):
                out[key] = _sorted(value)
            else:
                out[key] = value
        params = self.parameters(item, op)
        if params:
            out["parameters"] = params
        return out

    def response(self, raw: Any) -> dict[str, Any]:
        resp = self.resolve(raw)
        out: dict[str, Any] = {}
        for key, value in resp.items():
            if key in ANNOTATIONS or key.startswith("x-"):
                continue
            if key == "headers":
                out[key] = {name.lower(): self._plain(self.resolve(h)) for name, h in value.items()}
            elif key == "content":
                out[key] = {mt: self._plain(self.resolve(media)) for mt, media in value.items()}
            elif key == "links":
                out[key] = {name: self._plain(self.resolve(link)) for name, link in value.items()}
            else:
                out[key] = value
        return out

    def callback(self, raw: Any) -> dict[str, Any]:
        callback = self.resolve(raw)
        out: dict[str, Any] = {}
        for expression, raw_item in callback.items():
            item = self.resolve(raw_item)
            out[expression] = {m: self.operation(item, item[m]) for m in METHODS if m in item}
        return out

    def operations(self) -> dict[str, tuple[dict[str, Any], dict[str, Any]]]:
        """``METHOD /path`` -> (path item, operation), as written."""
        found: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {}
        for path, raw_item in self.doc.get("paths", {}).items():
            item = self.resolve(raw_item)
            for method in METHODS:
                if method in item:
                    found[f"{method.upper()} {path}"] = (item, item[method])
        return found


def _sorted(values: list[Any]) -> list[Any]:
    unique = {json.dumps(v, sort_keys=True): v for v in values}
    return [unique[k] for k in sorted(unique)]


def _fold_nullable(schema: dict[str, Any]) -> dict[str, Any]:
    for key in ("anyOf", "oneOf"):
        members = schema.get(key)
        if set(schema) != {key} or not isinstance(members, list) or len(members) != 2:
            continue
        others = [m for m in members if m != {"type": ["null"]}]
        if len(others) != 1 or not isinstance(others[0], dict):
            continue
        other = others[0]
        if "type" not in other or "enum" in other or "const" in other:
            continue
        return {**other, "type": _sorted([*other["type"], "null"])}
    return schema


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    return bool(a == b)


def diff(upstream: Any, ours: Any, operation: str, pointer: str = "") -> Iterator[Difference]:
    """The leaves where two normalised nodes differ."""
    if isinstance(upstream, dict) and isinstance(ours, dict):
        for key in [*upstream, *(k for k in ours if k not in upstream)]:
            where = f"{pointer}/{_escape(str(key))}"
            if key not in ours:
                yield Difference(operation, where, "removed", upstream=upstream[key])
            elif key not in upstream:
                yield Difference(operation, where, "added", ours=ours[key])
            else:
                yield from diff(upstream[key], ours[key], operation, where)
    elif isinstance(upstream, list) and isinstance(ours, list) and len(upstream) == len(ours):
        if pointer.rsplit("/", 1)[-1] in UNORDERED:
            if not all(_same(a, b) for a, b in zip(upstream, ours, strict=True)):
                yield Difference(operation, pointer, "changed", upstream=upstream, ours=ours)
            return
        for index, (a, b) in enumerate(zip(upstream, ours, strict=True)):
            yield from diff(a, b, operation, f"{pointer}/{index}")
    elif not _same(upstream, ours):
        yield Difference(operation, pointer, "changed", upstream=upstream, ours=ours)


def _absolute(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: (f"urn:doc{v}" if k == "$ref" else _absolute(v)) for k, v in node.items()}
    if isinstance(node, list):
        return [_absolute(v) for v in node]
    return node


def _bodies(reader: _Reader, op: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(pointer, media type object) of the request body and of every response body."""
    if "requestBody" in op:
        for mt, media in reader.resolve(op["requestBody"]).get("content", {}).items():
            yield f"/requestBody/content/{_escape(mt)}", reader.resolve(media)
    for status, raw in op.get("responses", {}).items():
        for mt, media in reader.resolve(raw).get("content", {}).items():
            yield f"/responses/{status}/content/{_escape(mt)}", reader.resolve(media)


def _examples(reader: _Reader, media: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """The examples attached to one body: the media type's, then its schema's own (top level)."""
    if "example" in media:
        yield "example", media["example"]
    for key, raw in media.get("examples", {}).items():
        yield f"examples/{_escape(key)}", reader.resolve(raw).get("value")
    schema = reader.resolve(media.get("schema", {}))
    if isinstance(schema, dict):
        if "example" in schema:
            yield "schema/example", schema["example"]
        for index, value in enumerate(schema.get("examples", [])):
            yield f"schema/examples/{index}", value


def example_differences(
    name: str,
    up: tuple[_Reader, dict[str, Any]],
    ours: tuple[_Reader, dict[str, Any]],
    distinct: dict[str, set[str]],
) -> Iterator[Difference]:
    """Our examples that fail Krea's schema for the same body, and Krea's that fail ours."""
    for (reader, op), (other_reader, other_op), side in ((ours, up, "ours"), (up, ours, KREAS)):
        other = dict(_bodies(other_reader, other_op))
        for pointer, media in _bodies(reader, op):
            if pointer not in other or "schema" not in other[pointer]:
                continue
            validator = other_reader.validator(other[pointer]["schema"])
            for key, value in _examples(reader, media):
                document = json.dumps(value, sort_keys=True)
                distinct.setdefault(side, set()).add(document)
                errors = sorted(e.message for e in validator.iter_errors(value))
                if errors:
                    distinct.setdefault(f"{side} failing", set()).add(document)
                    schema_owner = "Krea's" if side == "ours" else "our"
                    message = f"{side} example fails {schema_owner} schema: {'; '.join(errors)[:160]}"
                    kind_pointer = f"{pointer}/{'ours' if side == 'ours' else 'upstream'}-example/{key}"
                    yield Difference(name, kind_pointer, "example", ours=message)


@dataclass
class Comparison:
    differences: list[Difference] = field(default_factory=list)
    common_responses: int = 0  # (operation, status) pairs in both documents
    identical_responses: int = 0
    examples: dict[str, set[str]] = field(default_factory=dict)  # distinct example documents, checked and failing


def compare(upstream: dict[str, Any], ours: dict[str, Any]) -> Comparison:
    """Every difference between the two documents, in upstream's operation order, then ours."""
    up_reader, our_reader = _Reader(upstream), _Reader(ours)
    up_ops, our_ops = up_reader.operations(), our_reader.operations()
    result = Comparison()
    for name in [*up_ops, *(n for n in our_ops if n not in up_ops)]:
        if name not in our_ops:
            result.differences.append(Difference(name, "", "removed", upstream="the operation"))
            continue
        if name not in up_ops:
            result.differences.append(Difference(name, "", "added", ours="the operation"))
            continue
        a = up_reader.operation(*up_ops[name])
        b = our_reader.operation(*our_ops[name])
        result.differences.extend(diff(a, b, name))
        for status in a.get("responses", {}):
            if status in b.get("responses", {}):
                result.common_responses += 1
                ra, rb = a["responses"][status], b["responses"][status]
                if ra.get("content") == rb.get("content"):
                    result.identical_responses += 1
        result.differences.extend(
            example_differences(name, (up_reader, up_ops[name][1]), (our_reader, our_ops[name][1]), result.examples)
        )
    return result


# ---- Records


def _glob(pattern: str) -> re.Pattern[str]:
    """``**`` is any run of pointer tokens (or none), ``*`` any text within one token; the rest is literal."""
    out, i = "", 0
    while i < len(pattern):
        if pattern.startswith("/**", i):
            out, i = out + "(?:/[^/]*)*", i + 3
        elif pattern.startswith("**", i):
            out, i = out + ".*", i + 2
        elif pattern[i] == "*":
            out, i = out + "[^/]*", i + 1
        else:
            out, i = out + re.escape(pattern[i]), i + 1
    return re.compile(out)


@dataclass(frozen=True)
class Matcher:
    """One ``match`` entry of a record: which operations, which pointer, optionally which kind."""

    record: str
    operation: re.Pattern[str]
    pointer: re.Pattern[str]
    kind: str | None
    text: str

    @classmethod
    def parse(cls, record: str, entry: Mapping[str, Any]) -> Matcher:
        unknown = set(entry) - {"operation", "pointer", "kind"}
        if unknown or "operation" not in entry or "pointer" not in entry:
            raise ValueError(f"record {record}: a match entry needs operation and pointer (and maybe kind): {entry}")
        text = f"{entry['operation']} {entry['pointer']}" + (f" [{entry['kind']}]" if "kind" in entry else "")
        return cls(record, _glob(entry["operation"]), _glob(entry["pointer"]), entry.get("kind"), text)

    def matches(self, difference: Difference) -> bool:
        return (
            self.operation.fullmatch(difference.operation) is not None
            and self.pointer.fullmatch(difference.pointer) is not None
            and self.kind in (None, difference.kind)
        )


def load_records(path: Path) -> tuple[dict[str, Any], list[Matcher]]:
    data = load(path)
    matchers: list[Matcher] = []
    ids: set[str] = set()
    for record in data["records"]:
        rid = str(record["id"])
        if rid in ids:
            raise ValueError(f"record {rid} appears twice in {path}")
        ids.add(rid)
        for key in ("where", "upstream", "ours", "why", "source", "match"):
            if key not in record:
                raise ValueError(f"record {rid} has no {key!r}")
        matchers.extend(Matcher.parse(rid, entry) for entry in record["match"])
    return data, matchers


@dataclass
class Outcome:
    comparison: Comparison
    unrecorded: list[Difference]
    stale: list[Matcher]
    by_record: dict[str, int]  # record id -> differences it matches

    @property
    def ok(self) -> bool:
        return not self.unrecorded and not self.stale


def check(upstream: Path, spec: Path, deviations: Path) -> Outcome:
    comparison = compare(load(upstream), load(spec))
    data, matchers = load_records(deviations)
    hits = {m: 0 for m in matchers}
    by_record = {str(r["id"]): 0 for r in data["records"]}
    unrecorded = []
    for difference in comparison.differences:
        found = [m for m in matchers if m.matches(difference)]
        if not found:
            unrecorded.append(difference)
        for m in found:
            hits[m] += 1
        for rid in {m.record for m in found}:
            by_record[rid] += 1
    stale = [m for m, n in hits.items() if n == 0]
    return Outcome(comparison, unrecorded, stale, by_record)


def report(outcome: Outcome) -> str:
    c = outcome.comparison

    def n(key: str) -> int:
        return len(c.examples.get(key, ()))

    lines = [
        f"{c.identical_responses} of {c.common_responses} (operation, status) responses in both documents have "
        f"identical bodies; {len(c.differences)} differences, "
        f"{len(c.differences) - len(outcome.unrecorded)} of them recorded.",
        f"Example documents attached to a body both documents declare: ours {n('ours')}, "
        f"{n('ours failing')} failing Krea's schema there; Krea's {n(KREAS)}, {n(KREAS + ' failing')} failing ours.",
        "Differences per record: " + ", ".join(f"#{rid} {n}" for rid, n in outcome.by_record.items()),
    ]
    if outcome.unrecorded:
        lines.append(f"UNRECORDED: {len(outcome.unrecorded)} differences no record of openapi/deviations.yaml matches:")
        lines.extend(f"  {d}" for d in outcome.unrecorded)
    if outcome.stale:
        lines.append(f"STALE: {len(outcome.stale)} record entries match no difference (the difference is gone):")
        lines.extend(f"  record #{m.record}: {m.text}" for m in outcome.stale)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--upstream", type=Path, default=UPSTREAM, help="Krea's published document (JSON)")
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--deviations", type=Path, default=DEVIATIONS)
    parser.add_argument("--list", action="store_true", help="also print every difference with its records")
    args = parser.parse_args(argv)
    if not args.upstream.is_file():
        print(f"upstream-check: no such file {args.upstream} (pass UPSTREAM=path)", file=sys.stderr)
        return 2
    outcome = check(args.upstream, args.spec, args.deviations)
    if args.list:
        _, matchers = load_records(args.deviations)
        for d in outcome.comparison.differences:
            records = sorted({m.record for m in matchers if m.matches(d)}, key=str)
            print(f"{','.join('#' + r for r in records) or 'UNRECORDED'}\t{d}")
    print(report(outcome), file=sys.stdout if outcome.ok else sys.stderr)
    return 0 if outcome.ok else 1


if __name__ == "__main__":
    sys.exit(main())
