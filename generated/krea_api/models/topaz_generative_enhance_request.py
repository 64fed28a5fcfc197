from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.topaz_generative_enhance_request_model import (
    TopazGenerativeEnhanceRequestModel,
)
from ..models.topaz_generative_enhance_request_output_format import (
    TopazGenerativeEnhanceRequestOutputFormat,
)
from ..models.topaz_generative_enhance_request_subject_detection import (
    TopazGenerativeEnhanceRequestSubjectDetection,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TopazGenerativeEnhanceRequest")


@_attrs_define
class TopazGenerativeEnhanceRequest:
    """Request body for Topaz Generative enhance (AI upscaling that may invent detail; output up to 16K).

    Attributes:
        width (float): Target output width in pixels.
        height (float): Target output height in pixels.
        image_url (str): Image to enhance.
        prompt (str | Unset): Optional hint describing the image content. Default: ''.
        seed (float | Unset): Seed for reproducible output. Default: 1337.0.
        model (TopazGenerativeEnhanceRequestModel | Unset): Topaz generative model variant. Default:
            TopazGenerativeEnhanceRequestModel.REDEFINE.
        output_format (TopazGenerativeEnhanceRequestOutputFormat | Unset): File format of the result. Default:
            TopazGenerativeEnhanceRequestOutputFormat.JPG.
        subject_detection (TopazGenerativeEnhanceRequestSubjectDetection | Unset): Which part of the image the
            enhancement focuses on. Default: TopazGenerativeEnhanceRequestSubjectDetection.ALL.
        face_enhancement (bool | Unset): Apply a dedicated pass to faces. Default: False.
        face_enhancement_creativity (float | Unset): How freely faces may be re-imagined. Default: 0.5.
        face_enhancement_strength (float | Unset): How strongly the face pass is applied. Default: 0.5.
        crop_to_fill (bool | Unset): Crop instead of padding when the target ratio differs from the input. Default:
            False.
        upscaling_activated (bool | Unset): Size the output by `image_scaling_factor` rather than by width/height.
            Default: False.
        image_scaling_factor (float | Unset): Upscale multiplier used when `upscaling_activated` is true. Default: 1.0.
        creativity (int | Unset): How much new detail the model may invent. Default: 3.
        texture (int | Unset): Amount of fine texture added. Default: 3.
        sharpen (float | Unset): Sharpening amount. Default: 0.5.
        denoise (float | Unset): Noise reduction amount. Default: 0.5.
        detail (float | Unset): Detail recovery amount. Default: 0.5.
    """

    width: float
    height: float
    image_url: str
    prompt: str | Unset = ""
    seed: float | Unset = 1337.0
    model: TopazGenerativeEnhanceRequestModel | Unset = (
        TopazGenerativeEnhanceRequestModel.REDEFINE
    )
    output_format: TopazGenerativeEnhanceRequestOutputFormat | Unset = (
        TopazGenerativeEnhanceRequestOutputFormat.JPG
    )
    subject_detection: TopazGenerativeEnhanceRequestSubjectDetection | Unset = (
        TopazGenerativeEnhanceRequestSubjectDetection.ALL
    )
    face_enhancement: bool | Unset = False
    face_enhancement_creativity: float | Unset = 0.5
    face_enhancement_strength: float | Unset = 0.5
    crop_to_fill: bool | Unset = False
    upscaling_activated: bool | Unset = False
    image_scaling_factor: float | Unset = 1.0
    creativity: int | Unset = 3
    texture: int | Unset = 3
    sharpen: float | Unset = 0.5
    denoise: float | Unset = 0.5
    detail: float | Unset = 0.5

    def to_dict(self) -> dict[str, Any]:
        width = self.width

        height = self.height

        image_url = self.image_url

        prompt = self.prompt

        seed = self.seed

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model.value

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format.value

        subject_detection: str | Unset = UNSET
        if not isinstance(self.subject_detection, Unset):
            subject_detection = self.subject_detection.value

        face_enhancement = self.face_enhancement

        face_enhancement_creativity = self.face_enhancement_creativity

        face_enhancement_strength = self.face_enhancement_strength

        crop_to_fill = self.crop_to_fill

        upscaling_activated = self.upscaling_activated

        image_scaling_factor = self.image_scaling_factor

        creativity = self.creativity

        texture = self.texture

        sharpen = self.sharpen

        denoise = self.denoise

        detail = self.detail

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "width": width,
                "height": height,
                "image_url": image_url,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if model is not UNSET:
            field_dict["model"] = model
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if subject_detection is not UNSET:
            field_dict["subject_detection"] = subject_detection
        if face_enhancement is not UNSET:
            field_dict["face_enhancement"] = face_enhancement
        if face_enhancement_creativity is not UNSET:
            field_dict["face_enhancement_creativity"] = face_enhancement_creativity
        if face_enhancement_strength is not UNSET:
            field_dict["face_enhancement_strength"] = face_enhancement_strength
        if crop_to_fill is not UNSET:
            field_dict["crop_to_fill"] = crop_to_fill
        if upscaling_activated is not UNSET:
            field_dict["upscaling_activated"] = upscaling_activated
        if image_scaling_factor is not UNSET:
            field_dict["image_scaling_factor"] = image_scaling_factor
        if creativity is not UNSET:
            field_dict["creativity"] = creativity
        if texture is not UNSET:
            field_dict["texture"] = texture
        if sharpen is not UNSET:
            field_dict["sharpen"] = sharpen
        if denoise is not UNSET:
            field_dict["denoise"] = denoise
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        width = d.pop("width")

        height = d.pop("height")

        image_url = d.pop("image_url")

        prompt = d.pop("prompt", UNSET)

        seed = d.pop("seed", UNSET)

        _model = d.pop("model", UNSET)
        model: TopazGenerativeEnhanceRequestModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = TopazGenerativeEnhanceRequestModel(_model)

        _output_format = d.pop("output_format", UNSET)
        output_format: TopazGenerativeEnhanceRequestOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = TopazGenerativeEnhanceRequestOutputFormat(_output_format)

        _subject_detection = d.pop("subject_detection", UNSET)
        subject_detection: TopazGenerativeEnhanceRequestSubjectDetection | Unset
        if isinstance(_subject_detection, Unset):
            subject_detection = UNSET
        else:
            subject_detection = TopazGenerativeEnhanceRequestSubjectDetection(
                _subject_detection
            )

        face_enhancement = d.pop("face_enhancement", UNSET)

        face_enhancement_creativity = d.pop("face_enhancement_creativity", UNSET)

        face_enhancement_strength = d.pop("face_enhancement_strength", UNSET)

        crop_to_fill = d.pop("crop_to_fill", UNSET)

        upscaling_activated = d.pop("upscaling_activated", UNSET)

        image_scaling_factor = d.pop("image_scaling_factor", UNSET)

        creativity = d.pop("creativity", UNSET)

        texture = d.pop("texture", UNSET)

        sharpen = d.pop("sharpen", UNSET)

        denoise = d.pop("denoise", UNSET)

        detail = d.pop("detail", UNSET)

        topaz_generative_enhance_request = cls(
            width=width,
            height=height,
            image_url=image_url,
            prompt=prompt,
            seed=seed,
            model=model,
            output_format=output_format,
            subject_detection=subject_detection,
            face_enhancement=face_enhancement,
            face_enhancement_creativity=face_enhancement_creativity,
            face_enhancement_strength=face_enhancement_strength,
            crop_to_fill=crop_to_fill,
            upscaling_activated=upscaling_activated,
            image_scaling_factor=image_scaling_factor,
            creativity=creativity,
            texture=texture,
            sharpen=sharpen,
            denoise=denoise,
            detail=detail,
        )

        return topaz_generative_enhance_request
