"""The shared request path: opaque cursors, paging that ends, bounded answers, Retry-After and refused writes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import respx

import krea
from krea import RateLimitError, SubmissionUncertainError, UnexpectedResponseError
from krea._constants import MAX_EMPTY_PAGES, MAX_RESPONSE_BYTES
from tests.unit.conftest import JOB_ID, Kit, held_job, job

FLUX = "/generate/image/bfl/flux-1-dev"


def _pages_by_cursor(router: respx.MockRouter, path: str, pages: dict[str | None, dict[str, Any]]) -> respx.Route:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=pages[request.url.params.get("cursor")])

    return router.get(path).mock(side_effect=answer)


LISTINGS: dict[str, tuple[str, Any]] = {
    "jobs": ("/jobs", lambda c: c.jobs.list()),
    "assets": ("/assets", lambda c: c.assets.list()),
    "styles": ("/styles", lambda c: c.styles.list()),
    "node_app_versions": ("/node-apps/app-1/versions", lambda c: c.node_apps.versions("app-1")),
}


@pytest.mark.parametrize("cursor", ["string", "eyJvZmZzZXQiOjEwMH0=", "2026-06-01T09:58:00.000Z", "a b/ü?&="])
@pytest.mark.parametrize("listing", sorted(LISTINGS))
def test_a_cursor_is_passed_back_exactly_as_the_server_sent_it(
    kit: Kit, api: respx.MockRouter, listing: str, cursor: str
) -> None:
    path, call = LISTINGS[listing]
    route = _pages_by_cursor(
        api, path, {None: {"items": [], "next_cursor": cursor}, cursor: {"items": [], "next_cursor": None}}
    )
    client = kit.client()
    assert kit.collect(call(client)) == []
    assert [call.request.url.params.get("cursor") for call in route.calls] == [None, cursor]


@pytest.mark.parametrize("listing", sorted(LISTINGS))
def test_endless_empty_pages_with_new_cursors_stop_with_a_clear_error(
    kit: Kit, api: respx.MockRouter, listing: str
) -> None:
    path, call = LISTINGS[listing]
    counter = iter(range(10**6))

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"items": [], "next_cursor": f"c{next(counter)}"})

    route = api.get(path).mock(side_effect=answer)
    client = kit.client()
    with pytest.raises(UnexpectedResponseError, match="empty pages in a row"):
        kit.collect(call(client))
    assert route.call_count == MAX_EMPTY_PAGES


def test_a_page_with_items_resets_the_count_of_empty_pages(kit: Kit, api: respx.MockRouter) -> None:
    pages: dict[str | None, dict[str, Any]] = {}
    cursor: str | None = None
    for n in range(3 * MAX_EMPTY_PAGES):
        items = [job("completed", job_id=f"job-{n}")] if n % (MAX_EMPTY_PAGES - 1) == 0 else []
        pages[cursor] = {"items": items, "next_cursor": f"c{n}"}
        cursor = f"c{n}"
    pages[cursor] = {"items": [], "next_cursor": None}
    _pages_by_cursor(api, "/jobs", pages)
    client = kit.client()
    assert len(kit.collect(client.jobs.list())) == 4


class _Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body of ``count`` chunks of 1 MiB, counting how many were read."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.read = 0

    def __iter__(self) -> Iterator[bytes]:
        for _ in range(self.count):
            self.read += 1
            yield b" " * 2**20

    async def __aiter__(self) -> Any:
        for chunk in self:
            yield chunk


def test_an_api_answer_over_the_size_limit_is_refused_without_reading_it_whole(kit: Kit, api: respx.MockRouter) -> None:
    body = _Chunks(50)
    api.get(f"/jobs/{JOB_ID}").mock(return_value=httpx.Response(200, stream=body))
    client = kit.client()
    with pytest.raises(UnexpectedResponseError, match="MiB"):
        kit.run(client.jobs.get(JOB_ID))
    assert body.read <= MAX_RESPONSE_BYTES // 2**20 + 1


def test_an_announced_length_over_the_limit_is_refused_before_reading(kit: Kit, api: respx.MockRouter) -> None:
    body = _Chunks(50)
    answer = httpx.Response(200, headers={"Content-Length": str(50 * 2**20)}, stream=body)
    api.get(f"/jobs/{JOB_ID}").mock(return_value=answer)
    client = kit.client()
    with pytest.raises(UnexpectedResponseError):
        kit.run(client.jobs.get(JOB_ID))
    assert body.read == 0


def test_an_oversized_answer_to_a_submission_is_uncertain(kit: Kit, api: respx.MockRouter) -> None:
    route = api.post(FLUX).mock(return_value=httpx.Response(200, stream=_Chunks(50)))
    client = kit.client()
    with pytest.raises(SubmissionUncertainError, match="most likely created"):
        kit.run(client.image("bfl/flux-1-dev", prompt="a fox"))
    assert route.call_count == 1


class _ErrorBody(_Chunks):
    """A JSON error message, then ``count`` chunks of 1 MiB of padding."""

    def __iter__(self) -> Iterator[bytes]:
        self.read += 1
        yield json.dumps({"error": "x" * 100}).encode()
        yield from super().__iter__()


def test_a_large_error_body_is_cut_not_refused(kit: Kit, api: respx.MockRouter) -> None:
    body = _ErrorBody(10)
    api.get(f"/jobs/{JOB_ID}").mock(return_value=httpx.Response(404, stream=body))
    client = kit.client()
    with pytest.raises(krea.NotFoundError, match="x" * 100):
        kit.run(client.jobs.get(JOB_ID))
    assert body.read <= 2  # the message and the first chunk of padding: the rest is never read


def test_a_result_download_has_no_size_limit(kit: Kit, api: respx.MockRouter, tmp_path: Any) -> None:
    size = MAX_RESPONSE_BYTES // 2**20 + 2
    api.get("https://gen.krea.ai/images/out.png").mock(return_value=httpx.Response(200, stream=_Chunks(size)))
    client = kit.client()
    done = held_job(client, job("completed"))
    (saved,) = kit.run(done.download(tmp_path))
    assert saved.stat().st_size == size * 2**20


@pytest.mark.parametrize("retry_after", ["99999999", "3600"])
def test_a_retry_after_past_the_cap_is_raised_at_once_not_slept(
    kit: Kit, api: respx.MockRouter, retry_after: str
) -> None:
    route = api.get(f"/jobs/{JOB_ID}").respond(429, headers={"Retry-After": retry_after}, json={"error": "busy"})
    client = kit.client()
    with pytest.raises(RateLimitError) as caught:
        kit.run(client.jobs.get(JOB_ID))
    assert caught.value.retry_after == float(retry_after)
    assert kit.sleeps == []
    assert route.call_count == 1


def test_a_retry_pause_longer_than_the_wait_has_left_is_not_taken(kit: Kit, api: respx.MockRouter) -> None:
    api.get(f"/jobs/{JOB_ID}").respond(429, headers={"Retry-After": "10"}, json={"error": "busy"})
    client = kit.client()
    with pytest.raises(krea.JobTimeoutError, match="HTTP 429") as caught:
        kit.run(client.jobs.wait(JOB_ID, timeout=2))
    assert isinstance(caught.value.__cause__, RateLimitError)
    assert kit.sleeps == []


def test_a_retry_cut_by_the_deadline_still_cancels_with_cancel_on_timeout(kit: Kit, api: respx.MockRouter) -> None:
    api.get(f"/jobs/{JOB_ID}").mock(
        side_effect=[
            httpx.Response(200, json=job("queued")),
            httpx.Response(503, headers={"Retry-After": "30"}),
        ]
    )
    cancel = api.delete(f"/jobs/{JOB_ID}").respond(200, json=job("cancelled"))
    client = kit.client()
    with pytest.raises(krea.JobTimeoutError) as caught:
        kit.run(client.jobs.wait(JOB_ID, timeout=20, cancel_on_timeout=True))
    assert caught.value.cancelled is True
    assert cancel.call_count == 1


def test_a_request_the_http_library_refuses_to_write_is_not_uncertain_and_not_resent(
    kit: Kit, api: respx.MockRouter
) -> None:
    route = api.post(FLUX).mock(side_effect=httpx.LocalProtocolError("Illegal header value"))
    client = kit.client(max_retries=3)
    with pytest.raises(krea.APIConnectionError, match="before anything was sent"):
        kit.run(client.image("bfl/flux-1-dev", prompt="a fox"))
    assert route.call_count == 1
    assert kit.sleeps == []


@pytest.mark.parametrize(
    ("path", "call", "answer"),
    [
        (f"/jobs/{JOB_ID}", lambda c: c.jobs.get(JOB_ID), job("queued")),
        ("/assets/a-1", lambda c: c.assets.get("a-1"), {
            "id": "a-1", "image_url": "https://gen.krea.ai/a.png", "uploaded_at": "2026-06-01T09:00:00Z",
            "width": 1, "height": 1, "size_bytes": 1, "mime_type": "image/png",
        }),
    ],
)  # fmt: skip
def test_an_answer_is_decoded_once(
    kit: Kit, api: respx.MockRouter, monkeypatch: pytest.MonkeyPatch, path: str, call: Any, answer: Any
) -> None:
    # The generated parser reads the body; the facade reads its model (and the JSON it kept), never the
    # body again: no side channel carrying the httpx.Response out, no second decode.
    decoded: list[bytes] = []
    real = httpx.Response.json

    def counted(self: httpx.Response, **kwargs: Any) -> Any:
        decoded.append(self.content)
        return real(self, **kwargs)

    monkeypatch.setattr(httpx.Response, "json", counted)
    api.get(path).respond(200, json=answer)
    kit.run(call(kit.client()))
    assert len(decoded) == 1
