from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.ray_2_request_aspect_ratio import Ray2RequestAspectRatio
from ..types import UNSET, Unset

T = TypeVar("T", bound="Ray2Request")


@_attrs_define
class Ray2Request:
    """Request body for Luma Ray 2.

    Attributes:
        prompt (str): What the video should show.
        width (float): Output width in pixels.
        height (float): Output height in pixels.
        start_image (None | str | Unset): Image used as the first frame.
        start_video (None | str | Unset): Video the new clip starts from.
        aspect_ratio (Ray2RequestAspectRatio | Unset): Output aspect ratio. Default: Ray2RequestAspectRatio.VALUE_1.
        loop (bool | Unset): Make the clip loop seamlessly. Default: False.
    """

    prompt: str
    width: float
    height: float
    start_image: None | str | Unset = UNSET
    start_video: None | str | Unset = UNSET
    aspect_ratio: Ray2RequestAspectRatio | Unset = Ray2RequestAspectRatio.VALUE_1
    loop: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        width = self.width

        height = self.height

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

        loop = self.loop

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "width": width,
                "height": height,
            }
        )
        if start_image is not UNSET:
            field_dict["start_image"] = start_image
        if start_video is not UNSET:
            field_dict["start_video"] = start_video
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if loop is not UNSET:
            field_dict["loop"] = loop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        width = d.pop("width")

        height = d.pop("height")

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
        aspect_ratio: Ray2RequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = Ray2RequestAspectRatio(_aspect_ratio)

        loop = d.pop("loop", UNSET)

        ray_2_request = cls(
            prompt=prompt,
            width=width,
            height=height,
            start_image=start_image,
            start_video=start_video,
            aspect_ratio=aspect_ratio,
            loop=loop,
        )

        return ray_2_request
