from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.runway_aleph_request_ratio import RunwayAlephRequestRatio
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.runway_aleph_reference import RunwayAlephReference


T = TypeVar("T", bound="RunwayAlephRequest")


@_attrs_define
class RunwayAlephRequest:
    """Request body for Runway Aleph (prompt-driven editing of an existing video).

    Attributes:
        prompt (str): The change to make to `init_video`.
        init_video (str): Video to edit.
        start_image (None | str | Unset): Image used as the first frame.
        start_video (None | str | Unset): Video the new clip starts from.
        init_image_url (str | Unset): Optional image guiding the first frame of the edit.
        references (list[RunwayAlephReference] | Unset): At most one reference image for the edit.
        ratio (RunwayAlephRequestRatio | Unset): Output frame size as width:height in pixels. Default:
            RunwayAlephRequestRatio.VALUE_0.
        seed (float | Unset): Seed for reproducible output.
    """

    prompt: str
    init_video: str
    start_image: None | str | Unset = UNSET
    start_video: None | str | Unset = UNSET
    init_image_url: str | Unset = UNSET
    references: list[RunwayAlephReference] | Unset = UNSET
    ratio: RunwayAlephRequestRatio | Unset = RunwayAlephRequestRatio.VALUE_0
    seed: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        init_video = self.init_video

        start_image: None | str | Unset
        if isinstance(self.start_image, Unset):
            start_image = UNSET
        else:
            start_image = self.start_image

        start_video: None | str | Unset
        if isinstance(self.start_video, Unset):
            start_video = UNSET
        else:
            start_video = self.start_video

        init_image_url = self.init_image_url

        references: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.references, Unset):
            references = []
            for references_item_data in self.references:
                references_item = references_item_data.to_dict()
                references.append(references_item)

        ratio: str | Unset = UNSET
        if not isinstance(self.ratio, Unset):
            ratio = self.ratio.value

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "init_video": init_video,
            }
        )
        if start_image is not UNSET:
            field_dict["start_image"] = start_image
        if start_video is not UNSET:
            field_dict["start_video"] = start_video
        if init_image_url is not UNSET:
            field_dict["init_image_url"] = init_image_url
        if references is not UNSET:
            field_dict["references"] = references
        if ratio is not UNSET:
            field_dict["ratio"] = ratio
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.runway_aleph_reference import RunwayAlephReference  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        init_video = d.pop("init_video")

        def _parse_start_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_image = _parse_start_image(d.pop("start_image", UNSET))

        def _parse_start_video(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_video = _parse_start_video(d.pop("start_video", UNSET))

        init_image_url = d.pop("init_image_url", UNSET)

        _references = d.pop("references", UNSET)
        references: list[RunwayAlephReference] | Unset = UNSET
        if _references is not UNSET:
            references = []
            for references_item_data in _references:
                references_item = RunwayAlephReference.from_dict(references_item_data)

                references.append(references_item)

        _ratio = d.pop("ratio", UNSET)
        ratio: RunwayAlephRequestRatio | Unset
        if isinstance(_ratio, Unset):
            ratio = UNSET
        else:
            ratio = RunwayAlephRequestRatio(_ratio)

        seed = d.pop("seed", UNSET)

        runway_aleph_request = cls(
            prompt=prompt,
            init_video=init_video,
            start_image=start_image,
            start_video=start_video,
            init_image_url=init_image_url,
            references=references,
            ratio=ratio,
            seed=seed,
        )

        return runway_aleph_request
