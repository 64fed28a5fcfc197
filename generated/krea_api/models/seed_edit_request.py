from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SeedEditRequest")


@_attrs_define
class SeedEditRequest:
    """Request body for ByteDance SeedEdit (prompt-driven edit of one image).

    Attributes:
        prompt (str): The edit to apply.
        image_url (str): Image to edit.
        seed (float | Unset): Seed for reproducible output. Default: 1337.0.
    """

    prompt: str
    image_url: str
    seed: float | Unset = 1337.0

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "image_url": image_url,
            }
        )
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_url = d.pop("image_url")

        seed = d.pop("seed", UNSET)

        seed_edit_request = cls(
            prompt=prompt,
            image_url=image_url,
            seed=seed,
        )

        return seed_edit_request
