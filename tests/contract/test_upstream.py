"""Every difference from Krea's published document is a record of openapi/deviations.yaml, and every record is live.

The checker is scripts/upstream_check.py (``make upstream-check``). Krea's document is read in place from
``../shared/krea-api/upstream/`` (or ``KREA_UPSTREAM``); the tests that prove the checker can fail build a
modified copy of it in a temporary directory.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
DEVIATIONS = ROOT / "openapi" / "deviations.yaml"
FLUX = "/generate/image/bfl/flux-1-dev"
FLUX_BODY = f"POST {FLUX}"
BODY = "/requestBody/content/application~1json/schema"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def checker() -> ModuleType:
    return _load("upstream_check")


@pytest.fixture(scope="module")
def upstream_path(checker: ModuleType) -> Path:
    """Krea's document, as `make upstream-check` reads it by default (KREA_UPSTREAM overrides it)."""
    path: Path = checker.UPSTREAM
    if not path.is_file():  # a clone away from the workplace's shared folder: nothing to compare with
        pytest.skip(f"Krea's published document is not at {path}: set KREA_UPSTREAM=<path to it>")
    return path


@pytest.fixture(scope="module")
def upstream(upstream_path: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(upstream_path.read_text(encoding="utf-8"))
    return loaded


def _write(tmp_path: Path, doc: dict[str, Any], name: str = "upstream.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_every_difference_is_recorded_and_every_record_matches_one(checker: ModuleType, upstream_path: Path) -> None:
    outcome = checker.check(upstream_path, ROOT / "openapi" / "krea.yaml", DEVIATIONS)
    assert outcome.unrecorded == [], checker.report(outcome)
    assert outcome.stale == [], checker.report(outcome)
    comparison = outcome.comparison
    # Most responses differ only where a record says so; a large share are identical once $refs are resolved.
    assert 0 < comparison.identical_responses < comparison.common_responses
    assert all(count > 0 for count in outcome.by_record.values())


def _steps_maximum(doc: dict[str, Any]) -> None:
    doc["paths"][FLUX]["post"]["requestBody"]["content"]["application/json"]["schema"]["properties"]["steps"][
        "maximum"
    ] = 50


def _new_enum_value(doc: dict[str, Any]) -> None:
    schema = doc["paths"]["/generate/image/openai/gpt-image"]["post"]["requestBody"]["content"]["application/json"]
    schema["schema"]["properties"]["quality"]["enum"].append("ultra")


def _newly_required(doc: dict[str, Any]) -> None:
    doc["paths"][FLUX]["post"]["requestBody"]["content"]["application/json"]["schema"]["required"].append("steps")


def _new_operation(doc: dict[str, Any]) -> None:
    doc["paths"]["/generate/image/acme/new-model"] = copy.deepcopy(doc["paths"][FLUX])


def _new_status(doc: dict[str, Any]) -> None:
    doc["paths"][FLUX]["post"]["responses"]["503"] = {"description": "Down for maintenance."}


def _new_response_property(doc: dict[str, Any]) -> None:
    schema = doc["paths"]["/styles/{id}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    schema["properties"]["tags"] = {"type": "array", "items": {"type": "string"}}


@pytest.mark.parametrize(
    ("mutate", "operation", "pointer", "kind"),
    [
        (_steps_maximum, FLUX_BODY, f"{BODY}/properties/steps/maximum", "changed"),
        (_new_enum_value, "POST /generate/image/openai/gpt-image", f"{BODY}/properties/quality/enum", "changed"),
        (_newly_required, FLUX_BODY, f"{BODY}/required", "changed"),
        (_new_operation, "POST /generate/image/acme/new-model", "", "removed"),
        (_new_status, FLUX_BODY, "/responses/503", "removed"),
        (_new_response_property, "GET /styles/{id}", "/responses/200/content/application~1json/schema/properties/tags",
         "removed"),
    ],
)  # fmt: skip
def test_an_unrecorded_difference_fails_and_is_named(
    checker: ModuleType,
    upstream: dict[str, Any],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    mutate: Callable[[dict[str, Any]], None],
    operation: str,
    pointer: str,
    kind: str,
) -> None:
    changed = copy.deepcopy(upstream)
    mutate(changed)
    path = _write(tmp_path, changed)
    outcome = checker.check(path, ROOT / "openapi" / "krea.yaml", DEVIATIONS)
    found = [(d.operation, d.pointer, d.kind) for d in outcome.unrecorded]
    assert (operation, pointer, kind) in found
    # Nothing else but what follows from it: an example of ours that the stricter schema now refuses.
    others = [d for d in outcome.unrecorded if (d.operation, d.pointer, d.kind) != (operation, pointer, kind)]
    assert all(d.operation == operation and d.kind == "example" for d in others), others
    assert outcome.stale == []
    assert checker.main(["--upstream", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"UNRECORDED: {len(found)} differences" in err
    assert f"{operation} {pointer or '(the operation)'} [{kind}]" in err


def test_a_record_whose_difference_is_gone_is_stale(
    checker: ModuleType, upstream: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    changed = copy.deepcopy(upstream)
    # Krea declares 400 on GET /assets, as we do (record #16): the record now describes nothing.
    changed["paths"]["/assets"]["get"]["responses"]["400"] = copy.deepcopy(
        changed["paths"]["/jobs"]["get"]["responses"]["400"]
    )
    path = _write(tmp_path, changed)
    outcome = checker.check(path, ROOT / "openapi" / "krea.yaml", DEVIATIONS)
    assert outcome.unrecorded == []
    assert [(m.record, m.text) for m in outcome.stale] == [("16", "GET /assets /responses/400 [added]")]
    assert checker.main(["--upstream", str(path)]) == 1
    assert "record #16: GET /assets /responses/400 [added]" in capsys.readouterr().err


def test_a_record_that_matches_nothing_is_stale(checker: ModuleType, upstream_path: Path, tmp_path: Path) -> None:
    data = yaml.safe_load(DEVIATIONS.read_text(encoding="utf-8"))
    data["records"].append(
        {
            "id": 99,
            "section": "gaps",
            "where": "`format: uri` on `cover_url` in `PATCH /styles/{id}`",
            "upstream": "a plain string",
            "ours": "`format: uri`",
            "why": "(no longer true: the spec matches Krea's document here)",
            "source": "test",
            "match": [{"operation": "PATCH /styles/{id}", "pointer": f"{BODY}/properties/cover_url/format"}],
        }
    )
    records = tmp_path / "deviations.yaml"
    records.write_text(yaml.safe_dump(data), encoding="utf-8")
    outcome = checker.check(upstream_path, ROOT / "openapi" / "krea.yaml", records)
    assert [m.record for m in outcome.stale] == ["99"]
    assert outcome.by_record["99"] == 0


def test_a_record_without_a_reason_or_a_locator_is_refused(checker: ModuleType, tmp_path: Path) -> None:
    data = yaml.safe_load(DEVIATIONS.read_text(encoding="utf-8"))
    del data["records"][0]["why"]
    records = tmp_path / "deviations.yaml"
    records.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(ValueError, match="has no 'why'"):
        checker.load_records(records)
    data["records"][0]["why"] = "x"
    data["records"][0]["match"] = [{"pointer": "/responses/402"}]
    records.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(ValueError, match="needs operation and pointer"):
        checker.load_records(records)


def test_a_nullable_anyof_and_a_type_list_are_the_same_but_const_and_enum_are_not(checker: ModuleType) -> None:
    reader = checker._Reader({"components": {"schemas": {"S": {"type": "string", "description": "named"}}}})
    folded = reader.schema({"anyOf": [{"$ref": "#/components/schemas/S"}, {"type": "null"}]})
    assert folded == reader.schema({"type": ["null", "string"], "description": "inline"})
    # With an enum, adding null to the type would not admit null: left as written, and so a difference.
    with_enum = reader.schema({"anyOf": [{"type": "string", "enum": ["a"]}, {"type": "null"}]})
    assert "anyOf" in with_enum
    const = reader.schema({"type": "string", "const": "object"})
    assert list(checker.diff(const, reader.schema({"type": "string", "enum": ["object"]}), "GET /x")) != []
    assert reader.schema({"type": "object", "additionalProperties": {}}) == reader.schema({"type": ["object"]})


def test_glob_stars_stay_within_a_segment_and_double_stars_cross_them(checker: ModuleType) -> None:
    one, many = checker._glob("/responses/*/headers"), checker._glob("/responses/**/headers")
    assert one.fullmatch("/responses/200/headers")
    assert not one.fullmatch("/responses/200/content/headers")
    assert many.fullmatch("/responses/200/content/headers")
    assert many.fullmatch("/responses/headers")
    assert not checker._glob("GET /*").fullmatch("GET /assets/{id}")


def test_deviations_md_is_rendered_from_the_records() -> None:
    render = _load("render_deviations")
    data = yaml.safe_load(DEVIATIONS.read_text(encoding="utf-8"))
    text = render.render(data)
    assert (ROOT / "openapi" / "DEVIATIONS.md").read_text(encoding="utf-8") == text
    for record in data["records"]:
        assert f"| {record['id']} |" in text
    data["records"][0]["why"] = "A reason changed in the data."
    assert "A reason changed in the data." in render.render(data)
