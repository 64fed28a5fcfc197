"""DELETE /jobs/{id} cancels queued or processing jobs; other statuses get 409, other accounts 404."""

from __future__ import annotations

import httpx

from krea.testing import MockKrea
from tests.unit.testing.conftest import SPEC, auth, create


def test_queued_job_is_cancelled_and_never_charged(mock: MockKrea, http: httpx.Client, image: str) -> None:
    job = create(http, image)
    response = http.delete(f"/jobs/{job['job_id']}")
    assert response.status_code == 200
    assert response.json()["status"] == "cancelled"
    assert response.json()["completed_at"] is not None
    mock.clock.advance(3600)
    assert http.get(f"/jobs/{job['job_id']}").json()["status"] == "cancelled"
    assert mock.ledger == []


def test_processing_job_can_be_cancelled(mock: MockKrea, http: httpx.Client, image: str) -> None:
    mock.script_next(duration=10)
    job = create(http, image)
    mock.clock.advance(5)  # five pending stages of 2 s each: processing is 4-6 s
    assert http.get(f"/jobs/{job['job_id']}").json()["status"] == "processing"
    assert http.delete(f"/jobs/{job['job_id']}").json()["status"] == "cancelled"


def test_other_statuses_answer_409_and_leave_the_job(mock: MockKrea, http: httpx.Client, image: str) -> None:
    mock.script_next(duration=10)
    job = create(http, image)
    mock.clock.advance(3)  # scheduled is 2-4 s
    response = http.delete(f"/jobs/{job['job_id']}")
    assert response.status_code == 409
    assert "scheduled" in response.json()["error"]
    mock.clock.advance(100)
    response = http.delete(f"/jobs/{job['job_id']}")
    assert response.status_code == 409
    assert "completed" in response.json()["error"]
    assert mock.job(job["job_id"])["status"] == "completed"


def test_backlogged_job_cannot_be_cancelled(image: str) -> None:
    with MockKrea(spec=SPEC, concurrency=1) as mock:
        http = httpx.Client(transport=mock.transport(), base_url=mock.base_url, headers=auth())
        create(http, image)
        waiting = create(http, image)
        assert http.delete(f"/jobs/{waiting['job_id']}").status_code == 409


def test_cancelling_frees_the_slot_for_the_backlog(image: str) -> None:
    with MockKrea(spec=SPEC, concurrency=1) as mock:
        http = httpx.Client(transport=mock.transport(), base_url=mock.base_url, headers=auth())
        running, waiting = create(http, image), create(http, image)
        http.delete(f"/jobs/{running['job_id']}")
        assert mock.job(waiting["job_id"])["status"] == "queued"


def test_another_accounts_job_is_404(mock: MockKrea, http: httpx.Client, image: str) -> None:
    job = create(http, image)
    stranger = httpx.Client(transport=mock.transport(), base_url=mock.base_url, headers=auth("stranger"))
    assert stranger.delete(f"/jobs/{job['job_id']}").status_code == 404
    assert stranger.get(f"/jobs/{job['job_id']}").status_code == 404
    assert mock.job(job["job_id"])["status"] == "queued"
