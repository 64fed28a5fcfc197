"""``mock.client()`` builds the facade on the mock, and its waits advance the virtual clock."""

from __future__ import annotations

from pathlib import Path

import pytest

from krea.testing import MockKrea
from tests.unit.testing.conftest import simple_model


def test_client_waits_for_a_long_video_on_the_virtual_clock(mock: MockKrea, tmp_path: Path) -> None:
    mock.set_duration("video", 120)
    endpoint = simple_model(mock, "video")
    with mock.client() as client:
        job = client.generate(endpoint, {"prompt": "a fox"}).wait()
        assert job.status == "completed"
        assert mock.clock.seconds >= 120
        [saved] = job.download(tmp_path)
    assert Path(saved).read_bytes()[4:8] == b"ftyp"
    assert len(mock.ledger) == 1


@pytest.mark.asyncio
async def test_async_client_waits_on_the_virtual_clock(mock: MockKrea) -> None:
    mock.script_next(duration=90)
    endpoint = simple_model(mock, "image")
    async with mock.async_client() as client:
        job = await (await client.generate(endpoint, {"prompt": "a fox"})).wait()
    assert job.status == "completed"
    assert mock.clock.seconds >= 90
