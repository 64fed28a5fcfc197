"""What both clients share that does not send: checking a generation's parameters, the files it uploads,
the generated client and ``repr``. The clients are ``krea/_async/_client.py`` (``AsyncKrea``, the source)
and its generated twin ``krea/_sync/_client.py`` (``Krea``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from . import _catalogue, _uploads
from ._config import Settings
from ._errors import ValidationError

if TYPE_CHECKING:
    from krea_api.client import Client

    from ._assets import FileInput


def build_body(model: _catalogue.Model, params: Mapping[str, object]) -> object:
    """The generated request body (the model's request class), after validation against the spec."""
    _catalogue.validate(model, params)
    try:
        return model.request_class().from_dict(dict(params))
    except (TypeError, ValueError, KeyError) as exc:
        raise ValidationError(f"Invalid parameters for {model.endpoint}: {exc}") from exc


def files_to_upload(model: _catalogue.Model, found: _uploads.Plan) -> dict[tuple[str, str], FileInput]:
    """The distinct files of a call, after the other parameters were validated and every size checked, so a
    call that would be refused uploads nothing."""
    from ._assets import checked

    _catalogue.validate(model, found.with_placeholders())
    return {key: checked(file) for key, file in found.files.items()}


class ClientBase:
    """Settings and ``repr``, for both clients."""

    _settings: Settings

    @property
    def base_url(self) -> str:
        """The API root this client talks to."""
        return self._settings.base_url

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._settings.base_url!r})"


def generated_client(settings: Settings) -> Client:
    """The generated client the resources call operations with; it sends through a gateway, set by the client."""
    from krea_api.client import Client

    # Its base URL and timeout are never used: every request is built by our gateway.
    return Client(base_url=settings.base_url)
