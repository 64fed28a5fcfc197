"""The cost of a create, a get and a list page does not grow with the jobs an account holds, nothing fails
at any job count, and what the mock keeps is bounded by ``keep``."""

from __future__ import annotations

import gc
import tracemalloc

import httpx
import pytest

from krea.testing import MockKrea
from krea.testing._core.jobs import DEFAULT_SCRIPT, MockJob, Script
from krea.testing._http import MockRequest
from tests.unit.testing.conftest import SPEC, START, auth, create


def big(**options: object) -> tuple[MockKrea, httpx.Client]:
    mock = MockKrea(spec=SPEC, start=START, balance=10**6, concurrency=4, backlog=100_000, **options)  # type: ignore[arg-type]
    return mock, httpx.Client(transport=mock.transport(), base_url=mock.base_url, headers=auth())


def test_a_job_started_ahead_of_the_clock_reads_queued() -> None:
    job = MockJob("j", "k", "image", "image/x", price=0, created=9.0, script=Script(), base_url="", duration=7.0)  # type: ignore[arg-type]
    job.started = 9.0
    assert job.pending_stage(0.0) == "queued"  # was an IndexError once 8,401 jobs ran 8.4 s ahead


def test_creating_8500_running_jobs_on_a_frozen_clock_never_fails(image: str) -> None:
    mock = MockKrea(spec=SPEC, start=START, balance=10**6, concurrency=10_000)
    http = httpx.Client(transport=mock.transport(), base_url=mock.base_url, headers=auth())
    statuses = {http.post(image, json={"prompt": "x"}).status_code for _ in range(8500)}
    assert statuses == {200}  # the 8,401st job started 8.4 s "ahead" of the frozen clock: an IndexError once
    assert http.get("/jobs", params={"limit": 1}).json()["items"][0]["status"] == "queued"


