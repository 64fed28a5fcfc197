"""Jobs of Krea and AsyncKrea against respx: polling, outcomes, cancel, interrupts, listing and downloads."""

from __future__ import annotations

import asyncio
import json
import logging
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

import krea
from krea import (
    ConflictError,
    JobCancelledError,
    JobFailedError,
    JobTimeoutError,
    NotFoundError,
    SubmissionUncertainError,
    ValidationError,
)
from tests.unit.conftest import BASE, JOB_ID, KEY, Kit, job

JOB = f"/jobs/{JOB_ID}"


def interrupt_at(kit: Kit, sleep_number: int) -> Any:
    """An ``on_sleep`` hook interrupting the wait at that sleep: Ctrl-C (sync) or a real task cancellation."""

    def interrupt(count: int) -> None:
        if count != sleep_number:
            return
        if kit.is_async:
            task = asyncio.current_task()
            assert task is not None
            task.cancel()  # delivered at the sleep's next await
        else:
            raise KeyboardInterrupt

    return interrupt


def statuses(*names: str, **extra: Any) -> list[httpx.Response]:
    return [httpx.Response(200, json=job(name, **(extra if name in ("failed",) else {}))) for name in names]


def test_wait_polls_until_completed_calling_on_update_on_each_change(kit: Kit, api: respx.MockRouter) -> None:
    route = api.get(JOB).mock(side_effect=statuses("queued", "queued", "processing", "sampling", "completed"))
    client = kit.client()
    seen: list[str] = []
    done = kit.run(client.jobs.wait(JOB_ID, on_update=lambda j: seen.append(j.status)))
    assert done.status == "completed"
    assert done.urls == ["https://gen.krea.ai/images/out.png"]
    assert done.is_terminal
    assert seen == ["queued", "processing", "sampling", "completed"]
    assert route.call_count == 5
    assert len(kit.sleeps) == 4
    # starts quickly, backs off, never beyond Krea's 2-5 s range (plus 10% jitter)
    assert kit.sleeps[0] <= 1.1
    assert all(0.9 <= pause <= 5.5 for pause in kit.sleeps)


@pytest.mark.parametrize(
    "failed",
    [
        {"error": {"code": "nsfw", "message": "Content moderation: nsfw"}},
        {"result": {"error": {"code": "nsfw", "message": "Content moderation: nsfw"}}},
        {"result": {"error": "Content moderation: nsfw"}},
    ],
)
def test_wait_raises_job_failed_error_with_code_and_message_from_either_place(
    kit: Kit, api: respx.MockRouter, failed: dict[str, Any]
) -> None:
    api.get(JOB).mock(
        side_effect=[httpx.Response(200, json=job("processing")), httpx.Response(200, json=job("failed", **failed))]
    )
    client = kit.client()
    with pytest.raises(JobFailedError) as caught:
        kit.run(client.jobs.wait(JOB_ID))
    assert caught.value.message == "Content moderation: nsfw"
    assert str(caught.value) == f"Job {JOB_ID} failed: Content moderation: nsfw"
    assert caught.value.job.status == "failed"
    if "error" in failed:
        assert caught.value.code == "nsfw"


def test_wait_raises_job_cancelled_error(kit: Kit, api: respx.MockRouter) -> None:
    api.get(JOB).mock(side_effect=statuses("queued", "cancelled"))
    client = kit.client()
    with pytest.raises(JobCancelledError) as caught:
        kit.run(client.jobs.wait(JOB_ID))
    assert caught.value.job.id == JOB_ID


def test_unknown_status_is_pending_and_completed_at_is_the_backstop(kit: Kit, api: respx.MockRouter) -> None:
    api.get(JOB).mock(
        side_effect=[
            httpx.Response(200, json=job("warming-up")),
            httpx.Response(200, json=job("teleporting")),
            httpx.Response(
                200,
                json=job("teleporting", completed_at="2026-06-01T09:01:00Z", result={"urls": ["https://x/y.png"]}),
            ),
        ]
    )
    client = kit.client()
    done = kit.run(client.jobs.wait(JOB_ID))
    assert done.status == "teleporting"
    assert done.outcome == "completed"
    assert done.urls == ["https://x/y.png"]


