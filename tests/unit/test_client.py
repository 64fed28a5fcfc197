"""Generation calls of Krea and AsyncKrea against respx: what is sent, what is retried, what is raised."""

from __future__ import annotations

import json
import logging
import pickle
import warnings
from typing import Any

import httpx
import pytest
import respx

import krea
import krea._http
from krea import (
    APIConnectionError,
    AuthenticationError,
    InsufficientBalanceError,
    ModelGoneError,
    RateLimitError,
    SubmissionUncertainError,
    ValidationError,
)
from tests.unit.conftest import BASE, JOB_ID, KEY, Kit, job

FLUX = "/generate/image/bfl/flux-1-dev"


def test_generate_sends_auth_user_agent_default_headers_and_the_body(kit: Kit, api: respx.MockRouter) -> None:
    route = api.post(FLUX).respond(200, json=job("queued"))
    client = kit.client(default_headers={"X-Team": "render"})
    created = kit.run(client.image("bfl/flux-1-dev", prompt="a red fox", width=1024, steps=28))
    assert created.id == JOB_ID
    assert created.status == "queued"
    request = route.calls.last.request
    assert request.headers["Authorization"] == f"Bearer {KEY}"
    assert request.headers["User-Agent"] == f"krea-python/{krea.__version__}"
    assert request.headers["X-Team"] == "render"
    assert json.loads(request.content) == {"prompt": "a red fox", "width": 1024, "steps": 28}
    assert "X-Webhook-URL" not in request.headers


@pytest.mark.parametrize("own", [True, False], ids=["krea's own client", "a caller's client"])
def test_every_request_carries_one_user_agent_krea_s_unless_the_caller_set_one(
    kit: Kit, api: respx.MockRouter, own: bool
) -> None:
    # krea's own httpx client sends its User-Agent as a default header (not merged into each request); a caller's
    # client gets it on each request. Either way: exactly one, and a User-Agent in default_headers wins.
    route = api.get(f"/jobs/{JOB_ID}").respond(200, json=job("completed"))
    download = api.get("https://gen.krea.ai/images/out.png").respond(200, content=b"png")
    agent = f"krea-python/{krea.__version__}"
    for headers, expected in (({}, agent), ({"User-Agent": "render-farm/2"}, "render-farm/2")):
        extra: dict[str, Any] = {} if own else {"http_client": httpx.AsyncClient() if kit.is_async else httpx.Client()}
        client = kit.client(default_headers=headers, **extra)
        done = kit.run(client.jobs.get(JOB_ID))
        assert route.calls.last.request.headers.get_list("user-agent") == [expected]
        per_request = client._gateway._api_request_headers.get("user-agent")
        assert per_request == (None if own and not headers else expected)  # krea's own client sends it itself
        assert kit.run(done.read(0)) == b"png"
        assert download.calls.last.request.headers.get_list("user-agent") == [agent]  # no API header elsewhere


def test_webhook_url_is_sent_as_the_x_webhook_url_header(kit: Kit, api: respx.MockRouter) -> None:
    route = api.post("/generate/video/google/veo-3").respond(200, json=job("queued"))
    client = kit.client()
    kit.run(client.video("google/veo-3", prompt="waves", webhook_url="https://hooks.example/krea"))
    assert route.calls.last.request.headers["X-Webhook-URL"] == "https://hooks.example/krea"


def test_enhance_uses_the_enhance_family(kit: Kit, api: respx.MockRouter) -> None:
    route = api.post("/generate/enhance/topaz/standard-enhance").respond(200, json=job("queued"))
    client = kit.client()
    params = {"image_url": "https://gen.krea.ai/images/a.png", "width": 2048, "height": 2048, "model": "CGI"}
    kit.run(client.enhance("topaz/standard-enhance", **params))
    assert json.loads(route.calls.last.request.content) == params


def test_unknown_model_raises_validation_error_with_suggestions_and_sends_nothing(
    kit: Kit, api: respx.MockRouter
) -> None:
    client = kit.client()
    with pytest.raises(ValidationError, match=r"bfl/flux-1-dev") as caught:
        kit.run(client.image("bfl/flux-1-devv", prompt="x"))
    assert "did you mean" in str(caught.value)
    # A model an upgrade removed (or one newer than the SDK) says why, and the way to send a newer one.
    assert "not in the spec this SDK was built from" in str(caught.value)
    assert "validate=False" in str(caught.value)
    with pytest.raises(ValidationError, match="google/veo-3"):
        kit.run(client.subscribe("video/google/veo3", input={"prompt": "x"}))
    assert not api.calls


