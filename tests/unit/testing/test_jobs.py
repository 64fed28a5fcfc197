"""Jobs move through their statuses on the virtual clock or per poll, and end as scripted."""

from __future__ import annotations

import httpx
import pytest

from krea.testing import MockKrea
from tests.unit.testing.conftest import SPEC, START, auth, create


def statuses_over_time(mock: MockKrea, http: httpx.Client, job_id: str, step: float, steps: int) -> list[str]:
    seen = []
    for _ in range(steps):
        seen.append(http.get(f"/jobs/{job_id}").json()["status"])
        mock.clock.advance(step)
    return seen


def test_job_walks_every_pending_status_then_completes_on_the_clock(
    mock: MockKrea, http: httpx.Client, image: str
) -> None:
    mock.script_next(duration=10)
    job = create(http, image)
    assert job["status"] == "queued"
    assert job["completed_at"] is None
    assert job["result"] is None
    seen = statuses_over_time(mock, http, job["job_id"], 2, 6)
    assert seen == ["queued", "scheduled", "processing", "sampling", "intermediate-complete", "completed"]


def test_completed_job_has_millisecond_utc_timestamps_and_urls(mock: MockKrea, http: httpx.Client, image: str) -> None:
    job = create(http, image)
    mock.clock.advance(3600)
    done = http.get(f"/jobs/{job['job_id']}").json()
    assert done["created_at"] == "2026-06-01T09:00:00.000Z"
    assert done["completed_at"].endswith("Z")
    assert len(done["completed_at"]) == 24
    assert done["result"]["urls"][0].startswith(f"{mock.base_url}/_mock/files/")
    assert "error" not in done


def test_intermediate_complete_carries_a_preview_url(mock: MockKrea, http: httpx.Client, image: str) -> None:
    mock.script_next(duration=10)
    job = create(http, image)
    mock.clock.advance(9)
    body = http.get(f"/jobs/{job['job_id']}").json()
    assert body["status"] == "intermediate-complete"
    assert body["result"]["urls"][0].endswith("-preview.png")
    assert body["completed_at"] is None


def test_poll_driven_job_moves_one_step_per_get_whatever_the_clock(
    mock: MockKrea, http: httpx.Client, image: str
) -> None:
    mock.script_next(polls=5)
    job = create(http, image)
    mock.clock.advance(10_000)
    seen = [http.get(f"/jobs/{job['job_id']}").json()["status"] for _ in range(5)]
    assert seen == ["scheduled", "processing", "sampling", "intermediate-complete", "completed"]


def test_failed_job_reports_error_in_both_places_and_is_not_charged(
    mock: MockKrea, http: httpx.Client, image: str
) -> None:
    mock.script_next("failed", code="nsfw", message="Content moderation: nsfw")
    job = create(http, image)
    mock.clock.advance(3600)
    body = http.get(f"/jobs/{job['job_id']}").json()
    assert body["status"] == "failed"
    assert body["error"] == {"code": "nsfw", "message": "Content moderation: nsfw"}
    assert body["result"] == {"error": "Content moderation: nsfw"}
    assert body["completed_at"] is not None
    assert mock.ledger == []


def test_stuck_job_times_out_at_three_minutes_uncharged(mock: MockKrea, http: httpx.Client, image: str) -> None:
    mock.script_next("stuck")
    job = create(http, image)
    mock.clock.advance(179)
    assert http.get(f"/jobs/{job['job_id']}").json()["status"] == "processing"
    mock.clock.advance(1)
    body = http.get(f"/jobs/{job['job_id']}").json()
    assert (body["status"], body["error"]["code"]) == ("failed", "timeout")
    assert body["completed_at"] == "2026-06-01T09:03:00.000Z"
    assert mock.ledger == []


def test_service_timeout_is_configurable(image: str) -> None:
    with MockKrea(spec=SPEC, service_timeout=7200, start=START) as mock:
        client = httpx.Client(transport=mock.transport(), base_url=mock.base_url, headers=auth())
        mock.script_next("stuck")
        job = create(client, image)
        mock.clock.advance(3600)
        assert client.get(f"/jobs/{job['job_id']}").json()["status"] == "processing"
        mock.clock.advance(3600)
        assert client.get(f"/jobs/{job['job_id']}").json()["error"]["code"] == "timeout"


def test_script_next_applies_to_count_jobs_then_defaults_return(mock: MockKrea, http: httpx.Client, image: str) -> None:
    mock.script_next("failed", code="ip_detected", count=2)
    ids = [create(http, image)["job_id"] for _ in range(3)]
    mock.clock.advance(3600)
    assert [http.get(f"/jobs/{i}").json()["status"] for i in ids] == ["failed", "failed", "completed"]


def test_script_job_changes_one_pending_job(mock: MockKrea, http: httpx.Client, image: str) -> None:
    job = create(http, image)
    mock.script_job(job["job_id"], "failed", code="nsfw")
    mock.clock.advance(3600)
    assert mock.job(job["job_id"])["error"]["code"] == "nsfw"


def test_set_duration_changes_run_time_by_family(mock: MockKrea, http: httpx.Client, video: str) -> None:
    mock.set_duration("video", 30)
    job = create(http, video)
    mock.clock.advance(29.9)
    assert mock.job(job["job_id"])["status"] != "completed"
    mock.clock.advance(0.1)
    assert mock.job(job["job_id"])["status"] == "completed"


def test_clock_refuses_to_go_backwards(mock: MockKrea) -> None:
    with pytest.raises(ValueError, match="seconds: must be a number from 0"):
        mock.clock.advance(-1)
