from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.style_image import StyleImage


T = TypeVar("T", bound="Flux1KontextDevRequest")


@_attrs_define
class Flux1KontextDevRequest:
    """Request body for Flux 1 Kontext Dev (instruction-based editing and generation).

    Attributes:
        prompt (str): What the image should show, or the edit to apply to `image_url`.
        strength (float | Unset): How strongly `image_url` is transformed. Default: 1.0.
        seed (float | Unset): Seed for reproducible output; a random one is used when omitted.
        steps (int | Unset): Number of denoising steps. Default: 25.
        width (float | Unset): Output width in pixels. Default: 1024.0.
        height (float | Unset): Output height in pixels. Default: 1024.0.
        guidance_scale_flux (float | Unset): Prompt adherence; higher values follow the prompt more literally. Default:
            3.0.
        image_url (None | str | Unset): Optional image to edit.
        style_images (list[StyleImage] | Unset): At most one image prompt steering the result.
    """

    prompt: str
    strength: float | Unset = 1.0
    seed: float | Unset = UNSET
    steps: int | Unset = 25
    width: float | Unset = 1024.0
    height: float | Unset = 1024.0
    guidance_scale_flux: float | Unset = 3.0
    image_url: None | str | Unset = UNSET
    style_images: list[StyleImage] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        strength = self.strength

        seed = self.seed

        steps = self.steps

        width = self.width

        height = self.height

        guidance_scale_flux = self.guidance_scale_flux

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

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
        if strength is not UNSET:
            field_dict["strength"] = strength
        if seed is not UNSET:
            field_dict["seed"] = seed
        if steps is not UNSET:
            field_dict["steps"] = steps
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if guidance_scale_flux is not UNSET:
            field_dict["guidance_scale_flux"] = guidance_scale_flux
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if style_images is not UNSET:
            field_dict["style_images"] = style_images

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.style_image import StyleImage  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        strength = d.pop("strength", UNSET)

        seed = d.pop("seed", UNSET)

        steps = d.pop("steps", UNSET)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        guidance_scale_flux = d.pop("guidance_scale_flux", UNSET)

        def _parse_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_url = _parse_image_url(d.pop("image_url", UNSET))

        _style_images = d.pop("style_images", UNSET)
        style_images: list[StyleImage] | Unset = UNSET
        if _style_images is not UNSET:
            style_images = []
            for style_images_item_data in _style_images:
                style_images_item = StyleImage.from_dict(style_images_item_data)

                style_images.append(style_images_item)

        flux_1_kontext_dev_request = cls(
            prompt=prompt,
            strength=strength,
            seed=seed,
            steps=steps,
            width=width,
            height=height,
            guidance_scale_flux=guidance_scale_flux,
            image_url=image_url,
            style_images=style_images,
        )

        return flux_1_kontext_dev_request
