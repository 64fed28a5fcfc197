from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.style_image import StyleImage


T = TypeVar("T", bound="Seedream5LiteRequest")


@_attrs_define
class Seedream5LiteRequest:
    """Request body for ByteDance Seedream 5 Lite.

    Attributes:
        prompt (str): What the image should show.
        width (float): Output width in pixels.
        height (float): Output height in pixels.
        seed (float | Unset): Seed for reproducible output. Default: 1337.0.
        style_images (list[StyleImage] | Unset): Up to fourteen reference images steering the result.
    """

    prompt: str
    width: float
    height: float
    seed: float | Unset = 1337.0
    style_images: list[StyleImage] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        width = self.width

        height = self.height

        seed = self.seed

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
        if seed is not UNSET:
            field_dict["seed"] = seed
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

        seed = d.pop("seed", UNSET)

        _style_images = d.pop("style_images", UNSET)
        style_images: list[StyleImage] | Unset = UNSET
        if _style_images is not UNSET:
            style_images = []
            for style_images_item_data in _style_images:
                style_images_item = StyleImage.from_dict(style_images_item_data)

                style_images.append(style_images_item)

        seedream_5_lite_request = cls(
            prompt=prompt,
            width=width,
            height=height,
            seed=seed,
            style_images=style_images,
        )

        return seedream_5_lite_request
