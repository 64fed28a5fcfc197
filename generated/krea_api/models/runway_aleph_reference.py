from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.runway_aleph_reference_type import RunwayAlephReferenceType

T = TypeVar("T", bound="RunwayAlephReference")


@_attrs_define
class RunwayAlephReference:
    """A reference image for Runway Aleph.

    Attributes:
        type_ (RunwayAlephReferenceType):
        uri (str): Reference image URL.
    """

    type_: RunwayAlephReferenceType
    uri: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        uri = self.uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "uri": uri,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = RunwayAlephReferenceType(d.pop("type"))

        uri = d.pop("uri")

        runway_aleph_reference = cls(
            type_=type_,
            uri=uri,
        )

        runway_aleph_reference.additional_properties = d
        return runway_aleph_reference

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
