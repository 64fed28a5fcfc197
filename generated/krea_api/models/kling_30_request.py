from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.kling_30_request_aspect_ratio import Kling30RequestAspectRatio
from ..models.kling_30_request_mode import Kling30RequestMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kling_multi_prompt_segment import KlingMultiPromptSegment


T = TypeVar("T", bound="Kling30Request")


@_attrs_define
class Kling30Request:
    """Request body for Kling 3.0.

    Attributes:
        prompt (str): What the video should show.
        start_image (str | Unset): Image used as the first frame.
        start_video (None | str | Unset): Video the new clip starts from.
        aspect_ratio (Kling30RequestAspectRatio | Unset): Output aspect ratio. Default:
            Kling30RequestAspectRatio.VALUE_0.
        duration (float | Unset): Clip length in seconds. Default: 5.0.
        end_image (str | Unset): Image used as the last frame.
        generate_audio (bool | Unset): Also generate a matching audio track (costs more). Default: False.
        mode (Kling30RequestMode | Unset): Quality tier; `pro` and `4k` cost more. Default: Kling30RequestMode.STD.
        multi_prompt (list[KlingMultiPromptSegment] | Unset): Optional list of shots, each with its own prompt and
            length, for a multi-shot video.
    """

    prompt: str
    start_image: str | Unset = UNSET
    start_video: None | str | Unset = UNSET
    aspect_ratio: Kling30RequestAspectRatio | Unset = Kling30RequestAspectRatio.VALUE_0
    duration: float | Unset = 5.0
    end_image: str | Unset = UNSET
    generate_audio: bool | Unset = False
    mode: Kling30RequestMode | Unset = Kling30RequestMode.STD
    multi_prompt: list[KlingMultiPromptSegment] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        start_image = self.start_image

        start_video: None | str | Unset
        if isinstance(self.start_video, Unset):
            start_video = UNSET
        else:
            start_video = self.start_video

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.value

        duration = self.duration

        end_image = self.end_image

        generate_audio = self.generate_audio

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        multi_prompt: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.multi_prompt, Unset):
            multi_prompt = []
            for multi_prompt_item_data in self.multi_prompt:
                multi_prompt_item = multi_prompt_item_data.to_dict()
                multi_prompt.append(multi_prompt_item)

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
        if end_image is not UNSET:
            field_dict["end_image"] = end_image
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
        if mode is not UNSET:
            field_dict["mode"] = mode
        if multi_prompt is not UNSET:
            field_dict["multi_prompt"] = multi_prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kling_multi_prompt_segment import KlingMultiPromptSegment  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        start_image = d.pop("start_image", UNSET)

        def _parse_start_video(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_video = _parse_start_video(d.pop("start_video", UNSET))

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Kling30RequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = Kling30RequestAspectRatio(_aspect_ratio)

        duration = d.pop("duration", UNSET)

        end_image = d.pop("end_image", UNSET)

        generate_audio = d.pop("generate_audio", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: Kling30RequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = Kling30RequestMode(_mode)

        _multi_prompt = d.pop("multi_prompt", UNSET)
        multi_prompt: list[KlingMultiPromptSegment] | Unset = UNSET
        if _multi_prompt is not UNSET:
            multi_prompt = []
            for multi_prompt_item_data in _multi_prompt:
                multi_prompt_item = KlingMultiPromptSegment.from_dict(
                    multi_prompt_item_data
                )

                multi_prompt.append(multi_prompt_item)

        kling_30_request = cls(
            prompt=prompt,
            start_image=start_image,
            start_video=start_video,
            aspect_ratio=aspect_ratio,
            duration=duration,
            end_image=end_image,
            generate_audio=generate_audio,
            mode=mode,
            multi_prompt=multi_prompt,
        )

        return kling_30_request
