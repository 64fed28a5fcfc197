"""How does the mock answer the operations that create, read, list and cancel jobs?"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from krea.testing._call import Call, Handler
from krea.testing._http import ApiError, MockResponse, json_response
from krea.testing._jobs import Job
from krea.testing._pages import csv_set, listing
from krea.testing._resources import NODE_APP_VERSIONS
from krea.testing._spec import resolve
from krea.testing._state import JobRequest
from krea.testing._webhooks import is_loopback

_FALLBACK_VIDEO_SECONDS = 5.0


def _own_job(call: Call) -> Job:
    job = call.state.jobs.get(str(call.params["id"]))
    if job is None or job.account != call.account.key:
        raise ApiError(404, "Job not found")  # someone else's job is indistinguishable from none
    return job


def _webhook(call: Call) -> str | None:
    url = call.params.get("X-Webhook-URL")
    if url is None:
        return None
    if not is_loopback(str(url)):
        raise ApiError(400, f"header.X-Webhook-URL: the mock only delivers to loopback URLs, got {url!r}")
    return str(url)


def list_jobs(call: Call) -> MockResponse:
    """``GET /jobs``: the caller's jobs, newest first, filtered by ``status`` and ``types``."""
    with call.state.lock:
        jobs = list(call.account.jobs)
        status = call.params.get("status")
        types = csv_set(call.params.get("types"))
        bodies = [call.state.describe(job) for job in jobs]
    bodies = [b for b in bodies if (status is None or b["status"] == status) and (not types or b["type"] in types)]
    return json_response(200, listing(bodies, created=lambda b: str(b["created_at"]), params=call.params))


def get_job(call: Call) -> MockResponse:
    """``GET /jobs/{id}``: one poll; a poll-driven job moves a step."""
    job = _own_job(call)
    call.state.poll(job)
    return json_response(200, call.state.describe(job))


def cancel_job(call: Call) -> MockResponse:
    """``DELETE /jobs/{id}``: cancel a ``queued`` or ``processing`` job, else 409."""
    job = _own_job(call)
    call.state.cancel(job)
    return json_response(200, call.state.describe(job))


def _default_duration(call: Call) -> float:
    schema = resolve(call.config.catalogue.document, call.operation.body_schema)
    prop = resolve(call.config.catalogue.document, schema.get("properties", {}).get("duration", {}))
    default = prop.get("default") if isinstance(prop, Mapping) else None
    return float(default) if isinstance(default, int | float) else _FALLBACK_VIDEO_SECONDS


def generate(call: Call) -> MockResponse:
    """``POST /generate/{family}/{provider}/{model}``: one job, priced per the price table."""
    model = call.operation.model
    assert model is not None  # dispatched here only for generation operations
    body: dict[str, Any] = call.body
    price = call.config.prices.price(model.endpoint, model.family, body, _default_duration(call))
    request = JobRequest(model.family, model.endpoint, price, call.request.base_url, _webhook(call), body)
    [job] = call.state.create_jobs(call.account, [request])
    headers: list[tuple[str, str]] = []
    deprecation = call.config.deprecations.get(model.endpoint)
    if deprecation is not None:
        headers = [
            ("Deprecation", "true"),
            ("Sunset", deprecation.sunset),
            ("Link", f'<{deprecation.link}>; rel="deprecation"; type="text/html"'),
        ]
    return json_response(200, call.state.describe(job), headers)


def train_style(call: Call) -> MockResponse:
    """``POST /styles/train``: a ``loraTraining`` job whose completion creates the style."""
    body: dict[str, Any] = call.body
    price = call.config.prices.price("styles/train", "style", body, 0)
    request = JobRequest("style", "styles/train", price, call.request.base_url, _webhook(call), body)
    [job] = call.state.create_jobs(call.account, [request])
    return json_response(200, call.state.describe(job))


def execute_node_app(call: Call) -> MockResponse:
    """``POST /node-apps/{id}/execute``: one job per output of the app, validated against its inputs."""
    version = NODE_APP_VERSIONS.get(str(call.params["id"]))
    if version is None:
        raise ApiError(404, "Node app version not found")
    body: dict[str, Any] = call.body
    schema = version["input_openapi_schema"]
    missing = [name for name in schema.get("required", []) if name not in body]
    unknown = [name for name in body if name not in schema["properties"]]
    if missing or unknown:
        problems = [f"body.{name}: required" for name in missing]
        problems += [f"body.{name}: not an input of this node app" for name in unknown]
        raise ApiError(400, "; ".join(problems))
    endpoint = f"node-apps/{version['id']}"
    price = call.config.prices.price(endpoint, "node_app", body, 0)
    outputs = list(version["output_openapi_schema"]["properties"])
    requests = [JobRequest("node_app", endpoint, price, call.request.base_url, None, body) for _ in outputs]
    jobs = call.state.create_jobs(call.account, requests)
    return json_response(200, [call.state.describe(job) for job in jobs])


HANDLERS: Mapping[str, Handler] = {
    "list_jobs": list_jobs,
    "get_job": get_job,
    "cancel_job": cancel_job,
    "train_style": train_style,
    "execute_node_app": execute_node_app,
}