def test_wait_deadline_raises_job_timeout_and_does_not_cancel(kit: Kit, api: respx.MockRouter) -> None:
    api.get(JOB).respond(200, json=job("processing"))
    cancel = api.delete(JOB).respond(200, json=job("cancelled"))
    client = kit.client()
    with pytest.raises(JobTimeoutError) as caught:
        kit.run(client.jobs.wait(JOB_ID, timeout=20))
    assert caught.value.job.status == "processing"
    assert sum(kit.sleeps) == pytest.approx(20, abs=1e-6)
    assert not cancel.called


@pytest.mark.parametrize("how", ["jobs.wait", "job.wait", "subscribe"])
def test_cancel_on_timeout_cancels_a_cancellable_job_at_the_deadline_and_says_so(
    kit: Kit, api: respx.MockRouter, how: str
) -> None:
    api.post("/generate/image/bfl/flux-1-dev").respond(200, json=job("queued"))
    api.get(JOB).respond(200, json=job("queued"))
    cancel = api.delete(JOB).respond(200, json=job("cancelled"))
    client = kit.client()
    calls = {
        "jobs.wait": lambda: client.jobs.wait(JOB_ID, timeout=20, cancel_on_timeout=True),
        "job.wait": lambda: kit.run(client.jobs.get(JOB_ID)).wait(timeout=20, cancel_on_timeout=True),
        "subscribe": lambda: client.subscribe(
            "image/bfl/flux-1-dev", input={"prompt": "a fox"}, timeout=20, cancel_on_timeout=True
        ),
    }
    with pytest.raises(JobTimeoutError, match="cancelled at the deadline") as caught:
        kit.run(calls[how]())
    assert caught.value.cancelled is True
    assert caught.value.job.status == "cancelled"
    assert cancel.call_count == 1


def test_cancel_on_timeout_leaves_a_job_past_cancellation_and_says_it_will_be_billed(
    kit: Kit, api: respx.MockRouter
) -> None:
    api.get(JOB).respond(200, json=job("sampling"))
    cancel = api.delete(JOB).respond(200, json=job("cancelled"))
    client = kit.client()
    with pytest.raises(JobTimeoutError, match="can no longer be cancelled") as caught:
        kit.run(client.jobs.wait(JOB_ID, timeout=20, cancel_on_timeout=True))
    assert caught.value.cancelled is False
    assert not cancel.called


def test_cancel_on_timeout_that_is_refused_says_the_job_may_be_billed(kit: Kit, api: respx.MockRouter) -> None:
    api.get(JOB).respond(200, json=job("processing"))
    api.delete(JOB).respond(409, json={"error": "already sampling"})
    client = kit.client()
    with pytest.raises(JobTimeoutError, match="could not be cancelled") as caught:
        kit.run(client.jobs.wait(JOB_ID, timeout=20, cancel_on_timeout=True))
    assert caught.value.cancelled is False


def test_job_wait_can_leave_the_job_running_on_interrupt(kit: Kit, api: respx.MockRouter) -> None:
    api.get(JOB).respond(200, json=job("queued"))
    delete = api.delete(JOB).respond(200, json=job("cancelled"))
    client = kit.client()
    pending = kit.run(client.jobs.get(JOB_ID))
    kit.on_sleep = interrupt_at(kit, 1)
    with pytest.raises((KeyboardInterrupt, asyncio.CancelledError)):
        kit.run(pending.wait(cancel_on_interrupt=False))
    assert not delete.called


def test_wait_timeout_none_means_the_default_deadline_not_forever(kit: Kit, api: respx.MockRouter) -> None:
    api.get(JOB).respond(200, json=job("processing"))
    client = kit.client(wait_timeout=30)
    with pytest.raises(JobTimeoutError):
        kit.run(client.jobs.wait(JOB_ID, timeout=None))
    assert sum(kit.sleeps) == pytest.approx(30, abs=1e-6)
    with pytest.raises(ValidationError):
        kit.run(client.jobs.wait(JOB_ID, timeout=float("inf")))


