"""Which items make up one page of a list, and what cursor reads the next one?

Two kinds of cursor. By default (``cursors="opaque"``, as the spec declares every cursor) an opaque string
everywhere, still reading a plain instant where Krea's document calls the cursor a date-time. With
``cursors="date-time"``, as Krea's service sends today, jobs, assets and node-app versions page by a
date-time ("created before this instant"; the mock issues the last item's own timestamp, unique within an
account), and styles keep an opaque string. Either way a cursor the mock issued reads exactly the next page,
and one it cannot read is a 400.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any, TypeVar

from krea.testing._core.clock import parse_iso
from krea.testing._http import ApiError

T = TypeVar("T")
DEFAULT_LIMIT = 100
_OPAQUE = "kmc1:"  # the opaque cursor's version tag, inside its base64


def _instant(cursor: str) -> datetime:
    try:
        return parse_iso(cursor)
    except ValueError:
        raise ApiError(400, f"query.cursor: not a cursor this API issued, got {cursor!r:.80}") from None


def opaque_cursor(created: str, item_id: str) -> str:
    """An opaque cursor naming the last item of a page (its creation instant and id)."""
    return base64.urlsafe_b64encode(f"{_OPAQUE}{created}|{item_id}".encode()).decode().rstrip("=")


def _read_opaque(cursor: str) -> tuple[str, str] | None:
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    created, bar, item_id = text.removeprefix(_OPAQUE).partition("|")
    return (created, item_id) if text.startswith(_OPAQUE) and bar else None


def read_cursor(cursor: Any, *, accept_instant: bool) -> tuple[datetime, str | None] | None:
    """Where a page starts: the instant (and, for an opaque cursor, the id) of the previous page's last item.

    Args:
        cursor: The query's ``cursor``, or None for the first page.
        accept_instant: Whether a plain ISO-8601 instant is a cursor too (the spec's date-time cursors).

    Raises:
        ApiError: 400 for anything else.
    """
    if cursor is None:
        return None
    text = str(cursor)
    opaque = _read_opaque(text)
    if opaque is not None:
        return _instant(opaque[0]), opaque[1]
    if accept_instant:
        return _instant(text), None
    raise ApiError(400, f"query.cursor: not a cursor this API issued, got {text!r:.80}")


def cursor_key(cursor: Any, start: datetime) -> int | None:
    """A jobs cursor (opaque or an instant) as whole milliseconds after ``start``, rounded up (None for none).

    Raises:
        ApiError: 400 when the cursor is neither.
    """
    mark = read_cursor(cursor, accept_instant=True)
    if mark is None:
        return None
    micros = (mark[0] - start) // timedelta(microseconds=1)
    return -(-micros // 1000)


def page(
    items: Sequence[T],
    *,
    created: Callable[[T], str],
    ident: Callable[[T], str],
    cursor: str | None,
    limit: int | None,
    opaque: bool,
    accept_instant: bool,
) -> tuple[list[T], str | None]:
    """Newest first (ties broken by id), only items after ``cursor``, at most ``limit`` of them.

    Args:
        items: Every item visible to the caller, in any order.
        created: An item's creation instant as Krea formats it (millisecond ISO-8601).
        ident: An item's id.
        cursor: The previous page's ``next_cursor``, or None for the first page.
        limit: Page size; None for the default of 100.
        opaque: Issue opaque cursors (else the last item's creation instant).
        accept_instant: Read a plain instant as "created strictly before it" (the spec's date-time cursors).

    Returns:
        The page, and the cursor of the next page, or None on the last page.

    Raises:
        ApiError: 400 when the cursor is not one this API could have issued.
    """
    ordered = sorted(items, key=lambda item: (parse_iso(created(item)), ident(item)), reverse=True)
    mark = read_cursor(cursor, accept_instant=accept_instant)
    if mark is not None and mark[1] is not None:
        ordered = [item for item in ordered if (parse_iso(created(item)), ident(item)) < (mark[0], mark[1])]
    elif mark is not None:
        ordered = [item for item in ordered if parse_iso(created(item)) < mark[0]]
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
    accept_instant: bool = True,
) -> dict[str, Any]:
    """The ``{items, next_cursor}`` body of one page, read with the request's ``cursor`` and ``limit``.

    Raises:
        ApiError: 400 when the cursor is not one this API could have issued.
    """
    chosen, next_cursor = page(
        items,
        created=created,
        ident=ident,
        cursor=params.get("cursor"),
        limit=params.get("limit"),
        opaque=opaque,
        accept_instant=accept_instant,
    )
    return {"items": chosen, "next_cursor": next_cursor}


def csv_set(value: Any) -> set[str]:
    """The non-empty names of a comma-separated query value (``types``, ``ids``); empty when absent."""
    return {name.strip() for name in str(value or "").split(",") if name.strip()}
