"""Parsing never crashes: documents generated from the spec's own response schemas (plus unknown fields,
unknown statuses and arbitrary error bodies) give either a typed object or a KreaError, never anything else.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import json
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from krea import AsyncKrea, Job, Krea, KreaError
from krea._spec import load_spec

BASE = "https://api.test.krea"
SETTINGS = settings(max_examples=60, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def inline(node: Any, spec: dict[str, Any], depth: int = 0) -> Any:
    """The schema with every local $ref replaced by its target (hypothesis-jsonschema needs no refs)."""
    if isinstance(node, dict):
        if "$ref" in node:
            target: Any = spec
            for part in node["$ref"][2:].split("/"):
                target = target[part]
            return inline(target, spec, depth + 1)
        return {k: inline(v, spec, depth) for k, v in node.items() if k not in ("examples", "example", "description")}
    if isinstance(node, list):
        return [inline(v, spec, depth) for v in node]
    return node


def schema(name: str) -> dict[str, Any]:
    spec: dict[str, Any] = load_spec()
    resolved: dict[str, Any] = inline(spec["components"]["schemas"][name], spec)
    return resolved


FORMATS: dict[str, st.SearchStrategy[str]] = {
    "date-time": st.datetimes(timezones=st.just(datetime.UTC)).map(lambda d: d.isoformat().replace("+00:00", "Z")),
    "date": st.dates().map(str),
    "uuid": st.uuids().map(str),
    "uri": st.sampled_from(["https://gen.krea.ai/images/a.png", "http://x", "not a uri"]),
}


def from_schema(node: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Values of a JSON schema (the subset our response schemas use), written here on purpose: an independent
    reading of the spec, as the facade's own parser is the thing under test."""
    if "enum" in node:
        return st.sampled_from(node["enum"])
    if "const" in node:
        return st.just(node["const"])
    for key in ("anyOf", "oneOf"):
        if key in node:
            return st.one_of([from_schema(sub) for sub in node[key]])
    kinds = node.get("type", ["object"] if "properties" in node else ["string", "integer", "null", "boolean"])
    if isinstance(kinds, list):
        return st.one_of([from_schema({**node, "type": kind}) for kind in kinds])
    if kinds == "null":
        return st.none()
    if kinds == "boolean":
        return st.booleans()
    if kinds == "integer":
        return st.integers(node.get("minimum"), node.get("maximum"))
    if kinds == "number":
        return st.integers(-(10**6), 10**6) | st.floats(node.get("minimum"), node.get("maximum"), allow_nan=False,
                                                         allow_infinity=False)  # fmt: skip
    if kinds == "string":
        if node.get("format") in FORMATS:
            return FORMATS[node["format"]]
        return st.text(min_size=node.get("minLength", 0), max_size=min(node.get("maxLength", 12), 12))
    if kinds == "array":
        items = from_schema(node.get("items", {}))
        return st.lists(items, min_size=node.get("minItems", 0), max_size=min(node.get("maxItems", 3), 3))
    props = node.get("properties", {})
    required = set(node.get("required", []))
    return st.fixed_dictionaries(
        {k: from_schema(v) for k, v in props.items() if k in required},
        optional={k: from_schema(v) for k, v in props.items() if k not in required},
    )


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3),
    max_leaves=8,
)


@st.composite
def job_documents(draw: st.DrawFn) -> Any:
    doc = draw(from_schema(schema("Job")))
    if draw(st.booleans()):
        doc["status"] = draw(st.text(min_size=1, max_size=12))
    doc.update(draw(st.dictionaries(st.text(min_size=1, max_size=8), JSON, max_size=3)))
    if draw(st.integers(0, 9)) == 0:
        return draw(JSON)  # now and then, not a job at all
    return doc


@st.composite
def page_documents(draw: st.DrawFn) -> Any:
    page = draw(from_schema(schema("JobPage")))
    page["next_cursor"] = None  # one page: the point is the items
    if draw(st.booleans()):
        page["items"].append(draw(job_documents()))
    return page


def clients(handler: Any) -> tuple[Krea, AsyncKrea]:
    sync = Krea(api_key="k-test-12345678", base_url=BASE, max_retries=0, http_client=httpx.Client(
        transport=httpx.MockTransport(handler)))  # fmt: skip
    asynchronous = AsyncKrea(api_key="k-test-12345678", base_url=BASE, max_retries=0, http_client=httpx.AsyncClient(
        transport=httpx.MockTransport(handler)))  # fmt: skip
    return sync, asynchronous


def exercise(job: Any) -> None:
    """Every reader of a job must work on whatever was parsed."""
    _ = (job.id, job.status, job.created_at, job.completed_at, job.urls, job.error, job.style_id, job.outcome)
    _ = (job.is_terminal, repr(job))
    with contextlib.suppress(KreaError):
        job.raise_for_outcome()


@SETTINGS
@given(doc=job_documents())
def test_any_job_document_gives_a_job_or_a_krea_error(doc: Any) -> None:
    body = json.dumps(doc).encode()
    sync, asynchronous = clients(lambda request: httpx.Response(200, content=body))
    for call in (lambda: sync.jobs.get("j1"), lambda: asyncio.run(asynchronous.jobs.get("j1"))):
        with contextlib.suppress(KreaError):
            exercise(call())


@SETTINGS
@given(page=page_documents())
def test_any_page_gives_jobs_or_a_krea_error(page: Any) -> None:
    body = json.dumps(page).encode()
    sync, _ = clients(lambda request: httpx.Response(200, content=body))
    try:
        for job in sync.jobs.list():
            assert isinstance(job, Job)
            exercise(job)
    except KreaError:
        pass


@SETTINGS
@given(
    status=st.integers(400, 599),
    body=st.one_of(
        JSON.map(lambda v: json.dumps(v).encode()),
        st.binary(max_size=40),
        from_schema(schema("ModelGoneError")).map(lambda v: json.dumps(v).encode()),
        from_schema(schema("InsufficientBalanceError")).map(lambda v: json.dumps(v).encode()),
    ),
)
def test_any_error_answer_raises_a_krea_error(status: int, body: bytes) -> None:
    sync, asynchronous = clients(lambda request: httpx.Response(status, content=body))
    with pytest.raises(KreaError):
        sync.image("bfl/flux-1-dev", prompt="fox")
    with pytest.raises(KreaError):
        asyncio.run(asynchronous.jobs.get("j1"))