def test_bad_parameters_list_every_field_and_send_nothing(kit: Kit, api: respx.MockRouter) -> None:
    client = kit.client()
    with pytest.raises(ValidationError) as caught:
        kit.run(client.image("bfl/flux-1-dev", prompt="x" * 1801, width=100, steps=0.5, sizee=3))
    errors = caught.value.errors
    assert any(e.startswith("prompt:") and "1800" in e for e in errors), errors
    assert any(e.startswith("width:") and "512" in e and "2368" in e for e in errors), errors
    assert any(e.startswith("steps:") for e in errors), errors
    assert any(e.startswith("sizee:") and "unknown" in e for e in errors), errors
    with pytest.raises(ValidationError, match="prompt: required"):
        kit.run(client.image("bfl/flux-1.1-pro", width=1024, height=1024))
    with pytest.raises(ValidationError, match="aspect_ratio"):
        kit.run(client.video("google/veo-3", prompt="x", aspect_ratio="4:3"))
    assert not api.calls


@pytest.mark.parametrize(
    "body",
    [
        {"message": "Your API balance is separate. Please top up your API balance to continue using the API."},
        {"error": "Your API balance is separate. Please top up your API balance to continue using the API."},
    ],
)
def test_402_raises_insufficient_balance_with_the_server_message_once_without_sleeping(
    kit: Kit, api: respx.MockRouter, body: dict[str, str]
) -> None:
    route = api.post(FLUX).respond(402, json=body)
    client = kit.client()
    with pytest.raises(InsufficientBalanceError) as caught:
        kit.run(client.image("bfl/flux-1-dev", prompt="x"))
    assert caught.value.status_code == 402
    assert "top up your API balance" in caught.value.message
    assert route.call_count == 1
    assert kit.sleeps == []


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_post_answered_5xx_is_sent_once_and_raises_submission_uncertain(
    kit: Kit, api: respx.MockRouter, status: int
) -> None:
    route = api.post(FLUX).respond(status, json={"error": "boom"})
    client = kit.client()
    with pytest.raises(SubmissionUncertainError) as caught:
        kit.run(client.image("bfl/flux-1-dev", prompt="x"))
    assert route.call_count == 1
    assert caught.value.endpoint == FLUX
    assert caught.value.submitted_at.tzinfo is not None
    assert "client.jobs.find_uncertain(error)" in str(caught.value)


def test_post_read_timeout_is_sent_once_and_raises_submission_uncertain(kit: Kit, api: respx.MockRouter) -> None:
    route = api.post(FLUX).mock(side_effect=httpx.ReadTimeout("slow"))
    client = kit.client()
    with pytest.raises(SubmissionUncertainError):
        kit.run(client.image("bfl/flux-1-dev", prompt="x"))
    assert route.call_count == 1


@pytest.mark.parametrize(("headers", "expected_pause"), [({"Retry-After": "7"}, 7.0), ({}, None)])
def test_post_refused_with_429_is_resent_after_the_right_pause(
    kit: Kit, api: respx.MockRouter, headers: dict[str, str], expected_pause: float | None
) -> None:
    route = api.post(FLUX).mock(
        side_effect=[httpx.Response(429, json={"error": "busy"}, headers=headers), httpx.Response(200, json=job())]
    )
    client = kit.client()
    created = kit.run(client.image("bfl/flux-1-dev", prompt="x"))
    assert created.id == JOB_ID
    assert route.call_count == 2
    assert len(kit.sleeps) == 1
    if expected_pause is None:
        assert 0.25 <= kit.sleeps[0] <= 0.5  # first backoff: between half and all of 0.5 s
    else:
        assert kit.sleeps[0] == expected_pause


def test_429_retries_are_bounded_and_end_in_rate_limit_error(kit: Kit, api: respx.MockRouter) -> None:
    route = api.post(FLUX).respond(429, json={"error": "max concurrent jobs"}, headers={"Retry-After": "2"})
    client = kit.client(max_retries=2)
    with pytest.raises(RateLimitError) as caught:
        kit.run(client.image("bfl/flux-1-dev", prompt="x"))
    assert route.call_count == 3
    assert caught.value.retry_after == 2.0
    assert kit.sleeps == [2.0, 2.0]


