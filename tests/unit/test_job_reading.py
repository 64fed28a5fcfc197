"""A job's properties read its JSON as sent, by the generated model's rules, and build no model on the way.

``JobBase`` reads ``raw`` itself; the generated ``krea_api.models.Job`` (``document``) is built only when asked
for. The reference here is the reading the facade made of the generated model before it read ``raw``: on every
kind of document (ids, statuses, times, results and errors of every shape Krea or a broken server may send),
both readings must agree, property by property.
"""

from __future__ import annotations

import asyncio
import datetime
import importlib
import warnings
from collections.abc import Mapping
from types import ModuleType
from typing import Any

import pytest
import respx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from krea_api.api.jobs import cancel_job, get_job
from krea_api.models import Job as JobDocument
from krea_api.models import JobErrorDetail, JobResult

from krea import KreaDeprecationWarning, ValidationError
from krea._client import CheckedBody
from krea._job import JobBase, JobErrorInfo
from krea._resource import creates_job
from krea._statuses import TERMINAL_STATUSES, pending_statuses
from tests.unit.conftest import JOB_ID, Kit, job

SETTINGS = settings(max_examples=1000, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MISSING = object()


# --- the reference: the generated model, read as the facade read it before ---


def _model_id(document: JobDocument) -> str | None:
    if isinstance(document.job_id, str) and document.job_id:
        return document.job_id
    alias = document.additional_properties.get("id")
    return alias if isinstance(alias, str) and alias else None


def _model_urls(urls: object) -> list[str]:
    if isinstance(urls, str):
        return [urls]
    if not isinstance(urls, list):
        return []
    found = [u if isinstance(u, str) else u.get("url") for u in urls if isinstance(u, str | Mapping)]
    return [u for u in found if isinstance(u, str)]


def _model_time(value: object) -> datetime.datetime | None:
    if not isinstance(value, datetime.datetime):
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=datetime.UTC)


def _model_error_info(candidate: object) -> JobErrorInfo | None:
    if isinstance(candidate, Mapping):
        code = candidate.get("code")
        message = candidate.get("message") or code or "job failed"
        return JobErrorInfo(code=str(code) if code is not None else None, message=str(message))
    if isinstance(candidate, str) and candidate:
        return JobErrorInfo(code=None, message=candidate)
    return None


def by_the_model(raw: dict[str, Any]) -> dict[str, object]:
    """Every property, read from the generated model of ``raw`` (the facade's reading until it read ``raw``)."""
    document = JobDocument.from_dict(raw)
    if _model_id(document) is None:
        raise ValidationError("no job id")
    status = str(document.status) if isinstance(document.status, str) else "unknown"
    result = document.result if isinstance(document.result, JobResult) else None
    style_id: object = None
    if result is not None:
        found = result.style_id or result.additional_properties.get("id")
        style_id = found if isinstance(found, str) else None
    detail = document.error
    if isinstance(detail, JobErrorDetail):
        code = str(detail.code) if detail.code not in (None, "") else None
        error: JobErrorInfo | None = JobErrorInfo(code=code, message=str(detail.message or detail.code or "job failed"))
    else:
        error = _model_error_info(detail)
        if error is None and result is not None:
            error = _model_error_info(result.error)
    completed_at = _model_time(document.completed_at)
    if status in TERMINAL_STATUSES:
        outcome: str | None = status
    elif completed_at is not None and status not in pending_statuses():
        outcome = "failed" if error is not None else "completed"
    else:
        outcome = None
    return {
        "id": _model_id(document) or "",
        "status": status,
        "created_at": _model_time(document.created_at),
        "completed_at": completed_at,
        "result": raw.get("result") if isinstance(raw.get("result"), dict) else None,
        "urls": _model_urls(result.urls) if result is not None else [],
        "style_id": style_id,
        "error": error,
        "outcome": outcome,
    }


_PROPERTIES = ("id", "status", "created_at", "completed_at", "result", "urls", "style_id", "error", "outcome")


# --- documents of every shape ---

