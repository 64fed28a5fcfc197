"""Injected faults: error statuses with or without Retry-After, slow answers, drops and lost responses."""

from __future__ import annotations

import httpx
import pytest

from krea.testing import MockKrea
from krea.testing._redact import redact
from tests.unit.testing.conftest import auth, create


def test_status_fault_with_retry_after_then_normal_service(mock: MockKrea, http: httpx.Client, image: str) -> None:
    mock.fail_next(2, status=429, retry_after=3)
    first, second = http.post(image, json={"prompt": "x"}), http.get("/jobs")
    assert (first.status_code, first.headers["Retry-After"]) == (429, "3")
    assert second.status_code == 429
    assert "error" in second.json()
    assert http.post(image, json={"prompt": "x"}).status_code == 200
    assert len(mock.jobs) == 1
    assert [e.fault for e in mock.requests] == ["status", "status", None]


def test_5xx_fault_without_retry_after(mock: MockKrea, http: httpx.Client) -> None:
    mock.fail_next(status=503)
    response = http.get("/jobs")
    assert response.status_code == 503
    assert "Retry-After" not in response.headers


def test_drop_raises_connect_error_and_creates_nothing(mock: MockKrea, http: httpx.Client, image: str) -> None:
    mock.fail_next(kind="drop")
    with pytest.raises(httpx.ConnectError):
        http.post(image, json={"prompt": "x"})
    assert mock.jobs == []
    assert [(e.method, e.status, e.fault) for e in mock.requests] == [("POST", None, "drop")]


def test_lost_response_creates_the_job_then_raises_a_read_phase_error(
    mock: MockKrea, http: httpx.Client, image: str
) -> None:
    mock.fail_next(kind="lost_response")
    with pytest.raises(httpx.RemoteProtocolError) as caught:
        http.post(image, json={"prompt": "x"})
    assert not isinstance(caught.value, httpx.ConnectError)
    assert len(mock.jobs) == 1
    assert http.get("/jobs").json()["items"][0]["job_id"] == mock.jobs[0]["job_id"]


def test_slow_answer_advances_the_clock_and_times_out_short_reads(
    mock: MockKrea, http: httpx.Client, image: str
) -> None:
    mock.fail_next(kind="slow", delay=5)
    assert http.get("/jobs").status_code == 200
    assert mock.clock.seconds == 5
    mock.fail_next(kind="slow", delay=30)
    with pytest.raises(httpx.ReadTimeout):
        http.post(image, json={"prompt": "x"}, timeout=10)
    assert len(mock.jobs) == 1  # processed before the answer was late


def test_unknown_fault_kind_is_refused(mock: MockKrea) -> None:
    with pytest.raises(ValueError, match="kind: must be one of"):
        mock.fail_next(kind="explode")  # type: ignore[arg-type]  # deliberately invalid


@pytest.mark.asyncio
async def test_async_transport_raises_the_same_errors(mock: MockKrea, image: str) -> None:
    async with httpx.AsyncClient(transport=mock.async_transport(), base_url=mock.base_url, headers=auth()) as client:
        mock.fail_next(kind="drop")
        with pytest.raises(httpx.ConnectError):
            await client.get("/jobs")
        mock.fail_next(kind="lost_response")
        with pytest.raises(httpx.RemoteProtocolError):
            await client.post(image, json={"prompt": "x"})
        response = await client.post(image, json={"prompt": "x"})
        assert response.status_code == 200
    assert len(mock.jobs) == 2


def test_faults_do_not_touch_controls(mock: MockKrea, http: httpx.Client) -> None:
    mock.fail_next(kind="drop")
    assert http.post("/_mock/clock/advance", json={"seconds": 1}).status_code == 200
    with pytest.raises(httpx.ConnectError):
        http.get("/jobs")


def test_the_request_log_lets_a_test_assert_exactly_one_request(mock: MockKrea, http: httpx.Client, image: str) -> None:
    create(http, image)
    posts = [e for e in mock.requests if e.method == "POST"]
    assert len(posts) == 1
    assert posts[0].status == 200
    assert posts[0].account == redact(mock.api_key)  # never the token in clear