def test_every_page_of_a_listing_round_trips_its_cursor(image: str) -> None:
    _mock, http = big()
    made = [create(http, image)["job_id"] for _ in range(250)]  # all within the same virtual millisecond
    seen: list[str] = []
    cursor = None
    while True:
        page = http.get("/jobs", params={"limit": 100, **({"cursor": cursor} if cursor else {})}).json()
        seen += [job["job_id"] for job in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == made[::-1]


def test_a_garbage_cursor_is_a_400_and_a_date_time_works(image: str) -> None:
    _mock, http = big()
    job = create(http, image)
    assert http.get("/jobs", params={"cursor": "garbage"}).status_code == 400
    assert http.get("/jobs", params={"cursor": job["created_at"]}).json()["items"] == []
    assert len(http.get("/jobs", params={"cursor": "2100-01-01T00:00:00Z"}).json()["items"]) == 1


def test_keep_bounds_finished_jobs_charges_and_the_request_log(image: str) -> None:
    mock, http = big(keep=5)
    ids = [create(http, image)["job_id"] for _ in range(10)]
    mock.clock.advance(60)
    assert [job["job_id"] for job in mock.jobs] == ids[5:]
    assert [entry["job_id"] for entry in mock.inputs] == ids[5:]  # a job's body is forgotten with it
    assert len(mock.ledger) == 5
    assert len(mock.requests) == 5
    assert http.get(f"/jobs/{ids[0]}").status_code == 404  # forgotten
    assert [j["job_id"] for j in http.get("/jobs").json()["items"]] == ids[:4:-1]


def test_a_million_scripts_cost_one_entry(mock: MockKrea, image: str) -> None:
    mock.script_next("failed", code="nsfw", count=10**6)
    mock.fail_next(10**6, status=503)
    assert len(mock._state.scripts) == 10**6
    assert len(mock._state.scripts._runs) == 1
    assert len(mock._faults._queue._runs) == 1


def test_opaque_cursors_round_trip_for_jobs_and_assets(image: str) -> None:
    _mock, http = big(cursors="opaque")
    made = [create(http, image)["job_id"] for _ in range(250)]
    seen: list[str] = []
    cursor = None
    while True:
        page = http.get("/jobs", params={"limit": 100, **({"cursor": cursor} if cursor else {})}).json()
        seen += [job["job_id"] for job in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
        assert not cursor.startswith("20")  # not a date-time
    assert seen == made[::-1]
    assert http.get("/jobs", params={"cursor": "garbage"}).status_code == 400
    assert http.get("/jobs", params={"cursor": "2100-01-01T00:00:00Z"}).json()["items"][0]["job_id"] == made[-1]
    png = b"\x89PNG\r\n\x1a\n" + b"0" * 32
    uploaded = [http.post("/assets", files={"file": ("a.png", png, "image/png")}).json()["id"] for _ in range(3)]
    first = http.get("/assets", params={"limit": 2}).json()
    rest = http.get("/assets", params={"limit": 2, "cursor": first["next_cursor"]}).json()
    assert [a["id"] for a in first["items"] + rest["items"]] == uploaded[::-1]
    assert http.get("/assets", params={"cursor": "garbage"}).status_code == 400


def test_keep_also_bounds_the_bytes_of_uploads(image: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("krea.testing._core.state.MAX_STORED_BYTES", 100)
    _mock, http = big(keep=10)
    png = b"\x89PNG\r\n\x1a\n" + b"0" * 52  # 60 bytes: two do not fit in 100
    first = http.post("/assets", files={"file": ("a.png", png, "image/png")}).json()
    second = http.post("/assets", files={"file": ("b.png", png, "image/png")}).json()
    assert http.get(f"/assets/{first['id']}").status_code == 404
    assert http.get(first["image_url"].removeprefix(_mock.base_url)).status_code == 404
    assert http.get(f"/assets/{second['id']}").status_code == 200


def test_a_finished_job_keeps_no_result_script_or_model_name_of_its_own(image: str) -> None:
    mock, http = big(keep=10)
    first, second = create(http, image)["job_id"], create(http, image)["job_id"]
    mock.clock.advance(60)
    jobs = [mock._state.jobs[first], mock._state.jobs[second]]
    assert [job.outcome for job in jobs] == [None, None]  # no {"urls": [...]} dict kept per job
    assert jobs[0].script is jobs[1].script is DEFAULT_SCRIPT  # no Script() per unscripted job
    assert jobs[0].endpoint is jobs[1].endpoint  # not one f-string per job
    shown = http.get(f"/jobs/{first}").json()
    assert shown["status"] == "completed"
    assert shown["result"] == {"urls": [f"{mock.base_url}/_mock/files/{first}.png"]}  # built when read


def test_the_request_log_keeps_one_string_per_method_and_path(image: str) -> None:
    mock, _http = big(keep=10)
    for _ in range(2):  # fresh strings per request, as a server hands them over
        mock.handle(MockRequest("".join("GET"), "".join("/jobs"), "", {"authorization": "Bearer krea-mock-key"}))
    first, second = mock.requests
    assert first.path is second.path
    assert first.method is second.method


def test_what_a_full_mock_keeps_is_bounded_and_compact(image: str) -> None:
    keep = 300
    mock = MockKrea(spec=SPEC, start=START, balance=10**6, concurrency=10_000, backlog=0, keep=keep)
    headers = {"authorization": "Bearer krea-mock-key", "content-type": "application/json"}

    def fill() -> int:
        for _ in range(keep):
            mock.handle(MockRequest("POST", image, "", dict(headers), b'{"prompt": "a red fox"}'))
        mock.clock.advance(60)
        gc.collect()
        return tracemalloc.get_traced_memory()[0]

    mock.handle(MockRequest("GET", "/jobs", "", dict(headers)))  # first use: the account, validator caches
    tracemalloc.start()
    try:
        empty = tracemalloc.get_traced_memory()[0]
        full = fill()
        settled = [fill() for _ in range(3)][-1]  # the job table's free slots settle in the first rounds
        later = [fill() for _ in range(3)][-1]
    finally:
        tracemalloc.stop()
    assert len(mock.jobs) == len(mock.ledger) == len(mock.requests) == keep
    # A finished job, its charge and its creation's record: about 530 bytes; they were 1,250 (a result dict,
    # a Script and an endpoint string per job, a 32-byte int per index key). The bound leaves room for
    # other Python versions; bench_mock_memory.py has the figures.
    assert (full - empty) / keep < 800
    assert later - settled < (full - empty) / 20  # past the bounds, nothing more is kept
