"""Which inputs are local files: found where a model's schema takes a media URL, uploaded as assets first.

Every place a request schema declares ``format: uri`` (``image_url``, ``start_image``, ``style_images[].url``,
lists of them...) is read from the spec, so a model added to the spec takes files with no hand edits. There, a
``pathlib.Path`` (any ``os.PathLike``), ``bytes`` or binary file object is a file to upload; a ``str`` stays a
URL. ``plan`` is pure: it finds the files (each distinct file once per call), checks their sizes and gives the
parameters with placeholders (to validate before anything is uploaded) and with the uploaded URLs.
"""

from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Callable, Mapping
from pathlib import Path

import attrs

from ._json import JSON
from ._spec import schemas as spec_schemas

PENDING_URL = "https://upload.invalid/pending"
"""What stands in for a file while the parameters are validated, before any upload."""

Location = tuple[str, ...]
"""A path into the parameters: property names, with ``[]`` for every item of a list."""


@functools.cache
def media_locations(schema_name: str) -> tuple[Location, ...]:
    """Every place in a request schema that takes a media URL (``format: uri``)."""
    schemas = spec_schemas()
    found: list[Location] = []

    def walk(schema: JSON, at: Location, depth: int) -> None:
        if depth > 8 or not isinstance(schema, dict):
            return
        if isinstance(ref := schema.get("$ref"), str):
            walk(schemas[ref.rsplit("/", 1)[1]], at, depth + 1)
            return
        if schema.get("format") == "uri" and at not in found:
            found.append(at)
        for key in ("anyOf", "oneOf", "allOf"):
            options = schema.get(key, [])
            for option in options if isinstance(options, list) else ():
                walk(option, at, depth + 1)
        if "items" in schema:
            walk(schema["items"], (*at, "[]"), depth + 1)
        properties = schema.get("properties", {})
        for name, prop in properties.items() if isinstance(properties, dict) else ():
            walk(prop, (*at, name), depth + 1)

    walk(schemas[schema_name], (), 0)
    return tuple(found)


def is_file(value: object) -> bool:
    """A local file to upload: a path object, bytes, or a binary file object (never a ``str``)."""
    if isinstance(value, str):
        return False
    return isinstance(value, os.PathLike | bytes | bytearray | memoryview) or callable(getattr(value, "read", None))


def _identity(value: object) -> tuple[str, str]:
    """What makes two inputs the same file, so it is uploaded once per call."""
    if isinstance(value, os.PathLike):
        return "path", os.fspath(Path(value).resolve())
    if isinstance(value, bytes | bytearray | memoryview):
        return "bytes", hashlib.sha256(bytes(value)).hexdigest()
    return "object", str(id(value))


@attrs.frozen
class Plan:
    """The files found in one call's parameters, and the parameters to send once they are uploaded."""

    schema_name: str
    params: Mapping[str, object]
    files: dict[tuple[str, str], object]
    """Each distinct file, keyed by its identity."""

    def with_urls(self, urls: Mapping[tuple[str, str], str]) -> dict[str, object]:
        """The parameters with each file replaced by its uploaded URL."""
        return self._swap(lambda value: urls[_identity(value)])

    def with_placeholders(self) -> dict[str, object]:
        """The parameters with each file replaced by ``PENDING_URL``, to validate before uploading."""
        return self._swap(lambda value: PENDING_URL)

    def _swap(self, url: Callable[[object], str]) -> dict[str, object]:
        return map_media(self.schema_name, self.params, lambda value: url(value) if is_file(value) else value)


def plan(schema_name: str, params: Mapping[str, object]) -> Plan:
    """Find the files at the schema's media-URL places in ``params``."""
    files: dict[tuple[str, str], object] = {}

    def note(value: object) -> object:
        if is_file(value):
            files.setdefault(_identity(value), value)
        return value

    map_media(schema_name, params, note)
    return Plan(schema_name, params, files)


def map_media(schema_name: str, params: Mapping[str, object], leaf: Callable[[object], object]) -> dict[str, object]:
    """A copy of ``params`` with ``leaf`` applied to every value at a media-URL place (nothing else changes)."""
    out: object = dict(params)
    for location in media_locations(schema_name):
        out = _map_at(out, location, leaf)
    if not isinstance(out, dict):  # a location always starts with a property name, so the root stays a dict
        raise TypeError(f"{schema_name}: a media place replaced the parameters themselves")
    return out


def _map_at(node: object, location: Location, leaf: Callable[[object], object]) -> object:
    if not location:
        return leaf(node)
    head, rest = location[0], location[1:]
    if head == "[]":
        return [_map_at(item, rest, leaf) for item in node] if isinstance(node, list | tuple) else node
    if isinstance(node, Mapping) and head in node:
        return {**node, head: _map_at(node[head], rest, leaf)}
    return node


def at_files(schema_name: str, params: Mapping[str, object], base: Path) -> dict[str, object]:
    """For the command line and batch lines: ``"@photo.png"`` at a media-URL place means that local file.

    A string there must be a URI, which never starts with ``@``, so the syntax cannot hide a real value. A
    relative path is read from ``base``.
    """

    def local(value: object) -> object:
        if isinstance(value, str) and value.startswith("@") and len(value) > 1:
            return base / Path(value[1:]).expanduser()
        return value

    return map_media(schema_name, params, local)
