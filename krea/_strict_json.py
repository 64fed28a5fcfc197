"""Can a value typed on the command line or written in a batch line be sent as JSON? Strict JSON, UTF-8 text.

Python's ``json`` reads ``NaN``, ``Infinity`` and ``1e999`` (which JSON does not allow and a JSON encoder then
refuses), lets ``"\\ud800"`` (a lone surrogate, which UTF-8 cannot encode) through, and recurses once per
nesting level (100,000 ``[`` raise ``RecursionError``). Everything that reaches a request passes through here
first, so such a value is refused with a reason before anything is journaled or sent. Both the command line
(``krea.cli``) and the batch engine (``krea.batch``) read values here, so it belongs to neither.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import NoReturn

from ._json import JSON

MAX_DEPTH = 64
"""How deeply a value may nest: far more than any model parameter needs, far less than Python's stack."""


def _refuse_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not a number JSON allows")


def loads(text: str) -> JSON:
    """Read strict JSON.

    Raises:
        ValueError: not JSON (``NaN`` and ``Infinity`` included), or nested deeper than Python can read.
    """
    try:
        value: JSON = json.loads(text, parse_constant=_refuse_constant)
        return value
    except RecursionError:
        raise ValueError(f"nested more than {MAX_DEPTH} levels deep") from None


def problem(value: object) -> str | None:
    """Why ``value`` cannot be sent as JSON (a non-finite number, text that is not UTF-8, too deep), or None."""
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError as exc:
                return f"text that is not valid UTF-8 ({_shown(item[exc.start : exc.end])} at character {exc.start})"
        elif isinstance(item, float) and not math.isfinite(item):
            return f"{item!r} is not a finite number"
        elif isinstance(item, Mapping | list | tuple):
            if depth > MAX_DEPTH:
                return f"nested more than {MAX_DEPTH} levels deep"
            if isinstance(item, Mapping):
                stack.extend((key, depth) for key in item)
                stack.extend((child, depth + 1) for child in item.values())
            else:
                stack.extend((child, depth + 1) for child in item)
    return None


def _shown(bad: str) -> str:
    # Bytes that were not UTF-8 in argv arrive as U+DC80..U+DCFF ("surrogateescape"): show them as those bytes.
    if all(0xDC80 <= ord(ch) <= 0xDCFF for ch in bad):
        return repr(bad.encode("utf-8", "surrogateescape"))
    return bad.encode("ascii", "backslashreplace").decode("ascii")