ANY_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 3) | st.text(max_size=4),
    lambda children: st.lists(children, max_size=2) | st.dictionaries(st.sampled_from("abc"), children, max_size=2),
    max_leaves=4,
)
IDS = st.sampled_from([JOB_ID, "j", "", " ", "a/b"]) | st.integers() | st.none() | ANY_JSON
STATUSES = st.sampled_from(["queued", "processing", "completed", "failed", "cancelled", "backlogged", "scheduled",
                            "intermediate-complete", "sampling", "new-status", "", "COMPLETED"]) | ANY_JSON  # fmt: skip
TIMES = st.sampled_from([
    "2026-06-01T09:00:07.000Z", "2026-06-01T09:00:07+02:00", "2026-06-01T09:00:07", "2026-06-01", "20260601T090007Z",
    "2026-06-01 09:00:07.123456", "yesterday", "", "2026-13-01T00:00:00Z", "2026-06-01T25:00:00Z",
]) | st.datetimes().map(str) | ANY_JSON  # fmt: skip
URLS = (
    st.lists(st.text(max_size=6) | st.fixed_dictionaries({}, optional={"url": ANY_JSON, "type": ANY_JSON}) | ANY_JSON,
             max_size=3)
    | ANY_JSON
)  # fmt: skip
EDGES: st.SearchStrategy[object] = st.sampled_from(["", None, "nsfw", "blocked", 0, 1, False, True, [], {}])
ERRORS = (
    st.fixed_dictionaries({"code": EDGES, "message": EDGES}, optional={"detail": ANY_JSON})
    | st.fixed_dictionaries({}, optional={"code": EDGES | ANY_JSON, "message": EDGES | ANY_JSON, "detail": ANY_JSON})
    | st.sampled_from(["nsfw", ""])
    | ANY_JSON
)
RESULTS = (
    st.fixed_dictionaries({}, optional={"urls": URLS, "style_id": IDS, "id": IDS, "error": ERRORS, "other": ANY_JSON})
    | ANY_JSON
)


FIELDS = (("job_id", st.just(JOB_ID) | IDS), ("id", IDS), ("status", STATUSES), ("created_at", TIMES),
          ("completed_at", TIMES), ("result", RESULTS), ("error", ERRORS), ("type", ANY_JSON))  # fmt: skip


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    doc: dict[str, Any] = {}
    for key, values in FIELDS:
        value = draw(st.just(MISSING) | values)
        if value is not MISSING:
            doc[key] = value
    return doc


@SETTINGS
@given(raw=documents())
def test_every_property_reads_the_json_as_the_generated_model_reads_it(raw: dict[str, Any]) -> None:
    try:
        expected = by_the_model(raw)
    except ValidationError:
        with pytest.raises(ValidationError, match="not a job document"):
            JobBase(raw)
        return
    held = JobBase(raw)
    assert {name: getattr(held, name) for name in _PROPERTIES} == expected
    assert held.is_terminal is (expected["outcome"] is not None)
    assert held.document == JobDocument.from_dict(raw)


@pytest.mark.parametrize("raw", [["j"], [("job_id", "j")], JobDocument(job_id="j"), "j", None])
def test_a_job_that_is_not_an_object_is_refused(raw: Any) -> None:
    with pytest.raises(ValidationError, match="not a job document"):
        JobBase(raw)


def test_a_read_answer_marked_deprecated_names_no_job_as_created(kit: Kit, api: respx.MockRouter) -> None:
    deprecated = {"Deprecation": "true"}
    api.get(f"/jobs/{JOB_ID}").respond(200, json=job("completed"), headers=deprecated)
    api.post("/generate/image/bfl/flux-1-dev").respond(200, json=job(job_id="j-new"), headers=deprecated)
    client = kit.client()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        kit.run(client.jobs.get(JOB_ID))
        kit.run(client.image("bfl/flux-1-dev", prompt="x"))
    found = [w.message for w in caught if isinstance(w.message, KreaDeprecationWarning)]
    assert [w.job_ids for w in found] == [(), ("j-new",)]  # a GET creates no job (nor bills one)
    assert not getattr(found[0], "__notes__", [])


def test_a_given_document_is_kept_and_a_job_without_one_builds_it_once() -> None:
    raw = job("completed")
    given_document = JobDocument.from_dict(raw)
    assert JobBase(raw, document=given_document).document is given_document
    held = JobBase(raw)
    assert held.document is held.document
    assert held.document == given_document


