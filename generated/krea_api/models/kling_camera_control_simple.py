from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kling_camera_control_simple_type import KlingCameraControlSimpleType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kling_camera_control_simple_config import (
        KlingCameraControlSimpleConfig,
    )


T = TypeVar("T", bound="KlingCameraControlSimple")


@_attrs_define
class KlingCameraControlSimple:
    """A custom camera move built from per-axis amounts.

    Attributes:
        type_ (KlingCameraControlSimpleType):
        config (KlingCameraControlSimpleConfig | Unset): Per-axis movement amounts, each from -10 to 10.
    """

    type_: KlingCameraControlSimpleType
    config: KlingCameraControlSimpleConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

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
        from ..models.kling_camera_control_simple_config import (
            KlingCameraControlSimpleConfig,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = KlingCameraControlSimpleType(d.pop("type"))

        _config = d.pop("config", UNSET)
        config: KlingCameraControlSimpleConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = KlingCameraControlSimpleConfig.from_dict(_config)

        kling_camera_control_simple = cls(
            type_=type_,
            config=config,
        )

        kling_camera_control_simple.additional_properties = d
        return kling_camera_control_simple

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
