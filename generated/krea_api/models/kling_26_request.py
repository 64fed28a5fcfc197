from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.kling_26_request_aspect_ratio import Kling26RequestAspectRatio
from ..models.kling_26_request_duration import Kling26RequestDuration
from ..types import UNSET, Unset

T = TypeVar("T", bound="Kling26Request")


@_attrs_define
class Kling26Request:
    """Request body for Kling 2.6.

    Attributes:
        prompt (str): What the video should show.
        start_image (str | Unset): Image used as the first frame.
        start_video (None | str | Unset): Video the new clip starts from.
        aspect_ratio (Kling26RequestAspectRatio | Unset): Output aspect ratio. Default:
            Kling26RequestAspectRatio.VALUE_0.
        duration (Kling26RequestDuration | Unset): Clip length in seconds. Default: Kling26RequestDuration.VALUE_5.
        end_image (str | Unset): Image used as the last frame.
        end_video (str | Unset): Video the clip should lead into.
        generate_audio (bool | Unset): Also generate a matching audio track (costs more). Default: False.
    """

    prompt: str
    start_image: str | Unset = UNSET
    start_video: None | str | Unset = UNSET
    aspect_ratio: Kling26RequestAspectRatio | Unset = Kling26RequestAspectRatio.VALUE_0
    duration: Kling26RequestDuration | Unset = Kling26RequestDuration.VALUE_5
    end_image: str | Unset = UNSET
    end_video: str | Unset = UNSET
    generate_audio: bool | Unset = False

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

        duration: int | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration.value

        end_image = self.end_image

        end_video = self.end_video

        generate_audio = self.generate_audio

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
        if end_video is not UNSET:
            field_dict["end_video"] = end_video
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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
        aspect_ratio: Kling26RequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = Kling26RequestAspectRatio(_aspect_ratio)

        _duration = d.pop("duration", UNSET)
        duration: Kling26RequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = Kling26RequestDuration(_duration)

        end_image = d.pop("end_image", UNSET)

        end_video = d.pop("end_video", UNSET)

        generate_audio = d.pop("generate_audio", UNSET)

        kling_26_request = cls(
            prompt=prompt,
            start_image=start_image,
            start_video=start_video,
            aspect_ratio=aspect_ratio,
            duration=duration,
            end_image=end_image,
            end_video=end_video,
            generate_audio=generate_audio,
        )

        return kling_26_request
