"""What a JSON value is: the type of data krea reads or sends without a schema of its own.

A leaf module (it imports nothing from krea). ``JSON`` is recursive, so mypy checks every step into a
document: narrow with ``isinstance`` (or the helpers below) before reading a member.
"""

from __future__ import annotations

from typing import TypeAlias

JSON: TypeAlias = "dict[str, JSON] | list[JSON] | str | int | float | bool | None"
"""What ``json.loads`` (or a YAML safe loader, for the spec) returns: object, array, text, number, bool, null."""

JSONObject: TypeAlias = "dict[str, JSON]"
"""A JSON object."""


def as_object(value: JSON, what: str) -> JSONObject:
    """``value`` when it is a JSON object.

    Raises:
        TypeError: it is not one (``what`` names it in the message).
    """
    if not isinstance(value, dict):
        raise TypeError(f"{what}: expected a JSON object, got {type(value).__name__}")
    return value


def as_str(value: JSON, what: str) -> str:
    """``value`` when it is a JSON string.

    Raises:
        TypeError: it is not one (``what`` names it in the message).
    """
    if not isinstance(value, str):
        raise TypeError(f"{what}: expected a JSON string, got {type(value).__name__}")
    return value
