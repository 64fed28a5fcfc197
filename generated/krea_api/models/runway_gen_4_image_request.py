from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.runway_reference_image import RunwayReferenceImage


T = TypeVar("T", bound="RunwayGen4ImageRequest")


@_attrs_define
class RunwayGen4ImageRequest:
    """Request body for Runway Gen-4 Image (generation guided by tagged reference images).

    Attributes:
        prompt (str): What the image should show; may mention reference images by tag.
        reference_images (list[RunwayReferenceImage]): One to three tagged reference images.
        width (float | Unset): Output width in pixels. Default: 1024.0.
        height (float | Unset): Output height in pixels. Default: 1024.0.
        seed (float | Unset): Seed for reproducible output. Default: 1337.0.
    """

    prompt: str
    reference_images: list[RunwayReferenceImage]
    width: float | Unset = 1024.0
    height: float | Unset = 1024.0
    seed: float | Unset = 1337.0

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        reference_images = []
        for reference_images_item_data in self.reference_images:
            reference_images_item = reference_images_item_data.to_dict()
            reference_images.append(reference_images_item)

        width = self.width

        height = self.height

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "reference_images": reference_images,
            }
        )
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.runway_reference_image import RunwayReferenceImage  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        reference_images = []
        _reference_images = d.pop("reference_images")
        for reference_images_item_data in _reference_images:
            reference_images_item = RunwayReferenceImage.from_dict(
                reference_images_item_data
            )

            reference_images.append(reference_images_item)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        seed = d.pop("seed", UNSET)

        runway_gen_4_image_request = cls(
            prompt=prompt,
            reference_images=reference_images,
            width=width,
            height=height,
            seed=seed,
        )

        return runway_gen_4_image_request
