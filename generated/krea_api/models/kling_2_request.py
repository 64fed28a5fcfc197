from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.kling_2_request_aspect_ratio import Kling2RequestAspectRatio
from ..models.kling_2_request_duration import Kling2RequestDuration
from ..models.kling_2_request_mode import Kling2RequestMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="Kling2Request")


@_attrs_define
class Kling2Request:
    """Request body for Kling 2.0.

    Attributes:
        prompt (str): What the video should show.
        start_image (str | Unset): Image used as the first frame.
        start_video (None | str | Unset): Video the new clip starts from.
        aspect_ratio (Kling2RequestAspectRatio | Unset): Output aspect ratio. Default: Kling2RequestAspectRatio.VALUE_0.
        duration (Kling2RequestDuration | Unset): Clip length in seconds; only 5 is offered. Default:
            Kling2RequestDuration.VALUE_5.
        end_image (str | Unset): Image used as the last frame.
        mode (Kling2RequestMode | Unset): Quality tier. Default: Kling2RequestMode.MASTER.
    """

    prompt: str
    start_image: str | Unset = UNSET
    start_video: None | str | Unset = UNSET
    aspect_ratio: Kling2RequestAspectRatio | Unset = Kling2RequestAspectRatio.VALUE_0
    duration: Kling2RequestDuration | Unset = Kling2RequestDuration.VALUE_5
    end_image: str | Unset = UNSET
    mode: Kling2RequestMode | Unset = Kling2RequestMode.MASTER

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

        end_image = self.end_image

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

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
        if end_image is not UNSET:
            field_dict["end_image"] = end_image
        if mode is not UNSET:
            field_dict["mode"] = mode

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
        aspect_ratio: Kling2RequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = Kling2RequestAspectRatio(_aspect_ratio)

        _duration = d.pop("duration", UNSET)
        duration: Kling2RequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = Kling2RequestDuration(_duration)

        end_image = d.pop("end_image", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: Kling2RequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = Kling2RequestMode(_mode)

        kling_2_request = cls(
            prompt=prompt,
            start_image=start_image,
            start_video=start_video,
            aspect_ratio=aspect_ratio,
            duration=duration,
            end_image=end_image,
            mode=mode,
        )

        return kling_2_request
