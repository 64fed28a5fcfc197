from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.train_flux_style_request_model import TrainFluxStyleRequestModel
from ..models.train_flux_style_request_type import TrainFluxStyleRequestType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainFluxStyleRequest")


@_attrs_define
class TrainFluxStyleRequest:
    """Training on Flux or Wan (the default base model is `flux_dev`).

    Attributes:
        name (str):
        urls (list[str]): The training images (15-20 recommended; Krea rejects fewer than 3).
        model (TrainFluxStyleRequestModel | Unset):  Default: TrainFluxStyleRequestModel.FLUX_DEV.
        type_ (TrainFluxStyleRequestType | Unset):  Default: TrainFluxStyleRequestType.DEFAULT.
        trigger_word (str | Unset):
        learning_rate (float | Unset):
        max_train_steps (int | Unset):
        batch_size (int | Unset):
    """

    name: str
    urls: list[str]
    model: TrainFluxStyleRequestModel | Unset = TrainFluxStyleRequestModel.FLUX_DEV
    type_: TrainFluxStyleRequestType | Unset = TrainFluxStyleRequestType.DEFAULT
    trigger_word: str | Unset = UNSET
    learning_rate: float | Unset = UNSET
    max_train_steps: int | Unset = UNSET
    batch_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        urls = self.urls

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        trigger_word = self.trigger_word

        learning_rate = self.learning_rate

        max_train_steps = self.max_train_steps

        batch_size = self.batch_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "urls": urls,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if type_ is not UNSET:
            field_dict["type"] = type_
        if trigger_word is not UNSET:
            field_dict["trigger_word"] = trigger_word
        if learning_rate is not UNSET:
            field_dict["learning_rate"] = learning_rate
        if max_train_steps is not UNSET:
            field_dict["max_train_steps"] = max_train_steps
        if batch_size is not UNSET:
            field_dict["batch_size"] = batch_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        urls = cast(list[str], d.pop("urls"))

        _model = d.pop("model", UNSET)
        model: TrainFluxStyleRequestModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = TrainFluxStyleRequestModel(_model)

        _type_ = d.pop("type", UNSET)
        type_: TrainFluxStyleRequestType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TrainFluxStyleRequestType(_type_)

        trigger_word = d.pop("trigger_word", UNSET)

        learning_rate = d.pop("learning_rate", UNSET)

        max_train_steps = d.pop("max_train_steps", UNSET)

        batch_size = d.pop("batch_size", UNSET)

        train_flux_style_request = cls(
            name=name,
            urls=urls,
            model=model,
            type_=type_,
            trigger_word=trigger_word,
            learning_rate=learning_rate,
            max_train_steps=max_train_steps,
            batch_size=batch_size,
        )

        train_flux_style_request.additional_properties = d
        return train_flux_style_request

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
