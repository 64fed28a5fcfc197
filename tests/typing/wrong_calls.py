"""Wrong calls, each marked with the exact error code mypy reports (an unused ignore fails ``make lint``)."""

from __future__ import annotations

from krea import AsyncKrea, Job, Krea
from krea.types import Flux1DevParams


def wrong_sync(client: Krea) -> None:
    client.image("bfl/flux-1-dev", prompt=123)  # type: ignore[call-overload]  # wrong type
    client.image("bfl/flux-1-dev", prompt="a fox", widht=5)  # type: ignore[call-overload]  # misspelled key
    client.image("bfl/flux-1-dev", width=1024)  # type: ignore[call-overload]  # missing required key
    client.image("bfl/flux-1-dv", prompt="a fox")  # type: ignore[call-overload]  # unknown model id
    client.image("google/veo-3", prompt="a fox")  # type: ignore[call-overload]  # a video model
    client.video("google/veo-3", prompt="a fox", duration=7)  # type: ignore[call-overload]  # wrong enum value
    client.video("google/veo-3", prompt="a fox", resolution="4k")  # type: ignore[call-overload]  # wrong enum value
    client.enhance("topaz/standard-enhance", image_url="https://x/y", width=1, height=1, model="V9")  # type: ignore[call-overload]
    client.subscribe("image/bfl/flux-1-dev", input={"prompt": "a fox", "widht": 5})  # type: ignore[call-overload]
    client.subscribe("bfl/flux-1-dev", input={"prompt": "a fox"})  # type: ignore[call-overload]  # no family
    client.generate("image/bfl/flux-1-dev", {"prompt": "a fox"}, validate="no")  # type: ignore[arg-type]
    client.image("bfl/flux-1-dev", prompt="a fox", request_timeout="5")  # type: ignore[call-overload]
    client.jobs.get("j", extra_headers={"X-A": 5})  # type: ignore[dict-item]  # a header value is a str
    client.jobs.get("j", request_timout=5)  # type: ignore[call-arg]  # misspelled option
    client.with_options(max_in_flight=5)  # type: ignore[call-arg]  # the slots are shared: not per client


def wrong_dicts() -> None:
    typo: Flux1DevParams = {"prompt": "a fox", "widht": 5}  # type: ignore[typeddict-unknown-key]
    missing: Flux1DevParams = {"width": 5}  # type: ignore[typeddict-item]
    wrong: Flux1DevParams = {"prompt": "a fox", "steps": "many"}  # type: ignore[typeddict-item]
    print(typo, missing, wrong)


async def wrong_async(client: AsyncKrea) -> None:
    await client.image("bfl/flux-1-dev", prompt="a fox", widht=5)  # type: ignore[call-overload]
    await client.video("kling/kling-1", prompt="a fox", duration=6)  # type: ignore[call-overload]
    await client.subscribe("video/kling/kling-1", input={"duration": 5})  # type: ignore[call-overload]


def wrong_results(job: Job) -> None:
    job.wait(on_update=lambda current, extra: None)  # type: ignore[arg-type, misc]
