from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Flux11ProUltraRequest")


@_attrs_define
class Flux11ProUltraRequest:
    """Request body for Flux 1.1 Pro Ultra.

    Attributes:
        prompt (str): What the image should show.
        width (float | Unset): Output width in pixels. Default: 1024.0.
        height (float | Unset): Output height in pixels. Default: 1024.0.
        seed (float | Unset): Seed for reproducible output. Default: 1337.0.
        raw (bool | Unset): Raw mode, giving a less processed, more natural-looking photo. Default: True.
    """

    prompt: str
    width: float | Unset = 1024.0
    height: float | Unset = 1024.0
    seed: float | Unset = 1337.0
    raw: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        width = self.width

        height = self.height

        seed = self.seed

        raw = self.raw

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if seed is not UNSET:
            field_dict["seed"] = seed
        if raw is not UNSET:
            field_dict["raw"] = raw

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        seed = d.pop("seed", UNSET)

        raw = d.pop("raw", UNSET)

        flux_11_pro_ultra_request = cls(
            prompt=prompt,
            width=width,
            height=height,
            seed=seed,
            raw=raw,
        )

        return flux_11_pro_ultra_request
