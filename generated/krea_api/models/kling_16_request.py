from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.kling_16_request_aspect_ratio import Kling16RequestAspectRatio
from ..models.kling_16_request_duration import Kling16RequestDuration
from ..models.kling_16_request_mode import Kling16RequestMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kling_camera_control_down_back import KlingCameraControlDownBack
    from ..models.kling_camera_control_forward_up import KlingCameraControlForwardUp
    from ..models.kling_camera_control_left_turn_forward import (
        KlingCameraControlLeftTurnForward,
    )
    from ..models.kling_camera_control_right_turn_forward import (
        KlingCameraControlRightTurnForward,
    )
    from ..models.kling_camera_control_simple import KlingCameraControlSimple


T = TypeVar("T", bound="Kling16Request")


@_attrs_define
class Kling16Request:
    """Request body for Kling 1.6.

    Attributes:
        prompt (str): What the video should show.
        start_image (str | Unset): Image used as the first frame.
        start_video (None | str | Unset): Video the new clip starts from.
        aspect_ratio (Kling16RequestAspectRatio | Unset): Output aspect ratio. Default:
            Kling16RequestAspectRatio.VALUE_0.
        duration (Kling16RequestDuration | Unset): Clip length in seconds. Default: Kling16RequestDuration.VALUE_5.
        camera_control (KlingCameraControlDownBack | KlingCameraControlForwardUp | KlingCameraControlLeftTurnForward |
            KlingCameraControlRightTurnForward | KlingCameraControlSimple | Unset): Camera movement for Kling 1.x; either a
            custom `simple` move or one of four preset moves.
        end_image (str | Unset): Image used as the last frame.
        end_video (str | Unset): Video the clip should lead into.
        mode (Kling16RequestMode | Unset): Quality tier; `pro` costs more. Default: Kling16RequestMode.STD.
    """

    prompt: str
    start_image: str | Unset = UNSET
    start_video: None | str | Unset = UNSET
    aspect_ratio: Kling16RequestAspectRatio | Unset = Kling16RequestAspectRatio.VALUE_0
    duration: Kling16RequestDuration | Unset = Kling16RequestDuration.VALUE_5
    camera_control: (
        KlingCameraControlDownBack
        | KlingCameraControlForwardUp
        | KlingCameraControlLeftTurnForward
        | KlingCameraControlRightTurnForward
        | KlingCameraControlSimple
        | Unset
    ) = UNSET
    end_image: str | Unset = UNSET
    end_video: str | Unset = UNSET
    mode: Kling16RequestMode | Unset = Kling16RequestMode.STD

    def to_dict(self) -> dict[str, Any]:
        from ..models.kling_camera_control_down_back import KlingCameraControlDownBack  # noqa: PLC0415
        from ..models.kling_camera_control_forward_up import KlingCameraControlForwardUp  # noqa: PLC0415
        from ..models.kling_camera_control_right_turn_forward import (
            KlingCameraControlRightTurnForward,  # noqa: PLC0415
        )
        from ..models.kling_camera_control_simple import KlingCameraControlSimple  # noqa: PLC0415

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

        camera_control: dict[str, Any] | Unset
        if isinstance(self.camera_control, Unset):
            camera_control = UNSET
        elif isinstance(self.camera_control, KlingCameraControlSimple):
            camera_control = self.camera_control.to_dict()
        elif isinstance(self.camera_control, KlingCameraControlDownBack):
            camera_control = self.camera_control.to_dict()
        elif isinstance(self.camera_control, KlingCameraControlForwardUp):
            camera_control = self.camera_control.to_dict()
        elif isinstance(self.camera_control, KlingCameraControlRightTurnForward):
            camera_control = self.camera_control.to_dict()
        else:
            camera_control = self.camera_control.to_dict()

        end_image = self.end_image

        end_video = self.end_video

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

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
        if camera_control is not UNSET:
            field_dict["camera_control"] = camera_control
        if end_image is not UNSET:
            field_dict["end_image"] = end_image
        if end_video is not UNSET:
            field_dict["end_video"] = end_video
        if mode is not UNSET:
            field_dict["mode"] = mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kling_camera_control_down_back import KlingCameraControlDownBack  # noqa: PLC0415
        from ..models.kling_camera_control_forward_up import KlingCameraControlForwardUp  # noqa: PLC0415
        from ..models.kling_camera_control_left_turn_forward import (
            KlingCameraControlLeftTurnForward,  # noqa: PLC0415
        )
        from ..models.kling_camera_control_right_turn_forward import (
            KlingCameraControlRightTurnForward,  # noqa: PLC0415
        )
        from ..models.kling_camera_control_simple import KlingCameraControlSimple  # noqa: PLC0415

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
        aspect_ratio: Kling16RequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = Kling16RequestAspectRatio(_aspect_ratio)

        _duration = d.pop("duration", UNSET)
        duration: Kling16RequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = Kling16RequestDuration(_duration)

        def _parse_camera_control(
            data: object,
        ) -> (
            KlingCameraControlDownBack
            | KlingCameraControlForwardUp
            | KlingCameraControlLeftTurnForward
            | KlingCameraControlRightTurnForward
            | KlingCameraControlSimple
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_kling_camera_control_type_0 = (
                    KlingCameraControlSimple.from_dict(data)
                )

                return componentsschemas_kling_camera_control_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_kling_camera_control_type_1 = (
                    KlingCameraControlDownBack.from_dict(data)
                )

                return componentsschemas_kling_camera_control_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_kling_camera_control_type_2 = (
                    KlingCameraControlForwardUp.from_dict(data)
                )

                return componentsschemas_kling_camera_control_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_kling_camera_control_type_3 = (
                    KlingCameraControlRightTurnForward.from_dict(data)
                )

                return componentsschemas_kling_camera_control_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_kling_camera_control_type_4 = (
                KlingCameraControlLeftTurnForward.from_dict(data)
            )

            return componentsschemas_kling_camera_control_type_4

        camera_control = _parse_camera_control(d.pop("camera_control", UNSET))

        end_image = d.pop("end_image", UNSET)

        end_video = d.pop("end_video", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: Kling16RequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = Kling16RequestMode(_mode)

        kling_16_request = cls(
            prompt=prompt,
            start_image=start_image,
            start_video=start_video,
            aspect_ratio=aspect_ratio,
            duration=duration,
            camera_control=camera_control,
            end_image=end_image,
            end_video=end_video,
            mode=mode,
        )

        return kling_16_request
