from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="KlingElementReference")


@_attrs_define
class KlingElementReference:
    """A Kling o1 element (character or object) shown in one to three pictures, mentioned in the prompt by its tag.

    Attributes:
        images (list[str]): One to three pictures of the element.
        tag (str): Name used to mention this element in the prompt (lowercase letters, digits, `_`, `-`).
    """

    images: list[str]
    tag: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        images = self.images

        tag = self.tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "images": images,
                "tag": tag,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        images = cast(list[str], d.pop("images"))

        tag = d.pop("tag")

        kling_element_reference = cls(
            images=images,
            tag=tag,
        )

        kling_element_reference.additional_properties = d
        return kling_element_reference

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
