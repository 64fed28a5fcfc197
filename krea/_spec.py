"""Where the OpenAPI spec is, and loading it once.

An installed wheel carries the spec as ``krea/openapi.yaml``; a source checkout has it at
``openapi/krea.yaml`` beside the package. Beside each is its JSON copy (``krea/openapi.json``,
``openapi/krea.json``, written by ``make generate``), which is what is read, lazily and once: krea never
parses YAML at run time (about 30 ms with PyYAML's C loader; the JSON takes about one).
"""

from __future__ import annotations

import functools
from pathlib import Path

from ._json import JSON, JSONObject, as_object, as_str


def spec_path() -> Path:
    """The path of the spec this installation was built from."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "openapi.yaml", here.parent / "openapi" / "krea.yaml"):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError("krea's OpenAPI spec is missing from this installation (krea/openapi.yaml)")


def json_spec_path() -> Path:
    """The path of the JSON copy of the spec (``spec_path`` with its JSON name)."""
    path = spec_path()
    return path.with_name("openapi.json" if path.name == "openapi.yaml" else "krea.json")


@functools.cache
def load_spec() -> JSONObject:
    """The parsed spec (cached; treat it as read-only)."""
    import json

    with json_spec_path().open(encoding="utf-8") as fh:
        spec: JSON = json.load(fh)
    return as_object(spec, str(json_spec_path()))


def schemas() -> JSONObject:
    """The spec's named schemas (``components.schemas``)."""
    return as_object(as_object(load_spec()["components"], "components")["schemas"], "components.schemas")


def schema(name: str) -> JSONObject:
    """The named schema ``name``, as written in the spec."""
    return as_object(schemas()[name], f"components.schemas.{name}")


@functools.cache
def job_creating_operations() -> frozenset[str]:
    """The operation ids whose success answer is a job or a list of jobs: each may create a billable job.

    Read from the spec (never from a list of method names), so a new job-creating operation is covered by the
    money rule in the request path as soon as it is in the spec.
    """
    spec = load_spec()
    found: set[str] = set()
    for path, item in as_object(spec["paths"], "paths").items():
        for method, operation in as_object(item, path).items():
            if method not in ("post", "put", "patch") or not isinstance(operation, dict):
                continue
            for status, answer in as_object(operation.get("responses", {}), f"{path} responses").items():
                if status.startswith("2") and _answers_with_jobs(spec, answer):
                    found.add(as_str(operation["operationId"], f"{method} {path} operationId"))
    return frozenset(found)


def _resolve(spec: JSONObject, node: JSON) -> JSON:
    """``node`` with local ``$ref`` pointers followed."""
    while isinstance(node, dict) and isinstance(ref := node.get("$ref"), str) and ref.startswith("#/"):
        target: JSON = spec
        for part in ref[2:].split("/"):
            target = as_object(target, ref)[part]
        node = target
    return node


def _member(node: JSON, key: str) -> JSON:
    """``node[key]``, or None when ``node`` is not an object or has no such key."""
    return node.get(key) if isinstance(node, dict) else None


def _answers_with_jobs(spec: JSONObject, answer: JSON) -> bool:
    content = _member(_member(_resolve(spec, answer), "content"), "application/json")
    schema = _resolve(spec, _member(content, "schema"))
    if isinstance(schema, dict) and schema.get("type") == "array":
        schema = _resolve(spec, schema.get("items"))
    job = as_object(as_object(spec["components"], "components")["schemas"], "components.schemas")["Job"]
    return schema is job
