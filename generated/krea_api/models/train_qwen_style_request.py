from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.train_qwen_style_request_model import TrainQwenStyleRequestModel
from ..models.train_qwen_style_request_type import TrainQwenStyleRequestType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainQwenStyleRequest")


@_attrs_define
class TrainQwenStyleRequest:
    """Training on Qwen or Z Image (the base model must be named).

    Attributes:
        model (TrainQwenStyleRequestModel):
        name (str):
        urls (list[str]):
        type_ (TrainQwenStyleRequestType | Unset):  Default: TrainQwenStyleRequestType.STYLE.
        trigger_word (str | Unset):
        max_train_steps (int | Unset):
    """

    model: TrainQwenStyleRequestModel
    name: str
    urls: list[str]
    type_: TrainQwenStyleRequestType | Unset = TrainQwenStyleRequestType.STYLE
    trigger_word: str | Unset = UNSET
    max_train_steps: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model.value

        name = self.name

        urls = self.urls

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        trigger_word = self.trigger_word

        max_train_steps = self.max_train_steps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "name": name,
                "urls": urls,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if trigger_word is not UNSET:
            field_dict["trigger_word"] = trigger_word
        if max_train_steps is not UNSET:
            field_dict["max_train_steps"] = max_train_steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = TrainQwenStyleRequestModel(d.pop("model"))

        name = d.pop("name")

        urls = cast(list[str], d.pop("urls"))

        _type_ = d.pop("type", UNSET)
        type_: TrainQwenStyleRequestType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TrainQwenStyleRequestType(_type_)

        trigger_word = d.pop("trigger_word", UNSET)

        max_train_steps = d.pop("max_train_steps", UNSET)

        train_qwen_style_request = cls(
            model=model,
            name=name,
            urls=urls,
            type_=type_,
            trigger_word=trigger_word,
            max_train_steps=max_train_steps,
        )

        train_qwen_style_request.additional_properties = d
        return train_qwen_style_request

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
