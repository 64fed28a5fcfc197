from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kling_camera_control_right_turn_forward_type import (
    KlingCameraControlRightTurnForwardType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="KlingCameraControlRightTurnForward")


@_attrs_define
class KlingCameraControlRightTurnForward:
    """Preset move that turns right while moving forward.

    Attributes:
        type_ (KlingCameraControlRightTurnForwardType):
        config (None | Unset): Presets take no configuration.
    """

    type_: KlingCameraControlRightTurnForwardType
    config: None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        config = self.config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = KlingCameraControlRightTurnForwardType(d.pop("type"))

        config = d.pop("config", UNSET)

        kling_camera_control_right_turn_forward = cls(
            type_=type_,
            config=config,
        )

        kling_camera_control_right_turn_forward.additional_properties = d
        return kling_camera_control_right_turn_forward

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
