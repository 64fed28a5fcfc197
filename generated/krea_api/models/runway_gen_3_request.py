from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.runway_gen_3_request_aspect_ratio import RunwayGen3RequestAspectRatio
from ..models.runway_gen_3_request_duration import RunwayGen3RequestDuration
from ..types import UNSET, Unset

T = TypeVar("T", bound="RunwayGen3Request")


@_attrs_define
class RunwayGen3Request:
    """Request body for Runway Gen-3.

    Attributes:
        prompt (str): What the video should show.
        start_image (str | Unset): Image used as the first frame.
        start_video (None | str | Unset): Video the new clip starts from.
        aspect_ratio (RunwayGen3RequestAspectRatio | Unset): Output aspect ratio. Default:
            RunwayGen3RequestAspectRatio.VALUE_0.
        duration (RunwayGen3RequestDuration | Unset): Clip length in seconds. Default:
            RunwayGen3RequestDuration.VALUE_5.
        seed (float | Unset): Seed for reproducible output.
    """

    prompt: str
    start_image: str | Unset = UNSET
    start_video: None | str | Unset = UNSET
    aspect_ratio: RunwayGen3RequestAspectRatio | Unset = (
        RunwayGen3RequestAspectRatio.VALUE_0
    )
    duration: RunwayGen3RequestDuration | Unset = RunwayGen3RequestDuration.VALUE_5
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
        aspect_ratio: RunwayGen3RequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = RunwayGen3RequestAspectRatio(_aspect_ratio)

        _duration = d.pop("duration", UNSET)
        duration: RunwayGen3RequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = RunwayGen3RequestDuration(_duration)

        seed = d.pop("seed", UNSET)

        runway_gen_3_request = cls(
            prompt=prompt,
            start_image=start_image,
            start_video=start_video,
            aspect_ratio=aspect_ratio,
            duration=duration,
            seed=seed,
        )

        return runway_gen_3_request
