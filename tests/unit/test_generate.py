"""``client.generate``, the untyped way in: any endpoint, ``validate=False`` for one the spec lacks, and
``extra_body`` for keys it does not know yet; the billing-safe retries and the money rule hold for all of them."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from krea import RateLimitError, SubmissionUncertainError, ValidationError
from krea._resource import creates_job
from tests.unit.conftest import KEY, Kit, job
from tests.unit.test_money_rule import UNCLEAR
from tests.unit.test_uploads import PNG, asset_answer

NEW = "image/acme/brand-new-1"
"""An endpoint newer than the bundled spec."""


def _sent(route: respx.Route) -> Any:
    return json.loads(route.calls.last.request.content)


def test_a_spec_endpoint_is_validated_and_sent_as_image_sends_it(kit: Kit, api: respx.MockRouter) -> None:
    route = api.post("/generate/image/bfl/flux-1-dev").respond(200, json=job("queued"))
    client = kit.client()
    created = kit.run(client.generate("image/bfl/flux-1-dev", {"prompt": "a fox", "steps": 20}))
    assert (created.id, created.status) == (job()["job_id"], "queued")
    assert _sent(route) == {"prompt": "a fox", "steps": 20}
    with pytest.raises(ValidationError, match="widht: unknown parameter"):
        kit.run(client.generate("image/bfl/flux-1-dev", {"prompt": "a fox", "widht": 5}))
    assert route.call_count == 1


def test_a_spec_endpoint_uploads_local_files_first(kit: Kit, api: respx.MockRouter, tmp_path: Path) -> None:
    asset_answer.count = 0  # type: ignore[attr-defined]  # see asset_answer
    uploads = api.post("/assets").mock(side_effect=asset_answer)
    route = api.post("/generate/image/bfl/flux-1-dev").respond(200, json=job("queued"))
    path = tmp_path / "fox.png"
    path.write_bytes(PNG)
    kit.run(kit.client().generate("image/bfl/flux-1-dev", {"prompt": "a fox", "image_url": path}))
    assert uploads.call_count == 1
    assert _sent(route)["image_url"] == "https://gen.krea.ai/assets/1.png"


def test_extra_body_adds_keys_the_spec_does_not_know_after_validating_the_rest(kit: Kit, api: respx.MockRouter) -> None:
    route = api.post("/generate/image/bfl/flux-1-dev").respond(200, json=job("queued"))
    client = kit.client()
    kit.run(client.generate("image/bfl/flux-1-dev", {"prompt": "a fox"}, extra_body={"new_knob": 0.5}))
    assert _sent(route) == {"prompt": "a fox", "new_knob": 0.5}
    with pytest.raises(ValidationError, match="steps: must be between 1 and 100"):
        kit.run(client.generate("image/bfl/flux-1-dev", {"prompt": "a fox", "steps": 0}, extra_body={"k": 1}))
    with pytest.raises(ValidationError, match="prompt: given in both input and extra_body"):
        kit.run(client.generate("image/bfl/flux-1-dev", {"prompt": "a"}, extra_body={"prompt": "b"}))
    assert route.call_count == 1


def test_an_endpoint_the_spec_lacks_needs_validate_false(kit: Kit, api: respx.MockRouter) -> None:
    route = api.post(f"/generate/{NEW}").respond(200, json=job("queued"))
    client = kit.client()
    with pytest.raises(ValidationError, match=r"Unknown endpoint .* can be sent with validate=False"):
        kit.run(client.generate(NEW, {"prompt": "a fox"}))
    assert route.call_count == 0
    created = kit.run(
        client.generate(
            NEW, {"prompt": "a fox", "anything": [1]}, validate=False, extra_body={"x": True}, webhook_url="https://h/k"
        )
    )
    assert created.status == "queued"
    assert _sent(route) == {"prompt": "a fox", "anything": [1], "x": True}
    request = route.calls.last.request
    assert (request.headers["X-Webhook-URL"], request.headers["Authorization"]) == ("https://h/k", "Bearer " + KEY)


def test_validate_false_on_a_spec_endpoint_sends_what_the_spec_would_refuse(kit: Kit, api: respx.MockRouter) -> None:
    route = api.post("/generate/image/bfl/flux-1-dev").respond(200, json=job("queued"))
    kit.run(kit.client().generate("image/bfl/flux-1-dev", {"prompt": "a fox", "steps": 500}, validate=False))
    assert _sent(route) == {"prompt": "a fox", "steps": 500}


@pytest.mark.parametrize(
    ("endpoint", "body"),
    [
        ("image/../jobs", {"prompt": "x"}),
        ("image", {"prompt": "x"}),
        ("image/acme/a b", {"prompt": "x"}),
        ("image/acme/new?x=1", {"prompt": "x"}),
        (NEW, {"prompt": float("nan")}),
        (NEW, {"image_url": b"\x89PNG"}),  # where a new endpoint takes a file is unknown: upload it first
        (NEW, {"image_url": Path("fox.png")}),
    ],
)
def test_what_cannot_be_sent_to_a_new_endpoint_is_refused_before_sending(
    kit: Kit, api: respx.MockRouter, endpoint: str, body: dict[str, Any]
) -> None:
    route = api.route().respond(200, json=job("queued"))
    with pytest.raises(ValidationError):
        kit.run(kit.client().generate(endpoint, body, validate=False))
    assert route.call_count == 0


def test_a_post_under_generate_creates_a_job_even_without_an_operation_id() -> None:
    def post_generation() -> None: ...

    assert creates_job(post_generation, f"/generate/{NEW}")
    assert not creates_job(post_generation, "/assets")
    assert not creates_job(post_generation)


@pytest.mark.parametrize("outcome", sorted(UNCLEAR))
def test_an_unclear_outcome_at_a_new_endpoint_is_uncertain_and_never_resent(
    kit: Kit, api: respx.MockRouter, outcome: str
) -> None:
    answer = UNCLEAR[outcome]
    route = api.post(f"/generate/{NEW}")
    if isinstance(answer, Exception):
        route.mock(side_effect=answer)
    else:
        route.mock(return_value=answer)
    with pytest.raises(SubmissionUncertainError) as caught:
        kit.run(kit.client(max_retries=3).generate(NEW, {"prompt": "a fox"}, validate=False))
    assert route.call_count == 1
    assert caught.value.endpoint == f"/generate/{NEW}"
    assert kit.sleeps == []


@pytest.mark.parametrize(
    "first",
    [
        lambda: httpx.Response(429, headers={"Retry-After": "2"}, json={"error": "slow down"}),
        lambda: httpx.ConnectError("refused"),
    ],
    ids=["429", "connect_error"],
)
def test_a_refused_or_never_sent_post_to_a_new_endpoint_is_resent(
    kit: Kit, api: respx.MockRouter, first: Callable[[], Any]
) -> None:
    answers = [first(), httpx.Response(200, json=job("queued"))]
    route = api.post(f"/generate/{NEW}").mock(side_effect=answers)
    created = kit.run(kit.client(max_retries=2).generate(NEW, {"prompt": "a fox"}, validate=False))
    assert created.status == "queued"
    assert route.call_count == 2
    assert len(kit.sleeps) == 1


def test_a_429_past_the_retries_is_a_rate_limit_error(kit: Kit, api: respx.MockRouter) -> None:
    route = api.post(f"/generate/{NEW}").respond(429, headers={"Retry-After": "1"})
    with pytest.raises(RateLimitError):
        kit.run(kit.client(max_retries=1).generate(NEW, {"prompt": "a fox"}, validate=False))
    assert route.call_count == 2
