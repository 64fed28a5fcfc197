from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.wan_25_request_aspect_ratio import Wan25RequestAspectRatio
from ..models.wan_25_request_resolution import Wan25RequestResolution
from ..types import UNSET, Unset

T = TypeVar("T", bound="Wan25Request")


@_attrs_define
class Wan25Request:
    """Request body for Alibaba Wan 2.5.

    Attributes:
        prompt (str): What the video should show.
        start_image (None | str | Unset): Image used as the first frame.
        start_video (None | str | Unset): Video the new clip starts from.
        aspect_ratio (Wan25RequestAspectRatio | Unset): Output aspect ratio. Default: Wan25RequestAspectRatio.VALUE_0.
        resolution (Wan25RequestResolution | Unset): Output resolution. Default: Wan25RequestResolution.VALUE_2.
        enable_prompt_expansion (bool | Unset): Let the provider rewrite the prompt for better results. Default: True.
        duration (float | Unset): Clip length in seconds. Default: 5.0.
        seed (float | Unset): Seed for reproducible output.
        audio_url (str | Unset): Audio track to drive the video (e.g. for lip-sync).
        generate_audio (bool | Unset): Also generate a matching audio track. Default: False.
    """

    prompt: str
    start_image: None | str | Unset = UNSET
    start_video: None | str | Unset = UNSET
    aspect_ratio: Wan25RequestAspectRatio | Unset = Wan25RequestAspectRatio.VALUE_0
    resolution: Wan25RequestResolution | Unset = Wan25RequestResolution.VALUE_2
    enable_prompt_expansion: bool | Unset = True
    duration: float | Unset = 5.0
    seed: float | Unset = UNSET
    audio_url: str | Unset = UNSET
    generate_audio: bool | Unset = False

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

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution.value

        enable_prompt_expansion = self.enable_prompt_expansion

        duration = self.duration

        seed = self.seed

        audio_url = self.audio_url

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
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion
        if duration is not UNSET:
            field_dict["duration"] = duration
        if seed is not UNSET:
            field_dict["seed"] = seed
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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
        aspect_ratio: Wan25RequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = Wan25RequestAspectRatio(_aspect_ratio)

        _resolution = d.pop("resolution", UNSET)
        resolution: Wan25RequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = Wan25RequestResolution(_resolution)

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        duration = d.pop("duration", UNSET)

        seed = d.pop("seed", UNSET)

        audio_url = d.pop("audio_url", UNSET)

        generate_audio = d.pop("generate_audio", UNSET)

        wan_25_request = cls(
            prompt=prompt,
            start_image=start_image,
            start_video=start_video,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            enable_prompt_expansion=enable_prompt_expansion,
            duration=duration,
            seed=seed,
            audio_url=audio_url,
            generate_audio=generate_audio,
        )

        return wan_25_request