def test_post_failing_at_connect_is_resent_and_creates_one_job(kit: Kit, api: respx.MockRouter) -> None:
    route = api.post(FLUX).mock(side_effect=[httpx.ConnectError("refused"), httpx.Response(200, json=job())])
    client = kit.client()
    assert kit.run(client.image("bfl/flux-1-dev", prompt="x")).id == JOB_ID
    assert route.call_count == 2


def test_connect_errors_past_the_retry_budget_raise_api_connection_error(kit: Kit, api: respx.MockRouter) -> None:
    api.post(FLUX).mock(side_effect=httpx.ConnectError("refused"))
    client = kit.client(max_retries=1)
    with pytest.raises(APIConnectionError) as caught:
        kit.run(client.image("bfl/flux-1-dev", prompt="x"))
    assert not isinstance(caught.value, SubmissionUncertainError)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)


def test_410_raises_model_gone_with_its_fields_and_is_never_retried(kit: Kit, api: respx.MockRouter) -> None:
    body = {
        "error": "model_unavailable",
        "reason": "deprecated",
        "message": "The model was deprecated on 2026-04-27. Use 'video/bytedance/seedance-1.0-pro-fast'.",
        "sunset_date": "2026-04-27",
        "replacement": "video/bytedance/seedance-1.0-pro-fast",
        "migration_url": "https://docs.krea.ai/developers/deprecations#seedance-1-0-lite",
    }
    route = api.post("/generate/video/kling/kling-1").respond(410, json=body)
    client = kit.client()
    with pytest.raises(ModelGoneError) as caught:
        kit.run(client.video("kling/kling-1", prompt="x"))
    error = caught.value
    assert (error.sunset_date, error.replacement) == ("2026-04-27", "video/bytedance/seedance-1.0-pro-fast")
    assert error.migration_url == body["migration_url"]
    assert "deprecated on 2026-04-27" in error.message
    assert route.call_count == 1


@pytest.mark.parametrize(
    ("value", "deprecated"),
    [
        ("true", True),
        ("True", True),
        ("@1777248000", True),  # RFC 9745
        ("Mon, 27 Apr 2026 00:00:00 GMT", True),  # its drafts
        ("string", False),  # what Prism sends for a declared header without an example
        ("false", False),
        ("", False),
        ("null", False),
    ],
)
def test_a_deprecation_header_warns_only_when_its_value_says_deprecated(
    kit: Kit, api: respx.MockRouter, value: str, deprecated: bool
) -> None:
    api.post("/generate/video/kling/kling-1.5").respond(200, json=job(), headers={"Deprecation": value})
    client = kit.client()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        kit.run(client.video("kling/kling-1.5", prompt="x"))
    found = [w for w in caught if issubclass(w.category, krea.KreaDeprecationWarning)]
    assert len(found) == (1 if deprecated else 0), value


def test_deprecation_headers_warn_once_per_model_and_client_at_the_callers_line(
    kit: Kit, api: respx.MockRouter
) -> None:
    headers = {
        "Deprecation": "true",
        "Sunset": "Mon, 27 Apr 2026 00:00:00 GMT",
        "Link": '<https://docs.krea.ai/developers/deprecations#kling-1-5>; rel="deprecation"; type="text/html"',
    }
    api.post("/generate/video/kling/kling-1.5").respond(200, json=job(), headers=headers)
    api.post("/generate/video/kling/kling-1.6").respond(200, json=job(), headers=headers)

    def submit(client: Any, model: str) -> Any:
        if not kit.is_async:
            return client.video(model, prompt="x")  # the line the warning must point at

        async def user_code() -> Any:  # a caller's own coroutine, as an async app has
            return await client.video(model, prompt="x")

        return kit.run(user_code())

    client = kit.client()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        submit(client, "kling/kling-1.5")
        submit(client, "kling/kling-1.5")
        submit(client, "kling/kling-1.6")
        submit(kit.client(), "kling/kling-1.5")  # another client warns again: no process-wide state
    found = [w for w in caught if issubclass(w.category, krea.KreaDeprecationWarning)]
    messages = [str(w.message) for w in found]
    assert len(messages) == 3
    assert "video/kling/kling-1.5" in messages[0]
    assert "Mon, 27 Apr 2026" in messages[0]
    assert "deprecations#kling-1-5" in messages[0]
    assert "video/kling/kling-1.6" in messages[1]
    assert "video/kling/kling-1.5" in messages[2]
    assert {w.filename for w in found} == {__file__}, "the warning points into krea or httpx, not at the caller"


