from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.runway_gen_4_video_request_aspect_ratio import (
    RunwayGen4VideoRequestAspectRatio,
)
from ..models.runway_gen_4_video_request_duration import RunwayGen4VideoRequestDuration
from ..types import UNSET, Unset

T = TypeVar("T", bound="RunwayGen4VideoRequest")


@_attrs_define
class RunwayGen4VideoRequest:
    """Request body for Runway Gen-4 video.

    Attributes:
        prompt (str): What the video should show.
        start_image (str | Unset): Image used as the first frame.
        start_video (None | str | Unset): Video the new clip starts from.
        aspect_ratio (RunwayGen4VideoRequestAspectRatio | Unset): Output frame size as width:height in pixels. Default:
            RunwayGen4VideoRequestAspectRatio.VALUE_0.
        duration (RunwayGen4VideoRequestDuration | Unset): Clip length in seconds. Default:
            RunwayGen4VideoRequestDuration.VALUE_5.
        seed (float | Unset): Seed for reproducible output.
    """

    prompt: str
    start_image: str | Unset = UNSET
    start_video: None | str | Unset = UNSET
    aspect_ratio: RunwayGen4VideoRequestAspectRatio | Unset = (
        RunwayGen4VideoRequestAspectRatio.VALUE_0
    )
    duration: RunwayGen4VideoRequestDuration | Unset = (
        RunwayGen4VideoRequestDuration.VALUE_5
    )
    seed: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        start_image = self.start_image

        start_video: None | str | Unset
        if isinstance(self.start_video, Unset):
            start_video = UNSET
        else:
            start_video = self.start_video

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.value

        duration: int | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration.value

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if start_image is not UNSET:
            field_dict["start_image"] = start_image
        if start_video is not UNSET:
            field_dict["start_video"] = start_video
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        start_image = d.pop("start_image", UNSET)

        def _parse_start_video(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_video = _parse_start_video(d.pop("start_video", UNSET))

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: RunwayGen4VideoRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = RunwayGen4VideoRequestAspectRatio(_aspect_ratio)

        _duration = d.pop("duration", UNSET)
        duration: RunwayGen4VideoRequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = RunwayGen4VideoRequestDuration(_duration)

        seed = d.pop("seed", UNSET)

        runway_gen_4_video_request = cls(
            prompt=prompt,
            start_image=start_image,
            start_video=start_video,
            aspect_ratio=aspect_ratio,
            duration=duration,
            seed=seed,
        )

        return runway_gen_4_video_request
