from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.kling_o1_request_aspect_ratio import KlingO1RequestAspectRatio
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kling_element_reference import KlingElementReference
    from ..models.kling_tagged_reference import KlingTaggedReference


T = TypeVar("T", bound="KlingO1Request")


@_attrs_define
class KlingO1Request:
    """Request body for Kling o1 (reference-driven generation and video editing).

    Attributes:
        prompt (str): What the video should show; may mention references by tag.
        start_image (str | Unset): Image used as the first frame.
        start_video (None | str | Unset): Video the new clip starts from.
        aspect_ratio (KlingO1RequestAspectRatio | Unset): Output aspect ratio. Default:
            KlingO1RequestAspectRatio.VALUE_0.
        duration (float | Unset): Clip length in seconds. Default: 5.0.
        end_image (str | Unset): Image used as the last frame.
        style_references (list[KlingTaggedReference] | Unset): Tagged images whose style the video should follow.
        element_references (list[KlingElementReference] | Unset): Tagged characters or objects to include, each shown in
            one to three pictures.
        video_reference (KlingTaggedReference | Unset): A Kling o1 reference (image or video) that the prompt can
            mention by its tag.
    """

    prompt: str
    start_image: str | Unset = UNSET
    start_video: None | str | Unset = UNSET
    aspect_ratio: KlingO1RequestAspectRatio | Unset = KlingO1RequestAspectRatio.VALUE_0
    duration: float | Unset = 5.0
    end_image: str | Unset = UNSET
    style_references: list[KlingTaggedReference] | Unset = UNSET
    element_references: list[KlingElementReference] | Unset = UNSET
    video_reference: KlingTaggedReference | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        start_image = self.start_image

        start_video: None | str | Unset
        if isinstance(self.start_video, Unset):
            start_video = UNSET
        else:
            start_video = self.start_video

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.value

        duration = self.duration

        end_image = self.end_image

        style_references: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.style_references, Unset):
            style_references = []
            for style_references_item_data in self.style_references:
                style_references_item = style_references_item_data.to_dict()
                style_references.append(style_references_item)

        element_references: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.element_references, Unset):
            element_references = []
            for element_references_item_data in self.element_references:
                element_references_item = element_references_item_data.to_dict()
                element_references.append(element_references_item)

        video_reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_reference, Unset):
            video_reference = self.video_reference.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if start_image is not UNSET:
            field_dict["start_image"] = start_image
        if start_video is not UNSET:
            field_dict["start_video"] = start_video
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if end_image is not UNSET:
            field_dict["end_image"] = end_image
        if style_references is not UNSET:
            field_dict["style_references"] = style_references
        if element_references is not UNSET:
            field_dict["element_references"] = element_references
        if video_reference is not UNSET:
            field_dict["video_reference"] = video_reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kling_element_reference import KlingElementReference  # noqa: PLC0415
        from ..models.kling_tagged_reference import KlingTaggedReference  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        start_image = d.pop("start_image", UNSET)

        def _parse_start_video(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_video = _parse_start_video(d.pop("start_video", UNSET))

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: KlingO1RequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = KlingO1RequestAspectRatio(_aspect_ratio)

        duration = d.pop("duration", UNSET)

        end_image = d.pop("end_image", UNSET)

        _style_references = d.pop("style_references", UNSET)
        style_references: list[KlingTaggedReference] | Unset = UNSET
        if _style_references is not UNSET:
            style_references = []
            for style_references_item_data in _style_references:
                style_references_item = KlingTaggedReference.from_dict(
                    style_references_item_data
                )

                style_references.append(style_references_item)

        _element_references = d.pop("element_references", UNSET)
        element_references: list[KlingElementReference] | Unset = UNSET
        if _element_references is not UNSET:
            element_references = []
            for element_references_item_data in _element_references:
                element_references_item = KlingElementReference.from_dict(
                    element_references_item_data
                )

                element_references.append(element_references_item)

        _video_reference = d.pop("video_reference", UNSET)
        video_reference: KlingTaggedReference | Unset
        if isinstance(_video_reference, Unset):
            video_reference = UNSET
        else:
            video_reference = KlingTaggedReference.from_dict(_video_reference)

        kling_o1_request = cls(
            prompt=prompt,
            start_image=start_image,
            start_video=start_video,
            aspect_ratio=aspect_ratio,
            duration=duration,
            end_image=end_image,
            style_references=style_references,
            element_references=element_references,
            video_reference=video_reference,
        )

        return kling_o1_request
