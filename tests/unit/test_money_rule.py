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
    assert len(CREATING) >= 58
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
