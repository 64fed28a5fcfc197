from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kling_camera_control_forward_up_type import (
    KlingCameraControlForwardUpType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="KlingCameraControlForwardUp")


@_attrs_define
class KlingCameraControlForwardUp:
    """Preset move that pushes the camera forward and up.

    Attributes:
        type_ (KlingCameraControlForwardUpType):
        config (None | Unset): Presets take no configuration.
    """

    type_: KlingCameraControlForwardUpType
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
        type_ = KlingCameraControlForwardUpType(d.pop("type"))

        config = d.pop("config", UNSET)

        kling_camera_control_forward_up = cls(
            type_=type_,
            config=config,
        )

        kling_camera_control_forward_up.additional_properties = d
        return kling_camera_control_forward_up

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
