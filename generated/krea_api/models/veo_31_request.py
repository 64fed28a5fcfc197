from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.veo_31_request_aspect_ratio import Veo31RequestAspectRatio
from ..models.veo_31_request_duration import Veo31RequestDuration
from ..models.veo_31_request_resolution import Veo31RequestResolution
from ..types import UNSET, Unset

T = TypeVar("T", bound="Veo31Request")


@_attrs_define
class Veo31Request:
    """Request body for Google Veo 3.1.

    Attributes:
        prompt (str): What the video should show.
        start_image (None | str | Unset): Image used as the first frame.
        start_video (None | str | Unset): Video the new clip starts from.
        aspect_ratio (Veo31RequestAspectRatio | Unset): Output aspect ratio. Default: Veo31RequestAspectRatio.VALUE_0.
        duration (Veo31RequestDuration | Unset): Clip length in seconds. Default: Veo31RequestDuration.VALUE_8.
        generate_audio (bool | Unset): Also generate a matching audio track (costs more). Default: False.
        resolution (Veo31RequestResolution | Unset): Output resolution. Default: Veo31RequestResolution.VALUE_0.
        end_image (None | str | Unset): Image used as the last frame.
        end_video (None | str | Unset): Video the clip should lead into.
        reference_images (list[str] | Unset): Still images of subjects or looks the video should keep.
    """

    prompt: str
    start_image: None | str | Unset = UNSET
    start_video: None | str | Unset = UNSET
    aspect_ratio: Veo31RequestAspectRatio | Unset = Veo31RequestAspectRatio.VALUE_0
    duration: Veo31RequestDuration | Unset = Veo31RequestDuration.VALUE_8
    generate_audio: bool | Unset = False
    resolution: Veo31RequestResolution | Unset = Veo31RequestResolution.VALUE_0
    end_image: None | str | Unset = UNSET
    end_video: None | str | Unset = UNSET
    reference_images: list[str] | Unset = UNSET

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

        reference_images: list[str] | Unset = UNSET
        if not isinstance(self.reference_images, Unset):
            reference_images = self.reference_images

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
        if end_image is not UNSET:
            field_dict["end_image"] = end_image
        if end_video is not UNSET:
            field_dict["end_video"] = end_video
        if reference_images is not UNSET:
            field_dict["reference_images"] = reference_images

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
        aspect_ratio: Veo31RequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = Veo31RequestAspectRatio(_aspect_ratio)

        _duration = d.pop("duration", UNSET)
        duration: Veo31RequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = Veo31RequestDuration(_duration)

        generate_audio = d.pop("generate_audio", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: Veo31RequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = Veo31RequestResolution(_resolution)

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

        reference_images = cast(list[str], d.pop("reference_images", UNSET))

        veo_31_request = cls(
            prompt=prompt,
            start_image=start_image,
            start_video=start_video,
            aspect_ratio=aspect_ratio,
            duration=duration,
            generate_audio=generate_audio,
            resolution=resolution,
            end_image=end_image,
            end_video=end_video,
            reference_images=reference_images,
        )

        return veo_31_request
