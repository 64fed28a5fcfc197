"""The rules of the styles resource: training and update bodies checked before sending, listing filters
(the sending is in ``krea/_async/_styles.py`` and its generated sync twin)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ._catalogue import validate_schema
from ._errors import ValidationError

if TYPE_CHECKING:
    from krea_api.models import StyleUpdate, TrainFluxStyleRequest, TrainQwenStyleRequest

_QWEN_MODELS = frozenset({"qwen", "z-image"})


def train_body(
    name: str, urls: Sequence[str], options: dict[str, Any]
) -> TrainFluxStyleRequest | TrainQwenStyleRequest:
    """The generated training body, checked against ``TrainStyleRequest`` before anything is sent."""
    from krea_api.models import TrainFluxStyleRequest, TrainQwenStyleRequest

    params = {"name": name, "urls": list(urls), **{k: v for k, v in options.items() if v is not None}}
    validate_schema("TrainStyleRequest", params, what="styles.train")
    if len(params["urls"]) < 3:
        raise ValidationError("urls: Krea needs at least 3 training images (15-20 recommended)")
    cls = TrainQwenStyleRequest if params.get("model") in _QWEN_MODELS else TrainFluxStyleRequest
    return cls.from_dict(params)


def update_body(fields: dict[str, Any]) -> StyleUpdate:
    """The generated update body; at least one field."""
    from krea_api.models import StyleUpdate

    params = {k: v for k, v in fields.items() if v is not None}
    if not params:
        raise ValidationError("styles.update needs at least one of public, title, urls, cover_url")
    validate_schema("StyleUpdate", params, what="styles.update")
    return StyleUpdate.from_dict(params)


def list_arguments(filter: str | None, ids: Sequence[str] | str | None, extra: dict[str, Any]) -> dict[str, Any]:
    """The generated ``list_styles`` arguments."""
    from krea_api.models import StyleFilter

    kwargs = {k: v for k, v in extra.items() if v is not None}
    if filter is not None:
        try:
            kwargs["filter_"] = StyleFilter(filter)
        except ValueError:
            allowed = ", ".join(f.value for f in StyleFilter)
            raise ValidationError(f"filter must be one of {allowed}, got {filter!r}") from None
    if ids is not None:
        kwargs["ids"] = ids if isinstance(ids, str) else ",".join(ids)
    return kwargs
