"""The ASGI app serves the same core as the in-process transports, controls included."""

from __future__ import annotations

from decimal import Decimal

import httpx
import pytest

from krea.testing import MockKrea
from krea.testing._redact import redact
from tests.unit.testing.conftest import auth


@pytest.mark.asyncio
async def test_asgi_app_runs_a_job_lifecycle_with_http_controls(mock: MockKrea, image: str) -> None:
    transport = httpx.ASGITransport(app=mock.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://mock.test", headers=auth()) as client:
        job = (await client.post(image, json={"prompt": "x"})).json()
        advanced = await client.post("/_mock/clock/advance", json={"seconds": 3600})
        assert advanced.json() == {"ok": True, "clock": 3600.0}
        done = (await client.get(f"/jobs/{job['job_id']}")).json()
        url = done["result"]["urls"][0]
        assert url.startswith(f"{mock.base_url}/_mock/files/")  # the configured URL, not the request's Host
        assert (await client.get(url.removeprefix(mock.base_url))).headers["content-type"] == "image/png"
        ledger = (await client.get("/_mock/ledger")).json()
        charge = {"job_id": job["job_id"], "account": redact(mock.api_key), "amount": float(mock.ledger[0].amount)}
        assert ledger == [charge]
        assert (await client.put("/jobs")).headers["allow"] == "GET"


@pytest.mark.asyncio
async def test_http_controls_steer_the_mock(mock: MockKrea, image: str) -> None:
    transport = httpx.ASGITransport(app=mock.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://mock.test", headers=auth()) as client:
        assert (await client.put("/_mock/balance", json={"amount": 1})).status_code == 200
        assert (await client.post("/_mock/balance/top-up", json={"amount": "0.5"})).status_code == 200
        assert (await client.get("/_mock/balance")).json() == {"balance": 1.5}
        await client.put("/_mock/prices", json={image.removeprefix("/generate/"): 2})
        assert (await client.post(image, json={"prompt": "x"})).status_code == 402
        await client.post("/_mock/script", json={"outcome": "failed", "code": "nsfw"})
        await client.post("/_mock/balance/top-up", json={"amount": 10})
        job = (await client.post(image, json={"prompt": "x"})).json()
        await client.post("/_mock/clock/advance", json={"seconds": 3600})
        assert (await client.get(f"/jobs/{job['job_id']}")).json()["error"]["code"] == "nsfw"
        await client.post("/_mock/faults", json={"count": 1, "status": 502})
        assert (await client.get("/jobs")).status_code == 502
        await client.post("/_mock/models/deprecate", json={"endpoint": image.removeprefix("/generate/")})
        assert (await client.post(image, json={"prompt": "x"})).headers["deprecation"] == "true"
        await client.post("/_mock/models/sunset", json={"endpoint": image.removeprefix("/generate/")})
        assert (await client.post(image, json={"prompt": "x"})).status_code == 410
        requests = (await client.get("/_mock/requests")).json()
        assert requests[-1]["status"] == 410
        assert len((await client.get("/_mock/jobs")).json()) == 2
        assert (await client.get("/_mock/webhooks")).json() == []
        assert (await client.post("/_mock/clock/advance", json={"seconds": -1})).status_code == 400
        assert (await client.post("/_mock/faults", json={"kind": "boom"})).status_code == 400
        assert (await client.post("/_mock/nothing")).status_code == 404
        assert (await client.post("/_mock/reset")).status_code == 200
    assert mock.jobs == []
    assert mock.balance == Decimal(10)
