from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelGoneError")


@_attrs_define
class ModelGoneError:
    """The 410 body of a model past its sunset date. `error` is the stable key to switch on.

    Attributes:
        error (str): `model_unavailable`.
        message (str):
        reason (str | Unset): Why, e.g. `deprecated`.
        sunset_date (datetime.date | Unset):
        replacement (str | Unset): The endpoint to use instead, e.g. `video/bytedance/seedance-1.0-pro-fast`, if any.
        migration_url (str | Unset):
    """

    error: str
    message: str
    reason: str | Unset = UNSET
    sunset_date: datetime.date | Unset = UNSET
    replacement: str | Unset = UNSET
    migration_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        message = self.message

        reason = self.reason

        sunset_date: str | Unset = UNSET
        if not isinstance(self.sunset_date, Unset):
            sunset_date = self.sunset_date.isoformat()

        replacement = self.replacement

        migration_url = self.migration_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "message": message,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if sunset_date is not UNSET:
            field_dict["sunset_date"] = sunset_date
        if replacement is not UNSET:
            field_dict["replacement"] = replacement
        if migration_url is not UNSET:
            field_dict["migration_url"] = migration_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = d.pop("error")

        message = d.pop("message")

        reason = d.pop("reason", UNSET)

        _sunset_date = d.pop("sunset_date", UNSET)
        sunset_date: datetime.date | Unset
        if isinstance(_sunset_date, Unset):
            sunset_date = UNSET
        else:
            sunset_date = datetime.date.fromisoformat(_sunset_date)

        replacement = d.pop("replacement", UNSET)

        migration_url = d.pop("migration_url", UNSET)

        model_gone_error = cls(
            error=error,
            message=message,
            reason=reason,
            sunset_date=sunset_date,
            replacement=replacement,
            migration_url=migration_url,
        )

        model_gone_error.additional_properties = d
        return model_gone_error

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
