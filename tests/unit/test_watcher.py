"""One watcher per client: waits in progress at once read their jobs together (a listing, or a GET each), and
each keeps its own deadline, interrupt, outcome and ``on_update``; both flavours (sync: waits in threads)."""

from __future__ import annotations

import asyncio
import contextvars
import functools
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
import respx

import krea
from krea import JobCancelledError, JobFailedError, JobTimeoutError
from krea._http import goes_ahead
from krea._watch import Listing, heartbeat_pages, listing_pays
from krea.testing import MockKrea
from tests.unit.conftest import BASE, KEY, Kit, held_job, job

IDS = {name: f"00000000-0000-4000-8000-00000000000{n}" for n, name in enumerate("ABCD")}
CREATED = {name: f"2026-06-01T09:00:0{n}.000Z" for n, name in enumerate("ABCD")}
WHO: contextvars.ContextVar[str] = contextvars.ContextVar("who", default="")
"""Which named call of ``run_all`` is running (its task, the tasks it starts, or its thread)."""


def run_all(kit: Kit, calls: Sequence[tuple[str, Callable[[], Any]]]) -> dict[str, Any]:
    """Each named call's result or exception, all started at once on one client: tasks of the kit's loop
    (async), or threads named after them whose first sleeps meet, so every wait is in progress before any
    reads (sync)."""
    if kit.is_async:

        async def named(name: str, call: Callable[[], Any]) -> Any:
            WHO.set(name)
            return await call()

        async def main() -> list[Any]:
            tasks = [asyncio.create_task(named(name, call), name=name) for name, call in calls]
            return list(await asyncio.gather(*tasks, return_exceptions=True))

        return dict(zip([name for name, _ in calls], kit.loop.run_until_complete(main()), strict=True))
    met = threading.Barrier(len(calls))
    first = kit.on_sleep

    def meet(count: int) -> None:
        if count <= len(calls):
            met.wait(10)
        if first is not None:
            first(count)

    kit.on_sleep = meet

    def one(name: str, call: Callable[[], Any]) -> Any:
        WHO.set(name)
        try:
            return call()
        except BaseException as exc:  # KeyboardInterrupt too: it is one wait's outcome here
            return exc

    with ThreadPoolExecutor(len(calls)) as pool:
        futures = {name: pool.submit(one, name, call) for name, call in calls}
        return {name: future.result() for name, future in futures.items()}


class Account:
    """A respx double of the account's jobs: each job walks its own statuses, one step per read of it (by a
    listing or its own GET); a job listed as hidden is missing from every listing."""

    def __init__(self, api: respx.MockRouter, walks: dict[str, list[str]], hidden: Sequence[str] = ()) -> None:
        self.walks = walks
        self.hidden = set(hidden)
        self.reads = dict.fromkeys(walks, 0)
        self.ahead: list[bool] = []
        """Whether each listing went ahead of the client's other requests at its gate."""
        self.listing = api.get("/jobs").mock(side_effect=self._list)
        self.gets = {name: api.get(f"/jobs/{IDS[name]}").mock(side_effect=self._get(name)) for name in walks}
        self.deletes = {
            name: api.delete(f"/jobs/{IDS[name]}").respond(200, json=self.doc(name, "cancelled")) for name in walks
        }

    @staticmethod
    def doc(name: str, status: str) -> dict[str, Any]:
        extra: dict[str, Any] = (
            {"error": {"code": "nsfw", "message": "Content moderation"}} if status == "failed" else {}
        )
        return job(status, job_id=IDS[name], created_at=CREATED[name], **extra)

    def _step(self, name: str) -> dict[str, Any]:
        walk = self.walks[name]
        status = walk[min(self.reads[name], len(walk) - 1)]
        self.reads[name] += 1
        return self.doc(name, status)

    def _list(self, request: httpx.Request) -> httpx.Response:
        assert 50 <= int(request.url.params["limit"]) <= 1000  # sized by the round, up to Krea's largest page
        self.ahead.append(goes_ahead())
        items = [self._step(name) for name in sorted(self.walks, reverse=True) if name not in self.hidden]
        return httpx.Response(200, json={"items": items, "next_cursor": None})

    def _get(self, name: str) -> Callable[[httpx.Request], httpx.Response]:
        return lambda request: httpx.Response(200, json=self._step(name))

    def held(self, client: Any, name: str) -> Any:
        return held_job(client, self.doc(name, self.walks[name][0]))


