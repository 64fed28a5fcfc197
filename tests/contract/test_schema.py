"""krea's own request-schema reader (``krea/_schema.py``) against jsonschema, on every request schema of the
spec: the same verdict and the same problems (keyword and place) for valid values and for each kind of
mistake, so dropping jsonschema from ``pip install krea`` changed what is refused in no case.

The mock checks every request it receives with the same reader, given checks for the spec's formats
(``krea.testing._api.validation.FORMATS``): it is held here to jsonschema with a ``FormatChecker`` of the
same formats (what the mock used before), on every body and every parameter schema of every operation,
with the problems of each option of a failed ``oneOf``/``anyOf`` (the ``context`` its 400s spell out).
"""

from __future__ import annotations

import copy
import re
import uuid
from collections.abc import Iterator, Mapping
from typing import Any

import krea_api.models
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from krea import _schema
from krea._catalogue import catalogue
from krea._spec import load_spec, schemas
from krea.testing import MockKrea
from krea.testing._api.spec import Catalogue, load_krea_document
from krea.testing._api.validation import Validator
from krea.testing._core.clock import parse_iso

REQUESTS = sorted(name for name in schemas() if name.endswith("Request"))


def _reference(name: str, format_checker: FormatChecker | None = None) -> Draft202012Validator:
    resource = Resource.from_contents(load_spec(), default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource("urn:krea", resource)
    resolved = registry.resolver().lookup(f"urn:krea#/components/schemas/{name}")
    return Draft202012Validator(
        resolved.contents,
        registry=registry,
        format_checker=format_checker,
        _resolver=resolved.resolver,  # type: ignore[call-arg]  # private in the stubs
    )


def _format_checker() -> FormatChecker:
    """The format checks the mock made with jsonschema before it used krea's reader (jsonschema checks some
    formats only when optional packages are installed, so these are pinned)."""
    checker = FormatChecker(formats=())

    @checker.checks("uuid", raises=ValueError)
    def _uuid(value: object) -> bool:
        return not isinstance(value, str) or str(uuid.UUID(value)) == value.lower()

    @checker.checks("date-time", raises=ValueError)
    def _date_time(value: object) -> bool:
        return not isinstance(value, str) or ("T" in value.upper() and bool(parse_iso(value)))

    @checker.checks("date")
    def _date(value: object) -> bool:
        return not isinstance(value, str) or bool(re.match(r"^\d{4}-\d{2}-\d{2}$", value))

    @checker.checks("uri")
    def _uri(value: object) -> bool:
        return not isinstance(value, str) or bool(re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s]*$", value))

    return checker


def _resolved(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        node = _schema._component(node["$ref"])
    return node


def _valid_value(node: Any) -> Any:
    """A value the schema accepts, built from its examples, defaults, enums and bounds."""
    node = _resolved(node)
    for key in ("oneOf", "anyOf"):
        if key in node:
            return _valid_value(next(o for o in node[key] if _resolved(o).get("type") != "null"))
    if "default" in node:
        return copy.deepcopy(node["default"])
    if node.get("enum"):
        return node["enum"][0]
    kind = node.get("type")
    kind = next((k for k in kind if k != "null"), None) if isinstance(kind, list) else kind
    if kind == "object":
        return {name: _valid_value(node["properties"][name]) for name in node.get("required", [])}
    if kind == "array":
        return [_valid_value(node["items"]) for _ in range(max(node.get("minItems", 1), 1))]
    if kind == "integer":
        return node.get("minimum", 1)
    if kind == "number":
        return node.get("minimum", 0.5)
    if kind == "boolean":
        return True
    return "x" * max(node.get("minLength", 1), 1)


def _mistakes(name: str) -> Iterator[tuple[str, Any]]:
    """A valid value of the request, then each kind of mistake at each of its properties."""
    top = _resolved(schemas()[name])
    if "properties" not in top:  # a oneOf of shapes (style training): mistakes in the first one's properties
        top = _resolved(top["oneOf"][0])
    base = _valid_value(top)
    yield "valid", base
    yield "unknown key", {**base, "widht": 5}
    for key in top.get("required", []):
        yield f"missing {key}", {k: v for k, v in base.items() if k != key}
    for key, prop in top.get("properties", {}).items():
        prop = _resolved(prop)
        with_value = dict(base, **{key: _valid_value(prop)})
        yield f"{key} valid", with_value
        for label, bad in (("text", "big"), ("int", 7), ("float", 2.5), ("whole float", 2.0), ("bool", True),
                           ("null", None), ("list", [1]), ("object", {"a": 1})):  # fmt: skip
            yield f"{key} {label}", dict(base, **{key: bad})
        for bound in ("minimum", "maximum"):
            if bound in prop:
                step = -1 if bound == "minimum" else 1
                yield f"{key} past {bound}", dict(base, **{key: prop[bound] + step})
        if "maxLength" in prop:
            yield f"{key} too long", dict(base, **{key: "y" * (prop["maxLength"] + 1)})
        if prop.get("format"):
            yield f"{key} not a {prop['format']}", dict(base, **{key: "not a format: 2026-13-45"})
        if prop.get("enum"):
            yield f"{key} not in enum", dict(base, **{key: "not-a-choice"})
            choice = next((c for c in prop["enum"] if isinstance(c, str)), None)
            if choice is not None:  # a str subclass, as a generated enum member is: its text is what counts
                yield f"{key} enum member", dict(base, **{key: _Text(choice)})
        if prop.get("type") == "array" and "items" in prop:
            item = _valid_value(prop["items"])
            yield f"{key} too many", dict(base, **{key: [item] * (prop.get("maxItems", 3) + 1)})
            yield f"{key} bad item", dict(base, **{key: [{"widht": 1}, 3, None]})
            yield f"{key} empty", dict(base, **{key: []})


class _Text(str):
    """A str subclass, as the generated enums (``krea.types.GptImage2RequestQuality.HIGH``) are."""


def _found(errors: Any) -> set[tuple[str, tuple[Any, ...]]]:
    return {(e.validator, tuple(e.path)) for e in errors}


@pytest.mark.parametrize("name", REQUESTS)
def test_the_validator_refuses_exactly_what_jsonschema_refuses(name: str) -> None:
    reference = _reference(name)
    cases = list(_mistakes(name))
    assert len(cases) > 3
    for label, value in cases:
        ours = _found(_schema.errors(name, value))
        theirs = _found(reference.iter_errors(value))
        assert ours == theirs, f"{name}, {label}: {value!r}"
    assert not _schema.errors(name, cases[0][1]), f"{name}: the valid value is refused"


JSONS = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 5000) | st.floats(-10, 5000, allow_nan=False) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3),
    max_leaves=8,
)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(REQUESTS), st.data())
def test_any_json_gets_the_same_verdict_from_both(name: str, data: st.DataObject) -> None:
    top = _resolved(schemas()[name])
    shape = top if "properties" in top else _resolved(top["oneOf"][0])
    keys = [*shape.get("properties", {}), "widht"]
    value = data.draw(st.dictionaries(st.sampled_from(keys), JSONS, max_size=len(keys)))
    assert _found(_schema.errors(name, value)) == _found(_reference(name).iter_errors(value))


