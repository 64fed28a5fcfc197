"""When a client's waits read their jobs together, and how far a listing goes: the watcher's rules.

The watcher (``krea/_async/_watcher.py``) serves the reads its waits ask for at about the same time in one
round: a listing of the account's recent jobs (``GET /jobs``, newest first) or a ``GET`` per job, whichever
costs fewer requests. These are the pure decisions; it only sends.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Generic, TypeVar

from ._job import instant
from ._json import JSON, JSONObject
from ._resource import generated_response
from ._statuses import TERMINAL_STATUSES

if TYPE_CHECKING:
    import httpx
    from krea_api.types import Response

T = TypeVar("T")


def listing_response(response: httpx.Response) -> Response[JSONObject]:
    """A ``GET /jobs`` answer read as a generated operation reads it, but only as JSON: the watcher reads the
    few fields it needs of each item and makes a job of the ones it waits for (the generated ``JobPage`` would
    read all 1,000 items into models, most of them thrown away).

    Raises:
        UnreadableResponse: a success that is not a page ``{items: [...]}``.
    """
    return generated_response(response, _page)


def _page(data: JSON) -> JSONObject:
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise TypeError("a page is a JSON object with a list of items")
    return data


def page_entries(page: JSONObject) -> tuple[list[tuple[str, datetime.datetime | None, JSONObject]], str | None]:
    """Each item of a listing page with an id (``job_id``, else ``id``), as (id, creation time, item), and the
    next cursor (``next_cursor``, else ``nextCursor``; None on the last page). An item without an id is left
    out (its wait reads it with its own ``GET``)."""
    entries: list[tuple[str, datetime.datetime | None, JSONObject]] = []
    items = page.get("items")
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        job_id = item.get("job_id") or item.get("id")
        if isinstance(job_id, str) and job_id:
            entries.append((job_id, instant(item.get("created_at")), item))
    cursor = page.get("next_cursor") or page.get("nextCursor")
    return entries, cursor if isinstance(cursor, str) and cursor else None


def may_be_over(item: JSONObject) -> bool:
    """Whether a listed job may be terminal (worth reading as a job): a terminal status, or ``completed_at``
    set (the backstop for a status this SDK does not know)."""
    return item.get("status") in TERMINAL_STATUSES or item.get("completed_at") is not None


def listing_pays(jobs: int, depth: int, page: int) -> bool:
    """Whether one listing costs fewer requests than a ``GET`` for each of ``jobs`` jobs.

    Args:
        jobs: the jobs of the round that can be found in a listing (their creation time is known).
        depth: how many of the account's jobs the last listing went through to reach the oldest job it
            looked for (0 before the first), which says how many pages this one will take.
        page: the page size.
    """
    return jobs >= 2 and depth // page + 1 < jobs


def heartbeat_pages(jobs: int, depth: int, page: int, waits_per_page: int) -> int:
    """How many pages the watcher's own listing may read (0: it does not list), for ``jobs`` waited jobs past
    their first check, the last listing's ``depth`` and ``page`` size: one page for every ``waits_per_page`` of
    those jobs at most, so a listing a second costs no more than their own checks at the slow end of Krea's
    guidance (each every 5 s), however many newer jobs the account holds above them."""
    needed = depth // page + 1
    return needed if needed * waits_per_page <= jobs else 0


class Listing(Generic[T]):
    """One listing of a round, page by page: which wanted jobs it found, and whether to read another page.

    It stops at the first job created before the oldest wanted one (the account's jobs are newest first),
    once every wanted job is found, on the last page, or when its page budget is spent (more pages than that
    would cost more than the ``GET`` requests they save); the wanted jobs it did not find get their own ``GET``.
    Krea does not state the listing's order (FACTS.md §3: its date-time cursor, "created before", implies newest
    first): were it otherwise, a listing would stop early and cost more, but every job is still read.
    """

    def __init__(self, wanted: Mapping[str, datetime.datetime], *, budget: int) -> None:
        self.wanted = dict(wanted)
        self.oldest = min(wanted.values())
        self.budget = budget
        self.pages = 0
        self.depth = 0
        """The jobs gone through, up to the last one needed (a wanted job, or the first one older than them)."""
        self._done = False
        self.found: dict[str, T] = {}
        self.seen: dict[str, T] = {}
        """Every job on the pages read, by id (the watcher keeps the terminal ones it waits for)."""

    def take(self, items: Iterable[tuple[str, datetime.datetime | None, T]], *, more: bool) -> bool:
        """Take one page (each job's id, creation time and the job); whether to read the next one."""
        self.pages += 1
        for job_id, created, item in items:
            self.seen[job_id] = item  # the rest of a page costs nothing more
            if self._done:
                continue
            self.depth += 1
            if job_id in self.wanted:
                self.found[job_id] = item
                self._done = len(self.found) == len(self.wanted)
            elif created is not None and created < self.oldest:
                self._done = True
        return more and not self._done and self.pages < self.budget
