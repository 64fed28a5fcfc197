"""What a review of the watcher found, each with the test that failed before its fix: rounds that died without
saying so, a sync round's GETs one after the other, a failing listing tried every round, a capture block's
polls, pauses past the deadline after slow reads, and a slow model's first check."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import httpx
import pytest
import respx

import krea
from krea._async._flavour import Rounds as AsyncRounds
from krea._polling import PollPolicy, schedule
from krea._sync._flavour import run_parallel
from tests.unit.conftest import BASE, KEY, Kit
from tests.unit.test_watcher import IDS, Account, run_all


def test_rounds_whose_event_loop_closed_are_replaced_on_the_next_loop(api: respx.MockRouter) -> None:
    account = Account(api, {"A": ["processing", "completed"], "B": ["processing", "completed"]})
    client = krea.AsyncKrea(KEY, base_url=BASE)
    watcher = client.jobs._watcher

    async def started() -> None:  # rounds running on a loop that is then closed with them pending
        watcher._running = True
        watcher._handle = AsyncRounds(asyncio.get_running_loop().create_task(asyncio.sleep(3600)))

    first = asyncio.new_event_loop()
    first.run_until_complete(started())
    first.close()

    async def waits() -> list[Any]:
        held = [account.held(client, name) for name in "AB"]
        return list(await asyncio.gather(*(job.wait(timeout=20) for job in held)))

    began = time.monotonic()
    done = asyncio.run(waits())
    assert [job.status for job in done] == ["completed", "completed"]
    assert time.monotonic() - began < 15  # not at the deadline


def test_run_parallel_the_helper_of_a_sync_rounds_gets_runs_them_side_by_side() -> None:
    def slow() -> float:
        time.sleep(0.3)
        return time.monotonic()

    began = time.monotonic()
    results = run_parallel([slow] * 4, 20)
    assert len(results) == 4
    assert time.monotonic() - began < 0.9  # one after the other: 1.2 s


def test_a_failing_listing_is_not_tried_again_every_round(kit: Kit, api: respx.MockRouter) -> None:
    walks = {name: ["processing"] * 6 + ["completed"] for name in "ABCD"}
    account = Account(api, walks)
    account.listing.mock(return_value=httpx.Response(503))
    client = kit.client(api_key=KEY, max_retries=0)
    held = {name: account.held(client, name) for name in "ABCD"}
    done = run_all(kit, [(name, held[name].wait) for name in "ABCD"])
    assert {name: getattr(j, "status", j) for name, j in done.items()} == dict.fromkeys("ABCD", "completed")
    rounds = client.jobs._watcher.rounds
    assert rounds >= 4
    assert account.listing.call_count <= rounds // 2  # backed off, not one listing per round


def test_a_wait_inside_a_capture_block_sends_its_own_polls(kit: Kit, api: respx.MockRouter) -> None:
    account = Account(api, {"A": ["processing", "completed"], "B": ["processing", "processing", "completed"]})
    client = kit.client(api_key=KEY)
    held = {name: account.held(client, name) for name in "AB"}
    seen: dict[str, Any] = {}

    def captured(name: str) -> Any:
        if kit.is_async:

            async def run() -> Any:
                with client.capture_responses() as log:
                    done = await held[name].wait()
                seen[name] = log
                return done

            return run()
        with client.capture_responses() as log:
            done = held[name].wait()
        seen[name] = log
        return done

    run_all(kit, [("A", lambda: captured("A")), ("B", held["B"].wait)])
    polls = [entry.url for entry in seen["A"]]
    assert polls
    assert all(url.endswith(f"/jobs/{IDS['A']}") for url in polls)  # its own GETs, all of them recorded


def test_a_wait_whose_reads_are_slow_still_ends_at_its_deadline(api: respx.MockRouter) -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        time.sleep(1.5)
        return httpx.Response(200, json={"job_id": "j", "status": "processing", "created_at": "2026-06-01T09:00:00Z"})

    api.get("/jobs/j").mock(side_effect=slow)
    client = krea.Krea(KEY, base_url=BASE)
    began = time.monotonic()
    with pytest.raises(krea.JobTimeoutError):
        client.jobs.wait("j", timeout=4)
    # Pauses are cut to the time left (a canned read is not cut: at most one runs past the deadline); without
    # the cut the pauses alone add up to the deadline, reads on top: about 8.5 s.
    assert time.monotonic() - began < 4 + 1.5 + 1.0


def test_a_slow_models_first_check_comes_within_seconds() -> None:
    video = list(zip(range(4), schedule(PollPolicy(timeout=600, average=113.0)), strict=False))
    assert [pause for _, pause in video] == [10.0, 5.0, 5.0, 5.0]
    flux = list(zip(range(2), schedule(PollPolicy(timeout=600, average=7.0)), strict=False))
    assert flux[0][1] == pytest.approx(4.55)  # a fast model keeps its first check timed by the average


def test_threads_of_a_sync_round_are_gone_after_it(api: respx.MockRouter) -> None:
    kit = Kit("sync")  # threads are the sync flavour's
    try:
        account = Account(api, {name: ["processing", "completed"] for name in "ABC"}, hidden=["A", "B", "C"])
        client = kit.client(api_key=KEY)
        held = {name: account.held(client, name) for name in "ABC"}
        done = run_all(kit, [(name, held[name].wait) for name in "ABC"])
    finally:
        kit.close()
    assert all(job.status == "completed" for job in done.values())
    time.sleep(0.3)
    assert not [t for t in threading.enumerate() if t.name.startswith("krea-read")]
