from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.node_app_input_key_mapping_type_0 import NodeAppInputKeyMappingType0
    from ..models.node_app_io_schema import NodeAppIOSchema
    from ..models.node_app_output_key_mapping_type_0 import NodeAppOutputKeyMappingType0


T = TypeVar("T", bound="NodeAppVersion")


@_attrs_define
class NodeAppVersion:
    """A node app version as listed by `list_node_app_versions`.

    Attributes:
        id (str):
        author_id (str):
        workspace_id (str):
        name (str):
        slug (str):
        description (str):
        scope (str): Who can run it, e.g. `public`, `user`, `workspace`.
        created_at (str):
        updated_at (str):
        last_version_id (str):
        version (float):
        version_created_at (None | str):
        username (str):
        example_outputs (list[str] | None):
        input_openapi_schema (NodeAppIOSchema | None): The inputs `execute` takes.
        output_openapi_schema (NodeAppIOSchema | None):
        input_key_mapping (NodeAppInputKeyMappingType0 | None):
        output_key_mapping (NodeAppOutputKeyMappingType0 | None):
        node_app_version_id (str | Unset):
    """

    id: str
    author_id: str
    workspace_id: str
    name: str
    slug: str
    description: str
    scope: str
    created_at: str
    updated_at: str
    last_version_id: str
    version: float
    version_created_at: None | str
    username: str
    example_outputs: list[str] | None
    input_openapi_schema: NodeAppIOSchema | None
    output_openapi_schema: NodeAppIOSchema | None
    input_key_mapping: NodeAppInputKeyMappingType0 | None
    output_key_mapping: NodeAppOutputKeyMappingType0 | None
    node_app_version_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.node_app_input_key_mapping_type_0 import (
            NodeAppInputKeyMappingType0,  # noqa: PLC0415
        )
        from ..models.node_app_io_schema import NodeAppIOSchema  # noqa: PLC0415
        from ..models.node_app_output_key_mapping_type_0 import (
            NodeAppOutputKeyMappingType0,  # noqa: PLC0415
        )

        id = self.id

        author_id = self.author_id

        workspace_id = self.workspace_id

        name = self.name

        slug = self.slug

        description = self.description

        scope = self.scope

        created_at = self.created_at

        updated_at = self.updated_at

        last_version_id = self.last_version_id

        version = self.version

        version_created_at: None | str
        version_created_at = self.version_created_at

        username = self.username

        example_outputs: list[str] | None
        if isinstance(self.example_outputs, list):
            example_outputs = self.example_outputs

        else:
            example_outputs = self.example_outputs

        input_openapi_schema: dict[str, Any] | None
        if isinstance(self.input_openapi_schema, NodeAppIOSchema):
            input_openapi_schema = self.input_openapi_schema.to_dict()
        else:
            input_openapi_schema = self.input_openapi_schema

        output_openapi_schema: dict[str, Any] | None
        if isinstance(self.output_openapi_schema, NodeAppIOSchema):
            output_openapi_schema = self.output_openapi_schema.to_dict()
        else:
            output_openapi_schema = self.output_openapi_schema

        input_key_mapping: dict[str, Any] | None
        if isinstance(self.input_key_mapping, NodeAppInputKeyMappingType0):
            input_key_mapping = self.input_key_mapping.to_dict()
        else:
            input_key_mapping = self.input_key_mapping

        output_key_mapping: dict[str, Any] | None
        if isinstance(self.output_key_mapping, NodeAppOutputKeyMappingType0):
            output_key_mapping = self.output_key_mapping.to_dict()
        else:
            output_key_mapping = self.output_key_mapping

        node_app_version_id = self.node_app_version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "author_id": author_id,
                "workspace_id": workspace_id,
                "name": name,
                "slug": slug,
                "description": description,
                "scope": scope,
                "created_at": created_at,
                "updated_at": updated_at,
                "last_version_id": last_version_id,
                "version": version,
                "version_created_at": version_created_at,
                "username": username,
                "example_outputs": example_outputs,
                "input_openapi_schema": input_openapi_schema,
                "output_openapi_schema": output_openapi_schema,
                "input_key_mapping": input_key_mapping,
                "output_key_mapping": output_key_mapping,
            }
        )
        if node_app_version_id is not UNSET:
            field_dict["node_app_version_id"] = node_app_version_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.node_app_input_key_mapping_type_0 import (
            NodeAppInputKeyMappingType0,  # noqa: PLC0415
        )
        from ..models.node_app_io_schema import NodeAppIOSchema  # noqa: PLC0415
        from ..models.node_app_output_key_mapping_type_0 import (
            NodeAppOutputKeyMappingType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")

        author_id = d.pop("author_id")

        workspace_id = d.pop("workspace_id")

        name = d.pop("name")

        slug = d.pop("slug")

        description = d.pop("description")

        scope = d.pop("scope")

        created_at = d.pop("created_at")

        updated_at = d.pop("updated_at")

        last_version_id = d.pop("last_version_id")

        version = d.pop("version")

        def _parse_version_created_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        version_created_at = _parse_version_created_at(d.pop("version_created_at"))

        username = d.pop("username")

        def _parse_example_outputs(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                example_outputs_type_0 = cast(list[str], data)

                return example_outputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        example_outputs = _parse_example_outputs(d.pop("example_outputs"))

        def _parse_input_openapi_schema(data: object) -> NodeAppIOSchema | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_openapi_schema_type_0 = NodeAppIOSchema.from_dict(data)

                return input_openapi_schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NodeAppIOSchema | None, data)

        input_openapi_schema = _parse_input_openapi_schema(
            d.pop("input_openapi_schema")
        )

        def _parse_output_openapi_schema(data: object) -> NodeAppIOSchema | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                output_openapi_schema_type_0 = NodeAppIOSchema.from_dict(data)

                return output_openapi_schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NodeAppIOSchema | None, data)

        output_openapi_schema = _parse_output_openapi_schema(
            d.pop("output_openapi_schema")
        )

        def _parse_input_key_mapping(
            data: object,
        ) -> NodeAppInputKeyMappingType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_key_mapping_type_0 = NodeAppInputKeyMappingType0.from_dict(data)

                return input_key_mapping_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NodeAppInputKeyMappingType0 | None, data)

        input_key_mapping = _parse_input_key_mapping(d.pop("input_key_mapping"))

        def _parse_output_key_mapping(
            data: object,
        ) -> NodeAppOutputKeyMappingType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                output_key_mapping_type_0 = NodeAppOutputKeyMappingType0.from_dict(data)

                return output_key_mapping_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NodeAppOutputKeyMappingType0 | None, data)

        output_key_mapping = _parse_output_key_mapping(d.pop("output_key_mapping"))

        node_app_version_id = d.pop("node_app_version_id", UNSET)

        node_app_version = cls(
            id=id,
            author_id=author_id,
            workspace_id=workspace_id,
            name=name,
            slug=slug,
            description=description,
            scope=scope,
            created_at=created_at,
            updated_at=updated_at,
            last_version_id=last_version_id,
            version=version,
            version_created_at=version_created_at,
            username=username,
            example_outputs=example_outputs,
            input_openapi_schema=input_openapi_schema,
            output_openapi_schema=output_openapi_schema,
            input_key_mapping=input_key_mapping,
            output_key_mapping=output_key_mapping,
            node_app_version_id=node_app_version_id,
        )

        node_app_version.additional_properties = d
        return node_app_version

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
