from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobResult")


@_attrs_define
class JobResult:
    """What a job produced (or, while `intermediate-complete`, a preview).

    Attributes:
        urls (list[str] | Unset): The output files, hosted on gen.krea.ai.
        style_id (str | Unset): The new style's id, on a completed style-training job.
        error (Any | Unset): Failure details, on some failed jobs (free-form; prefer `Job.error`).
    """

    urls: list[str] | Unset = UNSET
    style_id: str | Unset = UNSET
    error: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        urls: list[str] | Unset = UNSET
        if not isinstance(self.urls, Unset):
            urls = self.urls

        style_id = self.style_id

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if urls is not UNSET:
            field_dict["urls"] = urls
        if style_id is not UNSET:
            field_dict["style_id"] = style_id
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        urls = cast(list[str], d.pop("urls", UNSET))

        style_id = d.pop("style_id", UNSET)

        error = d.pop("error", UNSET)

        job_result = cls(
            urls=urls,
            style_id=style_id,
            error=error,
        )

        job_result.additional_properties = d
        return job_result

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
