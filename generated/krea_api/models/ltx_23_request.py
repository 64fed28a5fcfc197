from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.ltx_23_request_aspect_ratio import Ltx23RequestAspectRatio
from ..models.ltx_23_request_duration import Ltx23RequestDuration
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.style_lora import StyleLora


T = TypeVar("T", bound="Ltx23Request")


@_attrs_define
class Ltx23Request:
    """Request body for Lightricks LTX-2.3 22B.

    Attributes:
        prompt (str): What the video should show.
        start_image (None | str | Unset): Image used as the first frame.
        start_video (None | str | Unset): Video the new clip starts from.
        aspect_ratio (Ltx23RequestAspectRatio | Unset): Output aspect ratio. Default: Ltx23RequestAspectRatio.VALUE_0.
        duration (Ltx23RequestDuration | Unset): Clip length in seconds. Default: Ltx23RequestDuration.VALUE_5.
        num_frames (int | Unset): Exact number of frames to generate.
        seed (int | Unset): Seed for reproducible output.
        generate_audio (bool | Unset): Also generate a matching audio track. Default: True.
        end_image (None | str | Unset): Image used as the last frame.
        styles (list[StyleLora] | Unset): LoRA styles to apply, each with its own strength.
        has_lora (bool | Unset): Marks the request as using a LoRA (LoRA runs are priced differently).
    """

    prompt: str
    start_image: None | str | Unset = UNSET
    start_video: None | str | Unset = UNSET
    aspect_ratio: Ltx23RequestAspectRatio | Unset = Ltx23RequestAspectRatio.VALUE_0
    duration: Ltx23RequestDuration | Unset = Ltx23RequestDuration.VALUE_5
    num_frames: int | Unset = UNSET
    seed: int | Unset = UNSET
    generate_audio: bool | Unset = True
    end_image: None | str | Unset = UNSET
    styles: list[StyleLora] | Unset = UNSET
    has_lora: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        start_image: None | str | Unset
        if isinstance(self.start_image, Unset):
            start_image = UNSET
        else:
            start_image = self.start_image

        start_video: None | str | Unset
        if isinstance(self.start_video, Unset):
            start_video = UNSET
        else:
            start_video = self.start_video

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.value

        duration: int | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration.value

        num_frames = self.num_frames

        seed = self.seed

        generate_audio = self.generate_audio

        end_image: None | str | Unset
        if isinstance(self.end_image, Unset):
            end_image = UNSET
        else:
            end_image = self.end_image

        styles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.styles, Unset):
            styles = []
            for styles_item_data in self.styles:
                styles_item = styles_item_data.to_dict()
                styles.append(styles_item)

        has_lora = self.has_lora

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if start_image is not UNSET:
            field_dict["start_image"] = start_image
        if start_video is not UNSET:
            field_dict["start_video"] = start_video
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if seed is not UNSET:
            field_dict["seed"] = seed
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
        if end_image is not UNSET:
            field_dict["end_image"] = end_image
        if styles is not UNSET:
            field_dict["styles"] = styles
        if has_lora is not UNSET:
            field_dict["has_lora"] = has_lora

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.style_lora import StyleLora  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        def _parse_start_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_image = _parse_start_image(d.pop("start_image", UNSET))

        def _parse_start_video(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_video = _parse_start_video(d.pop("start_video", UNSET))

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Ltx23RequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = Ltx23RequestAspectRatio(_aspect_ratio)

        _duration = d.pop("duration", UNSET)
        duration: Ltx23RequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = Ltx23RequestDuration(_duration)

        num_frames = d.pop("num_frames", UNSET)

        seed = d.pop("seed", UNSET)

        generate_audio = d.pop("generate_audio", UNSET)

        def _parse_end_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_image = _parse_end_image(d.pop("end_image", UNSET))

        _styles = d.pop("styles", UNSET)
        styles: list[StyleLora] | Unset = UNSET
        if _styles is not UNSET:
            styles = []
            for styles_item_data in _styles:
                styles_item = StyleLora.from_dict(styles_item_data)

                styles.append(styles_item)

        has_lora = d.pop("has_lora", UNSET)

        ltx_23_request = cls(
            prompt=prompt,
            start_image=start_image,
            start_video=start_video,
            aspect_ratio=aspect_ratio,
            duration=duration,
            num_frames=num_frames,
            seed=seed,
            generate_audio=generate_audio,
            end_image=end_image,
            styles=styles,
            has_lora=has_lora,
        )

        return ltx_23_request
