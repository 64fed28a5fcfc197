"""Valid calls of ``Krea``, one or more per model family: all must type-check clean."""

from __future__ import annotations

import io
from pathlib import Path
from typing import assert_type

from krea import Job, Krea
from krea.types import Flux1DevParams, JobStatusName, Veo3Params


def image(client: Krea, photo: Path) -> None:
    job = client.image("bfl/flux-1-dev", prompt="a red fox in snow", width=1024, height=768, steps=28)
    assert_type(job, Job)
    client.image("bfl/flux-1-dev", prompt="a fox", image_url=photo, strength=0.6, webhook_url="https://h/k")
    client.image("bfl/flux-1-dev", prompt="a fox", styles=[{"id": "st-1", "strength": 1.0}])
    client.image("bfl/flux-1-dev", prompt="a fox", style_images=[{"url": b"\x89PNG", "strength": 0.5}])
    client.image("google/nano-banana-pro", prompt="a fox", aspect_ratio="16:9", image_urls=[photo, "https://x/y"])
    client.image("runway/gen-4-image", prompt="@fox", reference_images=[{"url": io.BytesIO(b"x"), "tag": "fox"}])
    client.image("luma/uni-1", prompt="a fox", output_format=None)
    params: Flux1DevParams = {"prompt": "a fox", "width": 1024}
    client.image("bfl/flux-1-dev", **params)


def video(client: Krea, clip: Path) -> None:
    client.video("google/veo-3", prompt="a fox runs", duration=8, resolution="1080p", generate_audio=True)
    client.video("kling/kling-1", prompt="a fox", duration=5, camera_control={"type": "simple", "config": {"zoom": 2}})
    client.video("kling/kling-1", prompt="a fox", camera_control={"type": "down_back"})
    client.video("kling/kling-1", prompt="a fox", start_video=clip)
    settings: Veo3Params = {"prompt": "a fox", "aspect_ratio": "9:16"}
    client.video("google/veo-3", **settings)


def enhance(client: Krea, photo: Path) -> None:
    client.enhance(
        "topaz/standard-enhance", image_url=photo, width=4096, height=4096, model="Standard V2", output_format="png"
    )


def subscribe(client: Krea) -> None:
    def show(job: Job) -> int:  # any result, and the client's own Job type, are accepted
        return len(job.status)

    job = client.subscribe("image/bfl/flux-1-dev", input={"prompt": "a fox", "steps": 20}, on_update=show)
    assert_type(job, Job)
    client.subscribe("video/google/veo-3", input={"prompt": "a fox", "duration": 4}, timeout=600)
    client.subscribe("enhance/topaz/standard-enhance", input={"image_url": "https://x/y.png", "width": 2048,
                     "height": 2048, "model": "CGI"})  # fmt: skip


def escape_hatch(client: Krea, endpoint: str, params: dict[str, object]) -> None:
    client.generate(endpoint, params)
    client.generate("image/acme/brand-new", {"prompt": "a fox"}, validate=False, extra_body={"knob": 1})
    assert_type(client.generate("image/bfl/flux-1-dev", {"prompt": "a fox"}), Job)


def results(job: Job) -> None:
    assert_type(job.status, JobStatusName | str)  # the documented statuses first, so editors complete them
    if job.status == "completed":
        print(job.urls)
    job.wait(on_update=lambda current: print(current.status))


def per_call(client: Krea) -> None:
    from krea import NOT_GIVEN, CallResponse

    fast = client.with_options(timeout=5, max_retries=0, default_headers={"X-App": "a"})
    assert_type(fast, Krea)
    job = fast.image("bfl/flux-1-dev", prompt="a fox", request_timeout=10, extra_headers={"X-Trace": "t"})
    assert_type(job, Job)
    client.subscribe("image/bfl/flux-1-dev", input={"prompt": "a fox"}, timeout=600, request_timeout=None)
    client.jobs.get(job.id, request_timeout=NOT_GIVEN, extra_headers={"X-Trace": "t"})
    for _ in client.jobs.list(limit=10, request_timeout=5):
        break
    with client.capture_responses() as seen:
        job.refresh(extra_headers={"X-Trace": "t"})
    assert_type(seen.last, CallResponse)
    assert_type(seen.last.status_code, int)
    assert_type(seen.last.retries_taken, int)
    assert_type(seen[0].deprecation, str | None)
