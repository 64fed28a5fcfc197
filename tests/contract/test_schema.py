"""krea's own request-schema validator (``krea/_schema.py``) against jsonschema, on every request schema of
the spec: the same verdict and the same problems (keyword and place) for valid values and for each kind of
mistake, so dropping jsonschema from ``pip install krea`` changed what is refused in no case."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from krea import _schema
from krea._spec import load_spec, schemas

REQUESTS = sorted(name for name in schemas() if name.endswith("Request"))


def _reference(name: str) -> Draft202012Validator:
    resource = Resource.from_contents(load_spec(), default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource("urn:krea", resource)
    resolved = registry.resolver().lookup(f"urn:krea#/components/schemas/{name}")
    return Draft202012Validator(resolved.contents, registry=registry, _resolver=resolved.resolver)  # type: ignore[call-arg]  # private in the stubs


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
