"""How does the mock answer the operations that create, read, list and cancel jobs?"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from krea.testing._api.call import Call, Handler
from krea.testing._api.pages import DEFAULT_LIMIT, csv_set, cursor_key, opaque_cursor
from krea.testing._api.resources import NODE_APP_VERSIONS
from krea.testing._api.spec import resolve
from krea.testing._core.jobs import MockJob
from krea.testing._core.state import JobRequest
from krea.testing._http import ApiError, MockResponse, json_response

_FALLBACK_VIDEO_SECONDS = 5.0
MIN_TRAINING_IMAGES = 3


def _own_job(call: Call) -> MockJob:
    job = call.state.jobs.get(str(call.params["id"]))
    if job is None or job.account != call.account.key:
        raise ApiError(404, "Job not found")  # someone else's job is indistinguishable from none
    return job


def _webhook(call: Call) -> str | None:
    # Any URL is accepted, as Krea does; where it is really delivered is the state's decision (loopback only
    # unless served with --deliver-webhooks any).
    url = call.params.get("X-Webhook-URL")
    return None if url is None else str(url)


def list_jobs(call: Call) -> MockResponse:
    """``GET /jobs``: the caller's jobs, newest first, filtered by ``status`` and ``types``.

    A page costs its own size, whatever the number of jobs (the account's index is in creation order); with
    a filter, the jobs skipped are read too. ``next_cursor`` is the last item's ``created_at``, unique within
    the account, so passing it back as ``cursor`` reads exactly the next page.
    """
    limit = int(call.params.get("limit") or DEFAULT_LIMIT)
    status = call.params.get("status")
    types = csv_set(call.params.get("types"))
    items: list[dict[str, Any]] = []
    with call.state.lock:
        before = cursor_key(call.params.get("cursor"), call.state.clock.start)
        for job in call.account.jobs.before(before):
            body = call.state.describe(job)
            if (status is None or body["status"] == status) and (not types or body["type"] in types):
                items.append(body)
                if len(items) > limit:
                    break
    next_cursor = None
    if len(items) > limit:
        last = items[limit - 1]
        opaque = call.config.opaque_cursors
        next_cursor = opaque_cursor(last["created_at"], last["job_id"]) if opaque else last["created_at"]
    return json_response(200, {"items": items[:limit], "next_cursor": next_cursor})


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
    request = JobRequest(
        model.family, model.endpoint, price, call.config.public_url, _webhook(call), body, call.request.body
    )
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
    urls = body.get("urls") or []
    if len(urls) < MIN_TRAINING_IMAGES:  # Krea's own message (openapi/DEVIATIONS.md, mock row 1)
        raise ApiError(400, f"body.urls: Need at least {MIN_TRAINING_IMAGES} training images, got {len(urls)}")
    price = call.config.prices.price("styles/train", "style", body, 0)
    request = JobRequest(
        "style", "styles/train", price, call.config.public_url, _webhook(call), body, call.request.body
    )
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
    sent = call.request.body
    requests = [JobRequest("node_app", endpoint, price, call.config.public_url, None, body, sent) for _ in outputs]
    jobs = call.state.create_jobs(call.account, requests)
    return json_response(200, [call.state.describe(job) for job in jobs])


HANDLERS: Mapping[str, Handler] = {
    "list_jobs": list_jobs,
    "get_job": get_job,
    "cancel_job": cancel_job,
    "train_style": train_style,
    "execute_node_app": execute_node_app,
}
