"""Which models exist and what each accepts: the catalogue read from the spec, and validation against it.

Every ``POST /generate/{family}/{provider}/{model}`` operation in ``openapi/krea.yaml`` is a model, so a model
added to the spec and regenerated works here with no hand edits.
"""

from __future__ import annotations

import difflib
import functools
import importlib
import math
import re
from collections.abc import Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any

import attrs

from . import _schema
from ._errors import ValidationError
from ._json import JSON, as_object, as_str
from ._spec import load_spec, schema

if TYPE_CHECKING:
    from ._schema import SchemaError


FAMILIES = ("image", "enhance", "video")


@attrs.frozen
class Model:
    """One generation model as the spec describes it."""

    family: str
    """``image``, ``enhance`` or ``video``."""
    id: str
    """The model id as Krea writes it, e.g. ``bfl/flux-1-dev``."""
    path: str
    """The HTTP path, e.g. ``/generate/image/bfl/flux-1-dev``."""
    operation_id: str
    """The generated function module, e.g. ``generate_flux_1_dev``."""
    schema_name: str
    """The request schema (and generated model class), e.g. ``Flux1DevRequest``."""
    summary: str
    deprecated: bool
    average_seconds: float | None = None
    """The average completion time Krea documents for it (``x-krea-average-seconds``), when it documents one:
    a wait's first poll waits for most of it (``krea/_polling.py``)."""

    @property
    def endpoint(self) -> str:
        """``{family}/{model id}``, the form ``subscribe`` takes, e.g. ``image/bfl/flux-1-dev``."""
        return f"{self.family}/{self.id}"

    @property
    def schema(self) -> dict[str, Any]:
        """The request body's JSON schema, as written in the spec."""
        # Typed loosely on purpose: the command line reads it freely (krea/cli/models.py).
        return schema(self.schema_name)

    def operation(self) -> ModuleType:
        """The generated module that sends this model's request."""
        return _operation(self.family, self.operation_id)


# Found once per model: a submission does not go through the import system again.
@functools.cache
def _operation(family: str, operation_id: str) -> ModuleType:
    return importlib.import_module(f"krea_api.api.{family}.{operation_id}")


@functools.cache
def catalogue() -> dict[str, Model]:
    """Every model in the spec, keyed by endpoint (``image/bfl/flux-1-dev``)."""
    models: dict[str, Model] = {}
    for path, item in as_object(load_spec()["paths"], "paths").items():
        match = re.fullmatch(r"/generate/([a-z]+)/(.+)", path)
        if not match or not isinstance(item, dict) or "post" not in item:
            continue
        op = as_object(item["post"], f"post {path}")
        body: JSON = op["requestBody"]
        for key in ("content", "application/json", "schema"):
            body = as_object(body, f"post {path} requestBody")[key]
        ref = as_str(as_object(body, f"post {path} requestBody")["$ref"], f"post {path} requestBody $ref")
        model = Model(
            family=match[1],
            id=match[2],
            path=path,
            operation_id=as_str(op["operationId"], f"post {path} operationId"),
            schema_name=ref.rsplit("/", 1)[1],
            summary=as_str(op.get("summary", ""), f"post {path} summary"),
            deprecated=bool(op.get("deprecated", False)),
            average_seconds=_seconds(op.get("x-krea-average-seconds")),
        )
        models[model.endpoint] = model
    return models


