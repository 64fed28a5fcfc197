from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.veo_31_lite_request_aspect_ratio import Veo31LiteRequestAspectRatio
from ..models.veo_31_lite_request_duration import Veo31LiteRequestDuration
from ..models.veo_31_lite_request_resolution import Veo31LiteRequestResolution
from ..types import UNSET, Unset

T = TypeVar("T", bound="Veo31LiteRequest")


@_attrs_define
class Veo31LiteRequest:
    """Request body for Google Veo 3.1 Lite (no audio).

    Attributes:
        prompt (str): What the video should show.
        start_image (None | str | Unset): Image used as the first frame.
        start_video (None | str | Unset): Video the new clip starts from.
        aspect_ratio (Veo31LiteRequestAspectRatio | Unset): Output aspect ratio. Default:
            Veo31LiteRequestAspectRatio.VALUE_0.
        duration (Veo31LiteRequestDuration | Unset): Clip length in seconds. Default: Veo31LiteRequestDuration.VALUE_8.
        resolution (Veo31LiteRequestResolution | Unset): Output resolution. Default: Veo31LiteRequestResolution.VALUE_0.
        end_image (None | str | Unset): Image used as the last frame.
        end_video (None | str | Unset): Video the clip should lead into.
    """

    prompt: str
    start_image: None | str | Unset = UNSET
    start_video: None | str | Unset = UNSET
    aspect_ratio: Veo31LiteRequestAspectRatio | Unset = (
        Veo31LiteRequestAspectRatio.VALUE_0
    )
    duration: Veo31LiteRequestDuration | Unset = Veo31LiteRequestDuration.VALUE_8
    resolution: Veo31LiteRequestResolution | Unset = Veo31LiteRequestResolution.VALUE_0
    end_image: None | str | Unset = UNSET
    end_video: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        start_image: None | str | Unset
        if isinstance(self.start_image, Unset):
            start_image = UNSET
        else:
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

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution.value

        end_image: None | str | Unset
        if isinstance(self.end_image, Unset):
            end_image = UNSET
        else:
            end_image = self.end_image

        end_video: None | str | Unset
        if isinstance(self.end_video, Unset):
            end_video = UNSET
        else:
            end_video = self.end_video

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
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if end_image is not UNSET:
            field_dict["end_image"] = end_image
        if end_video is not UNSET:
            field_dict["end_video"] = end_video

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        def _parse_start_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_image = _parse_start_image(d.pop("start_image", UNSET))

        def _parse_start_video(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_video = _parse_start_video(d.pop("start_video", UNSET))

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Veo31LiteRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = Veo31LiteRequestAspectRatio(_aspect_ratio)

        _duration = d.pop("duration", UNSET)
        duration: Veo31LiteRequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = Veo31LiteRequestDuration(_duration)

        _resolution = d.pop("resolution", UNSET)
        resolution: Veo31LiteRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = Veo31LiteRequestResolution(_resolution)

        def _parse_end_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_image = _parse_end_image(d.pop("end_image", UNSET))

        def _parse_end_video(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_video = _parse_end_video(d.pop("end_video", UNSET))

        veo_31_lite_request = cls(
            prompt=prompt,
            start_image=start_image,
            start_video=start_video,
            aspect_ratio=aspect_ratio,
            duration=duration,
            resolution=resolution,
            end_image=end_image,
            end_video=end_video,
        )

        return veo_31_lite_request
