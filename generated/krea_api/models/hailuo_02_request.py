from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.hailuo_02_request_model import Hailuo02RequestModel
from ..models.hailuo_02_request_resolution import Hailuo02RequestResolution
from ..types import UNSET, Unset

T = TypeVar("T", bound="Hailuo02Request")


@_attrs_define
class Hailuo02Request:
    """Request body for MiniMax Hailuo 02.

    Attributes:
        prompt (str): What the video should show.
        start_image (str | Unset): Image used as the first frame.
        start_video (None | str | Unset): Video the new clip starts from.
        expand_prompt (bool | Unset): Let the provider rewrite the prompt for better results. Default: True.
        model (Hailuo02RequestModel | Unset): Provider model id; only one value is accepted. Default:
            Hailuo02RequestModel.MINIMAX_HAILUO_02.
        end_image (str | Unset): Image used as the last frame.
        resolution (Hailuo02RequestResolution | Unset): Output resolution. Default: Hailuo02RequestResolution.VALUE_1.
        duration (float | Unset): Clip length in seconds. Default: 6.0.
    """

    prompt: str
    start_image: str | Unset = UNSET
    start_video: None | str | Unset = UNSET
    expand_prompt: bool | Unset = True
    model: Hailuo02RequestModel | Unset = Hailuo02RequestModel.MINIMAX_HAILUO_02
    end_image: str | Unset = UNSET
    resolution: Hailuo02RequestResolution | Unset = Hailuo02RequestResolution.VALUE_1
    duration: float | Unset = 6.0

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

        duration = self.duration

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
        model: Hailuo02RequestModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = Hailuo02RequestModel(_model)

        end_image = d.pop("end_image", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: Hailuo02RequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = Hailuo02RequestResolution(_resolution)

        duration = d.pop("duration", UNSET)

        hailuo_02_request = cls(
            prompt=prompt,
            start_image=start_image,
            start_video=start_video,
            expand_prompt=expand_prompt,
            model=model,
            end_image=end_image,
            resolution=resolution,
            duration=duration,
        )

        return hailuo_02_request
