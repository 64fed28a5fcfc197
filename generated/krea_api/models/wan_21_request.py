from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.wan_21_request_aspect_ratio import Wan21RequestAspectRatio
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.style_lora import StyleLora


T = TypeVar("T", bound="Wan21Request")


@_attrs_define
class Wan21Request:
    """Request body for Alibaba Wan 2.1.

    Attributes:
        prompt (str): What the video should show.
        width (float): Output width in pixels.
        height (float): Output height in pixels.
        start_image (None | str | Unset): Image used as the first frame.
        start_video (None | str | Unset): Video the new clip starts from.
        end_image (None | str | Unset): Image used as the last frame.
        end_video (None | str | Unset): Video the clip should lead into.
        aspect_ratio (Wan21RequestAspectRatio | Unset): Output aspect ratio. Default: Wan21RequestAspectRatio.VALUE_0.
        styles (list[StyleLora] | Unset): LoRA styles to apply, each with its own strength.
        frame_num (float | Unset): Number of frames to generate.
    """

    prompt: str
    width: float
    height: float
    start_image: None | str | Unset = UNSET
    start_video: None | str | Unset = UNSET
    end_image: None | str | Unset = UNSET
    end_video: None | str | Unset = UNSET
    aspect_ratio: Wan21RequestAspectRatio | Unset = Wan21RequestAspectRatio.VALUE_0
    styles: list[StyleLora] | Unset = UNSET
    frame_num: float | Unset = UNSET

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

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.value

        styles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.styles, Unset):
            styles = []
            for styles_item_data in self.styles:
                styles_item = styles_item_data.to_dict()
                styles.append(styles_item)

        frame_num = self.frame_num

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
        if end_image is not UNSET:
            field_dict["end_image"] = end_image
        if end_video is not UNSET:
            field_dict["end_video"] = end_video
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if styles is not UNSET:
            field_dict["styles"] = styles
        if frame_num is not UNSET:
            field_dict["frame_num"] = frame_num

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.style_lora import StyleLora  # noqa: PLC0415

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

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Wan21RequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = Wan21RequestAspectRatio(_aspect_ratio)

        _styles = d.pop("styles", UNSET)
        styles: list[StyleLora] | Unset = UNSET
        if _styles is not UNSET:
            styles = []
            for styles_item_data in _styles:
                styles_item = StyleLora.from_dict(styles_item_data)

                styles.append(styles_item)

        frame_num = d.pop("frame_num", UNSET)

        wan_21_request = cls(
            prompt=prompt,
            width=width,
            height=height,
            start_image=start_image,
            start_video=start_video,
            end_image=end_image,
            end_video=end_video,
            aspect_ratio=aspect_ratio,
            styles=styles,
            frame_num=frame_num,
        )

        return wan_21_request