def test_where_warnings_are_errors_the_deprecation_raised_carries_the_job_it_created(
    kit: Kit, api: respx.MockRouter
) -> None:
    """``-W error``: the warning is raised in place of the job, so it must say which job was created (billed)."""
    route = api.post("/generate/video/kling/kling-1.5").respond(200, json=job(), headers={"Deprecation": "true"})
    client = kit.client()
    with warnings.catch_warnings():
        warnings.simplefilter("error", krea.KreaDeprecationWarning)
        with pytest.raises(krea.KreaDeprecationWarning) as caught:
            kit.run(client.video("kling/kling-1.5", prompt="x"))
    assert caught.value.job_id == job()["job_id"]
    assert route.call_count == 1
    again = pickle.loads(pickle.dumps(caught.value))
    assert (str(again), again.job_id) == (str(caught.value), job()["job_id"])


def test_401_raises_authentication_error_and_never_leaks_the_key(
    kit: Kit, api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    api.post(FLUX).respond(401, json={"error": "You are not authenticated."})
    client = kit.client()
    caplog.set_level(logging.DEBUG, logger="krea")
    with pytest.raises(AuthenticationError) as caught:
        kit.run(client.image("bfl/flux-1-dev", prompt="x"))
    assert KEY not in str(caught.value)
    assert KEY not in repr(caught.value)
    assert KEY not in repr(client)
    assert KEY not in repr(client._settings)
    assert KEY not in caplog.text
    assert "POST" in caplog.text  # the debug log did run


def test_post_answered_2xx_with_garbage_is_uncertain_and_keeps_the_evidence(kit: Kit, api: respx.MockRouter) -> None:
    route = api.post(FLUX).respond(200, text="<html>oops</html>")
    client = kit.client()
    with pytest.raises(SubmissionUncertainError) as caught:
        kit.run(client.image("bfl/flux-1-dev", prompt="x"))
    cause = caught.value.__cause__
    assert isinstance(cause, krea.UnexpectedResponseError)
    assert cause.body == b"<html>oops</html>"
    assert route.call_count == 1


def test_models_lists_the_spec_catalogue() -> None:
    from krea._json import as_object
    from krea._spec import load_spec

    endpoints = [m.endpoint for m in krea.models()]
    paths = as_object(load_spec()["paths"], "paths")
    in_spec = [path.removeprefix("/generate/") for path in paths if path.startswith("/generate/")]
    assert endpoints == in_spec  # every model of the spec, in spec order, each once


def test_body_is_the_generated_model_payload_not_defaults(kit: Kit, api: respx.MockRouter) -> None:
    # Only what the caller passed is sent: schema defaults (e.g. seed 1337) are the server's business.
    route = api.post("/generate/image/google/imagen-4").respond(200, json=job())
    client = kit.client()
    kit.run(client.image("google/imagen-4", prompt="x"))
    sent: dict[str, Any] = json.loads(route.calls.last.request.content)
    assert sent == {"prompt": "x"}


def test_base_url_from_environment(monkeypatch: pytest.MonkeyPatch, api: respx.MockRouter) -> None:
    monkeypatch.setenv("KREA_API_KEY", KEY)
    monkeypatch.setenv("KREA_BASE_URL", BASE + "/")
    route = api.get(f"/jobs/{JOB_ID}").respond(200, json=job())
    with krea.Krea() as client:
        assert client.base_url == BASE
        client.jobs.get(JOB_ID)
    assert route.called


def test_a_created_job_the_generated_parser_rejects_is_still_returned(kit: Kit, api: respx.MockRouter) -> None:
    # created_at is not ISO-8601 and job_id is not a UUID: krea_api's parser raises; the job must not be lost.
    odd = {"job_id": "job_abc", "status": "queued", "created_at": "just now", "result": {}}
    api.post(FLUX).respond(200, json=odd)
    client = kit.client()
    created = kit.run(client.image("bfl/flux-1-dev", prompt="x"))
    assert created.id == "job_abc"
    assert created.created_at is None
    assert created.status == "queued"


def test_a_post_whose_answer_cannot_be_decoded_is_uncertain_not_a_connection_error(
    kit: Kit, api: respx.MockRouter
) -> None:
    # The server answered (so it may have created the job), but the gzip body is garbage: httpx raises
    # DecodingError, which is not a TransportError. It must never look like "the request was never sent".
    garbled = httpx.Response(200, headers={"Content-Encoding": "gzip"}, stream=httpx.ByteStream(b"not gzip at all"))
    route = api.post(FLUX).mock(return_value=garbled)
    client = kit.client()
    with pytest.raises(SubmissionUncertainError):
        kit.run(client.image("bfl/flux-1-dev", prompt="x"))
    assert route.call_count == 1


def test_a_created_job_without_a_readable_body_is_reported_as_uncertain(kit: Kit, api: respx.MockRouter) -> None:
    route = api.post(FLUX).respond(200, json={"queued": True})
    client = kit.client()
    with pytest.raises(SubmissionUncertainError) as caught:
        kit.run(client.image("bfl/flux-1-dev", prompt="x"))
    assert "most likely created" in str(caught.value)
    assert isinstance(caught.value.__cause__, krea.UnexpectedResponseError)
    assert route.call_count == 1


@pytest.mark.parametrize(
    ("base_url", "request_url", "sent"),
    [
        ("https://api.test.krea", "https://api.test.krea/jobs", True),
        ("https://API.test.krea:443", "https://api.test.krea/jobs", True),
        ("https://api.test.krea", "http://api.test.krea/out.png", False),
        ("https://api.test.krea", "https://api.test.krea:8443/out.png", False),
        ("https://api.test.krea", "https://gen.krea.ai/out.png", False),
    ],
)
def test_the_key_goes_to_the_api_origin_only(base_url: str, request_url: str, sent: bool) -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    transport = httpx.MockTransport(answer)
    client = krea.Krea(api_key=KEY, base_url=base_url, http_client=httpx.Client(transport=transport))
    with client._gateway.stream(request_url):
        pass
    assert ("authorization" in seen[0].headers) is sent


def test_one_httpx_client_serves_two_krea_clients_each_with_its_own_key_and_is_left_unchanged() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=job("queued"))

    hook_calls: list[str] = []
    shared = httpx.Client(
        transport=httpx.MockTransport(answer),
        base_url="https://elsewhere.example",
        event_hooks={"request": [lambda request: hook_calls.append(request.url.host)]},
    )
    team_a = krea.Krea(api_key="key-of-team-a-000", base_url=BASE, http_client=shared, timeout=17)
    team_b = krea.Krea(api_key="key-of-team-b-000", base_url=BASE, http_client=shared)
    team_a.jobs.get(JOB_ID)
    team_b.jobs.get(JOB_ID)
    assert [r.headers["authorization"] for r in seen] == ["Bearer key-of-team-a-000", "Bearer key-of-team-b-000"]
    assert all(str(r.url).startswith(BASE) for r in seen)
    assert seen[0].extensions["timeout"] == {"connect": 17, "read": 17, "write": 17, "pool": 17}
    # The caller's client: its own base URL and hooks as they were (its hook still runs, once per request).
    assert shared.base_url == "https://elsewhere.example"
    assert len(shared.event_hooks["request"]) == 1
    assert shared.event_hooks["response"] == []
    assert hook_calls == ["api.test.krea", "api.test.krea"]
    team_a.close()
    assert not shared.is_closed  # the caller's to close


def test_the_async_client_leaves_the_callers_http_client_unchanged_and_applies_its_timeout(kit: Kit) -> None:
    seen: list[httpx.Request] = []

    async def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=job("queued"))

    shared = httpx.AsyncClient(transport=httpx.MockTransport(answer), base_url="https://elsewhere.example")
    client = krea.AsyncKrea(api_key=KEY, base_url=BASE, http_client=shared, timeout=17)
    kit.loop.run_until_complete(client.jobs.get(JOB_ID))
    assert seen[0].extensions["timeout"] == {"connect": 17, "read": 17, "write": 17, "pool": 17}
    assert shared.base_url == "https://elsewhere.example"
    assert shared.event_hooks == {"request": [], "response": []}
