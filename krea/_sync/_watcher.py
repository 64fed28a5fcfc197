# Generated from krea/_async/_watcher.py by scripts/unasync.py: edit that file, then run `make generate`.
"""One watcher per client: the status reads of every job its waits are waiting on at once, made together.

A wait that is alone on its client reads its job with its own ``GET /jobs/{id}``, in its own task, as it always
has. When several waits are in progress, each still sleeps its own pauses, keeps its own deadline, ``on_update``
and cancel, but asks the watcher for the read: the reads asked for at about the same time (within
``WATCH_GATHER``, or while a round is in flight) are one round, served by one listing of the account's recent
jobs (``GET /jobs``, newest first, 1,000 a page, stopping at the oldest job of the round) when that costs fewer
requests than a ``GET`` per job, else by those ``GET`` requests; a job the listing does not show is read with its
own ``GET``. A job seen terminal in a listing is kept, and its wait's pause cut short: it returns at once, with
no request of its own. While several waits are past their first read (``WATCH_HEARTBEAT_WAITS``), the watcher
also lists on its own once a second (``WATCH_HEARTBEAT``), so a job that completes while its wait sleeps a
long pause (2-5 s) is seen within about a second; that listing reads at most a page for every five such waits
and is best effort (``_heartbeat``). The rules (when a
listing pays, when it stops) are in ``krea/_watch.py``; the rounds run in a task (a thread for ``krea.Krea``),
the only difference, in ``_flavour.py``.
"""

from __future__ import annotations

import collections
import contextlib
import datetime
import functools
import time
from collections.abc import Iterator
from typing import Generic, Protocol, TypeVar

from .._constants import (
    WATCH_GATHER,
    WATCH_HEARTBEAT,
    WATCH_HEARTBEAT_BUDGET,
    WATCH_HEARTBEAT_FAILED,
    WATCH_HEARTBEAT_WAITS,
    WATCH_MIN_PAGE,
    WATCH_PAGE,
)
from .._errors import KreaError
from .._http import ahead, time_left
from .._http import deadline as request_deadline
from .._job import JobBase
from .._json import JSONObject
from .._options import current as call_options
from .._polling import DeadlinePassed
from .._responses import active as capturing
from .._watch import Listing, heartbeat_pages, listing_pays, may_be_over, page_entries
from ._flavour import Reply, Rounds, StateLock, default_sleep, run_parallel, sleep_unless, spawn
from ._transport import Requester

J = TypeVar("J", bound=JobBase)
J_co = TypeVar("J_co", bound=JobBase, covariant=True)


class _Jobs(Protocol[J_co]):
    """What the watcher uses of ``client.jobs`` (``Jobs``, which holds it: named here by what it does, so
    that the two modules do not import each other)."""

    @property
    def _requester(self) -> Requester: ...

    def get(self, job_id: str) -> J_co: ...

    def _listing_page(self, cursor: str | None, limit: int) -> JSONObject: ...

    def _held(self, raw: JSONObject) -> J_co: ...


class _Asked(Generic[J]):
    """One wait's read, asked for and not yet answered."""

    __slots__ = ("ends", "reply")

    def __init__(self, ends: float) -> None:
        self.reply: Reply[J] = Reply()
        self.ends = ends
        """When the wait's deadline passes (``time.monotonic()``)."""


