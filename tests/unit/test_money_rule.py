"""The money rule in the request path: every operation the spec says creates a job, and every unclear outcome.

The set of job-creating operations is read here from the spec on its own (any operation whose 2xx answer is a
``Job`` or a list of them, after a write), so the facade's own reading is checked, not restated.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
import yaml

from krea import ServerError, SubmissionUncertainError, UnexpectedResponseError
from krea._spec import job_creating_operations
from tests.unit.conftest import Kit, job

SPEC = yaml.safe_load((Path(__file__).resolve().parents[2] / "openapi" / "krea.yaml").read_text())
JOB_REF = "#/components/schemas/Job"


def _answers_with_a_job(response: dict[str, Any]) -> bool:
    if "$ref" in response:
        response = SPEC["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
    schema = response.get("content", {}).get("application/json", {}).get("schema", {})
    return bool(schema == {"$ref": JOB_REF} or schema == {"type": "array", "items": {"$ref": JOB_REF}})


def _job_creating() -> Iterator[tuple[str, str]]:
    for path, item in SPEC["paths"].items():
        for method, operation in item.items():
            # Reading (GET) or cancelling (DELETE) a job answers with one too; a write that does creates it.
            if method in ("post", "put", "patch"):
                answers = [a for status, a in operation["responses"].items() if status.startswith("2")]
                if any(_answers_with_a_job(a) for a in answers):
                    yield method, path


CREATING = sorted(_job_creating())
URL_3 = [f"https://gen.krea.ai/images/{n}.png" for n in range(3)]


def _facade_call(path: str) -> tuple[str, Callable[[Any], Any]]:
    """The URL sent and a call of the facade method that sends it, for one job-creating operation."""
    if path.startswith("/generate/"):
        family, model = path.removeprefix("/generate/").split("/", 1)
        ref = SPEC["paths"][path]["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"]
        params = SPEC["components"]["schemas"][ref.rsplit("/", 1)[1]]["examples"][0]
        return path, lambda client: getattr(client, family)(model, **params)
    if path == "/styles/train":
        return path, lambda client: client.styles.train("fox", URL_3)
    if path == "/node-apps/{id}/execute":
        return "/node-apps/ver-1/execute", lambda client: client.node_apps.execute("ver-1", {"prompt": "a fox"})
    raise AssertionError(f"no facade call is known for the job-creating operation {path}: add one here")


def test_the_spec_has_the_job_creating_operations_the_facade_guards() -> None:
    models = {path for path in SPEC["paths"] if path.startswith("/generate/")}
    assert {path for _, path in CREATING} == models | {"/styles/train", "/node-apps/{id}/execute"}
    assert all(method == "post" for method, _ in CREATING)
    operation_ids = {SPEC["paths"][path][method]["operationId"] for method, path in CREATING}
    assert operation_ids == job_creating_operations()
    assert {"train_style", "execute_node_app"} <= operation_ids


def _deep_json(levels: int) -> bytes:
    return b"[" * levels + b"]" * levels


# Each way an answer can leave the outcome unknown after a job-creating request was sent.
UNCLEAR: dict[str, Any] = {
    "2xx_without_a_job": httpx.Response(200, json={"queued": True}),
    "2xx_not_json": httpx.Response(200, text="<html>accepted</html>"),
    "2xx_nested_200000_deep": httpx.Response(200, content=_deep_json(200_000)),
    "201_empty": httpx.Response(201),
    "3xx": httpx.Response(302, headers={"Location": "/elsewhere"}),
    "502": httpx.Response(502, text="<html>Bad gateway</html>"),
    "520": httpx.Response(520),
    "connection_dropped": httpx.RemoteProtocolError("peer closed connection without sending a response"),
    "read_timeout": httpx.ReadTimeout("timed out"),
}


# Every operation meets one unclear outcome of each kind (an answer without a job, a 5xx, no answer); three
# of them, one per resource that creates jobs, meet every outcome above.
MATRIX = [(path, outcome) for _, path in CREATING for outcome in ("2xx_without_a_job", "502", "connection_dropped")]
MATRIX += [
    (path, outcome)
    for path in ("/generate/image/bfl/flux-1-dev", "/styles/train", "/node-apps/{id}/execute")
    for outcome in sorted(set(UNCLEAR) - {"2xx_without_a_job", "502", "connection_dropped"})
]


@pytest.mark.parametrize(("path", "outcome"), MATRIX, ids=[f"{path}-{outcome}" for path, outcome in MATRIX])
def test_every_job_creating_operation_reports_an_unclear_outcome_as_uncertain_and_never_resends(
    kit: Kit, api: respx.MockRouter, path: str, outcome: str
) -> None:
    url, call = _facade_call(path)
    answer = UNCLEAR[outcome]
    route = api.post(url)
    if isinstance(answer, Exception):
        route.mock(side_effect=answer)
    else:
        route.mock(return_value=answer)
    client = kit.client(max_retries=3)
    with pytest.raises(SubmissionUncertainError) as caught:
        kit.run(call(client))
    assert route.call_count == 1
    assert caught.value.endpoint == url
    assert kit.sleeps == []


@pytest.mark.parametrize(("method", "path"), CREATING[:1] + CREATING[-2:], ids=lambda v: str(v))
def test_a_job_creating_operation_still_returns_the_job_it_created(
    kit: Kit, api: respx.MockRouter, method: str, path: str
) -> None:
    url, call = _facade_call(path)
    body: Any = [job("queued")] if path.endswith("/execute") else job("queued")
    api.post(url).respond(200, json=body)
    created = kit.run(call(kit.client()))
    first = created[0] if isinstance(created, list) else created
    assert first.status == "queued"


def test_a_node_app_run_answered_with_no_jobs_is_uncertain(kit: Kit, api: respx.MockRouter) -> None:
    route = api.post("/node-apps/ver-1/execute").respond(200, json=[])
    client = kit.client()
    with pytest.raises(SubmissionUncertainError, match="empty list of jobs"):
        kit.run(client.node_apps.execute("ver-1", {"prompt": "a fox"}))
    assert route.call_count == 1


def test_a_post_that_creates_no_job_is_not_resent_and_not_called_uncertain(kit: Kit, api: respx.MockRouter) -> None:
    # Uploading an asset or sharing a style bills nothing: a 5xx is a plain ServerError, still never resent.
    route = api.post("/styles/st-1/share/workspace").respond(502)
    client = kit.client(max_retries=3)
    with pytest.raises(ServerError):
        kit.run(client.styles.share_with_workspace("st-1"))
    assert route.call_count == 1
    api.post("/styles/st-2/share/workspace").respond(200, content=_deep_json(200_000))
    with pytest.raises(UnexpectedResponseError, match="too deep"):
        kit.run(client.styles.share_with_workspace("st-2"))


NOT_THE_JOB: list[tuple[str, Any]] = [
    ("/generate/image/bfl/flux-1-dev", {"job_id": 123, "status": "queued"}),
    ("/generate/image/bfl/flux-1-dev", {"job_id": ["j-1"], "status": "queued"}),
    ("/generate/image/bfl/flux-1-dev", [job("queued"), job("queued")]),  # a list where the spec says one job
    ("/styles/train", {"job_id": 7}),
    ("/node-apps/{id}/execute", [job("queued"), {"job_id": 5, "status": "queued"}]),
    ("/node-apps/{id}/execute", job("queued")),  # one job where the spec says a list
]


@pytest.mark.parametrize(("path", "body"), NOT_THE_JOB, ids=[f"{p}-{i}" for i, (p, _) in enumerate(NOT_THE_JOB)])
def test_a_2xx_that_is_not_the_job_the_spec_says_is_uncertain(
    kit: Kit, api: respx.MockRouter, path: str, body: Any
) -> None:
    # The generated model reads any object (DEVIATIONS #30); whether it is the job is decided inside the
    # money rule, so a created job that is not readable is always reported as possibly billed.
    url, call = _facade_call(path)
    route = api.post(url).respond(200, json=body)
    with pytest.raises(SubmissionUncertainError) as caught:
        kit.run(call(kit.client(max_retries=3)))
    assert route.call_count == 1
    assert str(caught.value).count(" answered ") == 1, "the message repeats itself"


@pytest.mark.parametrize(
    ("body", "status"),
    [({"job_id": "j-odd"}, "unknown"), ({"id": "j-odd", "status": "queued"}, "queued")],
)
def test_a_created_job_in_an_unusual_document_is_returned_with_its_id(
    kit: Kit, api: respx.MockRouter, body: dict[str, Any], status: str
) -> None:
    api.post("/generate/image/bfl/flux-1-dev").respond(200, json=body)
    created = kit.run(kit.client().image("bfl/flux-1-dev", prompt="x"))
    assert (created.id, created.status, created.is_terminal) == ("j-odd", status, False)


def test_a_sync_post_whose_own_transport_times_out_is_uncertain_and_sent_once() -> None:
    # A caller's transport may raise the builtin TimeoutError after the request went out: never "not sent".
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        raise TimeoutError("the caller's transport timed out")

    from krea import Krea

    with httpx.Client(transport=httpx.MockTransport(handler)) as http:
        client = Krea(api_key="k", base_url="https://api.test", http_client=http, max_retries=3, sleep=lambda s: None)
        with pytest.raises(SubmissionUncertainError):
            client.image("bfl/flux-1-dev", prompt="x")
    assert len(sent) == 1


def test_an_async_post_cut_by_the_deadline_on_a_transport_without_trace_is_uncertain_and_sent_once() -> None:
    # A caller's transport that is not httpcore reports no trace events: when the exchange's time runs out,
    # krea cannot know the request did not go out, so it must not resend it.
    import asyncio

    from krea import AsyncKrea

    sent: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        await asyncio.sleep(5)
        return httpx.Response(200, json=job("queued"))

    async def scenario() -> None:
        async def no_sleep(seconds: float) -> None:
            return None

        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
            client = AsyncKrea(
                api_key="k", base_url="https://api.test", http_client=http, max_retries=3, timeout=0.2, sleep=no_sleep
            )
            with pytest.raises(SubmissionUncertainError):
                await client.image("bfl/flux-1-dev", prompt="x")

    asyncio.run(scenario())
    assert len(sent) == 1
