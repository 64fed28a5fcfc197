"""Which items make up one page of a list, and what cursor reads the next one?"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any, TypeVar

from krea.testing._clock import parse_iso
from krea.testing._http import ApiError

T = TypeVar("T")
DEFAULT_LIMIT = 100


def page(
    items: Sequence[T], *, created: Callable[[T], str], cursor: str | None, limit: int | None
) -> tuple[list[T], str | None]:
    """Newest first, only items created strictly before ``cursor``, at most ``limit`` of them.

    Args:
        items: Every item visible to the caller, in any order.
        created: An item's creation instant as Krea formats it (millisecond ISO-8601); creation instants are
            unique per kind of item, so a cursor never splits two items.
        cursor: The previous page's ``next_cursor``, or None for the first page.
        limit: Page size; None for the default of 100.

    Returns:
        The page, and the cursor of the next page (the last item's instant), or None on the last page.

    Raises:
        ApiError: 400 when the cursor is not an ISO-8601 instant.
    """
    before: datetime | None = None
    if cursor is not None:
        try:
            before = parse_iso(cursor)
        except ValueError:
            raise ApiError(400, f"Invalid cursor {cursor!r}: expected an ISO-8601 instant") from None
    ordered = sorted(items, key=lambda item: parse_iso(created(item)), reverse=True)
    if before is not None:
        ordered = [item for item in ordered if parse_iso(created(item)) < before]
    size = DEFAULT_LIMIT if limit is None else limit
    chosen = ordered[:size]
    more = len(ordered) > size
    return chosen, created(chosen[-1]) if more and chosen else None


def listing(items: Sequence[T], *, created: Callable[[T], str], params: Mapping[str, Any]) -> dict[str, Any]:
    """The ``{items, next_cursor}`` body of one page, read with the request's ``cursor`` and ``limit``.

    Raises:
        ApiError: 400 when the cursor is not an ISO-8601 instant.
    """
    chosen, next_cursor = page(items, created=created, cursor=params.get("cursor"), limit=params.get("limit"))
    return {"items": chosen, "next_cursor": next_cursor}


def csv_set(value: Any) -> set[str]:
    """The non-empty names of a comma-separated query value (``types``, ``ids``); empty when absent."""
    return {name.strip() for name in str(value or "").split(",") if name.strip()}
