from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.hailuo_23_fast_request_duration import Hailuo23FastRequestDuration
from ..models.hailuo_23_fast_request_model import Hailuo23FastRequestModel
from ..models.hailuo_23_fast_request_resolution import Hailuo23FastRequestResolution
from ..types import UNSET, Unset

T = TypeVar("T", bound="Hailuo23FastRequest")


@_attrs_define
class Hailuo23FastRequest:
    """Request body for MiniMax Hailuo 2.3 Fast.

    Attributes:
        prompt (str): What the video should show.
        start_image (str | Unset): Image used as the first frame.
        start_video (None | str | Unset): Video the new clip starts from.
        expand_prompt (bool | Unset): Let the provider rewrite the prompt for better results. Default: True.
        model (Hailuo23FastRequestModel | Unset): Provider model id; only one value is accepted. Default:
            Hailuo23FastRequestModel.MINIMAX_HAILUO_2_3_FAST.
        end_image (str | Unset): Image used as the last frame.
        resolution (Hailuo23FastRequestResolution | Unset): Output resolution. Default:
            Hailuo23FastRequestResolution.VALUE_0.
        duration (Hailuo23FastRequestDuration | Unset): Clip length in seconds. Default:
            Hailuo23FastRequestDuration.VALUE_6.
    """

    prompt: str
    start_image: str | Unset = UNSET
    start_video: None | str | Unset = UNSET
    expand_prompt: bool | Unset = True
    model: Hailuo23FastRequestModel | Unset = (
        Hailuo23FastRequestModel.MINIMAX_HAILUO_2_3_FAST
    )
    end_image: str | Unset = UNSET
    resolution: Hailuo23FastRequestResolution | Unset = (
        Hailuo23FastRequestResolution.VALUE_0
    )
    duration: Hailuo23FastRequestDuration | Unset = Hailuo23FastRequestDuration.VALUE_6

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        start_image = self.start_image

        start_video: None | str | Unset
        if isinstance(self.start_video, Unset):
            start_video = UNSET
        else:
            start_video = self.start_video

        expand_prompt = self.expand_prompt

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model.value

        end_image = self.end_image

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution.value

        duration: int | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration.value

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
        if expand_prompt is not UNSET:
            field_dict["expand_prompt"] = expand_prompt
        if model is not UNSET:
            field_dict["model"] = model
        if end_image is not UNSET:
            field_dict["end_image"] = end_image
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if duration is not UNSET:
            field_dict["duration"] = duration

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

        expand_prompt = d.pop("expand_prompt", UNSET)

        _model = d.pop("model", UNSET)
        model: Hailuo23FastRequestModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = Hailuo23FastRequestModel(_model)

        end_image = d.pop("end_image", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: Hailuo23FastRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = Hailuo23FastRequestResolution(_resolution)

        _duration = d.pop("duration", UNSET)
        duration: Hailuo23FastRequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = Hailuo23FastRequestDuration(_duration)

        hailuo_23_fast_request = cls(
            prompt=prompt,
            start_image=start_image,
            start_video=start_video,
            expand_prompt=expand_prompt,
            model=model,
            end_image=end_image,
            resolution=resolution,
            duration=duration,
        )

        return hailuo_23_fast_request
