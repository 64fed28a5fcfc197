from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.hailuo_request_model import HailuoRequestModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hailuo_subject import HailuoSubject


T = TypeVar("T", bound="HailuoRequest")


@_attrs_define
class HailuoRequest:
    """Request body for MiniMax Hailuo (video-01 family).

    Attributes:
        prompt (str): What the video should show.
        start_image (str | Unset): Image used as the first frame.
        start_video (None | str | Unset): Video the new clip starts from.
        expand_prompt (bool | Unset): Let the provider rewrite the prompt for better results. Default: True.
        camera_control (list[str] | Unset): Camera movement instructions (for the Director models).
        model (HailuoRequestModel | Unset): Hailuo model variant. Default: HailuoRequestModel.VIDEO_01.
        subjects (list[HailuoSubject] | Unset): At most one character to keep consistent (used by `S2V-01`).
    """

    prompt: str
    start_image: str | Unset = UNSET
    start_video: None | str | Unset = UNSET
    expand_prompt: bool | Unset = True
    camera_control: list[str] | Unset = UNSET
    model: HailuoRequestModel | Unset = HailuoRequestModel.VIDEO_01
    subjects: list[HailuoSubject] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        start_image = self.start_image

        start_video: None | str | Unset
        if isinstance(self.start_video, Unset):
            start_video = UNSET
        else:
            start_video = self.start_video

        expand_prompt = self.expand_prompt

        camera_control: list[str] | Unset = UNSET
        if not isinstance(self.camera_control, Unset):
            camera_control = self.camera_control

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model.value

        subjects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = []
            for subjects_item_data in self.subjects:
                subjects_item = subjects_item_data.to_dict()
                subjects.append(subjects_item)

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
        if expand_prompt is not UNSET:
            field_dict["expand_prompt"] = expand_prompt
        if camera_control is not UNSET:
            field_dict["camera_control"] = camera_control
        if model is not UNSET:
            field_dict["model"] = model
        if subjects is not UNSET:
            field_dict["subjects"] = subjects

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hailuo_subject import HailuoSubject  # noqa: PLC0415

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

        expand_prompt = d.pop("expand_prompt", UNSET)

        camera_control = cast(list[str], d.pop("camera_control", UNSET))

        _model = d.pop("model", UNSET)
        model: HailuoRequestModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = HailuoRequestModel(_model)

        _subjects = d.pop("subjects", UNSET)
        subjects: list[HailuoSubject] | Unset = UNSET
        if _subjects is not UNSET:
            subjects = []
            for subjects_item_data in _subjects:
                subjects_item = HailuoSubject.from_dict(subjects_item_data)

                subjects.append(subjects_item)

        hailuo_request = cls(
            prompt=prompt,
            start_image=start_image,
            start_video=start_video,
            expand_prompt=expand_prompt,
            camera_control=camera_control,
            model=model,
            subjects=subjects,
        )

        return hailuo_request
