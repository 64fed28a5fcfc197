"""Served, the mock runs on the wall clock: jobs finish on their own, ``speed`` shortens them, and every
timestamp is the real time a client sees. A fake time source stands in for the wall, so nothing sleeps."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest

from krea.testing import MockKrea, WallClock
from krea.testing._core.clock import MAX_SECONDS, parse_iso
from tests.unit.testing.conftest import SPEC, auth, create

T0 = 1_780_000_000.25  # an epoch with a fraction of a second: the clock starts on its millisecond


class FakeTime:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> float:
        return self.now


def served(clock: WallClock, **options: object) -> tuple[MockKrea, httpx.Client]:
    mock = MockKrea(spec=SPEC, clock=clock, **options)  # type: ignore[arg-type]  # options are MockKrea's
    return mock, httpx.Client(transport=mock.transport(), base_url=mock.base_url, headers=auth())


def test_on_the_wall_clock_a_job_finishes_on_its_own_after_its_duration(image: str) -> None:
    time = FakeTime()
    _mock, http = served(WallClock(now=time))
    job = create(http, image)
    time.now += 6.9
    assert http.get(f"/jobs/{job['job_id']}").json()["status"] != "completed"
    time.now += 0.2  # Flux takes 7 s
    done = http.get(f"/jobs/{job['job_id']}").json()
    assert done["status"] == "completed"
    assert parse_iso(done["completed_at"]) - parse_iso(done["created_at"]) == timedelta(seconds=7)


def test_speed_divides_run_times_and_timestamps_stay_real(image: str) -> None:
    time = FakeTime()
    _mock, http = served(WallClock(now=time), speed=10)
    job = create(http, image)
    assert parse_iso(job["created_at"]) == datetime.fromtimestamp(1_780_000_000.25, UTC)
    time.now += 0.71  # 7 s / 10
    done = http.get(f"/jobs/{job['job_id']}").json()
    assert done["status"] == "completed"
    assert parse_iso(done["completed_at"]) == datetime.fromtimestamp(T0 + 0.7, UTC)


def test_ticking_finishes_jobs_and_fires_nothing_without_requests(image: str) -> None:
    time = FakeTime()
    clock = WallClock(now=time)
    mock, http = served(clock)
    job = create(http, image)
    time.now += 60
    clock.notify()  # what the ticking thread does every 50 ms; no request arrives
    assert mock.job(job["job_id"])["status"] == "completed"
    assert len(mock.ledger) == 1


def test_created_at_agrees_with_the_real_clock_when_served(image: str) -> None:
    with MockKrea(spec=SPEC, clock="wall") as mock:
        http = httpx.Client(transport=mock.transport(), base_url=mock.base_url, headers=auth())
        before = datetime.now(UTC)
        created = parse_iso(create(http, image)["created_at"])
        after = datetime.now(UTC)
    assert before - timedelta(milliseconds=2) <= created <= after + timedelta(milliseconds=2)


def test_the_wall_clock_never_goes_backwards() -> None:
    time = FakeTime()
    clock = WallClock(now=time)
    time.now += 5
    assert clock.seconds == 5
    time.now -= 3  # an NTP step
    assert clock.seconds == 5


def test_the_clock_cannot_be_moved_past_its_bound(mock: MockKrea) -> None:
    for hostile in (1e15, float("inf"), float("nan"), -1):
        with pytest.raises(ValueError, match="seconds: must be a number from 0"):
            mock.clock.advance(hostile)
    mock.clock.advance(MAX_SECONDS - 1)
    with pytest.raises(ValueError, match="may not pass"):
        mock.clock.advance(2)
    assert mock.clock.seconds == MAX_SECONDS - 1


def test_the_speed_is_checked(image: str) -> None:
    for hostile in (0, -1, float("nan"), "fast"):
        with pytest.raises(ValueError, match="speed: must be a number"):
            MockKrea(spec=SPEC, speed=hostile)  # type: ignore[arg-type]  # deliberately invalid


def test_backlog_is_a_setting(image: str) -> None:
    with MockKrea(spec=SPEC, concurrency=1, backlog=2) as mock:
        http = httpx.Client(transport=mock.transport(), base_url=mock.base_url, headers=auth())
        statuses = [http.post(image, json={"prompt": "x"}).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]


def test_reading_a_job_in_process_settles_the_wall_clock_first(image: str) -> None:
    time = FakeTime()
    mock, http = served(WallClock(now=time))
    job = create(http, image)
    time.now += 8  # no request, no tick since
    assert mock.job(job["job_id"])["status"] == "completed"
    assert mock.jobs[0]["status"] == "completed"
