from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.topaz_bloom_enhance_request_model import TopazBloomEnhanceRequestModel
from ..models.topaz_bloom_enhance_request_output_format import (
    TopazBloomEnhanceRequestOutputFormat,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TopazBloomEnhanceRequest")


@_attrs_define
class TopazBloomEnhanceRequest:
    """Request body for Topaz Bloom enhance (creative upscaling; output up to 10K).

    Attributes:
        width (float): Target output width in pixels.
        height (float): Target output height in pixels.
        image_url (str): Image to enhance.
        model (TopazBloomEnhanceRequestModel): Bloom model variant; only `Reimagine` is offered.
        prompt (str | Unset): Optional hint describing the image content. Default: ''.
        seed (float | Unset): Seed for reproducible output. Default: 1337.0.
        output_format (TopazBloomEnhanceRequestOutputFormat | Unset): File format of the result. Default:
            TopazBloomEnhanceRequestOutputFormat.JPG.
        crop_to_fill (bool | Unset): Crop instead of padding when the target ratio differs from the input. Default:
            False.
        creativity (int | Unset): How much new detail the model may invent. Default: 3.
        face_preservation (bool | Unset): Keep faces close to the original. Default: False.
        color_preservation (bool | Unset): Keep colours close to the original. Default: False.
        upscaling_activated (bool | Unset): Size the output by `image_scaling_factor` rather than by width/height.
            Default: False.
        image_scaling_factor (float | Unset): Upscale multiplier used when `upscaling_activated` is true. Default: 1.0.
    """

    width: float
    height: float
    image_url: str
    model: TopazBloomEnhanceRequestModel
    prompt: str | Unset = ""
    seed: float | Unset = 1337.0
    output_format: TopazBloomEnhanceRequestOutputFormat | Unset = (
        TopazBloomEnhanceRequestOutputFormat.JPG
    )
    crop_to_fill: bool | Unset = False
    creativity: int | Unset = 3
    face_preservation: bool | Unset = False
    color_preservation: bool | Unset = False
    upscaling_activated: bool | Unset = False
    image_scaling_factor: float | Unset = 1.0

    def to_dict(self) -> dict[str, Any]:
        width = self.width

        height = self.height

        image_url = self.image_url

        model = self.model.value

        prompt = self.prompt

        seed = self.seed

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format.value

        crop_to_fill = self.crop_to_fill

        creativity = self.creativity

        face_preservation = self.face_preservation

        color_preservation = self.color_preservation

        upscaling_activated = self.upscaling_activated

        image_scaling_factor = self.image_scaling_factor

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "width": width,
                "height": height,
                "image_url": image_url,
                "model": model,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if crop_to_fill is not UNSET:
            field_dict["crop_to_fill"] = crop_to_fill
        if creativity is not UNSET:
            field_dict["creativity"] = creativity
        if face_preservation is not UNSET:
            field_dict["face_preservation"] = face_preservation
        if color_preservation is not UNSET:
            field_dict["color_preservation"] = color_preservation
        if upscaling_activated is not UNSET:
            field_dict["upscaling_activated"] = upscaling_activated
        if image_scaling_factor is not UNSET:
            field_dict["image_scaling_factor"] = image_scaling_factor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        width = d.pop("width")

        height = d.pop("height")

        image_url = d.pop("image_url")

        model = TopazBloomEnhanceRequestModel(d.pop("model"))

        prompt = d.pop("prompt", UNSET)

        seed = d.pop("seed", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: TopazBloomEnhanceRequestOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = TopazBloomEnhanceRequestOutputFormat(_output_format)

        crop_to_fill = d.pop("crop_to_fill", UNSET)

        creativity = d.pop("creativity", UNSET)

        face_preservation = d.pop("face_preservation", UNSET)

        color_preservation = d.pop("color_preservation", UNSET)

        upscaling_activated = d.pop("upscaling_activated", UNSET)

        image_scaling_factor = d.pop("image_scaling_factor", UNSET)

        topaz_bloom_enhance_request = cls(
            width=width,
            height=height,
            image_url=image_url,
            model=model,
            prompt=prompt,
            seed=seed,
            output_format=output_format,
            crop_to_fill=crop_to_fill,
            creativity=creativity,
            face_preservation=face_preservation,
            color_preservation=color_preservation,
            upscaling_activated=upscaling_activated,
            image_scaling_factor=image_scaling_factor,
        )

        return topaz_bloom_enhance_request
