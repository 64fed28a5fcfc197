from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Flux11ProRequest")


@_attrs_define
class Flux11ProRequest:
    """Request body for Flux 1.1 Pro.

    Attributes:
        prompt (str): What the image should show.
        width (float): Output width in pixels.
        height (float): Output height in pixels.
        seed (float | Unset): Seed for reproducible output. Default: 1337.0.
    """

    prompt: str
    width: float
    height: float
    seed: float | Unset = 1337.0

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        width = self.width

        height = self.height

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "width": width,
                "height": height,
            }
        )
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        width = d.pop("width")

        height = d.pop("height")

        seed = d.pop("seed", UNSET)

        flux_11_pro_request = cls(
            prompt=prompt,
            width=width,
            height=height,
            seed=seed,
        )

        return flux_11_pro_request
