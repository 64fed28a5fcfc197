"""Which items make up one page of a list, and what cursor reads the next one?

Two kinds of cursor, as the spec declares them: for jobs, assets and node-app versions a date-time ("created
before this instant"; the mock issues the last item's own timestamp, unique within an account), for styles an
opaque string. Either way a cursor the mock issued reads exactly the next page, and one it cannot read is a 400.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any, TypeVar

from krea.testing._clock import parse_iso
from krea.testing._http import ApiError

T = TypeVar("T")
DEFAULT_LIMIT = 100
_OPAQUE = "kmc1:"  # the opaque cursor's version tag, inside its base64


def _instant(cursor: str) -> datetime:
    try:
        return parse_iso(cursor)
    except ValueError:
        raise ApiError(400, f"query.cursor: not a cursor this API issued, got {cursor!r:.80}") from None


def cursor_key(cursor: Any, start: datetime) -> int | None:
    """A date-time cursor as whole milliseconds after ``start``, rounded up (None for no cursor).

    Raises:
        ApiError: 400 when the cursor is not an ISO-8601 instant.
    """
    if cursor is None:
        return None
    micros = (_instant(str(cursor)) - start) // timedelta(microseconds=1)
    return -(-micros // 1000)


def opaque_cursor(created: str, item_id: str) -> str:
    """An opaque cursor naming the last item of a page (its creation instant and id)."""
    return base64.urlsafe_b64encode(f"{_OPAQUE}{created}|{item_id}".encode()).decode().rstrip("=")


def _read_opaque(cursor: str) -> tuple[str, str]:
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        text = ""
    created, bar, item_id = text.removeprefix(_OPAQUE).partition("|")
    if not text.startswith(_OPAQUE) or not bar:
        raise ApiError(400, f"query.cursor: not a cursor this API issued, got {cursor!r:.80}")
    return created, item_id


def page(
    items: Sequence[T],
    *,
    created: Callable[[T], str],
    ident: Callable[[T], str],
    cursor: str | None,
    limit: int | None,
    opaque: bool,
) -> tuple[list[T], str | None]:
    """Newest first (ties broken by id), only items after ``cursor``, at most ``limit`` of them.

    Args:
        items: Every item visible to the caller, in any order.
        created: An item's creation instant as Krea formats it (millisecond ISO-8601).
        ident: An item's id.
        cursor: The previous page's ``next_cursor``, or None for the first page.
        limit: Page size; None for the default of 100.
        opaque: Issue and read opaque cursors (else date-times: items created strictly before it).

    Returns:
        The page, and the cursor of the next page, or None on the last page.

    Raises:
        ApiError: 400 when the cursor is not one this API could have issued.
    """
    ordered = sorted(items, key=lambda item: (parse_iso(created(item)), ident(item)), reverse=True)
    if cursor is not None and opaque:
        at, item_id = _read_opaque(cursor)
        mark = (_instant(at), item_id)
        ordered = [item for item in ordered if (parse_iso(created(item)), ident(item)) < mark]
    elif cursor is not None:
        before = _instant(cursor)
        ordered = [item for item in ordered if parse_iso(created(item)) < before]
    size = DEFAULT_LIMIT if limit is None else limit
    chosen = ordered[:size]
    if len(ordered) <= size or not chosen:
        return chosen, None
    last = chosen[-1]
    return chosen, opaque_cursor(created(last), ident(last)) if opaque else created(last)


def listing(
    items: Sequence[T],
    *,
    created: Callable[[T], str],
    ident: Callable[[T], str],
    params: Mapping[str, Any],
    opaque: bool = False,
) -> dict[str, Any]:
    """The ``{items, next_cursor}`` body of one page, read with the request's ``cursor`` and ``limit``.

    Raises:
        ApiError: 400 when the cursor is not one this API could have issued.
    """
    chosen, next_cursor = page(
        items, created=created, ident=ident, cursor=params.get("cursor"), limit=params.get("limit"), opaque=opaque
    )
    return {"items": chosen, "next_cursor": next_cursor}


def csv_set(value: Any) -> set[str]:
    """The non-empty names of a comma-separated query value (``types``, ``ids``); empty when absent."""
    return {name.strip() for name in str(value or "").split(",") if name.strip()}
