"""Every ``/_mock/`` control is listed by ``GET /_mock``, needs the admin token when one is set, and refuses
a hostile value with a 400 that names the field, changing nothing."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest

from krea.testing import MockKrea
from krea.testing._redact import redact
from krea.testing._serving.controls import CONTROLS
from tests.unit.testing.conftest import SPEC, START, auth, create

ADMIN = "admin-secret"


@pytest.fixture
def guarded() -> Iterator[MockKrea]:
    with MockKrea(spec=SPEC, start=START, admin_token=ADMIN) as mock:
        yield mock


def client(mock: MockKrea, token: str | None = ADMIN) -> httpx.Client:
    headers = {} if token is None else {"Authorization": f"Bearer {token}"}
    return httpx.Client(transport=mock.transport(), base_url=mock.base_url, headers=headers)


def test_get_mock_lists_every_control_and_each_one_exists(guarded: MockKrea, image: str) -> None:
    listed = client(guarded, None).get("/_mock").json()["controls"]
    assert [(c["method"], c["path"]) for c in listed] == [(c.method, c.path) for c in CONTROLS]
    job = create(client(guarded, "user-key"), image)
    admin = client(guarded)
    for control in CONTROLS:
        path = control.path.replace("{id}", job["job_id"])
        response = admin.request(control.method, path, json=dict(control.example or {}) or None)
        assert response.status_code == 200, (control.path, response.text)


def test_controls_need_the_admin_token(guarded: MockKrea) -> None:
    for token in (None, "wrong", "user-key"):
        response = client(guarded, token).post("/_mock/balance/top-up", json={"amount": 5})
        assert response.status_code == 401
    assert guarded.balance == Decimal(10)
    assert client(guarded).post("/_mock/balance/top-up", json={"amount": 5}).status_code == 200
    assert guarded.balance == Decimal(15)


HOSTILE: list[tuple[str, str, dict[str, Any], str]] = [
    ("POST", "clock/advance", {"seconds": 1e15}, "seconds"),
    ("POST", "clock/advance", {"seconds": "soon"}, "seconds"),
    ("PUT", "balance", {"amount": "NaN"}, "amount"),
    ("PUT", "balance", {"amount": "abc"}, "amount"),
    ("POST", "balance/top-up", {"amount": -5}, "amount"),
    ("POST", "balance/top-up", {"amount": "Infinity"}, "amount"),
    ("POST", "faults", {"retry_after": "x"}, "retry_after"),
    ("POST", "faults", {"status": 99}, "status"),
    ("POST", "faults", {"status": 1000}, "status"),
    ("POST", "faults", {"count": 10**7}, "count"),
    ("POST", "faults", {"delay": 1e9}, "delay"),
    ("POST", "script", {"duration": "x"}, "duration"),
    ("POST", "script", {"outcome": "exploded"}, "outcome"),
    ("POST", "script", {"polls": 0}, "polls"),
    ("POST", "script", {"count": True}, "count"),
    ("PUT", "prices", {"video": 1, "image": "NaN"}, "image"),
    ("PUT", "durations", {"image": -1}, "image"),
    ("POST", "models/deprecate", {"endpoint": "no/such/model"}, "endpoint"),
]


@pytest.mark.parametrize(("method", "path", "body", "field"), HOSTILE)
def test_a_hostile_value_is_a_400_naming_the_field_and_changes_nothing(
    guarded: MockKrea, image: str, method: str, path: str, body: dict[str, Any], field: str
) -> None:
    admin = client(guarded)
    response = admin.request(method, f"/_mock/{path}", json=body)
    assert response.status_code == 400
    assert response.json()["error"].startswith(f"{field}: ")
    assert guarded.clock.seconds == 0
    assert guarded.balance == Decimal(10)
    assert guarded._config.prices.price("video/x", "video", {}, 5) == Decimal("1.00")  # "video" not set
    assert len(guarded._faults) == 0
    assert len(guarded._state.scripts) == 0
    # and the mock still works
    job = create(client(guarded, "k"), image)
    guarded.clock.advance(60)
    assert guarded.job(job["job_id"])["status"] == "completed"


def test_listings_show_tokens_redacted(guarded: MockKrea, image: str) -> None:
    create(client(guarded, "secret-user-token"), image)
    guarded.clock.advance(60)
    admin = client(guarded)
    for listing in ("requests", "ledger"):
        text = admin.get(f"/_mock/{listing}").text
        assert "secret-user-token" not in text
        assert redact("secret-user-token") in text


def test_inputs_lists_each_jobs_request_body_by_job_oldest_first(guarded: MockKrea, image: str) -> None:
    user = client(guarded, "user-key")
    first, second = create(user, image), create(user, image, seed=7)
    expected = [
        {"job_id": first["job_id"], "endpoint": image.removeprefix("/generate/"), "input": {"prompt": "a red fox"}},
        {"job_id": second["job_id"], "endpoint": image.removeprefix("/generate/"),
         "input": {"prompt": "a red fox", "seed": 7}},
    ]  # fmt: skip
    assert guarded.inputs == expected
    assert client(guarded).get("/_mock/inputs").json() == expected
    assert client(guarded).get("/_mock/inputs?limit=1").json() == expected[1:]
    assert "input" not in user.get(f"/jobs/{first['job_id']}").json()  # the API's job document is unchanged


@pytest.mark.parametrize("token", ["a", "abcd", "key-1234567"])
def test_a_short_token_shows_none_of_its_characters(guarded: MockKrea, token: str) -> None:
    # 4 characters of a key of 4 or fewer would be all of it; of 11, more than a third.
    client(guarded, token).get("/jobs")
    [record] = [r for r in client(guarded).get("/_mock/requests").json() if r["path"] == "/jobs"]
    assert record["account"] == "..." + hashlib.sha256(token.encode()).hexdigest()[:6]


def test_a_bug_is_a_500_and_is_recorded(mock: MockKrea, http: httpx.Client, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(call: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setitem(__import__("krea.testing._api.service", fromlist=["HANDLERS"]).HANDLERS, "list_jobs", broken)
    response = http.get("/jobs")
    assert response.status_code == 500
    assert mock.requests[-1].status == 500
    assert mock.requests[-1].path == "/jobs"


def test_the_request_log_is_served_at_requests_and_journal_is_its_deprecated_alias(guarded: MockKrea) -> None:
    admin = client(guarded)
    client(guarded, "user-key").get("/jobs")
    new, old = admin.get("/_mock/requests?limit=1"), admin.get("/_mock/journal?limit=1")
    assert (
        new.json()
        == old.json()
        == [{"method": "GET", "path": "/jobs", "status": 200, "account": redact("user-key"), "fault": None}]
    )
    assert "deprecation" not in new.headers
    assert old.headers["deprecation"].startswith("@")
    assert old.headers["link"] == '</_mock/requests>; rel="successor-version"'
    listed = {c["path"]: c["does"] for c in admin.get("/_mock").json()["controls"]}
    assert listed["/_mock/journal"].startswith("deprecated alias of /_mock/requests")
    assert "journal" not in listed["/_mock/reset"]


def test_mock_journal_is_a_deprecated_alias_of_requests(mock: MockKrea, http: httpx.Client) -> None:
    http.get("/jobs")
    with pytest.warns(DeprecationWarning, match="use MockKrea.requests"):
        assert mock.journal == mock.requests
    assert [(r.method, r.path) for r in mock.requests] == [("GET", "/jobs")]


def test_files_are_served_to_their_owner_only(mock: MockKrea, http: httpx.Client, image: str) -> None:
    job = create(http, image)
    mock.clock.advance(60)
    url = mock.job(job["job_id"])["result"]["urls"][0].removeprefix(mock.base_url)
    assert http.get(url).status_code == 200
    other = httpx.Client(transport=mock.transport(), base_url=mock.base_url, headers=auth("someone-else"))
    assert other.get(url).status_code == 404
    anonymous = httpx.Client(transport=mock.transport(), base_url=mock.base_url)
    assert anonymous.get(url).status_code == 404
    asset = http.post("/assets", files={"file": ("a.png", b"\x89PNG\r\n\x1a\n" + b"0" * 32, "image/png")}).json()
    path = asset["image_url"].removeprefix(mock.base_url)
    assert http.get(path).status_code == 200
    assert other.get(path).status_code == 404


def test_result_urls_ignore_the_host_header(mock: MockKrea, http: httpx.Client, image: str) -> None:
    job = http.post(image, json={"prompt": "x"}, headers={"Host": "evil.example"}).json()
    mock.clock.advance(60)
    assert mock.job(job["job_id"])["result"]["urls"][0].startswith(f"{mock.base_url}/_mock/files/")


def test_style_cursors_are_opaque_and_round_trip(mock: MockKrea, http: httpx.Client) -> None:
    urls = [f"https://example.com/{n}.png" for n in range(3)]
    for n in range(3):
        assert http.post("/styles/train", json={"name": f"s{n}", "urls": urls}).status_code == 200
    mock.clock.advance(10**5)
    seen: list[str] = []
    cursor: str | None = None
    while True:
        page = http.get("/styles", params={"limit": 1, **({"cursor": cursor} if cursor else {})}).json()
        seen += [style["id"] for style in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
        assert not cursor.startswith("20")  # not a date-time
    assert len(seen) == len(set(seen)) == 4  # three trained, one of Krea's
    assert http.get("/styles", params={"cursor": "garbage"}).status_code == 400
    assert http.get("/styles", params={"cursor": "2026-01-01T00:00:00Z"}).status_code == 400
