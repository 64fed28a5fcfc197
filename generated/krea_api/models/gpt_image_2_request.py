from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.gpt_image_2_request_quality import GptImage2RequestQuality
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.style_image import StyleImage


T = TypeVar("T", bound="GptImage2Request")


@_attrs_define
class GptImage2Request:
    """Request body for OpenAI ChatGPT 2 (gpt-image-2).

    Attributes:
        prompt (str): What the image should show.
        width (float): Output width in pixels.
        height (float): Output height in pixels.
        quality (GptImage2RequestQuality | Unset): Rendering quality level. Default: GptImage2RequestQuality.HIGH.
        image_urls (list[str] | Unset): Up to ten input images to edit or combine; when given, `style_images` is
            ignored.
        style_images (list[StyleImage] | Unset): Up to ten image prompts steering the result.
    """

    prompt: str
    width: float
    height: float
    quality: GptImage2RequestQuality | Unset = GptImage2RequestQuality.HIGH
    image_urls: list[str] | Unset = UNSET
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
                "width": width,
                "height": height,
            }
        )
        if quality is not UNSET:
            field_dict["quality"] = quality
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if style_images is not UNSET:
            field_dict["style_images"] = style_images

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.style_image import StyleImage  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        width = d.pop("width")

        height = d.pop("height")

        _quality = d.pop("quality", UNSET)
        quality: GptImage2RequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = GptImage2RequestQuality(_quality)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        _style_images = d.pop("style_images", UNSET)
        style_images: list[StyleImage] | Unset = UNSET
        if _style_images is not UNSET:
            style_images = []
            for style_images_item_data in _style_images:
                style_images_item = StyleImage.from_dict(style_images_item_data)

                style_images.append(style_images_item)

        gpt_image_2_request = cls(
            prompt=prompt,
            width=width,
            height=height,
            quality=quality,
            image_urls=image_urls,
            style_images=style_images,
        )

        return gpt_image_2_request