def test_reading_a_job_builds_no_generated_model(
    kit: Kit, api: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    api.get(f"/jobs/{JOB_ID}").respond(200, json=job("completed"))
    api.delete(f"/jobs/{JOB_ID}").respond(200, json=job("cancelled"))
    api.post("/generate/image/bfl/flux-1-dev-x").respond(200, json=job())
    api.post("/generate/image/bfl/flux-1-dev").respond(200, json=job())
    api.post("/styles/train").respond(200, json=job())
    built: list[object] = []
    from_dict = JobDocument.from_dict.__func__  # type: ignore[attr-defined]  # the classmethod's function

    def counted(cls: type[JobDocument], src: Mapping[str, Any]) -> JobDocument:
        built.append(src)
        return from_dict(cls, src)  # type: ignore[no-any-return]

    monkeypatch.setattr(JobDocument, "from_dict", classmethod(counted))
    client = kit.client()
    read = kit.run(client.jobs.get(JOB_ID))
    cancelled = kit.run(client.jobs.cancel(JOB_ID))
    posted = kit.run(client.generate("image/bfl/flux-1-dev-x", {"prompt": "x"}, validate=False))
    typed = kit.run(client.image("bfl/flux-1-dev", prompt="x"))
    training = kit.run(client.styles.train("fox", ["https://gen.krea.ai/images/a.png"] * 3))
    for held in (read, cancelled, posted, typed, training):
        _ = [getattr(held, name) for name in _PROPERTIES], held.is_terminal, repr(held)
    assert (read.urls, cancelled.outcome, posted.status) == (
        ["https://gen.krea.ai/images/out.png"],
        "cancelled",
        "queued",
    )
    assert built == []
    assert read.document.status == "completed"
    assert built == [job("completed")]


class _Seen(Exception):
    pass


class _Recorder:
    """A generated client whose httpx client records the request it is asked to send, and sends nothing."""

    def __init__(self, flavour: str) -> None:
        self.sent: list[dict[str, Any]] = []
        self.flavour = flavour

    def get_async_httpx_client(self) -> _Recorder:
        return self

    get_httpx_client = get_async_httpx_client

    def request(self, **kwargs: Any) -> Any:
        self.sent.append(kwargs)
        if self.flavour == "async":
            return self._raise()
        raise _Seen

    async def _raise(self) -> None:
        raise _Seen


def _sent(module: ModuleType, flavour: str, **kwargs: Any) -> dict[str, Any]:
    from krea._async._resource import job_operation as async_operation
    from krea._sync._resource import job_operation as sync_operation

    recorder = _Recorder(flavour)
    operation = async_operation(module) if flavour == "async" else sync_operation(module)

    def send() -> None:
        result = operation(client=recorder, **kwargs)
        if asyncio.iscoroutine(result):
            asyncio.run(result)

    with pytest.raises(_Seen):
        send()
    return recorder.sent[0]


FLUX = importlib.import_module("krea_api.api.image.generate_flux_1_dev")


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize(
    ("module", "kwargs"),
    [
        (get_job, {"id": JOB_ID}),
        (get_job, {"id": "a/b?c#d%2F é"}),
        (cancel_job, {"id": JOB_ID}),
        (FLUX, {"body": CheckedBody({"prompt": "x", "seed": 1})}),
        (FLUX, {"body": CheckedBody({"prompt": "x"}), "x_webhook_url": "https://hooks.test/k"}),
    ],
)
def test_a_job_operation_sends_the_request_the_generated_operation_builds(
    module: ModuleType, kwargs: dict[str, Any], flavour: str
) -> None:
    assert _sent(module, flavour, **kwargs) == module._get_kwargs(**kwargs)


def test_the_money_rule_knows_a_job_operation_by_its_generated_module() -> None:
    from krea._async._resource import job_operation as async_operation
    from krea._sync._resource import job_operation as sync_operation

    for operation in (async_operation, sync_operation):
        assert creates_job(operation(FLUX))
        assert not creates_job(operation(get_job))
        assert operation(FLUX) is operation(FLUX)  # made once per module
