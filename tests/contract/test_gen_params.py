"""scripts/gen_params.py: a model added to the spec gets its TypedDict and its overloads, with no hand edit."""

from __future__ import annotations

import copy
import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def gen() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_params", ROOT / "scripts" / "gen_params.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _with_a_new_model(spec: dict[str, Any]) -> dict[str, Any]:
    spec = copy.deepcopy(spec)
    body = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/AcmeNewRequest"}}}}
    spec["paths"]["/generate/video/acme/new-model"] = {
        "post": {"operationId": "generate_acme_new", "summary": "Acme New", "requestBody": body}
    }
    spec["components"]["schemas"]["AcmeNewRequest"] = {
        "type": "object",
        "required": ["prompt", "shots"],
        "properties": {
            "prompt": {"type": "string", "maxLength": 100, "description": "What to show."},
            "speed": {"type": "number", "enum": [1, 2], "default": 1},
            "clip": {"type": ["string", "null"], "format": "uri"},
            "shots": {"type": "array", "items": {"type": "object", "properties": {"at": {"type": "integer"}}}},
        },
    }
    return spec


def test_a_new_model_gets_its_typed_dict_and_an_overload_on_its_family_and_subscribe(gen: ModuleType) -> None:
    spec = _with_a_new_model(gen.load())
    params = gen.formatted(gen.params_module(spec), gen.PARAMS)
    assert "class AcmeNewParams(TypedDict):" in params
    assert "    prompt: Required[str]\n    " + '"""What to show (at most 100 characters)."""' in params
    assert "    speed: NotRequired[Literal[1, 2]]\n" in params
    assert "    clip: NotRequired[MediaInput | None]\n" in params
    assert "    shots: Required[Sequence[AcmeNewShotsItemParam]]\n" in params
    assert params.index("class AcmeNewShotsItemParam(TypedDict):") < params.index("class AcmeNewParams")
    assert '"video/acme/new-model": AcmeNewParams,' in params
    calls = gen.formatted(gen.generation_module(spec), gen.GENERATION)
    assert (
        'model: Literal["acme/new-model"], /, *, webhook_url: str | None = None, request_timeout: float | NotGiven |'
        " None = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None, **params: Unpack[AcmeNewParams]"
        in " ".join(calls.split())
    )
    assert 'endpoint: Literal["video/acme/new-model"],\n        *,\n        input: AcmeNewParams,' in calls
    namespace: dict[str, Any] = {}
    exec(compile(params, "krea/_params.py", "exec", dont_inherit=True), namespace)  # as written: not postponed
    assert namespace["AcmeNewParams"].__required_keys__ == {"prompt", "shots"}


def test_the_generated_files_are_what_the_spec_gives(gen: ModuleType) -> None:
    for path, text in gen.expected().items():
        assert path.read_text(encoding="utf-8") == text, f"{path} is stale: run make generate"
