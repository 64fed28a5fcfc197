from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KlingCameraControlSimpleConfig")


@_attrs_define
class KlingCameraControlSimpleConfig:
    """Per-axis movement amounts, each from -10 to 10.

    Attributes:
        zoom (float | Unset):
        roll (float | Unset):
        pan (float | Unset):
        tilt (float | Unset):
        vertical (float | Unset):
        horizontal (float | Unset):
    """

    zoom: float | Unset = UNSET
    roll: float | Unset = UNSET
    pan: float | Unset = UNSET
    tilt: float | Unset = UNSET
    vertical: float | Unset = UNSET
    horizontal: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        zoom = self.zoom

        roll = self.roll

        pan = self.pan

        tilt = self.tilt

        vertical = self.vertical

        horizontal = self.horizontal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if zoom is not UNSET:
            field_dict["zoom"] = zoom
        if roll is not UNSET:
            field_dict["roll"] = roll
        if pan is not UNSET:
            field_dict["pan"] = pan
        if tilt is not UNSET:
            field_dict["tilt"] = tilt
        if vertical is not UNSET:
            field_dict["vertical"] = vertical
        if horizontal is not UNSET:
            field_dict["horizontal"] = horizontal

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        zoom = d.pop("zoom", UNSET)

        roll = d.pop("roll", UNSET)

        pan = d.pop("pan", UNSET)

        tilt = d.pop("tilt", UNSET)

        vertical = d.pop("vertical", UNSET)

        horizontal = d.pop("horizontal", UNSET)

        kling_camera_control_simple_config = cls(
            zoom=zoom,
            roll=roll,
            pan=pan,
            tilt=tilt,
            vertical=vertical,
            horizontal=horizontal,
        )

        kling_camera_control_simple_config.additional_properties = d
        return kling_camera_control_simple_config

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
