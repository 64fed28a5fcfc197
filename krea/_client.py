"""What both clients share that does not send: checking a generation's parameters, the files it uploads,
the generated client and ``repr``. The clients are ``krea/_async/_client.py`` (``AsyncKrea``, the source)
and its generated twin ``krea/_sync/_client.py`` (``Krea``)."""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

import attrs

from . import _catalogue, _responses, _uploads
from ._config import Settings
from ._errors import ValidationError

if TYPE_CHECKING:
    from krea_api.client import Client

    from ._assets import FileInput
    from ._http import GatewayBase
    from ._responses import ResponseLog


def build_body(model: _catalogue.Model, params: Mapping[str, object]) -> CheckedBody:
    """The body of the model's generated operation, after validation against the spec."""
    _catalogue.validate(model, params)
    return CheckedBody(dict(params))


class CheckedBody:
    """Parameters checked against the model's request schema, for its generated operation, which only calls
    ``to_dict()``: they are sent as they are. That is what the model's generated request class would send
    (its ``from_dict`` then ``to_dict`` give a valid body back unchanged, for every model: a contract test),
    without building one on every call."""

    __slots__ = ("_params",)

    def __init__(self, params: dict[str, object]) -> None:
        self._params = params

    def to_dict(self) -> dict[str, object]:
        """The body as JSON-ready values (a copy)."""
        return dict(self._params)


def files_to_upload(
    model: _catalogue.Model, found: _uploads.Plan, *, validate: bool = True
) -> dict[tuple[str, str], FileInput]:
    """The distinct files of a call, after the other parameters were validated and every size checked, so a
    call that would be refused uploads nothing."""
    from ._assets import checked

    if validate:
        _catalogue.validate(model, found.with_placeholders())
    return {key: checked(file) for key, file in found.files.items()}


class ClientBase:
    """Settings, ``capture_responses`` and ``repr``, for both clients."""

    _settings: Settings
    _gateway: GatewayBase

    def capture_responses(self) -> contextlib.AbstractContextManager[ResponseLog]:
        """Record what each API request made inside the block answered: status, headers, time, retries.

            >>> with client.capture_responses() as seen:
            ...     job = client.image("bfl/flux-1-dev", prompt="a red fox")
            >>> seen.last.status_code, seen.last.headers.get("Deprecation"), seen.last.retries_taken

        Every request that got an answer is there, in the order they ended (a ``subscribe`` is its submission
        and each poll; ``seen[0]`` is the first), from this client and the clients ``with_options`` made from
        it, in this thread or task and the tasks it starts; nothing is sent twice to get it.
        """
        return _responses.capturing(self._gateway.lineage)

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


@attrs.frozen
class GenerationPlan:
    """Where a ``generate`` call goes: a model of the spec, or a raw body for an endpoint the spec lacks."""

    endpoint: str
    path: str
    """``/generate/<endpoint>``."""
    model: _catalogue.Model | None
    """The spec's model, or None for an endpoint newer than the bundled spec."""
    extra: Mapping[str, object] | None
    """``extra_body``, for a model of the spec (added after validation)."""
    body: dict[str, object]
    """The body as sent, for an endpoint the spec lacks."""


_SEGMENT = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


def plan_generation(
    endpoint: str, input: Mapping[str, object], *, validate: bool, extra_body: Mapping[str, object] | None
) -> GenerationPlan:
    """Check a ``generate`` call before anything is sent (uploads included).

    Raises:
        ValidationError: ``input`` or ``extra_body`` is not a mapping, they share a key, the endpoint is not a
            path of safe segments, or (with ``validate``) the spec has no such endpoint.
    """
    if not isinstance(input, Mapping):
        raise ValidationError(f"input must be a mapping of parameters, got {type(input).__name__}")
    if extra_body is not None and not isinstance(extra_body, Mapping):
        raise ValidationError(f"extra_body must be a mapping, got {type(extra_body).__name__}")
    both = sorted(set(input) & set(extra_body or {}))
    if both:
        raise ValidationError(f"{', '.join(map(str, both))}: given in both input and extra_body")
    try:
        model = _catalogue.find(None, endpoint)
    except ValidationError as exc:
        if validate:
            raise ValidationError(
                f"{exc}; an endpoint newer than this SDK's spec can be sent with validate=False"
            ) from None
        segments = endpoint.split("/") if isinstance(endpoint, str) else []
        if len(segments) < 2 or not all(_SEGMENT.fullmatch(part) for part in segments):
            raise ValidationError(
                f"The endpoint {endpoint!r:.100} is not family/provider/model (letters, digits, '.', '_', '-')"
            ) from None
        return GenerationPlan(endpoint, f"/generate/{endpoint}", None, None, {**input, **(extra_body or {})})
    return GenerationPlan(model.endpoint, model.path, model, extra_body, {})


def check_body(endpoint: str, body: Mapping[str, object]) -> None:
    """Refuse, before sending, a body JSON cannot carry (a local file included: upload it first).

    Raises:
        ValidationError: NaN, lone surrogates, too deep, or a value that is not JSON (bytes, a path...).
    """
    problems = _catalogue.unsendable(body)
    if not problems:
        try:
            json.dumps(body, allow_nan=False)
        except (TypeError, ValueError) as exc:
            problems = [f"{exc} (upload a local file first with client.assets.upload and pass its URL)"]
    if problems:
        raise ValidationError(f"Invalid parameters for {endpoint}: {'; '.join(problems)}", errors=problems)


def generation_request(body: Mapping[str, object], webhook_url: str | None) -> tuple[dict[str, object], dict[str, str]]:
    """The JSON body and headers of a ``POST /generate/...`` with a body as given, as a generated operation
    builds them."""
    headers = {"Content-Type": "application/json"}
    if webhook_url is not None:
        headers["X-Webhook-URL"] = webhook_url
    return dict(body), headers
