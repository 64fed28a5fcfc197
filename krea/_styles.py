"""The rules of the styles resource: training and update bodies checked before sending, listing filters
(the sending is in ``krea/_async/_styles.py`` and its generated sync twin)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, TypedDict

from ._catalogue import validate_schema
from ._errors import ValidationError

if TYPE_CHECKING:
    from krea_api.models import StyleFilter, StyleUpdate, TrainFluxStyleRequest, TrainQwenStyleRequest

_QWEN_MODELS = frozenset({"qwen", "z-image"})


def train_body(
    name: str, urls: Sequence[str], options: Mapping[str, object]
) -> TrainFluxStyleRequest | TrainQwenStyleRequest:
    """The generated training body, checked against ``TrainStyleRequest`` before anything is sent."""
    from krea_api.models import TrainFluxStyleRequest, TrainQwenStyleRequest

    url_list = list(urls)
    params: dict[str, object] = {"name": name, "urls": url_list, **{k: v for k, v in options.items() if v is not None}}
    validate_schema("TrainStyleRequest", params, what="styles.train")
    if len(url_list) < 3:
        raise ValidationError("urls: Krea needs at least 3 training images (15-20 recommended)")
    cls = TrainQwenStyleRequest if params.get("model") in _QWEN_MODELS else TrainFluxStyleRequest
    return cls.from_dict(params)


def update_body(fields: Mapping[str, object]) -> StyleUpdate:
    """The generated update body; at least one field."""
    from krea_api.models import StyleUpdate

    params = {k: v for k, v in fields.items() if v is not None}
    if not params:
        raise ValidationError("styles.update needs at least one of public, title, urls, cover_url")
    validate_schema("StyleUpdate", params, what="styles.update")
    return StyleUpdate.from_dict(params)


class ListArguments(TypedDict, total=False):
    """The filters of the generated ``list_styles``, as ``list_arguments`` builds them."""

    filter_: StyleFilter
    ids: str
    liked: bool
    user: str
    model: str
    limit: int
    cursor: str
    """Set per page, by the listing."""


def list_arguments(
    filter: str | None,
    ids: Sequence[str] | str | None,
    *,
    liked: bool | None,
    user: str | None,
    model: str | None,
    limit: int | None,
) -> ListArguments:
    """The generated ``list_styles`` arguments (a filter left as None is not sent)."""
    from krea_api.models import StyleFilter

    kwargs: ListArguments = {}
    if liked is not None:
        kwargs["liked"] = liked
    if user is not None:
        kwargs["user"] = user
    if model is not None:
        kwargs["model"] = model
    if limit is not None:
        kwargs["limit"] = limit
    if filter is not None:
        try:
            kwargs["filter_"] = StyleFilter(filter)
        except ValueError:
            allowed = ", ".join(f.value for f in StyleFilter)
            raise ValidationError(f"filter must be one of {allowed}, got {filter!r}") from None
    if ids is not None:
        kwargs["ids"] = ids if isinstance(ids, str) else ",".join(ids)
    return kwargs
