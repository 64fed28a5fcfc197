from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Asset")


@_attrs_define
class Asset:
    """
    Attributes:
        id (str):
        image_url (str): Where the file is hosted (for any media type); use it as an input URL.
        uploaded_at (datetime.datetime):
        width (float | None):
        height (float | None):
        size_bytes (float | None):
        mime_type (None | str):
        description (str | Unset):
        metadata (Any | Unset): Free-form metadata.
    """

    id: str
    image_url: str
    uploaded_at: datetime.datetime
    width: float | None
    height: float | None
    size_bytes: float | None
    mime_type: None | str
    description: str | Unset = UNSET
    metadata: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        image_url = self.image_url

        uploaded_at = self.uploaded_at.isoformat()

        width: float | None
        width = self.width

        height: float | None
        height = self.height

        size_bytes: float | None
        size_bytes = self.size_bytes

        mime_type: None | str
        mime_type = self.mime_type

        description = self.description

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "image_url": image_url,
                "uploaded_at": uploaded_at,
                "width": width,
                "height": height,
                "size_bytes": size_bytes,
                "mime_type": mime_type,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        image_url = d.pop("image_url")

        uploaded_at = datetime.datetime.fromisoformat(d.pop("uploaded_at"))

        def _parse_width(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        width = _parse_width(d.pop("width"))

        def _parse_height(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        height = _parse_height(d.pop("height"))

        def _parse_size_bytes(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        size_bytes = _parse_size_bytes(d.pop("size_bytes"))

        def _parse_mime_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mime_type = _parse_mime_type(d.pop("mime_type"))

        description = d.pop("description", UNSET)

        metadata = d.pop("metadata", UNSET)

        asset = cls(
            id=id,
            image_url=image_url,
            uploaded_at=uploaded_at,
            width=width,
            height=height,
            size_bytes=size_bytes,
            mime_type=mime_type,
            description=description,
            metadata=metadata,
        )

        asset.additional_properties = d
        return asset

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
