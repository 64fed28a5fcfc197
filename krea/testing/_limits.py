"""Which values may a test or a control set? Each checked against its range, naming the field when refused.

Every setter of the mock checks all its values before changing anything, so a refused value leaves the
mock as it was (over HTTP: 400 naming the field and the accepted range).
"""

from __future__ import annotations

import math
from collections.abc import Collection
from decimal import Decimal, InvalidOperation
from typing import Any

MAX_USD = Decimal("1000000000")
"""The largest balance, top-up or price (USD) a control accepts."""
MAX_COUNT = 1_000_000
"""The most scripts or faults one control call may queue."""
MAX_DURATION = 30 * 86400.0
"""The longest scripted run time or service timeout (30 days)."""
MAX_DELAY = 600.0
"""The longest ``slow`` fault delay (the server really waits that long)."""
MAX_RETRY_AFTER = 86400.0
MAX_POLLS = 10_000
MAX_TEXT = 1000
MAX_SPEED = 1_000_000.0


def number(field: str, value: Any, low: float, high: float, *, integer: bool = False) -> float:
    """``value`` as a finite number within ``[low, high]`` (an int when ``integer``).

    Raises:
        ValueError: It is not a number (booleans are not), not finite, out of range, or not whole.
    """
    kind = "an integer" if integer else "a number"
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{field}: must be {kind} from {low:g} to {high:g}, got {value!r}")
    if not math.isfinite(value) or not low <= value <= high or (integer and value != int(value)):
        raise ValueError(f"{field}: must be {kind} from {low:g} to {high:g}, got {value!r}")
    return int(value) if integer else float(value)


def integer(field: str, value: Any, low: int, high: int) -> int:
    """``value`` as an int within ``[low, high]``; see :func:`number`."""
    return int(number(field, value, low, high, integer=True))


def optional_number(field: str, value: Any, low: float, high: float) -> float | None:
    """None, or a number checked by :func:`number`."""
    return None if value is None else number(field, value, low, high)


def usd(field: str, value: Any, *, low: Decimal = -MAX_USD, high: Decimal = MAX_USD) -> Decimal:
    """An amount of USD (a number or its text), exact and finite, within ``[low, high]``.

    Raises:
        ValueError: Not a finite amount in range.
    """
    if isinstance(value, bool) or not isinstance(value, Decimal | int | float | str):
        raise ValueError(f"{field}: must be an amount of USD from {low} to {high}, got {value!r}")
    try:
        amount = value if isinstance(value, Decimal) else Decimal(str(value).strip())
    except InvalidOperation:
        raise ValueError(f"{field}: must be an amount of USD from {low} to {high}, got {value!r}") from None
    if not amount.is_finite() or not low <= amount <= high:
        raise ValueError(f"{field}: must be an amount of USD from {low} to {high}, got {value!r}")
    return amount


def choice(field: str, value: Any, allowed: Collection[str]) -> str:
    """One of ``allowed``.

    Raises:
        ValueError: Anything else.
    """
    if not isinstance(value, str) or value not in allowed:
        raise ValueError(f"{field}: must be one of {', '.join(sorted(allowed))}, got {value!r}")
    return value


def text(field: str, value: Any, *, optional: bool = False, limit: int = MAX_TEXT) -> str | None:
    """A string of at most ``limit`` characters (or None when ``optional``).

    Raises:
        ValueError: Not a string, or too long.
    """
    if value is None and optional:
        return None
    if not isinstance(value, str) or len(value) > limit:
        raise ValueError(f"{field}: must be a string of at most {limit} characters, got {value!r:.80}")
    return value
