from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.gpt_image_request_quality import GptImageRequestQuality
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.style_image import StyleImage
    from ..models.style_lora import StyleLora


T = TypeVar("T", bound="GptImageRequest")


@_attrs_define
class GptImageRequest:
    """Request body for OpenAI ChatGPT Image (gpt-image).

    Attributes:
        prompt (str): What the image should show.
        width (float | Unset): Output width in pixels. Default: 1024.0.
        height (float | Unset): Output height in pixels. Default: 1024.0.
        quality (GptImageRequestQuality | Unset): Rendering quality level. Default: GptImageRequestQuality.AUTO.
        image_urls (list[str] | Unset): Input images to edit or combine; when given, `style_images` is ignored.
        styles (list[StyleLora] | Unset): Up to five LoRA styles to apply.
        style_images (list[StyleImage] | Unset): Up to fifteen image prompts steering the result.
    """

    prompt: str
    width: float | Unset = 1024.0
    height: float | Unset = 1024.0
    quality: GptImageRequestQuality | Unset = GptImageRequestQuality.AUTO
    image_urls: list[str] | Unset = UNSET
    styles: list[StyleLora] | Unset = UNSET
    style_images: list[StyleImage] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        width = self.width

        height = self.height

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality.value

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        styles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.styles, Unset):
            styles = []
            for styles_item_data in self.styles:
                styles_item = styles_item_data.to_dict()
                styles.append(styles_item)

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
        if quality is not UNSET:
            field_dict["quality"] = quality
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if styles is not UNSET:
            field_dict["styles"] = styles
        if style_images is not UNSET:
            field_dict["style_images"] = style_images

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.style_image import StyleImage  # noqa: PLC0415
        from ..models.style_lora import StyleLora  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        _quality = d.pop("quality", UNSET)
        quality: GptImageRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = GptImageRequestQuality(_quality)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        _styles = d.pop("styles", UNSET)
        styles: list[StyleLora] | Unset = UNSET
        if _styles is not UNSET:
            styles = []
            for styles_item_data in _styles:
                styles_item = StyleLora.from_dict(styles_item_data)

                styles.append(styles_item)

        _style_images = d.pop("style_images", UNSET)
        style_images: list[StyleImage] | Unset = UNSET
        if _style_images is not UNSET:
            style_images = []
            for style_images_item_data in _style_images:
                style_images_item = StyleImage.from_dict(style_images_item_data)

                style_images.append(style_images_item)

        gpt_image_request = cls(
            prompt=prompt,
            width=width,
            height=height,
            quality=quality,
            image_urls=image_urls,
            styles=styles,
            style_images=style_images,
        )

        return gpt_image_request
