"""The generated client imports, parses every documented example and survives values the spec lacks."""

from __future__ import annotations

import datetime
import importlib
import pkgutil
import re
from pathlib import Path
from typing import Any

import httpx
import krea_api
import krea_api.api
import krea_api.client
import krea_api.models
import pytest
from krea_api.models import Job, JobStatus

from tests.contract.test_spec import collect_examples

GENERATED = Path(krea_api.__file__).parent
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T")


def normalise(value: Any) -> Any:
    """Make equal data compare equal: timestamps become datetimes, whatever their spelling."""
    if isinstance(value, dict):
        return {key: normalise(item) for key, item in value.items()}
    if isinstance(value, list):
        return [normalise(item) for item in value]
    if isinstance(value, str) and ISO.match(value):
        return datetime.datetime.fromisoformat(value)
    return value


def test_every_operation_module_imports(spec: dict[str, Any]) -> None:
    modules = [m.name for m in pkgutil.walk_packages(krea_api.api.__path__, "krea_api.api.")]
    ops = {m.rsplit(".", 1)[1] for m in modules if m.count(".") == 3}
    expected = {
        op["operationId"]
        for item in spec["paths"].values()
        for method, op in item.items()
        if method in ("get", "post", "patch", "delete")
    }
    assert ops == expected
    for name in modules:
        module = importlib.import_module(name)
        if name.count(".") == 3:
            for func in ("sync_detailed", "asyncio_detailed"):
                assert callable(getattr(module, func)), name


def test_generated_code_never_imports_the_facade() -> None:
    for path in GENERATED.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(from|import)\s+krea\b", source, re.M), path


def test_schema_examples_round_trip_through_generated_models(spec: dict[str, Any]) -> None:
    checked = 0
    for where, schema, example in collect_examples(spec):
        if where.startswith("schemas/"):
            name = where.split("/")[1]
        elif str(schema.get("$ref", "")).startswith("#/components/schemas/"):  # a body's examples (jobs: #33)
            name = schema["$ref"].rsplit("/", 1)[1]
        else:
            continue
        model = getattr(krea_api.models, name, None)
        if model is None or not hasattr(model, "from_dict"):
            continue
        assert normalise(model.from_dict(example).to_dict()) == normalise(example), where
        checked += 1
    assert checked >= 60


def test_unknown_job_status_parses_as_a_plain_string() -> None:
    job = Job.from_dict(
        {
            "job_id": "550e8400-e29b-41d4-a716-446655440000",
            "status": "teleporting",
            "created_at": "2026-06-01T09:00:00.000Z",
            "completed_at": None,
            "result": None,
            "a_field_from_the_future": {"nested": True},
        }
    )
    assert job.status == "teleporting"
    assert not isinstance(job.status, JobStatus)
    assert job.additional_properties["a_field_from_the_future"] == {"nested": True}


@pytest.mark.parametrize("status", [s.value for s in JobStatus])
def test_known_job_statuses_parse_as_enum_members(status: str) -> None:
    job = Job.from_dict(
        {
            "job_id": "550e8400-e29b-41d4-a716-446655440000",
            "status": status,
            "created_at": "2026-06-01T09:00:00Z",
        }
    )
    assert isinstance(job.status, JobStatus)
    assert job.status == status


def test_generated_package_is_marked_typed() -> None:
    assert (GENERATED / "py.typed").is_file()


def _answer(status: int, content: bytes, content_type: str = "application/json") -> krea_api.client.Client:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=content, headers={"content-type": content_type})

    client = krea_api.client.Client(base_url="http://api.test")
    client.set_httpx_client(httpx.Client(base_url="http://api.test", transport=httpx.MockTransport(handler)))
    return client


@pytest.mark.parametrize("status", [400, 404, 429, 500, 520, 599])
def test_an_error_status_of_any_code_is_returned_unparsed_with_the_raw_answer(status: int) -> None:
    # Krea's templates (openapi/templates/): an int status for any code (the stock template's HTTPStatus(520)
    # raises), and an error body left to the caller, whatever it is (here an HTML page).
    from krea_api.api.jobs import get_job

    response = get_job.sync_detailed("j-1", client=_answer(status, b"<html>oops</html>", "text/html"))
    assert response.status_code == status
    assert type(response.status_code) is int
    assert response.parsed is None
    assert response.data is None
    assert response.raw.status_code == status
    assert response.raw.content == b"<html>oops</html>"


def test_a_success_is_parsed_once_and_keeps_the_json_as_sent() -> None:
    from krea_api.api.jobs import get_job

    body = b'{"job_id": "j-1", "status": "teleporting", "created_at": "2026-06-01T09:00:00Z", "extra": [1]}'
    response = get_job.sync_detailed("j-1", client=_answer(200, body))
    assert isinstance(response.parsed, Job)
    assert response.parsed.job_id == "j-1"
    assert response.parsed.status == "teleporting"
    assert response.data == {"job_id": "j-1", "status": "teleporting", "created_at": "2026-06-01T09:00:00Z",
                             "extra": [1]}  # fmt: skip


@pytest.mark.parametrize("body", [b"not json", b'"a string, not a job object"', b"[" * 5000])
def test_a_success_the_model_refuses_raises_unreadable_response_with_the_answer(body: bytes) -> None:
    from krea_api.api.jobs import get_job
    from krea_api.errors import UnreadableResponse

    with pytest.raises(UnreadableResponse) as caught:
        get_job.sync_detailed("j-1", client=_answer(200, body))
    assert caught.value.response.content == body
    assert caught.value.status_code == 200
    assert caught.value.__cause__ is not None
