"""A handful of cheap checks against the REAL Krea API: one small image, one cancel, one bad key.

Skipped unless ``KREA_LIVE=1`` and ``KREA_API_KEY`` are set, and always skipped in CI (``CI`` set). They
spend real money: about $0.01 in all (one Z Image generation; a cancelled job is not billed).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from krea import AuthenticationError, ConflictError, JobCancelledError, Krea

pytestmark = [
    pytest.mark.live,
    pytest.mark.skipif(
        os.environ.get("KREA_LIVE") != "1" or not os.environ.get("KREA_API_KEY") or bool(os.environ.get("CI")),
        reason="live tests need KREA_LIVE=1 and KREA_API_KEY, and never run in CI",
    ),
]


def test_live_one_small_image_completes_and_downloads(tmp_path: Path) -> None:
    with Krea() as client:
        job = client.subscribe(
            "image/z-image/z-image", input={"prompt": "a red apple", "aspect_ratio": "1:1", "resolution": "1K"}
        )
        [path] = job.download(tmp_path)
    assert job.status == "completed"
    assert path.stat().st_size > 1000


def test_live_cancel_of_a_fresh_job() -> None:
    with Krea() as client:
        job = client.image("bfl/flux-1-dev", prompt="a lighthouse at dusk")
        try:
            job.cancel()
        except ConflictError:
            pytest.skip(f"the job was already {job.refresh().status}: too fast to cancel")
        with pytest.raises(JobCancelledError):
            job.wait(timeout=120)


def test_live_a_bad_key_is_refused() -> None:
    with Krea(api_key="krea-python-live-test-invalid-key") as client, pytest.raises(AuthenticationError):
        client.jobs.get("00000000-0000-0000-0000-000000000000")
