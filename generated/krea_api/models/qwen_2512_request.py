from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.style_lora import StyleLora


T = TypeVar("T", bound="Qwen2512Request")


@_attrs_define
class Qwen2512Request:
    """Request body for Qwen Image 2512.

    Attributes:
        prompt (str): What the image should show.
        negative_prompt (str | Unset): Things the image should avoid. Default: ''.
        width (int | Unset): Output width in pixels. Default: 1024.
        height (int | Unset): Output height in pixels. Default: 1024.
        num_inference_steps (int | Unset): Number of denoising steps. Default: 30.
        cfg_scale (float | Unset): Classifier-free guidance; higher values follow the prompt more literally. Default:
            4.0.
        seed (float | Unset): Seed for reproducible output.
        skip_prompt_expansion (bool | Unset): Send the prompt as written instead of letting Krea expand it.
        styles (list[StyleLora] | Unset): LoRA styles to apply, each with its own strength.
    """

    prompt: str
    negative_prompt: str | Unset = ""
    width: int | Unset = 1024
    height: int | Unset = 1024
    num_inference_steps: int | Unset = 30
    cfg_scale: float | Unset = 4.0
    seed: float | Unset = UNSET
    skip_prompt_expansion: bool | Unset = UNSET
    styles: list[StyleLora] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        negative_prompt = self.negative_prompt

        width = self.width

        height = self.height

        num_inference_steps = self.num_inference_steps

        cfg_scale = self.cfg_scale

        seed = self.seed

        skip_prompt_expansion = self.skip_prompt_expansion

        styles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.styles, Unset):
            styles = []
            for styles_item_data in self.styles:
                styles_item = styles_item_data.to_dict()
                styles.append(styles_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if cfg_scale is not UNSET:
            field_dict["cfg_scale"] = cfg_scale
        if seed is not UNSET:
            field_dict["seed"] = seed
        if skip_prompt_expansion is not UNSET:
            field_dict["skip_prompt_expansion"] = skip_prompt_expansion
        if styles is not UNSET:
            field_dict["styles"] = styles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.style_lora import StyleLora  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt", UNSET)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        cfg_scale = d.pop("cfg_scale", UNSET)

        seed = d.pop("seed", UNSET)

        skip_prompt_expansion = d.pop("skip_prompt_expansion", UNSET)

        _styles = d.pop("styles", UNSET)
        styles: list[StyleLora] | Unset = UNSET
        if _styles is not UNSET:
            styles = []
            for styles_item_data in _styles:
                styles_item = StyleLora.from_dict(styles_item_data)

                styles.append(styles_item)

        qwen_2512_request = cls(
            prompt=prompt,
            negative_prompt=negative_prompt,
            width=width,
            height=height,
            num_inference_steps=num_inference_steps,
            cfg_scale=cfg_scale,
            seed=seed,
            skip_prompt_expansion=skip_prompt_expansion,
            styles=styles,
        )

        return qwen_2512_request
