from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.grok_video_request_aspect_ratio import GrokVideoRequestAspectRatio
from ..models.grok_video_request_resolution import GrokVideoRequestResolution
from ..types import UNSET, Unset

T = TypeVar("T", bound="GrokVideoRequest")


@_attrs_define
class GrokVideoRequest:
    """Request body for xAI Grok Imagine video (generation and video editing).

    Attributes:
        prompt (str): What the video should show, or the edit to apply to `edit_video`.
        start_image (None | str | Unset): Image used as the first frame.
        start_video (None | str | Unset): Video the new clip starts from.
        duration (float | Unset): Clip length in seconds. Default: 6.0.
        resolution (GrokVideoRequestResolution | Unset): Output resolution. Default: GrokVideoRequestResolution.VALUE_1.
        aspect_ratio (GrokVideoRequestAspectRatio | Unset): Output aspect ratio.
        reference_images (list[str] | Unset): Up to seven still images of subjects the video should keep.
        edit_video (str | Unset): Existing video to edit according to the prompt.
    """

    prompt: str
    start_image: None | str | Unset = UNSET
    start_video: None | str | Unset = UNSET
    duration: float | Unset = 6.0
    resolution: GrokVideoRequestResolution | Unset = GrokVideoRequestResolution.VALUE_1
    aspect_ratio: GrokVideoRequestAspectRatio | Unset = UNSET
    reference_images: list[str] | Unset = UNSET
    edit_video: str | Unset = UNSET

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

        duration = self.duration

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution.value

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.value

        reference_images: list[str] | Unset = UNSET
        if not isinstance(self.reference_images, Unset):
            reference_images = self.reference_images

        edit_video = self.edit_video

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
        if duration is not UNSET:
            field_dict["duration"] = duration
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if reference_images is not UNSET:
            field_dict["reference_images"] = reference_images
        if edit_video is not UNSET:
            field_dict["edit_video"] = edit_video

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

        duration = d.pop("duration", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: GrokVideoRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = GrokVideoRequestResolution(_resolution)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: GrokVideoRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = GrokVideoRequestAspectRatio(_aspect_ratio)

        reference_images = cast(list[str], d.pop("reference_images", UNSET))

        edit_video = d.pop("edit_video", UNSET)

        grok_video_request = cls(
            prompt=prompt,
            start_image=start_image,
            start_video=start_video,
            duration=duration,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            reference_images=reference_images,
            edit_video=edit_video,
        )

        return grok_video_request
