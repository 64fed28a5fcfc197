from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StyleUpdate")


@_attrs_define
class StyleUpdate:
    """The fields to change; at least one.

    Attributes:
        public (bool | None | Unset):
        urls (list[str] | Unset):
        title (str | Unset):
        cover_url (str | Unset): The new cover image's URL (a plain string in Krea's document; not checked as a URI
            here).
    """

    public: bool | None | Unset = UNSET
    urls: list[str] | Unset = UNSET
    title: str | Unset = UNSET
    cover_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        public: bool | None | Unset
        if isinstance(self.public, Unset):
            public = UNSET
        else:
            public = self.public

        urls: list[str] | Unset = UNSET
        if not isinstance(self.urls, Unset):
            urls = self.urls

        title = self.title

        cover_url = self.cover_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if public is not UNSET:
            field_dict["public"] = public
        if urls is not UNSET:
            field_dict["urls"] = urls
        if title is not UNSET:
            field_dict["title"] = title
        if cover_url is not UNSET:
            field_dict["cover_url"] = cover_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_public(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        public = _parse_public(d.pop("public", UNSET))

        urls = cast(list[str], d.pop("urls", UNSET))

        title = d.pop("title", UNSET)

        cover_url = d.pop("cover_url", UNSET)

        style_update = cls(
            public=public,
            urls=urls,
            title=title,
            cover_url=cover_url,
        )

        style_update.additional_properties = d
        return style_update

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