# ---- request counts, against the mock


def _mock_client(mock: MockKrea, flavour: str, met: threading.Barrier) -> Any:
    """A client of the mock whose sleep advances its virtual clock and lets the other waits run (async) or
    meets them at each thread's first sleep (sync), so that every wait is in progress before any reads."""
    if flavour == "async":

        async def sleep(seconds: float) -> None:
            mock.clock.advance(seconds)
            await asyncio.sleep(0)

        http = httpx.AsyncClient(transport=mock.async_transport(), base_url=mock.base_url)
        return krea.AsyncKrea(mock.api_key, base_url=mock.base_url, http_client=http, sleep=sleep)
    seen = threading.local()

    def sync_sleep(seconds: float) -> None:
        if not getattr(seen, "met", False):
            seen.met = True
            met.wait(10)
        mock.clock.advance(seconds)

    http_sync = httpx.Client(transport=mock.transport(), base_url=mock.base_url)
    return krea.Krea(mock.api_key, base_url=mock.base_url, http_client=http_sync, sleep=sync_sleep)


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_many_waits_on_one_client_cost_fewer_requests_than_a_get_per_read(
    flavour: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from krea._async._watcher import AsyncWatcher
    from krea._sync._watcher import Watcher

    asked = 0  # the reads the waits asked for: what polling with a GET per job would have sent
    watcher = AsyncWatcher if flavour == "async" else Watcher
    read = watcher.read

    def counted(self: Any, held: Any) -> Any:
        nonlocal asked
        asked += 1
        return read(self, held)

    monkeypatch.setattr(watcher, "read", counted)
    n = 12
    mock = MockKrea()
    mock.set_duration("image", 60)  # several rounds of reads on the virtual clock
    client = _mock_client(mock, flavour, threading.Barrier(n))
    if flavour == "async":

        async def main() -> tuple[list[Any], list[Any]]:
            jobs = [await client.image("bfl/flux-1-dev", prompt=f"p{k}") for k in range(n)]
            return jobs, list(await asyncio.gather(*(held.wait(timeout=600) for held in jobs)))

        jobs, done = asyncio.run(main())
    else:
        jobs = [client.image("bfl/flux-1-dev", prompt=f"p{k}") for k in range(n)]
        with ThreadPoolExecutor(n) as pool:
            done = list(pool.map(lambda held: held.wait(timeout=600), jobs))
    assert [j.status for j in done] == ["completed"] * n
    assert [j.id for j in done] == [j.id for j in jobs]
    reads = [r for r in mock.requests if r.method == "GET" and r.path.startswith("/jobs")]
    listings = sum(1 for r in reads if r.path == "/jobs")
    assert listings >= 1
    assert asked >= 2 * n
    assert len(reads) <= asked / 4


# ---- the rules, pure


def test_a_listing_pays_only_for_two_jobs_or_more_and_fewer_pages_than_jobs() -> None:
    assert not listing_pays(1, 0, 1000)
    assert listing_pays(2, 0, 1000)
    assert listing_pays(2, 999, 1000)
    assert not listing_pays(2, 1000, 1000)  # two pages to reach the oldest: two GETs cost the same
    assert listing_pays(5, 3500, 1000)


def test_a_listing_stops_at_the_oldest_wanted_job_when_all_are_found_or_at_its_budget() -> None:
    import datetime

    at = [datetime.datetime(2026, 6, 1, 9, 0, s, tzinfo=datetime.UTC) for s in range(10)]
    wanted = {"j5": at[5], "j7": at[7]}
    listing: Listing[str] = Listing(wanted, budget=5)
    page = [(f"j{s}", at[s], f"job {s}") for s in (9, 8, 7)]
    assert listing.take(page, more=True)  # j5 not yet seen
    assert not listing.take([(f"j{s}", at[s], f"job {s}") for s in (6, 4, 3)], more=True)  # j4 is older than j5
    assert listing.found == {"j7": "job 7"}
    assert listing.depth == 5  # up to j4, the first job older than the oldest wanted

    every: Listing[str] = Listing(wanted, budget=5)
    assert not every.take([(f"j{s}", at[s], "") for s in (7, 6, 5, 4)], more=True)
    assert sorted(every.found) == ["j5", "j7"]
    assert every.depth == 3

    short: Listing[str] = Listing(wanted, budget=1)
    assert not short.take(page, more=True)  # one page is all two GETs would be worth


# ---- outcomes, deadlines and interrupts stay each wait's own (respx)


def test_a_job_missing_from_the_listing_is_read_with_its_own_get(kit: Kit, api: respx.MockRouter) -> None:
    account = Account(api, {"A": ["processing", "completed"], "B": ["processing", "completed"]}, hidden=["B"])
    client = kit.client(api_key=KEY)
    held = {name: account.held(client, name) for name in "AB"}
    done = run_all(kit, [(name, held[name].wait) for name in "AB"])
    assert {name: j.status for name, j in done.items()} == {"A": "completed", "B": "completed"}
    assert done["A"].id == IDS["A"]
    assert done["B"].id == IDS["B"]
    assert account.listing.called
    assert all(account.ahead)  # the watcher's reads never queue behind a flood of submissions
    assert account.gets["B"].called
    assert not account.gets["A"].called  # the listing showed it


def test_each_wait_gets_its_own_outcome_and_its_own_updates(kit: Kit, api: respx.MockRouter) -> None:
    walks = {
        "A": ["queued", "processing", "failed"],
        "B": ["queued", "cancelled"],
        "C": ["queued", "processing", "sampling", "completed"],
        "D": ["processing", "completed"],
    }
    account = Account(api, walks)
    client = kit.client(api_key=KEY)
    updates: dict[str, list[tuple[str, str]]] = {name: [] for name in walks}

    def waiting(name: str) -> Callable[[], Any]:
        record = updates[name]
        return lambda: account.held(client, name).wait(on_update=lambda j: record.append((j.id, j.status)))

    outcomes = run_all(kit, [(name, waiting(name)) for name in walks])
    assert isinstance(outcomes["A"], JobFailedError)
    assert outcomes["A"].job.id == IDS["A"]
    assert outcomes["A"].code == "nsfw"
    assert isinstance(outcomes["B"], JobCancelledError)
    assert outcomes["B"].job.id == IDS["B"]
    assert outcomes["C"].status == "completed"
    assert outcomes["C"].id == IDS["C"]
    assert outcomes["D"].status == "completed"
    assert outcomes["D"].id == IDS["D"]
    for name, walk in walks.items():
        # Its own job only, from where it started to where it ended, in order (a listing that served
        # other waits may have moved the double's job past a status its wait did not read).
        assert {job_id for job_id, _ in updates[name]} == {IDS[name]}
        seen = [status for _, status in updates[name]]
        assert seen[0] == walk[0]
        assert seen[-1] == walk[-1]
        assert seen == [status for status in walk if status in seen]
    assert account.listing.called


def test_one_waits_deadline_leaves_the_others_waiting(kit: Kit, api: respx.MockRouter) -> None:
    account = Account(api, {"A": ["processing"], "B": ["processing"] * 8 + ["completed"], "C": ["queued", "completed"]})
    client = kit.client(api_key=KEY)
    outcomes = run_all(
        kit,
        [
            ("A", lambda: account.held(client, "A").wait(timeout=5, cancel_on_timeout=True)),
            ("B", lambda: account.held(client, "B").wait(timeout=600)),
            ("C", lambda: account.held(client, "C").wait(timeout=600)),
        ],
    )
    assert isinstance(outcomes["A"], JobTimeoutError)
    assert outcomes["A"].cancelled
    assert outcomes["A"].job.id == IDS["A"]
    assert account.deletes["A"].call_count == 1
    assert outcomes["B"].status == "completed"
    assert outcomes["C"].status == "completed"
    assert not account.deletes["B"].called
    assert not account.deletes["C"].called


def test_one_interrupted_wait_cancels_its_job_and_leaves_the_others_waiting(kit: Kit, api: respx.MockRouter) -> None:
    account = Account(api, {"A": ["queued"], "B": ["queued"] * 6 + ["completed"], "C": ["processing", "completed"]})
    client = kit.client(api_key=KEY)
    reads_of_a = 0

    def interrupt_a(count: int) -> None:
        nonlocal reads_of_a
        if WHO.get() != "A":
            return
        reads_of_a += 1
        if reads_of_a < 3:
            return
        if kit.is_async:
            task = asyncio.current_task()
            assert task is not None
            task.cancel()  # the task the sleep runs in: the wait is interrupted
        else:
            raise KeyboardInterrupt

    kit.on_sleep = interrupt_a
    outcomes = run_all(kit, [(name, account.held(client, name).wait) for name in "ABC"])
    assert isinstance(outcomes["A"], asyncio.CancelledError if kit.is_async else KeyboardInterrupt)
    assert account.deletes["A"].call_count == 1  # cancelled at the interrupt: not billed
    assert outcomes["B"].status == "completed"
    assert outcomes["C"].status == "completed"
    assert not account.deletes["B"].called
    assert not account.deletes["C"].called


def test_a_wait_alone_on_its_client_polls_with_its_own_get_as_before(kit: Kit, api: respx.MockRouter) -> None:
    account = Account(api, {"A": ["queued", "processing", "completed"]})
    client = kit.client(api_key=KEY)
    assert kit.run(account.held(client, "A").wait()).status == "completed"
    assert account.gets["A"].call_count == 3
    assert not account.listing.called


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_listing_that_shows_a_job_done_ends_its_waits_pause_at_once(
    flavour: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Real time, the default sleep, no jitter. C's wait starts first and checks at 1 s (processing); C completes
    # at 1.2 s, and its own next check would come at 2.5 s. A and B start 0.5 s later; their checks, at 1.5 s,
    # are one listing, which shows C completed: C's wait returns then, with no GET of its own.
    from krea import _polling

    monkeypatch.setattr(_polling, "pauses", functools.partial(_polling.pauses, rng=lambda: 0.5))
    started = time.monotonic()
    ends = {"A": 1.3, "B": 1.3, "C": 1.2}
    created = {"A": CREATED["A"], "B": CREATED["B"], "C": CREATED["D"]}  # C is the newest job of the account
    calls: list[str] = []

    def doc(name: str) -> dict[str, Any]:
        status = "completed" if time.monotonic() - started >= ends[name] else "processing"
        return job(status, job_id=IDS[name], created_at=created[name])

    def answer(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        calls.append(path)
        if path == "/jobs":
            return httpx.Response(200, json={"items": [doc(n) for n in "CBA"], "next_cursor": None})
        return httpx.Response(200, json=doc(next(n for n in "ABC" if path.endswith(IDS[n]))))

    returned: dict[str, float] = {}
    if flavour == "async":

        async def main() -> None:
            http = httpx.AsyncClient(transport=httpx.MockTransport(answer))
            client = krea.AsyncKrea(api_key=KEY, base_url=BASE, http_client=http)
            held = {name: krea.AsyncJob(raw=doc(name), jobs=client.jobs) for name in "ABC"}

            async def one(name: str, after: float) -> None:
                await asyncio.sleep(after)
                await held[name].wait(timeout=30)
                returned[name] = time.monotonic() - started

            await asyncio.gather(one("C", 0.0), one("A", 0.5), one("B", 0.5))

        asyncio.run(main())
    else:
        client = krea.Krea(api_key=KEY, base_url=BASE, http_client=httpx.Client(transport=httpx.MockTransport(answer)))
        sync_held = {name: krea.Job(raw=doc(name), jobs=client.jobs) for name in "ABC"}

        def one(name: str, after: float) -> None:
            time.sleep(after)
            sync_held[name].wait(timeout=30)
            returned[name] = time.monotonic() - started

        threads = [threading.Thread(target=one, args=args) for args in (("C", 0.0), ("A", 0.5), ("B", 0.5))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
    assert sorted(returned) == ["A", "B", "C"]
    assert "/jobs" in calls
    assert calls.count(f"/jobs/{IDS['C']}") == 1  # its first check only
    assert returned["C"] < 2.2


def _heartbeat_run(
    flavour: str,
    names: str,
    monkeypatch: pytest.MonkeyPatch,
    *,
    throttled: int | None = None,
    completes_at: float = 0.5,
    watched: list[Any] | None = None,
) -> tuple[dict[str, Any], list[str], int]:
    """Waits on ``names`` started at once, real time, each checking at 0.3 s and then every 2 s; every job
    completes at ``completes_at`` s; the listing numbered ``throttled`` (1 is the first) answers 429 with
    ``Retry-After: 20``. Returns when each wait returned (or its error), the paths requested and the watcher's own
    listings; the watcher itself is appended to ``watched``."""
    from krea import _polling

    def schedule(policy: Any, rng: Any = None) -> Any:
        yield 0.3
        while True:
            yield 2.0

    monkeypatch.setattr(_polling, "pauses", schedule)
    started = time.monotonic()
    created = {name: f"2026-06-01T09:00:{n:02d}.000Z" for n, name in enumerate(names)}
    ids = {name: f"00000000-0000-4000-8000-0000000000{n:02d}" for n, name in enumerate(names)}
    calls: list[str] = []

    def doc(name: str) -> dict[str, Any]:
        status = "completed" if time.monotonic() - started >= completes_at else "processing"
        return job(status, job_id=ids[name], created_at=created[name])

    def answer(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        calls.append(path)
        if path == "/jobs" and calls.count("/jobs") == throttled:
            return httpx.Response(429, headers={"Retry-After": "20"}, json={"error": "Too many requests"})
        if path == "/jobs":
            return httpx.Response(200, json={"items": [doc(n) for n in reversed(names)], "next_cursor": None})
        return httpx.Response(200, json=doc(next(n for n in names if path.endswith(ids[n]))))

    returned: dict[str, Any] = {}
    if flavour == "async":
        watcher: Any = None

        async def main() -> None:
            nonlocal watcher
            http = httpx.AsyncClient(transport=httpx.MockTransport(answer))
            client = krea.AsyncKrea(api_key=KEY, base_url=BASE, http_client=http)
            watcher = client.jobs._watcher

            async def one(name: str) -> None:
                try:
                    await krea.AsyncJob(raw=doc(name), jobs=client.jobs).wait(timeout=8)
                    returned[name] = time.monotonic() - started
                except krea.KreaError as exc:
                    returned[name] = exc

            await asyncio.gather(*(one(name) for name in names))

        asyncio.run(main())
    else:
        client = krea.Krea(api_key=KEY, base_url=BASE, http_client=httpx.Client(transport=httpx.MockTransport(answer)))
        watcher = client.jobs._watcher

        def wait(name: str) -> None:
            try:
                krea.Job(raw=doc(name), jobs=client.jobs).wait(timeout=8)
                returned[name] = time.monotonic() - started
            except krea.KreaError as exc:
                returned[name] = exc

        threads = [threading.Thread(target=wait, args=(name,)) for name in names]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
    if watched is not None:
        watched.append(watcher)
    return returned, calls, watcher.heartbeats


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_the_watcher_does_not_wake_while_nothing_is_asked_and_no_listing_of_its_own_is_due(
    flavour: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Six waits past their first check (0.3 s), the jobs completing at 2.6 s: the watcher lists on its own about
    # once a second (1.4, 2.4, then 3.4 s, which shows them completed) and serves the waits' second checks (2.3 s).
    # Between those it pauses until the next is due: a few passes of its loop in all, not one every 0.1 s (35).
    watched: list[Any] = []
    returned, calls, heartbeats = _heartbeat_run(flavour, "ABCDEF", monkeypatch, completes_at=2.6, watched=watched)
    assert all(isinstance(at, float) and 2.6 <= at < 4.5 for at in returned.values()), returned
    assert heartbeats >= 2
    assert set(calls) == {"/jobs"}
    assert watched[0].passes <= 15, watched[0].passes


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_with_many_waits_past_their_first_check_the_watcher_lists_once_a_second_on_its_own(
    flavour: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Six waits check at 0.3 s (processing) and would check again at 2.3 s; the jobs complete at 0.5 s. The
    # watcher's own listing, a second after the round's at about 0.4 s, shows them completed: every wait returns
    # then, about 0.9 s before its own next check, for that one request.
    returned, calls, heartbeats = _heartbeat_run(flavour, "ABCDEF", monkeypatch)
    assert sorted(returned) == list("ABCDEF")
    assert max(returned.values()) < 2.0, returned
    assert heartbeats == 1
    assert calls == ["/jobs", "/jobs"]  # the round of the first checks, then the watcher's own


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_with_few_waits_the_watcher_does_not_list_on_its_own(flavour: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # Three waits: a listing a second would cost more than their own checks every 2-5 s; they check again at 2.3 s.
    returned, calls, heartbeats = _heartbeat_run(flavour, "ABC", monkeypatch)
    assert sorted(returned) == list("ABC")
    assert min(returned.values()) >= 2.2, returned
    assert heartbeats == 0
    assert calls == ["/jobs", "/jobs"]  # the two rounds of their checks


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_the_watchers_own_listing_never_holds_up_the_waits_reads(flavour: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # Its own listing (the second) is answered 429 with Retry-After: 20. It is best effort, with a short budget:
    # it fails at once instead of sleeping 20 s, and the waits' own checks at 2.3 s are one listing as before.
    returned, calls, heartbeats = _heartbeat_run(flavour, "ABCDEF", monkeypatch, throttled=2)
    assert all(isinstance(at, float) and 2.2 <= at < 3.0 for at in returned.values()), returned
    assert heartbeats == 1
    assert calls == ["/jobs", "/jobs", "/jobs"]


def test_the_watchers_own_listing_reads_a_page_for_every_five_waits_at_most() -> None:
    # 1,000 jobs a page: jobs past their first check at depth 0 (one page), 2,500 and 10,000 (3 and 11 pages).
    assert [heartbeat_pages(jobs, 0, 1000, 5) for jobs in (4, 5, 60)] == [0, 1, 1]
    assert [heartbeat_pages(jobs, 2500, 1000, 5) for jobs in (14, 15, 1000)] == [0, 3, 3]
    assert heartbeat_pages(54, 10_000, 1000, 5) == 0
    assert heartbeat_pages(55, 10_000, 1000, 5) == 11


def test_a_listing_page_is_read_for_ids_times_and_cursor_only() -> None:
    import datetime

    from krea._watch import may_be_over, page_entries

    page: dict[str, Any] = {
        "items": [
            {"job_id": "a", "status": "processing", "created_at": "2026-06-01T09:00:02.000Z"},
            {"id": "b", "status": "completed", "created_at": "2026-06-01T09:00:01"},  # `id`, a time without offset
            {"status": "queued"},  # no id: its wait reads it with its own GET
            "not a job",
            {"job_id": "c", "status": "teleporting", "completed_at": "2026-06-01T09:00:09Z", "created_at": 5},
        ],
        "nextCursor": "2026-06-01T09:00:00.000Z",
    }
    entries, cursor = page_entries(page)
    utc = datetime.UTC
    assert [(job_id, at) for job_id, at, _ in entries] == [
        ("a", datetime.datetime(2026, 6, 1, 9, 0, 2, tzinfo=utc)),
        ("b", datetime.datetime(2026, 6, 1, 9, 0, 1, tzinfo=utc)),
        ("c", None),
    ]
    assert cursor == "2026-06-01T09:00:00.000Z"
    assert [may_be_over(item) for _, _, item in entries] == [False, True, True]
    assert page_entries({"items": [], "next_cursor": None}) == ([], None)


def test_a_wait_given_per_call_options_polls_alone_with_them_among_other_waits(kit: Kit, api: respx.MockRouter) -> None:
    account = Account(api, {name: ["queued", "processing", "completed"] for name in "ABC"})
    client = kit.client(api_key=KEY)
    calls: list[tuple[str, Callable[[], Any]]] = [
        ("A", lambda: account.held(client, "A").wait(extra_headers={"X-Trace": "a"})),
        ("B", account.held(client, "B").wait),
        ("C", account.held(client, "C").wait),
    ]
    outcomes = run_all(kit, calls)
    assert [outcomes[name].status for name in "ABC"] == ["completed"] * 3
    own = account.gets["A"].calls
    assert own  # its polls are its own GETs (a listing, without its header, never served it)
    assert all(call.request.headers.get("X-Trace") == "a" for call in own)
    assert account.listing.called
    assert not any("X-Trace" in call.request.headers for call in account.listing.calls)