def test_a_keyword_the_validator_does_not_read_fails_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    spec: Any = copy.deepcopy(load_spec())
    spec["components"]["schemas"]["Flux1DevRequest"]["propertyNames"] = {"maxLength": 5}
    monkeypatch.setattr(_schema, "load_spec", lambda: spec)
    _schema._component.cache_clear()
    try:
        with pytest.raises(_schema.UnsupportedSchema, match="propertyNames"):
            _schema.errors("Flux1DevRequest", {"prompt": "x"})
    finally:
        _schema._component.cache_clear()


# The mock's reading: the bundled document as the mock holds it, its reader with the spec's formats.
DOCUMENT = load_krea_document()
OPERATIONS = sorted(
    (op for route in Catalogue(DOCUMENT).routes for op in route.operations.values()), key=lambda op: op.operation_id
)


def _mock_reference(schema: Mapping[str, Any]) -> Draft202012Validator:
    """jsonschema on a schema of the mock's document, as the mock ran it: refs into the document, formats."""
    base = "urn:krea:openapi"

    def absolute(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: f"{base}{v}" if k == "$ref" and str(v).startswith("#") else absolute(v) for k, v in node.items()}
        return [absolute(item) for item in node] if isinstance(node, list) else node

    registry: Registry[Any] = Registry().with_resource(base, DRAFT202012.create_resource(dict(DOCUMENT)))
    return Draft202012Validator(absolute(schema), registry=registry, format_checker=_format_checker())


def _with_context(errors: Any) -> set[tuple[Any, ...]]:
    """Each problem's keyword and place, and those of the options of a failed oneOf/anyOf (jsonschema gives
    those a place relative to the failed keyword's, and the whole one as ``absolute_path``; krea the whole)."""

    def place(error: Any) -> tuple[Any, ...]:
        return tuple(getattr(error, "absolute_path", error.path))

    return {(e.validator, place(e), frozenset((c.validator, place(c)) for c in e.context)) for e in errors}


