"""The maintained spec is valid OpenAPI 3.1, self-consistent, and follows the project's conventions."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from krea._errors import marks_deprecated

METHODS = ("get", "post", "put", "patch", "delete")
JOB_CREATING = re.compile(r"^generate_|^train_style$|^execute_node_app$")


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


def resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        pointer = node["$ref"]
        assert pointer.startswith("#/"), pointer
        node = spec
        for part in pointer[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def walk(node: Any, where: str = "#") -> Iterator[tuple[str, Any]]:
    yield where, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, f"{where}/{index}")


def _absolute(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: (f"urn:krea{v}" if k == "$ref" else _absolute(v)) for k, v in node.items()}
    if isinstance(node, list):
        return [_absolute(v) for v in node]
    return node


def validator_for(spec: dict[str, Any], schema: dict[str, Any]) -> Draft202012Validator:
    """A validator for a schema found anywhere in the spec, its local $refs resolved against the spec."""
    resource = Resource.from_contents(spec, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource("urn:krea", resource)
    return Draft202012Validator(_absolute(schema), registry=registry)


def test_spec_is_valid_openapi_3_1(spec: dict[str, Any]) -> None:
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_every_ref_resolves(spec: dict[str, Any]) -> None:
    refs = [node["$ref"] for _, node in walk(spec) if isinstance(node, dict) and "$ref" in node]
    assert len(refs) > 100
    for ref in refs:
        assert resolve(spec, {"$ref": ref}) is not None, ref


def collect_examples(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], Any]]:
    """Yield (where, schema, example) for every example the spec carries."""
    for name, schema in spec["components"]["schemas"].items():
        for index, example in enumerate(schema.get("examples", [])):
            yield f"schemas/{name}/examples/{index}", schema, example
    for where, node in walk(spec):
        if not isinstance(node, dict) or "schema" not in node or "/components/schemas" in where:
            continue
        if "example" in node:
            yield f"{where}/example", node["schema"], node["example"]
        for key, example in node.get("examples", {}).items():
            yield f"{where}/examples/{key}", node["schema"], resolve(spec, example)["value"]


def test_every_example_validates_against_its_schema(spec: dict[str, Any]) -> None:
    examples = list(collect_examples(spec))
    assert len(examples) >= 80
    for where, schema, example in examples:
        errors = list(validator_for(spec, schema).iter_errors(example))
        assert not errors, f"{where}: {[e.message for e in errors]}"


def test_operation_ids_are_unique_snake_case_and_tagged(spec: dict[str, Any]) -> None:
    ids = [op["operationId"] for _, _, op in operations(spec)]
    assert len(ids) == len(set(ids))
    allowed_tags = {t["name"] for t in spec["tags"]}
    assert allowed_tags == {"jobs", "assets", "styles", "node_apps", "image", "enhance", "video"}
    for path, method, op in operations(spec):
        assert re.fullmatch(r"[a-z][a-z0-9_]*", op["operationId"]), (path, method)
        assert len(op["tags"]) == 1, (path, method)
        assert op["tags"][0] in allowed_tags, (path, method)


# The operations that are not a model's: they change only when Krea's API itself does (a model added or
# removed changes the /generate/ operations, which every test derives from the spec instead of counting).
SERVICE_OPERATIONS = {
    ("get", "/jobs"), ("get", "/jobs/{id}"), ("delete", "/jobs/{id}"),
    ("post", "/assets"), ("get", "/assets"), ("get", "/assets/{id}"), ("delete", "/assets/{id}"),
    ("post", "/styles/train"), ("get", "/styles"), ("get", "/styles/{id}"), ("patch", "/styles/{id}"),
    ("get", "/styles/{id}/share/link"), ("post", "/styles/{id}/share/workspace"),
    ("delete", "/styles/{id}/share/workspace"),
    ("get", "/node-apps/{id}"), ("post", "/node-apps/{id}/execute"), ("get", "/node-apps/{node_app_id}/versions"),
}  # fmt: skip


def test_the_operations_are_the_services_and_one_post_per_model(spec: dict[str, Any]) -> None:
    ops = list(operations(spec))
    assert {(method, path) for path, method, _ in ops if not path.startswith("/generate/")} == SERVICE_OPERATIONS
    generation = [(path, method) for path, method, _ in ops if path.startswith("/generate/")]
    assert generation, "no model in the spec"
    for path, method in generation:
        assert method == "post", path
        assert path.split("/")[2] in ("image", "enhance", "video"), path


def test_every_operation_documents_401(spec: dict[str, Any]) -> None:
    for path, method, op in operations(spec):
        assert "401" in op["responses"], (path, method)


def test_job_creating_operations_link_to_get_and_cancel(spec: dict[str, Any]) -> None:
    creating = [(p, op) for p, _, op in operations(spec) if JOB_CREATING.match(op["operationId"])]
    models = [p for p, _, _ in operations(spec) if p.startswith("/generate/")]
    assert len(creating) == len(models) + 2  # every model's POST, styles.train and node_apps.execute
    for path, op in creating:
        links = resolve(spec, op["responses"]["200"]).get("links", {})
        targets = {link["operationId"] for link in links.values()}
        assert {"get_job", "cancel_job"} <= targets, path
        for code in ("400", "401", "402", "429"):
            assert code in op["responses"], (path, code)


def test_generate_operations_share_the_generation_contract(spec: dict[str, Any]) -> None:
    for path, _, op in operations(spec):
        if not path.startswith("/generate/"):
            continue
        params = [resolve(spec, p) for p in op.get("parameters", [])]
        assert any(p["name"] == "X-Webhook-URL" and p["in"] == "header" for p in params), path
        assert "410" in op["responses"], path
        assert "jobFinished" in op["callbacks"], path
        ref = op["requestBody"]["content"]["application/json"]["schema"]["$ref"]
        name = ref.rsplit("/", 1)[1]
        body = spec["components"]["schemas"][name]
        assert name.endswith("Request"), path
        assert body["additionalProperties"] is False, path
        assert body.get("examples"), f"{path} has no example"
        assert op["tags"] == [path.split("/")[2]], path


def test_average_seconds_are_the_ones_each_description_states(spec: dict[str, Any]) -> None:
    """``x-krea-average-seconds`` (an addition outside the upstream comparison, DEVIATIONS.md) is on exactly
    the generations whose description gives an average completion time ("about 7 s on average", or the
    smallest of "57 to 133 s on average")."""
    stated = re.compile(r"(?:about (\d+)|(\d+) to \d+) s on average")
    found = 0
    for path, _, op in operations(spec):
        if not path.startswith("/generate/"):
            continue
        match = stated.search(" ".join(op.get("description", "").split()))
        expected = None if match is None else float(match[1] or match[2])
        assert op.get("x-krea-average-seconds") == expected, path
        found += expected is not None
    assert found == 11


def test_the_catalogue_reads_each_models_average() -> None:
    from krea import _catalogue

    models = _catalogue.catalogue()
    assert models["image/bfl/flux-1-dev"].average_seconds == 7.0
    assert models["video/bytedance/seedance-1.0-pro"].average_seconds == 57.0
    assert models["video/google/veo-3"].average_seconds is None


def test_job_status_lists_all_nine_states_and_admits_new_ones(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    assert schemas["JobStatus"]["enum"] == [
        "backlogged",
        "queued",
        "scheduled",
        "processing",
        "sampling",
        "intermediate-complete",
        "completed",
        "failed",
        "cancelled",
    ]
    status = schemas["Job"]["properties"]["status"]
    validator = validator_for(spec, status)
    assert validator.is_valid("a-status-from-2027")


@pytest.mark.parametrize("name", ["Deprecation", "Sunset", "Link"])
def test_job_created_response_declares_deprecation_headers(spec: dict[str, Any], name: str) -> None:
    assert name in spec["components"]["responses"]["JobCreated"]["headers"]


def test_serving_the_deprecation_header_as_prism_does_marks_no_model_deprecated(spec: dict[str, Any]) -> None:
    # Prism sends every declared response header: its example if it has one, else a value generated from the
    # schema ("string" for a string). Either must not read as a deprecation, or every model would warn.
    header = spec["components"]["headers"]["Deprecation"]
    assert header["schema"] == {"type": "string"}
    served = header.get("example", "string")
    assert not marks_deprecated(served), served
    assert marks_deprecated("true")  # what Krea sends for a deprecated model
