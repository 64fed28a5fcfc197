from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workspace import Workspace


T = TypeVar("T", bound="StyleWorkspaceShare")


@_attrs_define
class StyleWorkspaceShare:
    """
    Attributes:
        success (bool):
        style_id (str):
        workspace (Workspace):
    """

    success: bool
    style_id: str
    workspace: Workspace
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        style_id = self.style_id

        workspace = self.workspace.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "style_id": style_id,
                "workspace": workspace,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workspace import Workspace  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        style_id = d.pop("style_id")

        workspace = Workspace.from_dict(d.pop("workspace"))

        style_workspace_share = cls(
            success=success,
            style_id=style_id,
            workspace=workspace,
        )

        style_workspace_share.additional_properties = d
        return style_workspace_share

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
