from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.style_image import StyleImage


T = TypeVar("T", bound="Ideogram3Request")


@_attrs_define
class Ideogram3Request:
    """Request body for Ideogram 3.0.

    Attributes:
        prompt (str): What the image should show.
        width (float | Unset): Output width in pixels. Default: 1024.0.
        height (float | Unset): Output height in pixels. Default: 1024.0.
        seed (float | Unset): Seed for reproducible output. Default: 1337.0.
        character_reference_images (list[str] | Unset): Pictures of a character to keep consistent in the output (raises
            the price).
        style_images (list[StyleImage] | Unset): Image prompts that steer the result.
    """

    prompt: str
    width: float | Unset = 1024.0
    height: float | Unset = 1024.0
    seed: float | Unset = 1337.0
    character_reference_images: list[str] | Unset = UNSET
    style_images: list[StyleImage] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        width = self.width

        height = self.height

        seed = self.seed

        character_reference_images: list[str] | Unset = UNSET
        if not isinstance(self.character_reference_images, Unset):
            character_reference_images = self.character_reference_images

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
        if seed is not UNSET:
            field_dict["seed"] = seed
        if character_reference_images is not UNSET:
            field_dict["character_reference_images"] = character_reference_images
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

        seed = d.pop("seed", UNSET)

        character_reference_images = cast(
            list[str], d.pop("character_reference_images", UNSET)
        )

        _style_images = d.pop("style_images", UNSET)
        style_images: list[StyleImage] | Unset = UNSET
        if _style_images is not UNSET:
            style_images = []
            for style_images_item_data in _style_images:
                style_images_item = StyleImage.from_dict(style_images_item_data)

                style_images.append(style_images_item)

        ideogram_3_request = cls(
            prompt=prompt,
            width=width,
            height=height,
            seed=seed,
            character_reference_images=character_reference_images,
            style_images=style_images,
        )

        return ideogram_3_request
