"""Valid calls of ``AsyncKrea``, one or more per model family: all must type-check clean."""

from __future__ import annotations

from pathlib import Path
from typing import assert_type

from krea import AsyncJob, AsyncKrea
from krea.types import Kling1Params


async def calls(client: AsyncKrea, photo: Path) -> None:
    job = await client.image("bfl/flux-1-dev", prompt="a red fox in snow", width=1024)
    assert_type(job, AsyncJob)
    await client.image("google/nano-banana-pro", prompt="a fox", image_urls=[photo], resolution="2K")
    shot: Kling1Params = {"prompt": "a fox", "duration": 10}
    await client.video("kling/kling-1", **shot)
    await client.enhance("topaz/standard-enhance", image_url=photo, width=2048, height=2048, model="CGI")

    def show(current: AsyncJob) -> None:
        print(current.status)

    done = await client.subscribe("image/bfl/flux-1-dev", input={"prompt": "a fox"}, on_update=show)
    assert_type(done, AsyncJob)
    await client.generate("video/acme/brand-new", {"prompt": "a fox"}, validate=False)
    await (await client.video("google/veo-3", prompt="a fox")).wait(on_update=show)


async def per_call(client: AsyncKrea) -> None:
    from krea import CallResponse

    fast = client.with_options(timeout=5, wait_timeout=60)
    assert_type(fast, AsyncKrea)
    job = await fast.video("google/veo-3", prompt="a fox runs", request_timeout=30, extra_headers={"X-Trace": "t"})
    with client.capture_responses() as seen:
        await job.wait(timeout=600, request_timeout=10)
    assert_type(seen.last, CallResponse)
