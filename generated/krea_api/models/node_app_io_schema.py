from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.node_app_io_schema_type import NodeAppIOSchemaType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.node_app_io_schema_properties import NodeAppIOSchemaProperties


T = TypeVar("T", bound="NodeAppIOSchema")


@_attrs_define
class NodeAppIOSchema:
    """A JSON schema of a node app's inputs or outputs.

    Attributes:
        type_ (NodeAppIOSchemaType):
        properties (NodeAppIOSchemaProperties):
        required (list[str] | Unset):
    """

    type_: NodeAppIOSchemaType
    properties: NodeAppIOSchemaProperties
    required: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        properties = self.properties.to_dict()

        required: list[str] | Unset = UNSET
        if not isinstance(self.required, Unset):
            required = self.required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "properties": properties,
            }
        )
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.node_app_io_schema_properties import NodeAppIOSchemaProperties  # noqa: PLC0415

        d = dict(src_dict)
        type_ = NodeAppIOSchemaType(d.pop("type"))

        properties = NodeAppIOSchemaProperties.from_dict(d.pop("properties"))

        required = cast(list[str], d.pop("required", UNSET))

        node_app_io_schema = cls(
            type_=type_,
            properties=properties,
            required=required,
        )

        node_app_io_schema.additional_properties = d
        return node_app_io_schema

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
