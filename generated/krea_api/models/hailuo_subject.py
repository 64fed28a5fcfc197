from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hailuo_subject_type import HailuoSubjectType

T = TypeVar("T", bound="HailuoSubject")


@_attrs_define
class HailuoSubject:
    """A character whose likeness Hailuo should keep (subject-reference mode).

    Attributes:
        type_ (HailuoSubjectType):
        image (list[str]): Pictures of the character.
    """

    type_: HailuoSubjectType
    image: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        image = self.image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "image": image,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = HailuoSubjectType(d.pop("type"))

        image = cast(list[str], d.pop("image"))

        hailuo_subject = cls(
            type_=type_,
            image=image,
        )

        hailuo_subject.additional_properties = d
        return hailuo_subject

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
