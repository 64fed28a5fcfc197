from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.style_owner import StyleOwner


T = TypeVar("T", bound="Style")


@_attrs_define
class Style:
    """
    Attributes:
        id (str):
        title (None | str):
        urls (list[str]): Preview images.
        public (bool):
        prompt (str): A suggested prompt (with the trigger word).
        owner (None | StyleOwner): Who trained it; null for Krea's own styles.
        like_count (float):
        created_at (str):
        cover_url (None | str | Unset):
        models (list[str] | Unset): Compatible base models, e.g. `flux_dev`, `wan`.
    """

    id: str
    title: None | str
    urls: list[str]
    public: bool
    prompt: str
    owner: None | StyleOwner
    like_count: float
    created_at: str
    cover_url: None | str | Unset = UNSET
    models: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.style_owner import StyleOwner  # noqa: PLC0415

        id = self.id

        title: None | str
        title = self.title

        urls = self.urls

        public = self.public

        prompt = self.prompt

        owner: dict[str, Any] | None
        if isinstance(self.owner, StyleOwner):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        like_count = self.like_count

        created_at = self.created_at

        cover_url: None | str | Unset
        if isinstance(self.cover_url, Unset):
            cover_url = UNSET
        else:
            cover_url = self.cover_url

        models: list[str] | Unset = UNSET
        if not isinstance(self.models, Unset):
            models = self.models

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "urls": urls,
                "public": public,
                "prompt": prompt,
                "owner": owner,
                "like_count": like_count,
                "created_at": created_at,
            }
        )
        if cover_url is not UNSET:
            field_dict["cover_url"] = cover_url
        if models is not UNSET:
            field_dict["models"] = models

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.style_owner import StyleOwner  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))

        urls = cast(list[str], d.pop("urls"))

        public = d.pop("public")

        prompt = d.pop("prompt")

        def _parse_owner(data: object) -> None | StyleOwner:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                owner_type_0 = StyleOwner.from_dict(data)

                return owner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StyleOwner, data)

        owner = _parse_owner(d.pop("owner"))

        like_count = d.pop("like_count")

        created_at = d.pop("created_at")

        def _parse_cover_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cover_url = _parse_cover_url(d.pop("cover_url", UNSET))

        models = cast(list[str], d.pop("models", UNSET))

        style = cls(
            id=id,
            title=title,
            urls=urls,
            public=public,
            prompt=prompt,
            owner=owner,
            like_count=like_count,
            created_at=created_at,
            cover_url=cover_url,
            models=models,
        )

        style.additional_properties = d
        return style

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
