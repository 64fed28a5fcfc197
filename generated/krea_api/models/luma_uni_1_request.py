from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.luma_output_format import LumaOutputFormat
from ..models.luma_uni_1_request_mode import LumaUni1RequestMode
from ..models.luma_uni_1_request_style import LumaUni1RequestStyle
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.style_image import StyleImage


T = TypeVar("T", bound="LumaUni1Request")


@_attrs_define
class LumaUni1Request:
    """Request body for Luma UNI-1.

    Attributes:
        prompt (str): What the image should show.
        width (float | Unset): Output width in pixels. Default: 1024.0.
        height (float | Unset): Output height in pixels. Default: 1024.0.
        mode (LumaUni1RequestMode | Unset): Quality mode; `max` costs more. Default: LumaUni1RequestMode.STANDARD.
        style (LumaUni1RequestStyle | Unset): Rendering style preset. Default: LumaUni1RequestStyle.AUTO.
        output_format (LumaOutputFormat | None | Unset): Output file format; null lets the server decide.
        web_search (bool | Unset): Let the model look things up on the web before generating. Default: False.
        style_images (list[StyleImage] | Unset): Up to nine reference images steering the result.
    """

    prompt: str
    width: float | Unset = 1024.0
    height: float | Unset = 1024.0
    mode: LumaUni1RequestMode | Unset = LumaUni1RequestMode.STANDARD
    style: LumaUni1RequestStyle | Unset = LumaUni1RequestStyle.AUTO
    output_format: LumaOutputFormat | None | Unset = UNSET
    web_search: bool | Unset = False
    style_images: list[StyleImage] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        width = self.width

        height = self.height

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        style: str | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style.value

        output_format: None | str | Unset
        if isinstance(self.output_format, Unset):
            output_format = UNSET
        elif isinstance(self.output_format, LumaOutputFormat):
            output_format = self.output_format.value
        else:
            output_format = self.output_format

        web_search = self.web_search

        style_images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.style_images, Unset):
            style_images = []
            for style_images_item_data in self.style_images:
                style_images_item = style_images_item_data.to_dict()
                style_images.append(style_images_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if mode is not UNSET:
            field_dict["mode"] = mode
        if style is not UNSET:
            field_dict["style"] = style
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if web_search is not UNSET:
            field_dict["web_search"] = web_search
        if style_images is not UNSET:
            field_dict["style_images"] = style_images

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.style_image import StyleImage  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: LumaUni1RequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = LumaUni1RequestMode(_mode)

        _style = d.pop("style", UNSET)
        style: LumaUni1RequestStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = LumaUni1RequestStyle(_style)

        def _parse_output_format(data: object) -> LumaOutputFormat | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                output_format_type_0 = LumaOutputFormat(data)

                return output_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LumaOutputFormat | None | Unset, data)

        output_format = _parse_output_format(d.pop("output_format", UNSET))

        web_search = d.pop("web_search", UNSET)

        _style_images = d.pop("style_images", UNSET)
        style_images: list[StyleImage] | Unset = UNSET
        if _style_images is not UNSET:
            style_images = []
            for style_images_item_data in _style_images:
                style_images_item = StyleImage.from_dict(style_images_item_data)

                style_images.append(style_images_item)

        luma_uni_1_request = cls(
            prompt=prompt,
            width=width,
            height=height,
            mode=mode,
            style=style,
            output_format=output_format,
            web_search=web_search,
            style_images=style_images,
        )

        return luma_uni_1_request