def _seconds(value: JSON) -> float | None:
    """A positive number of seconds, else None."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < math.inf:
        return None
    return float(value)


def find(family: str | None, model_id: str) -> Model:
    """The model for ``model_id`` in ``family`` (or for a full endpoint when family is None).

    Raises:
        ValidationError: no such model; the message suggests the closest ids.
    """
    models = catalogue()
    if not isinstance(model_id, str) or not model_id:
        raise ValidationError(f"The model id must be a non-empty string, got {model_id!r:.80}")
    if model_id != model_id.strip():
        raise ValidationError(f"The model id {model_id!r:.80} has surrounding whitespace")
    key = model_id.strip("/")
    if family is not None:
        key = f"{family}/{key}"
    if key in models:
        return models[key]
    if family is None:
        candidates = list(models)
        what = f"endpoint {model_id!r}"
    else:
        candidates = [m.id for m in models.values() if m.family == family]
        what = f"{family} model {model_id!r}"
    close = difflib.get_close_matches(model_id, candidates, n=3, cutoff=0.5)
    if not close:
        tail = model_id.rsplit("/", 1)[-1]
        close = [c for c in candidates if tail and tail in c][:3]
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    raise ValidationError(
        f"Unknown {what}{hint}: it is not in the spec this SDK was built from (see krea.models() for the catalogue; "
        "a model Krea added since can be sent with client.generate(..., validate=False))"
    )


def validate(model: Model, params: Mapping[str, object]) -> None:
    """Check ``params`` against the model's request schema before anything is sent.

    Raises:
        ValidationError: listing every bad field (type, bounds, length, enum, required, unknown keys).
    """
    problems = _problems(model.schema_name, params, model.id)
    if problems:
        raise ValidationError(f"Invalid parameters for {model.endpoint}: {'; '.join(problems)}", errors=problems)


def validate_schema(schema_name: str, params: Mapping[str, object], *, what: str, owner: str | None = None) -> None:
    """Check ``params`` against a named schema of the spec.

    Raises:
        ValidationError: listing every problem, one per field.
    """
    problems = _problems(schema_name, params, owner)
    if problems:
        raise ValidationError(f"Invalid parameters for {what}: {'; '.join(problems)}", errors=problems)


def _problems(schema_name: str, params: Mapping[str, Any], owner: str | None) -> list[str]:
    """Every problem of ``params`` against a named schema, one per field (none: they are valid)."""
    problems = unsendable(params)
    if problems:  # checked first: the schema validator itself would fail on a 100,000-deep value
        return problems
    errors = _schema.errors(schema_name, dict(params))
    if not errors:
        return problems
    known = list(as_object(schema(schema_name).get("properties", {}), f"{schema_name} properties"))
    for error in sorted(errors, key=lambda e: list(e.path)):
        where = ".".join(str(p) for p in error.path) or None
        if error.validator == "additionalProperties" and where is None:
            for key in sorted(set(params) - set(known)):
                close = difflib.get_close_matches(key, known, n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                problems.append(f"{key}: unknown parameter{f' for {owner}' if owner else ''}{hint}")
        elif error.validator == "required" and where is None:
            problems.append(f"{error.message.split(' ')[0].strip(chr(39))}: required")
        else:
            problems.append(f"{where or '(body)'}: {_describe(error)}")
    return problems


MAX_DEPTH = 32
"""Deepest nesting of lists and objects krea sends (Krea's request schemas nest two or three levels)."""


def unsendable(params: Mapping[str, object]) -> list[str]:
    """What in ``params`` JSON cannot carry: NaN or infinite numbers, lone surrogates, nesting past
    ``MAX_DEPTH``. A schema's bounds say nothing about NaN (every comparison with it is false)."""
    problems: list[str] = []
    stack: list[tuple[str, object, int]] = [(str(key), value, 1) for key, value in params.items()]
    while stack:
        where, value, depth = stack.pop()
        if isinstance(value, float) and not math.isfinite(value):
            problems.append(f"{where}: must be a finite number, got {value!r}")
        elif isinstance(value, str) and not _is_utf8(value):
            problems.append(f"{where}: is not valid text (it holds a lone surrogate, e.g. from undecodable bytes)")
        elif isinstance(value, dict | list | tuple):
            if depth >= MAX_DEPTH:
                problems.append(f"{where}: nests deeper than {MAX_DEPTH} levels")
                continue
            items = value.items() if isinstance(value, dict) else enumerate(value)
            stack.extend((f"{where}.{key}", item, depth + 1) for key, item in items)
    return sorted(problems)


def _is_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _describe(error: SchemaError) -> str:
    schema = error.schema if isinstance(error.schema, dict) else {}
    kind = error.validator
    if kind in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        low, high = schema.get("minimum"), schema.get("maximum")
        bounds = (
            f"between {low} and {high}" if low is not None and high is not None else f"{kind} {error.validator_value}"
        )
        return f"must be {bounds}, got {error.instance!r}"
    if kind == "enum":
        choices = error.validator_value
        listed = ", ".join(repr(v) for v in choices) if isinstance(choices, list) else repr(choices)
        return f"must be one of {listed}, got {error.instance!r}"
    if kind in ("maxLength", "minLength"):
        return f"length must be {'at most' if kind == 'maxLength' else 'at least'} {error.validator_value}"
    if kind in ("maxItems", "minItems"):
        return f"must have {'at most' if kind == 'maxItems' else 'at least'} {error.validator_value} items"
    message: str = error.message
    return message
