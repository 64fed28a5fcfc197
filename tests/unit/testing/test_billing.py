"""Jobs are charged once, on completion only; 402 refuses new work the balance cannot cover."""

from __future__ import annotations

from decimal import Decimal

import httpx

from krea.testing import MockKrea
from krea.testing._core.billing import INSUFFICIENT_BALANCE, PriceTable, can_afford
from tests.unit.testing.conftest import KEY, create


def test_completed_job_is_charged_exactly_once_however_often_it_is_read(
    mock: MockKrea, http: httpx.Client, image: str
) -> None:
    mock.set_price(image.removeprefix("/generate/"), "0.25")
    job = create(http, image)
    mock.clock.advance(3600)
    for _ in range(5):
        http.get(f"/jobs/{job['job_id']}")
        mock.clock.advance(60)
    http.get("/jobs")
    assert [(c.job_id, c.amount) for c in mock.ledger] == [(job["job_id"], Decimal("0.25"))]
    assert mock.balance_of(KEY) == Decimal("9.75")


def test_only_completed_jobs_are_charged(mock: MockKrea, http: httpx.Client, image: str) -> None:
    mock.script_next("completed")
    mock.script_next("failed", code="nsfw")
    mock.script_next("stuck")
    ids = [create(http, image)["job_id"] for _ in range(4)]
    assert http.delete(f"/jobs/{ids[3]}").status_code == 200
    mock.clock.advance(3600)
    assert [c.job_id for c in mock.ledger] == [ids[0]]


def test_402_when_balance_minus_in_flight_cannot_pay_and_in_flight_jobs_still_finish(image: str) -> None:
    from tests.unit.testing.conftest import SPEC, auth

    with MockKrea(spec=SPEC, balance="0.10", prices={image.removeprefix("/generate/"): "0.04"}) as mock:
        http = httpx.Client(transport=mock.transport(), base_url=mock.base_url, headers=auth())
        first, second = create(http, image), create(http, image)
        refused = http.post(image, json={"prompt": "one too many"})
        assert refused.status_code == 402
        assert refused.json()["message"] == INSUFFICIENT_BALANCE
        assert len(mock.jobs) == 2  # nothing was created
        mock.clock.advance(3600)
        assert {mock.job(first["job_id"])["status"], mock.job(second["job_id"])["status"]} == {"completed"}
        assert mock.balance_of(KEY) == Decimal("0.02")
        assert http.post(image, json={"prompt": "still too much"}).status_code == 402
        mock.top_up("1")
        assert http.post(image, json={"prompt": "paid"}).status_code == 200


def test_402_body_is_krea_documented_message() -> None:
    assert INSUFFICIENT_BALANCE == (
        "Your API balance is separate from your workspace compute balance. "
        "Please top up your API balance to continue using the API."
    )


def test_balance_never_goes_negative_under_a_burst(image: str) -> None:
    from tests.unit.testing.conftest import SPEC, auth

    with MockKrea(spec=SPEC, balance="1", concurrency=100, backlog=100) as mock:
        mock.set_price(image.removeprefix("/generate/"), "0.3")
        http = httpx.Client(transport=mock.transport(), base_url=mock.base_url, headers=auth())
        codes = [http.post(image, json={"prompt": "x"}).status_code for _ in range(6)]
        mock.clock.advance(3600)
        assert codes == [200, 200, 200, 402, 402, 402]
        assert mock.balance == Decimal("0.1")


def test_set_balance_and_accounts_start_with_the_configured_balance(mock: MockKrea) -> None:
    assert mock.balance_of("someone-new") == Decimal(10)
    mock.set_balance(3, api_key="someone-new")
    assert mock.balance_of("someone-new") == Decimal(3)


def test_price_table_prefers_endpoint_then_per_second_then_family() -> None:
    table = PriceTable()
    assert table.price("image/bfl/flux-1-dev", "image", {}, 5) == Decimal("0.007")
    assert table.price("video/google/veo-2", "video", {"duration": 8}, 5) == Decimal("4.00")
    assert table.price("video/google/veo-2", "video", {}, 5) == Decimal("2.50")
    assert table.price("enhance/any/model", "enhance", {}, 5) == Decimal("0.20")
    table.set("video/google/veo-2", 1)
    assert table.price("video/google/veo-2", "video", {"duration": 8}, 5) == Decimal(1)


def test_can_afford_reserves_in_flight_prices() -> None:
    assert can_afford(Decimal("1"), Decimal("0.5"), Decimal("0.5"))
    assert not can_afford(Decimal("1"), Decimal("0.6"), Decimal("0.5"))