def test_cancel_sends_one_delete_and_then_waiting_raises_cancelled(kit: Kit, api: respx.MockRouter) -> None:
    delete = api.delete(JOB).respond(200, json=job("cancelled"))
    api.get(JOB).respond(200, json=job("cancelled"))
    client = kit.client()
    created = kit.run(client.jobs.get(JOB_ID))
    kit.run(created.cancel())
    assert delete.call_count == 1
    assert created.status == "cancelled"
    with pytest.raises(JobCancelledError):
        kit.run(created.wait())


def test_cancel_with_an_empty_body_reads_the_job_back(kit: Kit, api: respx.MockRouter) -> None:
    api.delete(JOB).respond(200)
    api.get(JOB).respond(200, json=job("cancelled"))
    client = kit.client()
    assert kit.run(client.jobs.cancel(JOB_ID)).status == "cancelled"


def test_cancel_of_a_completed_job_raises_conflict_error(kit: Kit, api: respx.MockRouter) -> None:
    route = api.delete(JOB).respond(409, json={"error": "Job cannot be cancelled in status completed"})
    read = api.get(JOB).respond(200, json=job("completed"))
    client = kit.client()
    with pytest.raises(ConflictError, match="cannot be cancelled"):
        kit.run(client.jobs.cancel(JOB_ID))
    assert route.call_count == 1
    assert read.call_count == 1  # the job was read to tell a lost answer from a real conflict


def test_a_resent_cancel_answered_409_reports_the_job_cancelled(kit: Kit, api: respx.MockRouter) -> None:
    # The first DELETE cancelled the job but its answer was lost; the resent one finds it already cancelled.
    route = api.delete(JOB).mock(
        side_effect=[httpx.ReadTimeout("lost"), httpx.Response(409, json={"error": "Job is already cancelled"})]
    )
    api.get(JOB).respond(200, json=job("cancelled"))
    client = kit.client()
    cancelled = kit.run(client.jobs.cancel(JOB_ID))
    assert cancelled.status == "cancelled"
    assert route.call_count == 2


def test_a_409_cancel_whose_job_cannot_be_read_raises_the_conflict(kit: Kit, api: respx.MockRouter) -> None:
    api.delete(JOB).respond(409, json={"error": "Job cannot be cancelled in status sampling"})
    api.get(JOB).respond(404, json={"error": "not found"})
    client = kit.client()
    with pytest.raises(ConflictError, match="sampling"):
        kit.run(client.jobs.cancel(JOB_ID))


def test_get_retries_503_twice_then_returns_the_job(kit: Kit, api: respx.MockRouter) -> None:
    route = api.get(JOB).mock(
        side_effect=[
            httpx.Response(503),
            httpx.Response(503, text="<html>busy</html>"),
            httpx.Response(200, json=job()),
        ]
    )
    client = kit.client()
    assert kit.run(client.jobs.get(JOB_ID)).id == JOB_ID
    assert route.call_count == 3
    assert len(kit.sleeps) == 2


def test_get_of_an_unknown_job_raises_not_found_without_retry(kit: Kit, api: respx.MockRouter) -> None:
    route = api.get(JOB).respond(404, json={"error": "Job not found"})
    client = kit.client()
    with pytest.raises(NotFoundError, match="Job not found"):
        kit.run(client.jobs.get(JOB_ID))
    assert route.call_count == 1