class Watcher(Generic[J]):
    """The reads of the jobs a client's waits wait on (``client.jobs`` holds one)."""

    def __init__(self, jobs: _Jobs[J]) -> None:
        self._jobs = jobs
        self._lock = StateLock()
        self._waits: collections.Counter[str] = collections.Counter()
        """Job id -> the waits in progress on it."""
        self._created: dict[str, datetime.datetime | None] = {}
        self._asked: dict[str, list[_Asked[J]]] = {}
        self._terminal: dict[str, J] = {}
        """Waited jobs a listing showed terminal, for their wait's next read."""
        self._sleeping: dict[str, list[Reply[None]]] = {}
        """Job id -> the pauses of its waits, which a listing that shows it terminal cuts short."""
        self._running = False
        self._handle: Rounds | None = None
        """The task (thread, for ``krea.Krea``) serving the rounds, to tell a live one from one that died
        without saying so (its event loop closed, the process forked)."""
        self._skip_listings = 0
        """Rounds left that read with GETs only: after a listing that failed or found none of its jobs."""
        self._listing_backoff = 0
        self._depth = 0
        """How many jobs the last listing went through to reach the oldest one it looked for."""
        self._looked: set[str] = set()
        """Waited jobs whose wait has read them once: their schedule says they may be done any time now."""
        self._next_beat = 0.0
        """When the watcher may list on its own next (``time.monotonic()``): a second after any listing."""
        self._idle: Reply[None] | None = None
        """The rounds' pause while nothing is to be done: a read asked for, or the last wait that kept them
        going ending, cuts it short."""
        self.heartbeats = 0
        """Listings made on the watcher's own (for tests and benchmarks)."""
        self.passes = 0
        """Passes of the rounds' loop (for tests)."""
        self.rounds = 0
        """Rounds served (for tests and benchmarks)."""

    @contextlib.contextmanager
    def watching(self, job: J) -> Iterator[None]:
        """A wait on ``job`` in progress, for as long as the block runs, however it ends.

        A wait given per-call options (``request_timeout=``, ``extra_headers=``) is left out: each of its polls
        must carry them, so it polls alone, with its own GETs, as a wait alone on its client does.
        """
        if self._own_polls():
            yield
            return
        job_id = job.id
        with self._lock:
            self._waits[job_id] += 1
            self._created[job_id] = job.created_at
        try:
            yield
        finally:
            with self._lock:
                self._waits[job_id] -= 1
                if self._waits[job_id] <= 0:
                    del self._waits[job_id]
                    self._created.pop(job_id, None)
                    self._terminal.pop(job_id, None)
                    self._looked.discard(job_id)
                    if self._idle is not None and len(self._looked) < WATCH_HEARTBEAT_WAITS:
                        self._idle.give(None)  # the rounds may end now

    def pause(self, job: J, seconds: float) -> None:
        """A wait's pause before its next read, with the client's sleep; cut short when a listing shows the job
        terminal meanwhile (or has already: then there is no pause). A wait alone on its client just sleeps."""
        news: Reply[None] = Reply()
        with self._lock:
            alone = self._alone()
            if job.id in self._terminal and not alone:
                return
            if not alone:
                self._sleeping.setdefault(job.id, []).append(news)
        if alone:
            self._jobs._requester.sleep(seconds)
            return
        try:
            sleep_unless(self._jobs._requester.sleep, seconds, news)
        finally:
            with self._lock:
                others = self._sleeping.get(job.id)
                if others is not None and news in others:
                    others.remove(news)
                    if not others:
                        del self._sleeping[job.id]

    def read(self, job: J) -> J:
        """The job as it reads now, for a wait in progress on it.

        Raises:
            DeadlinePassed: the wait's deadline passed before its read came back.
            KreaError: the read failed (what ``client.jobs.get`` raises).
        """
        with self._lock:
            alone = self._alone()
            seen = None if alone else self._terminal.pop(job.id, None)
            if job.id in self._waits:
                self._looked.add(job.id)
        if seen is not None:
            return seen
        if alone:
            return self._jobs.get(job.id)
        left = time_left()  # a wait always has a deadline; outside one, the client's default wait
        if left is None:
            left = self._jobs._requester.settings.wait_timeout
        asked: _Asked[J] = _Asked(time.monotonic() + left)
        with self._lock:
            if self._running and self._handle is not None and not self._handle.alive():
                # The rounds died without saying so (their event loop closed, the process forked): what they held
                # is gone with them, and new rounds start.
                self._running, self._asked, self._sleeping = False, {}, {}
            self._asked.setdefault(job.id, []).append(asked)
            if self._idle is not None:
                self._idle.give(None)
            if not self._running:  # started under the lock, so no other wait sees rounds running without them
                self._running = True
                self._handle = spawn(self._rounds)
        try:
            return asked.reply.take(left)
        except TimeoutError:
            raise DeadlinePassed(job) from None
        finally:
            with self._lock:
                others = self._asked.get(job.id)
                if others is not None and asked in others:  # not answered: no longer asked for
                    others.remove(asked)
                    if not others:
                        del self._asked[job.id]

    def _own_polls(self) -> bool:
        """Whether the wait in this context must send its own polls: it was given per-call options (each poll
        carries them), or it runs inside a ``capture_responses()`` block (which records its polls)."""
        gateway = self._jobs._requester.gateway
        return call_options(gateway) is not None or bool(capturing(gateway.lineage))

    def _alone(self) -> bool:
        """Whether the wait asking reads with its own GET: the only wait in progress on the client (no round
        running or asked for), or one that sends its own polls (``watching`` left it out)."""
        if self._own_polls():
            return True
        return not self._running and not self._asked and self._waits.total() <= 1

    def _rounds(self) -> None:
        """Serve rounds until nothing is asked for and too few waits are past their first read to list for."""
        batch: dict[str, list[_Asked[J]]] = {}
        try:
            while True:
                default_sleep(WATCH_GATHER)  # let the reads asked for at about the same time come
                self.passes += 1
                idle: Reply[None] | None = None
                pause = 0.0
                with self._lock:
                    batch, self._asked = self._asked, {}
                    if not batch and len(self._looked) < WATCH_HEARTBEAT_WAITS:
                        self._running = False
                        return
                    now = time.monotonic()
                    beat = not batch and now >= self._next_beat and self._skip_listings == 0
                    wanted = batch if batch else self._looked if beat else ()
                    created = {job_id: self._created.get(job_id) for job_id in wanted}
                    if not batch and not beat:  # nothing to do until a read is asked for or the next beat
                        idle = self._idle = Reply()
                        # Until the next beat, less the gathering pause that comes before it.
                        due = WATCH_HEARTBEAT if self._skip_listings else self._next_beat - now
                        pause = max(0.0, min(WATCH_HEARTBEAT, due) - WATCH_GATHER)
                if batch:
                    self._round(batch, created)
                    self.rounds += 1
                elif beat:
                    self._heartbeat(created)
                elif idle is not None:
                    try:
                        sleep_unless(default_sleep, pause, idle)
                    finally:
                        with self._lock:
                            self._idle = None
        except BaseException as exc:  # a bug, or the loop going away: nobody may wait for a round that is over
            with self._lock:
                self._running = False
                stranded = [*batch.values(), *self._asked.values()]
                self._asked = {}
            for asked in stranded:
                for one in asked:
                    one.reply.fail(exc)
            if not isinstance(exc, Exception):
                raise

    def _round(self, batch: dict[str, list[_Asked[J]]], created: dict[str, datetime.datetime | None]) -> None:
        listable = {job_id: at for job_id, at in created.items() if at is not None}
        found: dict[str, J] = {}
        if self._skip_listings > 0:
            self._skip_listings -= 1
        elif listing_pays(len(listable), self._depth, WATCH_PAGE):
            ends = max(one.ends for asked in batch.values() for one in asked)
            try:
                found = self._list(listable, ends)
            except KreaError:
                found = {}  # the listing failed: each job gets its own GET, and its own error
            # A listing that failed or found none of its jobs (a server that lists otherwise) is not tried again
            # for a while: 1, 2, 4... rounds (at most 32) read with GETs only.
            self._listing_backoff = 0 if found else min(max(1, 2 * self._listing_backoff), 32)
            self._skip_listings = self._listing_backoff
        for job_id, job in found.items():
            for one in batch.pop(job_id, []):
                one.reply.give(job)
        if batch:
            gets = [functools.partial(self._get, job_id, asked) for job_id, asked in batch.items()]
            run_parallel(gets, self._jobs._requester.settings.max_in_flight)

    def _heartbeat(self, looked: dict[str, datetime.datetime | None]) -> None:
        """A listing of the watcher's own, for the waits past their first read: the jobs it shows terminal are
        kept for their waits, whose pauses it cuts short (as any listing does).

        It is best effort: at most a page for every ``WATCH_HEARTBEAT_WAITS`` of those jobs, and at most
        ``WATCH_HEARTBEAT_BUDGET`` seconds (a ``Retry-After`` past them fails it at once), so it neither costs
        more than their own checks nor holds up the reads asked for meanwhile; after a failure the watcher does
        not list on its own for ``WATCH_HEARTBEAT_FAILED`` seconds.
        """
        listable = {job_id: at for job_id, at in looked.items() if at is not None}
        pages = heartbeat_pages(len(listable), self._depth, WATCH_PAGE, WATCH_HEARTBEAT_WAITS)
        if not pages:
            self._next_beat = time.monotonic() + WATCH_HEARTBEAT
            return
        try:
            self._list(listable, time.monotonic() + WATCH_HEARTBEAT_BUDGET, answer=False, pages=pages)
        except KreaError:  # the waits read on as scheduled; the watcher lists on its own again later
            self._next_beat = time.monotonic() + WATCH_HEARTBEAT_FAILED
        self.heartbeats += 1

    def _list(
        self, wanted: dict[str, datetime.datetime], ends: float, *, answer: bool = True, pages: int | None = None
    ) -> dict[str, J]:
        """The wanted jobs a listing shows, reading pages until the oldest wanted job or the page budget.

        Args:
            answer: the wanted jobs are asked for, and answered with what is returned; else (the watcher's own
                listing) those shown terminal are kept for their waits, as the other jobs the listing shows.
            pages: the most pages to read (default: fewer than the wanted jobs, which would each cost a GET).
        """
        self._next_beat = time.monotonic() + WATCH_HEARTBEAT
        listing: Listing[JSONObject] = Listing(wanted, budget=len(wanted) - 1 if pages is None else pages)
        cursor: str | None = None
        # As many jobs a page as this round needs (the last listing's depth, or twice its jobs), not always 1,000.
        size = min(WATCH_PAGE, max(WATCH_MIN_PAGE, 2 * len(wanted), self._depth + WATCH_MIN_PAGE))
        with _until(ends):
            while True:
                entries, cursor = page_entries(self._jobs._listing_page(cursor, size))
                if not listing.take(entries, more=cursor is not None):
                    break
        self._depth = listing.depth
        found = {job_id: self._jobs._held(item) for job_id, item in listing.found.items()} if answer else {}
        with self._lock:
            for job_id, item in listing.seen.items():
                if job_id in found or job_id not in self._waits or not may_be_over(item):
                    continue
                job = self._jobs._held(item)
                if job.is_terminal:
                    self._terminal[job_id] = job
                    for news in self._sleeping.pop(job_id, []):
                        news.give(None)
            for job_id in found:
                self._terminal.pop(job_id, None)  # answered now
        return found

    def _get(self, job_id: str, asked: list[_Asked[J]]) -> None:
        ends = max(one.ends for one in asked)
        try:
            with _until(ends):
                job = self._jobs.get(job_id)
        except KreaError as exc:
            for one in asked:
                one.reply.fail(exc)
            return
        for one in asked:
            one.reply.give(job)


@contextlib.contextmanager
def _until(ends: float) -> Iterator[None]:
    """The requests of a round: bounded by the latest deadline of the waits it serves (not by the deadline of
    the wait whose task started the rounds), and ahead of the client's other requests at its gate."""
    with request_deadline(max(ends - time.monotonic(), 0.0)), ahead():
        yield
