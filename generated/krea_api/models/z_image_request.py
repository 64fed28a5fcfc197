from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.z_image_request_aspect_ratio import ZImageRequestAspectRatio
from ..models.z_image_request_resolution import ZImageRequestResolution
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.style_image import StyleImage
    from ..models.style_lora import StyleLora


T = TypeVar("T", bound="ZImageRequest")


@_attrs_define
class ZImageRequest:
    """Request body for Z Image (fast, cheap text-to-image with optional image-to-image).

    Attributes:
        prompt (str): What the image should show.
        aspect_ratio (ZImageRequestAspectRatio): Output aspect ratio.
        resolution (ZImageRequestResolution): Output resolution tier; only `1K` is offered.
        seed (float | Unset): Seed for reproducible output.
        denoising_strength (float | Unset): How much `image_url` may change (0 keeps it, 1 ignores it). Default: 0.6.
        styles (list[StyleLora] | Unset): LoRA styles to apply, each with its own strength.
        skip_prompt_expansion (bool | Unset): Send the prompt as written instead of letting Krea expand it. Default:
            False.
        image_url (None | str | Unset): Optional source image for image-to-image.
        style_images (list[StyleImage] | Unset): At most one reference image steering the result.
    """

    prompt: str
    aspect_ratio: ZImageRequestAspectRatio
    resolution: ZImageRequestResolution
    seed: float | Unset = UNSET
    denoising_strength: float | Unset = 0.6
    styles: list[StyleLora] | Unset = UNSET
    skip_prompt_expansion: bool | Unset = False
    image_url: None | str | Unset = UNSET
    style_images: list[StyleImage] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        aspect_ratio = self.aspect_ratio.value

        resolution = self.resolution.value

        seed = self.seed

        denoising_strength = self.denoising_strength

        styles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.styles, Unset):
            styles = []
            for styles_item_data in self.styles:
                styles_item = styles_item_data.to_dict()
                styles.append(styles_item)

        skip_prompt_expansion = self.skip_prompt_expansion

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
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
            }
        )
        if seed is not UNSET:
            field_dict["seed"] = seed
        if denoising_strength is not UNSET:
            field_dict["denoising_strength"] = denoising_strength
        if styles is not UNSET:
            field_dict["styles"] = styles
        if skip_prompt_expansion is not UNSET:
            field_dict["skip_prompt_expansion"] = skip_prompt_expansion
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if style_images is not UNSET:
            field_dict["style_images"] = style_images

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.style_image import StyleImage  # noqa: PLC0415
        from ..models.style_lora import StyleLora  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        aspect_ratio = ZImageRequestAspectRatio(d.pop("aspect_ratio"))

        resolution = ZImageRequestResolution(d.pop("resolution"))

        seed = d.pop("seed", UNSET)

        denoising_strength = d.pop("denoising_strength", UNSET)

        _styles = d.pop("styles", UNSET)
        styles: list[StyleLora] | Unset = UNSET
        if _styles is not UNSET:
            styles = []
            for styles_item_data in _styles:
                styles_item = StyleLora.from_dict(styles_item_data)

                styles.append(styles_item)

        skip_prompt_expansion = d.pop("skip_prompt_expansion", UNSET)

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

        z_image_request = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            seed=seed,
            denoising_strength=denoising_strength,
            styles=styles,
            skip_prompt_expansion=skip_prompt_expansion,
            image_url=image_url,
            style_images=style_images,
        )

        return z_image_request