def test_interrupt_during_wait_cancels_a_cancellable_job_then_reraises(
    kit: Kit, api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    api.get(JOB).respond(200, json=job("processing"))
    delete = api.delete(JOB).respond(200, json=job("cancelled"))
    client = kit.client()
    expected: type[BaseException] = asyncio.CancelledError if kit.is_async else KeyboardInterrupt

    kit.on_sleep = interrupt_at(kit, 2)
    with pytest.raises(expected):
        kit.run(client.jobs.wait(JOB_ID))
    assert delete.call_count == 1
    assert "cancelled and will not be billed" in caplog.text


@pytest.mark.parametrize("status", ["sampling", "intermediate-complete"])
def test_interrupt_leaves_a_job_past_cancellation_alone_and_says_it_will_be_billed(
    kit: Kit, api: respx.MockRouter, caplog: pytest.LogCaptureFixture, status: str
) -> None:
    api.get(JOB).respond(200, json=job(status))
    delete = api.delete(JOB).respond(200, json=job("cancelled"))
    client = kit.client()

    kit.on_sleep = interrupt_at(kit, 1)
    with pytest.raises((KeyboardInterrupt, asyncio.CancelledError)):
        kit.run(client.jobs.wait(JOB_ID))
    assert not delete.called
    assert "will be billed" in caplog.text


def test_interrupt_with_cancel_disabled_sends_no_delete(kit: Kit, api: respx.MockRouter) -> None:
    api.get(JOB).respond(200, json=job("queued"))
    delete = api.delete(JOB).respond(200, json=job("cancelled"))
    client = kit.client()

    kit.on_sleep = interrupt_at(kit, 1)
    with pytest.raises((KeyboardInterrupt, asyncio.CancelledError)):
        kit.run(client.jobs.wait(JOB_ID, cancel_on_interrupt=False))
    assert not delete.called


def test_interrupt_when_the_cancel_is_refused_warns_it_will_be_billed(
    kit: Kit, api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="krea")
    api.get(JOB).respond(200, json=job("queued"))
    api.delete(JOB).respond(409, json={"error": "already processing on a worker"})
    client = kit.client()

    kit.on_sleep = interrupt_at(kit, 1)
    with pytest.raises((KeyboardInterrupt, asyncio.CancelledError)):
        kit.run(client.jobs.wait(JOB_ID))
    assert "could not be cancelled" in caplog.text


def test_interrupt_whose_cancel_answer_was_lost_says_cancelled_not_billed(
    kit: Kit, api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="krea")
    # The wait reads "queued"; after Ctrl-C the DELETE cancels the job but its answer is lost, and the resent
    # DELETE gets 409. Reading the job shows the truth: cancelled, so not billed.
    api.get(JOB).mock(side_effect=[httpx.Response(200, json=job("queued")), httpx.Response(200, json=job("cancelled"))])
    delete = api.delete(JOB).mock(
        side_effect=[httpx.ReadTimeout("lost"), httpx.Response(409, json={"error": "Job is already cancelled"})]
    )
    client = kit.client()

    kit.on_sleep = interrupt_at(kit, 1)
    with pytest.raises((KeyboardInterrupt, asyncio.CancelledError)):
        kit.run(client.jobs.wait(JOB_ID))
    assert delete.call_count == 2
    assert "cancelled and will not be billed" in caplog.text
    assert "billed if it completes" not in caplog.text


def test_list_follows_next_cursor_and_tolerates_next_cursor_camel_case(kit: Kit, api: respx.MockRouter) -> None:
    first = [
        job(name, job_id=f"00000000-0000-0000-0000-00000000000{i}") for i, name in enumerate(["completed", "failed"])
    ]
    pages = [
        httpx.Response(200, json={"items": first, "next_cursor": "2026-06-01T09:00:00.000Z"}),
        httpx.Response(
            200,
            json={
                "items": [job("queued", job_id="00000000-0000-0000-0000-000000000009")],
                "nextCursor": "2026-05-01T09:00:00.000Z",
            },
        ),
        httpx.Response(200, json={"items": [], "next_cursor": None}),
    ]
    route = api.get("/jobs").mock(side_effect=pages)
    client = kit.client()
    jobs = kit.collect(client.jobs.list(status="completed", types=["flux", "k1"], limit=2))
    assert [j.id[-1] for j in jobs] == ["0", "1", "9"]
    assert route.call_count == 3
    first_query = route.calls[0].request.url.params
    assert first_query["status"] == "completed"
    assert first_query["types"] == "flux,k1"
    assert first_query["limit"] == "2"
    assert "cursor" not in first_query
    assert route.calls[1].request.url.params["cursor"].startswith("2026-06-01T09:00:00")
    assert route.calls[2].request.url.params["cursor"].startswith("2026-05-01T09:00:00")


def test_list_rejects_an_unknown_status_before_sending(kit: Kit, api: respx.MockRouter) -> None:
    client = kit.client()
    with pytest.raises(ValidationError, match="status must be one of"):
        kit.collect(client.jobs.list(status="done"))
    assert not api.calls


def test_download_streams_atomically_with_the_extension_of_the_content_type_and_no_key(
    kit: Kit, api: respx.MockRouter, tmp_path: Path
) -> None:
    urls = ["https://gen.krea.ai/images/a", "https://gen.krea.ai/videos/b.bin"]
    api.get(JOB).respond(200, json=job("completed", result={"urls": urls}))
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
    files = api.get(urls[0]).respond(200, content=png, headers={"Content-Type": "image/png"})
    api.get(urls[1]).respond(200, content=b"mp4data", headers={"Content-Type": "video/mp4"})
    client = kit.client()
    done = kit.run(client.jobs.get(JOB_ID))
    paths = kit.run(done.download(tmp_path / "out"))
    assert [p.name for p in paths] == [f"{JOB_ID}-1.png", f"{JOB_ID}-2.mp4"]
    assert paths[0].read_bytes() == png
    assert paths[1].read_bytes() == b"mp4data"
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(p.name for p in paths)  # no temp files
    assert "Authorization" not in files.calls.last.request.headers
    assert KEY not in str(files.calls.last.request.headers)


def test_a_failed_download_leaves_no_partial_file(kit: Kit, api: respx.MockRouter, tmp_path: Path) -> None:
    url = "https://gen.krea.ai/images/a.png"
    api.get(JOB).respond(200, json=job("completed", result={"urls": [url]}))
    api.get(url).respond(404, text="gone")
    client = kit.client()
    done = kit.run(client.jobs.get(JOB_ID))
    with pytest.raises(NotFoundError):
        kit.run(done.download(tmp_path))
    assert list(tmp_path.iterdir()) == []


def test_subscribe_submits_waits_and_returns_the_completed_job(kit: Kit, api: respx.MockRouter) -> None:
    submit = api.post("/generate/image/bfl/flux-1-dev").respond(200, json=job("queued"))
    api.get(JOB).mock(side_effect=statuses("processing", "completed"))
    client = kit.client()
    updates: list[str] = []
    done = kit.run(
        client.subscribe("image/bfl/flux-1-dev", input={"prompt": "fox"}, on_update=lambda j: updates.append(j.status))
    )
    assert done.status == "completed"
    assert submit.call_count == 1
    assert updates == ["queued", "processing", "completed"]


def test_the_key_is_sent_to_the_api_host_only(kit: Kit, api: respx.MockRouter, tmp_path: Path) -> None:
    other = api.get("https://gen.krea.ai/images/x.png").respond(
        200, content=b"x", headers={"Content-Type": "image/png"}
    )
    route = api.get(JOB).respond(200, json=job("completed", result={"urls": ["https://gen.krea.ai/images/x.png"]}))
    client = kit.client()
    done = kit.run(client.jobs.get(JOB_ID))
    assert route.calls.last.request.headers["Authorization"] == f"Bearer {KEY}"
    assert str(route.calls.last.request.url).startswith(BASE)
    kit.run(done.download(tmp_path))
    assert "authorization" not in {k.lower() for k in other.calls.last.request.headers}


def test_downloaded_files_get_the_usual_permissions(kit: Kit, api: respx.MockRouter, tmp_path: Path) -> None:
    import os

    url = "https://gen.krea.ai/images/a.png"
    api.get(JOB).respond(200, json=job("completed", result={"urls": [url]}))
    api.get(url).respond(200, content=b"png", headers={"Content-Type": "image/png"})
    client = kit.client()
    [path] = kit.run(kit.run(client.jobs.get(JOB_ID)).download(tmp_path))
    umask = os.umask(0)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask


def test_download_follows_a_cdn_redirect_without_carrying_the_key(
    kit: Kit, api: respx.MockRouter, tmp_path: Path
) -> None:
    url = "https://gen.krea.ai/images/a.png"
    cdn = "https://cdn.example.net/a.png"
    api.get(JOB).respond(200, json=job("completed", result={"urls": [url]}))
    api.get(url).respond(302, headers={"Location": cdn})
    final = api.get(cdn).respond(200, content=b"\x89PNG", headers={"Content-Type": "image/png"})
    client = kit.client()
    [path] = kit.run(kit.run(client.jobs.get(JOB_ID)).download(tmp_path))
    assert path.read_bytes() == b"\x89PNG"
    assert "authorization" not in {k.lower() for k in final.calls.last.request.headers}


def test_find_uncertain_lists_the_jobs_created_around_the_submission_newest_first(
    kit: Kit, api: respx.MockRouter
) -> None:
    import datetime

    sent = datetime.datetime(2026, 6, 1, 9, 0, tzinfo=datetime.UTC)

    def at(minutes: float, name: str) -> dict[str, Any]:
        when = (sent + datetime.timedelta(minutes=minutes)).isoformat().replace("+00:00", "Z")
        return job("queued", job_id=name, created_at=when)

    first = {"items": [at(30, "later"), at(4, "skewed-ahead"), at(0.01, "the-one")], "next_cursor": "c1"}
    second = {"items": [at(-4, "skewed-behind"), at(-6, "before"), at(-60, "long-before")], "next_cursor": "c2"}
    route = api.get("/jobs").mock(side_effect=[httpx.Response(200, json=first), httpx.Response(200, json=second)])
    error = SubmissionUncertainError("lost", endpoint="/generate/image/bfl/flux-1-dev", submitted_at=sent)
    client = kit.client()
    found = kit.run(client.jobs.find_uncertain(error))
    assert [j.id for j in found] == ["skewed-ahead", "the-one", "skewed-behind"]
    assert route.call_count == 2  # stopped at the first job older than the window, never read page 3


def test_find_uncertain_is_newest_first_whatever_order_the_api_lists_them_in(kit: Kit, api: respx.MockRouter) -> None:
    import datetime

    sent = datetime.datetime(2026, 6, 1, 9, 0, tzinfo=datetime.UTC)

    def at(minutes: float, name: str) -> dict[str, Any]:
        when = (sent + datetime.timedelta(minutes=minutes)).isoformat().replace("+00:00", "Z")
        return job("queued", job_id=name, created_at=when)

    page = [at(0.01, "the-one"), job("queued", job_id="undated", created_at=None), at(-4, "behind"), at(4, "ahead")]
    api.get("/jobs").respond(200, json={"items": page, "next_cursor": None})
    client = kit.client()
    found = kit.run(client.jobs.find_uncertain(sent))
    assert [j.id for j in found] == ["ahead", "the-one", "behind", "undated"]


def test_find_uncertain_takes_the_instant_of_sending_and_nothing_else(kit: Kit, api: respx.MockRouter) -> None:
    import datetime

    api.get("/jobs").respond(200, json={"items": [job("queued", created_at="2026-06-01T09:01:00Z")]})
    client = kit.client()
    sent = datetime.datetime(2026, 6, 1, 9, 0, tzinfo=datetime.UTC)
    assert [j.id for j in kit.run(client.jobs.find_uncertain(sent))] == [JOB_ID]
    with pytest.raises(ValidationError):
        kit.run(client.jobs.find_uncertain("2026-06-01"))  # a string is not an instant


def test_confirm_re_reads_a_delivered_job_with_the_clients_key(kit: Kit, api: respx.MockRouter) -> None:
    route = api.get(JOB).respond(200, json=job("completed"))
    api.get("/jobs/forged").respond(404, json={"error": "Job not found"})
    client = kit.client()
    body = json.dumps(job("completed", result={"urls": ["https://evil.example/x.png"]})).encode()
    confirmed = kit.run(client.jobs.confirm(body))
    assert confirmed.urls == ["https://gen.krea.ai/images/out.png"]  # the API's, not the sender's
    assert route.calls.last.request.headers["authorization"] == f"Bearer {KEY}"
    assert kit.run(client.jobs.confirm(krea.webhooks.parse(body))).id == JOB_ID
    with pytest.raises(NotFoundError):
        kit.run(client.jobs.confirm({"job_id": "forged", "status": "completed"}))
    with pytest.raises(ValidationError):
        kit.run(client.jobs.confirm(b"not json"))
