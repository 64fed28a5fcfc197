"""What can ``krea models`` tell about the catalogue? Every model with its parameters and their bounds."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from .. import _catalogue
from .._errors import ValidationError
from ._options import JsonOpt, MockOpt, begin

FamilyOpt = Annotated[str | None, typer.Option("--family", "-f", help="Only this family: image, video or enhance.")]


def describe_parameter(schema: dict[str, Any]) -> dict[str, Any]:
    """The type, bounds, choices and default of one request property, as plain JSON."""
    kind = schema.get("type", "object" if "$ref" in schema else "any")
    if isinstance(kind, list):
        kind = "|".join(str(k) for k in kind if k != "null") + (" (nullable)" if "null" in kind else "")
    described: dict[str, Any] = {"type": kind}
    for key in ("minimum", "maximum", "minLength", "maxLength", "maxItems", "enum", "default", "description"):
        if key in schema:
            described[key] = schema[key]
    return described


def bounds(info: dict[str, Any]) -> str:
    """A short human reading of a parameter's constraints, e.g. ``512-2368`` or ``<=1800 chars``."""
    parts: list[str] = []
    if "minimum" in info or "maximum" in info:
        parts.append(f"{info.get('minimum', '')}-{info.get('maximum', '')}")
    if "enum" in info:
        choices = [str(choice) for choice in info["enum"]]
        parts.append("|".join(choices[:6]) + ("|..." if len(choices) > 6 else ""))
    if "maxLength" in info:
        parts.append(f"<={info['maxLength']} chars")
    if "maxItems" in info:
        parts.append(f"<={info['maxItems']} items")
    return " ".join(parts)


def model_info(model: _catalogue.Model) -> dict[str, Any]:
    """One model as ``krea models --json`` prints it."""
    schema = model.schema
    properties = schema.get("properties", {})
    return {
        "endpoint": model.endpoint,
        "family": model.family,
        "id": model.id,
        "summary": model.summary,
        "deprecated": model.deprecated,
        "required": list(schema.get("required", [])),
        "parameters": {name: describe_parameter(prop) for name, prop in properties.items()},
    }


def _brief(info: dict[str, Any]) -> str:
    required = set(info["required"])
    items = []
    for name, param in info["parameters"].items():
        limit = bounds(param)
        items.append(f"{name}{'*' if name in required else ''}{f' {limit}' if limit else ''}")
    return ", ".join(items)


def _find(name: str) -> _catalogue.Model:
    """A model by endpoint (``image/bfl/flux-1-dev``) or by id in any family (``bfl/flux-1-dev``)."""
    if name.split("/", 1)[0] in _catalogue.FAMILIES:
        return _catalogue.find(None, name)
    for family in _catalogue.FAMILIES:
        try:
            return _catalogue.find(family, name)
        except ValidationError:
            continue
    return _catalogue.find(None, name)  # raises, suggesting the closest endpoints


def models(
    ctx: typer.Context,
    name: Annotated[
        str | None, typer.Argument(help="Show one model's parameters in full, e.g. bfl/flux-1-dev.")
    ] = None,
    family: FamilyOpt = None,
    json_mode: JsonOpt = None,
    mock: MockOpt = False,
) -> None:
    """List the models this SDK knows (from its spec) with their parameters; * marks required ones."""
    _, output = begin(ctx, mock=mock, json_mode=json_mode)  # the catalogue is offline either way
    if name is not None:
        info = model_info(_find(name))
        if output.json:
            output.emit(info)
            return
        output.note(f"{info['endpoint']}: {info['summary']}" + ("  (deprecated)" if info["deprecated"] else ""))
        rows = [
            {"parameter": key, "required": "yes" if key in info["required"] else "", "type": param["type"],
             "bounds": bounds(param), "default": param.get("default"), "description": param.get("description")}
            for key, param in info["parameters"].items()
        ]  # fmt: skip
        output.table(rows, ["parameter", "required", "type", "bounds", "default", "description"])
        return
    if family is not None and family not in _catalogue.FAMILIES:
        raise ValidationError(f"--family must be one of {', '.join(_catalogue.FAMILIES)}, got {family!r}")
    infos = [model_info(m) for m in _catalogue.catalogue().values() if family in (None, m.family)]
    if output.json:
        output.emit(infos)
        return
    rows = [{"family": i["family"], "id": i["id"], "parameters": _brief(i)} for i in infos]
    output.table(rows, ["family", "id", "parameters"], title=f"{len(rows)} models (* required)")


def register(app: typer.Typer) -> None:
    """Add ``krea models`` to the root app."""
    app.command()(models)
