"""Jobs beyond the account's concurrency wait backlogged, first in first out; a full backlog is 429."""

from __future__ import annotations

import httpx

from krea.testing import MockKrea
from tests.unit.testing.conftest import SPEC, START, auth, create


def test_backlog_fifo_then_429_when_full(image: str) -> None:
    with MockKrea(spec=SPEC, concurrency=1, backlog=2, start=START) as mock:
        mock.set_duration("image", 10)
        http = httpx.Client(transport=mock.transport(), base_url=mock.base_url, headers=auth())
        jobs = [create(http, image) for _ in range(3)]
        assert [j["status"] for j in jobs] == ["queued", "backlogged", "backlogged"]
        refused = http.post(image, json={"prompt": "x"})
        assert refused.status_code == 429
        assert refused.json() == {"error": "You have reached the maximum number of concurrent jobs."}
        mock.clock.advance(10)
        assert [mock.job(j["job_id"])["status"] for j in jobs] == ["completed", "queued", "backlogged"]
        mock.clock.advance(10)
        assert [mock.job(j["job_id"])["status"] for j in jobs] == ["completed", "completed", "queued"]
        completed = [mock.job(j["job_id"])["completed_at"] for j in jobs[:2]]
        assert completed == ["2026-06-01T09:00:10.000Z", "2026-06-01T09:00:20.000Z"]


def test_one_big_advance_runs_the_backlog_in_order(image: str) -> None:
    with MockKrea(spec=SPEC, concurrency=2, backlog=10, start=START) as mock:
        mock.set_duration("image", 10)
        http = httpx.Client(transport=mock.transport(), base_url=mock.base_url, headers=auth())
        jobs = [create(http, image) for _ in range(5)]
        mock.clock.advance(1000)
        ends = [mock.job(j["job_id"])["completed_at"][17:19] for j in jobs]
        assert ends == ["10", "10", "20", "20", "30"]


def test_concurrency_is_per_account(image: str) -> None:
    with MockKrea(spec=SPEC, concurrency=1, backlog=0) as mock:
        first = httpx.Client(transport=mock.transport(), base_url=mock.base_url, headers=auth("a"))
        second = httpx.Client(transport=mock.transport(), base_url=mock.base_url, headers=auth("b"))
        assert create(first, image)["status"] == "queued"
        assert first.post(image, json={"prompt": "x"}).status_code == 429
        assert create(second, image)["status"] == "queued"