@pytest.mark.parametrize("name", REQUESTS)
def test_the_mocks_reading_of_each_body_is_jsonschemas_with_formats_and_contexts(name: str) -> None:
    validator = Validator(DOCUMENT)
    schema = {"$ref": f"#/components/schemas/{name}"}
    reference = _mock_reference(schema)
    for label, value in _mistakes(name):
        ours = _with_context(validator._reader.errors(schema, value))
        theirs = _with_context(reference.iter_errors(value))
        assert ours == theirs, f"{name}, {label}: {value!r}"


PARAMETER_VALUES: tuple[object, ...] = (
    "x", "", "a fox", "2026-12-01", "2026-13-45", "2026-12-01T10:00:00Z", "2026-12-01 10:00", "yesterday",
    "https://example.com/a.png", "no scheme", str(uuid.uuid4()), str(uuid.uuid4()).upper(), "0", 0, -1, 1, 50,
    1000, 1001, 10**9, 2.5, 2.0, True, None, [], {},
)  # fmt: skip


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.operation_id)
def test_the_mocks_reading_of_each_parameter_is_jsonschemas(operation: Any) -> None:
    validator = Validator(DOCUMENT)
    for parameter in operation.parameters:
        schema = parameter.get("schema", {})
        reference = _mock_reference(schema)
        for value in PARAMETER_VALUES:
            ours = _with_context(validator._reader.errors(schema, value))
            assert ours == _with_context(reference.iter_errors(value)), f"{parameter['name']}: {value!r}"


def test_the_mock_tells_each_option_of_a_failed_one_of_in_its_answer() -> None:
    shapes = [name for name in REQUESTS if "oneOf" in _resolved(schemas()[name])]
    assert shapes, "no request schema is a oneOf any more: pick another case"
    schema = {"$ref": f"#/components/schemas/{shapes[0]}"}
    problems = Validator(DOCUMENT).problems(schema, {"widht": 1}, "body")
    assert len(problems) == 1, problems
    assert problems[0].startswith("body: fits none of the allowed shapes ("), problems
    top = _resolved(schemas()[shapes[0]])
    for option in top["oneOf"]:  # each option's first missing field is named
        assert f"body: '{_resolved(option)['required'][0]}' is a required property" in problems[0], problems


def test_a_spec_whose_request_schema_the_mock_cannot_read_fails_when_the_mock_is_made() -> None:
    document: Any = copy.deepcopy(DOCUMENT)
    document["components"]["schemas"]["Flux1DevRequest"]["propertyNames"] = {"maxLength": 5}
    with pytest.raises(_schema.UnsupportedSchema, match="propertyNames"):
        MockKrea(spec=document)
    parameter = copy.deepcopy(DOCUMENT)
    listing = parameter["paths"]["/jobs"]["get"]["parameters"]
    next(p for p in listing if "schema" in p)["schema"]["multipleOf"] = 2
    with pytest.raises(_schema.UnsupportedSchema, match="multipleOf"):
        MockKrea(spec=parameter)


def test_the_bundled_specs_request_schemas_are_all_readable() -> None:
    validation = Validator(DOCUMENT)
    request_schemas = Catalogue(DOCUMENT).request_schemas()
    assert len(request_schemas) > 100
    for schema in request_schemas:
        validation._reader.require_supported(schema)


@pytest.mark.parametrize("name", sorted({model.schema_name for model in catalogue().values()}))
def test_each_models_generated_request_class_gives_a_valid_body_back_unchanged(name: str) -> None:
    # The facade sends a model's validated parameters as they are (krea._client.CheckedBody) instead of building
    # the generated request class on every call: this is what makes that the same body.
    request_class: Any = getattr(krea_api.models, name)
    valid = [(label, value) for label, value in _mistakes(name) if not _schema.errors(name, value)]
    assert len(valid) > 1, name
    for label, value in valid:
        assert request_class.from_dict(copy.deepcopy(value)).to_dict() == value, f"{name}, {label}: {value!r}"


def test_comments_and_extensions_are_notes_and_boolean_subschemas_fail_loudly() -> None:
    reader = _schema.Reader({})
    noted = {"type": "string", "$comment": "why", "x-krea-average-seconds": 7}
    reader.require_supported(noted)
    assert reader.errors(noted, "s") == []
    assert [e.validator for e in reader.errors(noted, 5)] == ["type"]
    for schema, value in (
        ({"properties": {"x": False}}, {"x": 1}),
        ({"type": "array", "items": False}, [1]),
        ({"oneOf": [True, {"type": "string"}]}, "s"),
    ):
        with pytest.raises(_schema.UnsupportedSchema, match="boolean"):
            reader.require_supported(schema)
        with pytest.raises(_schema.UnsupportedSchema, match="boolean"):
            reader.errors(schema, value)
    reader.require_supported({"type": "object", "additionalProperties": False})  # the keyword's own value
