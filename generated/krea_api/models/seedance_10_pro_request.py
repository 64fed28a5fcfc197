from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.seedance_10_pro_request_aspect_ratio import (
    Seedance10ProRequestAspectRatio,
)
from ..models.seedance_10_pro_request_resolution import Seedance10ProRequestResolution
from ..types import UNSET, Unset

T = TypeVar("T", bound="Seedance10ProRequest")


@_attrs_define
class Seedance10ProRequest:
    """Request body for ByteDance Seedance 1.0 Pro.

    Attributes:
        prompt (str): What the video should show.
        start_image (None | str | Unset): Image used as the first frame.
        start_video (None | str | Unset): Video the new clip starts from.
        aspect_ratio (Seedance10ProRequestAspectRatio | Unset): Output aspect ratio. Default:
            Seedance10ProRequestAspectRatio.VALUE_1.
        end_image (None | str | Unset): Image used as the last frame.
        end_video (None | str | Unset): Video the clip should lead into.
        reference_images (list[str] | Unset): Up to four still images of subjects the video should keep.
        duration (float | Unset): Clip length in seconds. Default: 5.0.
        resolution (Seedance10ProRequestResolution | Unset): Output resolution. Default:
            Seedance10ProRequestResolution.VALUE_0.
    """

    prompt: str
    start_image: None | str | Unset = UNSET
    start_video: None | str | Unset = UNSET
    aspect_ratio: Seedance10ProRequestAspectRatio | Unset = (
        Seedance10ProRequestAspectRatio.VALUE_1
    )
    end_image: None | str | Unset = UNSET
    end_video: None | str | Unset = UNSET
    reference_images: list[str] | Unset = UNSET
    duration: float | Unset = 5.0
    resolution: Seedance10ProRequestResolution | Unset = (
        Seedance10ProRequestResolution.VALUE_0
    )

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

        duration = self.duration

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
        if end_image is not UNSET:
            field_dict["end_image"] = end_image
        if end_video is not UNSET:
            field_dict["end_video"] = end_video
        if reference_images is not UNSET:
            field_dict["reference_images"] = reference_images
        if duration is not UNSET:
            field_dict["duration"] = duration
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
        aspect_ratio: Seedance10ProRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = Seedance10ProRequestAspectRatio(_aspect_ratio)

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

        duration = d.pop("duration", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: Seedance10ProRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = Seedance10ProRequestResolution(_resolution)

        seedance_10_pro_request = cls(
            prompt=prompt,
            start_image=start_image,
            start_video=start_video,
            aspect_ratio=aspect_ratio,
            end_image=end_image,
            end_video=end_video,
            reference_images=reference_images,
            duration=duration,
            resolution=resolution,
        )

        return seedance_10_pro_request
