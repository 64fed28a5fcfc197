"""Where the OpenAPI spec is, and loading it once.

An installed wheel carries the spec as ``krea/openapi.yaml``; a source checkout has it at
``openapi/krea.yaml`` beside the package. Beside each is its JSON copy (``krea/openapi.json``,
``openapi/krea.json``, written by ``make generate``), which is what is read, lazily and once: krea never
parses YAML at run time (about 30 ms with PyYAML's C loader; the JSON takes about one).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any


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
def load_spec() -> dict[str, Any]:
    """The parsed spec (cached; treat it as read-only)."""
    import json

    with json_spec_path().open(encoding="utf-8") as fh:
        spec: dict[str, Any] = json.load(fh)
    return spec


@functools.cache
def job_creating_operations() -> frozenset[str]:
    """The operation ids whose success answer is a job or a list of jobs: each may create a billable job.

    Read from the spec (never from a list of method names), so a new job-creating operation is covered by the
    money rule in the request path as soon as it is in the spec.
    """
    spec = load_spec()
    found: set[str] = set()
    for item in spec["paths"].values():
        for method, operation in item.items():
            if method not in ("post", "put", "patch"):
                continue
            for status, answer in operation.get("responses", {}).items():
                if status.startswith("2") and _answers_with_jobs(spec, answer):
                    found.add(operation["operationId"])
    return frozenset(found)


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    """``node`` with local ``$ref`` pointers followed."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        target: Any = spec
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def _answers_with_jobs(spec: dict[str, Any], answer: Any) -> bool:
    schema = _resolve(spec, _resolve(spec, answer).get("content", {}).get("application/json", {}).get("schema"))
    if isinstance(schema, dict) and schema.get("type") == "array":
        schema = _resolve(spec, schema.get("items"))
    job = spec["components"]["schemas"]["Job"]
    return schema is job
