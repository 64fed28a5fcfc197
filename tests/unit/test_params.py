"""The generated parameter types and typed calls cover every model of the spec, read here from the spec itself.

``tests/typing/`` checks what mypy and pyright make of them; this checks, at run time, that nothing is
missing: one ``TypedDict`` per model with the schema's keys (required ones as ``Required``), one overload per
model on each typed call of both clients, and no catch-all overload.
"""

from __future__ import annotations

import re
import sys
import typing
from pathlib import Path
from typing import Any

import pytest
import yaml

from krea import AsyncKrea, Krea
from krea._uploads import media_locations

SPEC = yaml.safe_load((Path(__file__).resolve().parents[2] / "openapi" / "krea.yaml").read_text())
SCHEMAS = SPEC["components"]["schemas"]
MODELS = {
    path.removeprefix("/generate/"): item["post"]["requestBody"]["content"]["application/json"]["schema"][
        "$ref"
    ].rsplit("/", 1)[1]
    for path, item in SPEC["paths"].items()
    if path.startswith("/generate/") and "post" in item
}
"""Every endpoint (``image/bfl/flux-1-dev``) and its request schema."""
LITERAL = re.compile(r"""Literal\[(["'])([^"']+)\1\]""")


def _params() -> Any:
    from krea import _params

    return _params


def test_the_spec_has_models_of_every_family() -> None:
    assert {endpoint.split("/", 1)[0] for endpoint in MODELS} == {"image", "video", "enhance"}


@pytest.mark.parametrize("endpoint", sorted(MODELS))
def test_every_model_has_a_typed_dict_of_its_schema(endpoint: str) -> None:
    typed = _params().PARAMS[endpoint]
    schema = SCHEMAS[MODELS[endpoint]]
    assert typed.__name__ == MODELS[endpoint].removesuffix("Request") + "Params"
    assert list(typing.get_type_hints(typed)) == list(schema["properties"])
    assert typed.__required_keys__ == frozenset(schema.get("required", []))
    assert typed.__optional_keys__ == frozenset(schema["properties"]) - frozenset(schema.get("required", []))
    for name, prop in schema["properties"].items():
        assert name in typed.__annotations__
        if "enum" in prop:
            assert list(typing.get_args(typing.get_type_hints(typed)[name])) == prop["enum"]


@pytest.mark.parametrize("endpoint", sorted(MODELS))
def test_every_media_url_also_takes_what_the_sdk_uploads(endpoint: str) -> None:
    hints = typing.get_type_hints(_params().PARAMS[endpoint])
    upload_types = set(typing.get_args(_params().MediaInput))
    assert {str, bytes} <= upload_types
    for location in media_locations(MODELS[endpoint]):
        if len(location) == 1:  # a top-level field (nested ones are in their own TypedDict)
            assert upload_types <= set(typing.get_args(hints[location[0]])), location


def _overloaded(client: type[Any], name: str) -> list[tuple[str, str]]:
    """(the ``Literal`` model id or endpoint, the parameters type) of each overload of ``client.<name>``."""
    found = []
    for overload in typing.get_overloads(getattr(client, name)):
        annotations = overload.__annotations__
        key = annotations["endpoint" if name == "subscribe" else "model"]
        match = LITERAL.fullmatch(key)
        assert match, f"{client.__name__}.{name} has an overload keyed on {key!r}: the set must stay closed"
        typed = annotations["input"] if name == "subscribe" else annotations["params"]
        found.append((match[2], typed.removeprefix("Unpack[").removesuffix("]")))
    return found


@pytest.mark.parametrize("client", [Krea, AsyncKrea])
@pytest.mark.parametrize("name", ["image", "video", "enhance", "subscribe"])
def test_every_model_has_one_overload_per_typed_call(client: type[Any], name: str) -> None:
    wanted = {
        (endpoint if name == "subscribe" else endpoint.split("/", 1)[1], _params().PARAMS[endpoint].__name__)
        for endpoint in MODELS
        if name == "subscribe" or endpoint.startswith(f"{name}/")
    }
    found = _overloaded(client, name)
    assert len(found) == len(set(found))
    assert set(found) == wanted


def test_the_typed_dicts_load_only_when_asked_for() -> None:
    import subprocess

    code = "import sys, krea; krea.Krea; krea.AsyncKrea; print('krea._params' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_krea_types_exports_every_parameters_type_beside_the_models() -> None:
    import krea_api.models

    import krea.types

    names = {typed.__name__ for typed in _params().PARAMS.values()} | {"MediaInput", "JobStatusName"}
    assert names <= set(krea.types.__all__)
    assert len(krea.types.__all__) == len(set(krea.types.__all__))  # no parameters type shadows a model
    assert set(krea_api.models.__all__) <= set(krea.types.__all__)
    assert all(hasattr(krea.types, name) for name in krea.types.__all__)
