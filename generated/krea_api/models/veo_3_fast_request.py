from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.veo_3_fast_request_aspect_ratio import Veo3FastRequestAspectRatio
from ..models.veo_3_fast_request_duration import Veo3FastRequestDuration
from ..models.veo_3_fast_request_resolution import Veo3FastRequestResolution
from ..types import UNSET, Unset

T = TypeVar("T", bound="Veo3FastRequest")


@_attrs_define
class Veo3FastRequest:
    """Request body for Google Veo 3 Fast.

    Attributes:
        prompt (str): What the video should show.
        start_image (None | str | Unset): Image used as the first frame.
        start_video (None | str | Unset): Video the new clip starts from.
        aspect_ratio (Veo3FastRequestAspectRatio | Unset): Output aspect ratio. Default:
            Veo3FastRequestAspectRatio.VALUE_0.
        duration (Veo3FastRequestDuration | Unset): Clip length in seconds. Default: Veo3FastRequestDuration.VALUE_8.
        generate_audio (bool | Unset): Also generate a matching audio track (costs more). Default: False.
        resolution (Veo3FastRequestResolution | Unset): Output resolution. Default: Veo3FastRequestResolution.VALUE_0.
    """

    prompt: str
    start_image: None | str | Unset = UNSET
    start_video: None | str | Unset = UNSET
    aspect_ratio: Veo3FastRequestAspectRatio | Unset = (
        Veo3FastRequestAspectRatio.VALUE_0
    )
    duration: Veo3FastRequestDuration | Unset = Veo3FastRequestDuration.VALUE_8
    generate_audio: bool | Unset = False
    resolution: Veo3FastRequestResolution | Unset = Veo3FastRequestResolution.VALUE_0

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

        generate_audio = self.generate_audio

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution.value

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
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution

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
        aspect_ratio: Veo3FastRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = Veo3FastRequestAspectRatio(_aspect_ratio)

        _duration = d.pop("duration", UNSET)
        duration: Veo3FastRequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = Veo3FastRequestDuration(_duration)

        generate_audio = d.pop("generate_audio", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: Veo3FastRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = Veo3FastRequestResolution(_resolution)

        veo_3_fast_request = cls(
            prompt=prompt,
            start_image=start_image,
            start_video=start_video,
            aspect_ratio=aspect_ratio,
            duration=duration,
            generate_audio=generate_audio,
            resolution=resolution,
        )

        return veo_3_fast_request
