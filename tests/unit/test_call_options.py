"""Per-call control (issue 12, items 4 and 5): ``request_timeout=`` and ``extra_headers=`` on every method,
``with_options()``, and ``capture_responses()``, on both clients, against the in-process mock."""

from __future__ import annotations

import asyncio
import inspect
import json
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

import krea
from krea import AsyncKrea, Krea, KreaConfigError, NotFoundError, ValidationError
from krea.testing import MockKrea
from tests.unit.conftest import BASE, Kit, held_job, job
from tests.unit.test_uploads import PNG

MARK = {"X-Trace": "call-7"}
VERSION = "5f3e2d1c-0b9a-4c8d-8e7f-6a5b4c3d2e1f"
"""The mock's seeded node app version."""


class Seen:
    """Every request a client sent through the mock's transport."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def since(self, start: int) -> list[httpx.Request]:
        return self.requests[start:]


class _Recorder(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, seen: Seen) -> None:
        self.inner, self.seen = inner, seen

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.requests.append(request)
        return self.inner.handle_request(request)


class _AsyncRecorder(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, seen: Seen) -> None:
        self.inner, self.seen = inner, seen

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.requests.append(request)
        return await self.inner.handle_async_request(request)


class Rig:
    """A sync or async client on an in-process mock, with every request it sends recorded."""

    def __init__(self, flavour: str) -> None:
        self.is_async = flavour == "async"
        self.mock = MockKrea()
        self.seen = Seen()
        self.loop = asyncio.new_event_loop()
        self.client: Any = self.make()

    def make(self, **options: Any) -> Any:
        mock = self.mock
        if self.is_async:

            async def sleep(seconds: float) -> None:
                mock.clock.advance(seconds)

            http = httpx.AsyncClient(transport=_AsyncRecorder(mock.async_transport(), self.seen))
            return AsyncKrea(mock.api_key, base_url=mock.base_url, http_client=http, sleep=sleep, **options)
        http_sync = httpx.Client(transport=_Recorder(mock.transport(), self.seen))
        return Krea(mock.api_key, base_url=mock.base_url, http_client=http_sync, sleep=mock.clock.advance, **options)

    def run(self, value: Any) -> Any:
        if inspect.isawaitable(value):
            return self.loop.run_until_complete(_awaited(value))
        if hasattr(value, "__aiter__"):
            return self.loop.run_until_complete(_collected(value))
        if hasattr(value, "__next__"):
            return list(value)
        return value


async def _awaited(value: Any) -> Any:
    return await value


async def _collected(value: Any) -> list[Any]:
    return [item async for item in value]


@pytest.fixture(params=["sync", "async"])
def rig(request: pytest.FixtureRequest) -> Iterator[Rig]:
    made = Rig(request.param)
    yield made
    made.loop.close()


def _style(rig: Rig) -> str:
    done = rig.run(rig.client.styles.train("fox", ["https://example.com/a.png"] * 3))
    done = rig.run(rig.client.jobs.wait(done.id))
    return str(done.style_id)


def _shared_style(rig: Rig) -> str:
    style = _style(rig)
    rig.run(rig.client.styles.share_with_workspace(style))
    return style


def _completed(rig: Rig) -> Any:
    return rig.run(rig.client.subscribe("image/bfl/flux-1-dev", input={"prompt": "a fox"}))


# Every public API method, called with the options: (name, call) where call(rig, options) makes the call.
Call = Callable[[Rig, dict[str, Any]], Any]
CALLS: dict[str, Call] = {
    "image": lambda r, o: r.client.image("bfl/flux-1-dev", prompt="a fox", **o),
    "video": lambda r, o: r.client.video("kling/kling-2.5", prompt="a fox", **o),
    "enhance": lambda r, o: r.client.enhance(
        "topaz/standard-enhance", image_url="https://example.com/a.png", width=1024, height=1024, model="CGI", **o
    ),
    "subscribe": lambda r, o: r.client.subscribe("image/bfl/flux-1-dev", input={"prompt": "a fox"}, **o),
    "generate": lambda r, o: r.client.generate("image/bfl/flux-1-dev", {"prompt": "a fox"}, **o),
    "generate_unvalidated": lambda r, o: r.client.generate(
        "image/bfl/flux-1-dev", {"prompt": "a fox"}, validate=False, **o
    ),
    "image_with_file": lambda r, o: r.client.image("bfl/flux-1-kontext-dev", prompt="a", image_url=PNG, **o),
    "jobs.get": lambda r, o: r.client.jobs.get(r.run(r.client.image("bfl/flux-1-dev", prompt="a")).id, **o),
    "jobs.cancel": lambda r, o: r.client.jobs.cancel(r.run(r.client.image("bfl/flux-1-dev", prompt="a")).id, **o),
    "jobs.list": lambda r, o: r.client.jobs.list(**o),
    "jobs.confirm": lambda r, o: r.client.jobs.confirm(r.run(r.client.image("bfl/flux-1-dev", prompt="a")), **o),
    "jobs.find_uncertain": lambda r, o: r.client.jobs.find_uncertain(r.mock.clock.now(), **o),
    "jobs.wait": lambda r, o: r.client.jobs.wait(r.run(r.client.image("bfl/flux-1-dev", prompt="a")).id, **o),
    "job.refresh": lambda r, o: r.run(r.client.image("bfl/flux-1-dev", prompt="a")).refresh(**o),
    "job.cancel": lambda r, o: r.run(r.client.image("bfl/flux-1-dev", prompt="a")).cancel(**o),
    "job.wait": lambda r, o: r.run(r.client.image("bfl/flux-1-dev", prompt="a")).wait(**o),
    "assets.upload": lambda r, o: r.client.assets.upload(PNG, filename="a.png", **o),
    "assets.list": lambda r, o: r.client.assets.list(**o),
    "assets.get": lambda r, o: r.client.assets.get(r.run(r.client.assets.upload(PNG, filename="a.png")).id, **o),
    "assets.delete": lambda r, o: r.client.assets.delete(r.run(r.client.assets.upload(PNG, filename="a.png")).id, **o),
    "styles.train": lambda r, o: r.client.styles.train("fox", ["https://example.com/a.png"] * 3, **o),
    "styles.list": lambda r, o: r.client.styles.list(**o),
    "styles.get": lambda r, o: r.client.styles.get(_style(r), **o),
    "styles.update": lambda r, o: r.client.styles.update(_style(r), title="new", **o),
    "styles.share_link": lambda r, o: r.client.styles.share_link(_style(r), **o),
    "styles.share_with_workspace": lambda r, o: r.client.styles.share_with_workspace(_style(r), **o),
    "styles.unshare_from_workspace": lambda r, o: r.client.styles.unshare_from_workspace(_shared_style(r), **o),
    "node_apps.get": lambda r, o: r.client.node_apps.get(VERSION, **o),
    "node_apps.execute": lambda r, o: r.client.node_apps.execute(VERSION, {"prompt": "a fox"}, **o),
    "node_apps.versions": lambda r, o: r.client.node_apps.versions("0b7c9a51-5a0e-4a8f-9a3b-7f2d1c0e4b6a", **o),
}
# Fetching result files: extra headers (like the key) go there only when the API's own origin serves them.
DOWNLOADS: dict[str, Call] = {
    "jobs.read": lambda r, o: r.client.jobs.read(_completed(r), **o),
    "jobs.download": lambda r, o: r.client.jobs.download(_completed(r), o.pop("dest"), **o),
    "jobs.iter_bytes": lambda r, o: r.client.jobs.iter_bytes(_completed(r), **o),
    "job.read": lambda r, o: _completed(r).read(**o),
    "job.download": lambda r, o: _completed(r).download(o.pop("dest"), **o),
    "job.iter_bytes": lambda r, o: _completed(r).iter_bytes(**o),
}


def _public_methods(cls: type) -> set[str]:
    return {name for name, member in inspect.getmembers(cls, inspect.isfunction) if not name.startswith("_")}


@pytest.mark.parametrize(("client_class", "job_class"), [(Krea, krea.Job), (AsyncKrea, krea.AsyncJob)])
def test_every_public_method_takes_request_timeout_and_every_api_method_extra_headers(
    client_class: type, job_class: type
) -> None:
    """The lists above cover every public method; a method added later without the options fails here."""
    client = client_class("k", base_url=BASE)
    classes = {f"{name}.": type(getattr(client, name)) for name in ("jobs", "assets", "styles", "node_apps")}
    classes["job."] = job_class
    for prefix, cls in classes.items():
        for name in _public_methods(cls) - {"raise_for_outcome"}:
            _check_options(prefix + name, getattr(cls, name))
    for name in ("image", "video", "enhance", "subscribe", "generate"):
        _check_options(name, getattr(client_class, name))


def _check_options(full: str, method: Callable[..., Any]) -> None:
    assert full in CALLS or full in DOWNLOADS, f"{full} is not exercised by the per-call options tests"
    parameters = inspect.signature(method).parameters
    assert "request_timeout" in parameters, full
    assert "extra_headers" in parameters, full


@pytest.mark.parametrize("name", sorted(CALLS))
def test_every_request_of_a_call_gets_its_options(rig: Rig, name: str) -> None:
    before = len(rig.seen.requests)
    rig.run(CALLS[name](rig, {"request_timeout": 7.5, "extra_headers": MARK}))
    mine = [r for r in rig.seen.since(before) if r.headers.get("x-trace") == "call-7"]
    assert mine, f"{name}: no request carried the call's headers"
    for request in mine:
        assert request.extensions["timeout"]["read"] == pytest.approx(7.5, abs=0.01), (name, request.url)
    # The call's own requests are the last ones sent; the setup's (a submission first, say) are not marked.
    assert rig.seen.requests[-1].headers.get("x-trace") == "call-7", name
    assert rig.seen.requests[-1].headers["authorization"] == f"Bearer {rig.mock.api_key}"
    # Nothing leaks into the next call.
    rig.run(rig.client.jobs.get(rig.run(rig.client.image("bfl/flux-1-dev", prompt="a")).id))
    assert "x-trace" not in rig.seen.requests[-1].headers
    assert rig.seen.requests[-1].extensions["timeout"]["read"] == 60


@pytest.mark.parametrize("name", sorted(DOWNLOADS))
def test_a_download_takes_the_options_for_a_result_on_the_apis_origin(rig: Rig, name: str, tmp_path: Path) -> None:
    options: dict[str, Any] = {"request_timeout": 4.0, "extra_headers": MARK}
    if name.endswith("download"):
        options["dest"] = tmp_path
    before = len(rig.seen.requests)
    result = rig.run(DOWNLOADS[name](rig, options))
    assert result
    fetched = [r for r in rig.seen.since(before) if "/_mock/files/" in r.url.path]  # served by the API's origin
    assert fetched
    assert fetched[-1].extensions["timeout"]["read"] == pytest.approx(4.0)
    assert fetched[-1].headers["x-trace"] == "call-7"


@pytest.mark.parametrize("name", ["read", "download", "iter_bytes"])
def test_a_result_host_elsewhere_gets_neither_the_extra_headers_nor_the_key(
    kit: Kit, api: respx.MockRouter, name: str, tmp_path: Path
) -> None:
    route = api.get("https://gen.krea.ai/images/out.png").respond(
        200, content=PNG, headers={"Content-Type": "image/png"}
    )
    client = kit.client()
    done = held_job(client, job("completed"))
    if name == "download":
        kit.run(client.jobs.download(done, tmp_path, request_timeout=3, extra_headers=MARK))
    elif name == "read":
        kit.run(client.jobs.read(done, request_timeout=3, extra_headers=MARK))
    else:
        kit.collect(client.jobs.iter_bytes(done, request_timeout=3, extra_headers=MARK))
    sent = route.calls.last.request
    assert "x-trace" not in sent.headers
    assert "authorization" not in sent.headers
    assert sent.extensions["timeout"]["read"] == 3


def test_a_call_that_gives_no_options_sends_exactly_what_it_sent_before(rig: Rig) -> None:
    rig.run(rig.client.image("bfl/flux-1-dev", prompt="a fox"))
    request = rig.seen.requests[-1]
    assert request.extensions["timeout"] == {"connect": 60, "read": 60, "write": 60, "pool": 60}
    assert "x-trace" not in request.headers


def test_the_polls_of_a_wait_and_the_uploads_of_a_submission_carry_the_options(rig: Rig) -> None:
    before = len(rig.seen.requests)
    rig.run(rig.client.subscribe("image/bfl/flux-1-kontext-dev", input={"prompt": "a", "image_url": PNG},
                                 request_timeout=9, extra_headers=MARK))  # fmt: skip
    sent = rig.seen.since(before)
    kinds = [(r.method, r.url.path.split("/")[1]) for r in sent]
    assert ("POST", "assets") in kinds
    assert ("POST", "generate") in kinds
    assert ("GET", "jobs") in kinds
    assert all(r.headers.get("x-trace") == "call-7" for r in sent)
    assert all(r.extensions["timeout"]["read"] == 9 for r in sent)


def test_a_wait_deadline_still_cuts_a_longer_request_timeout(kit: Kit, api: respx.MockRouter) -> None:
    api.get(f"/jobs/{job()['job_id']}").respond(200, json=job("processing"))
    client = kit.client()
    with pytest.raises(krea.JobTimeoutError):
        kit.run(client.jobs.wait(job()["job_id"], timeout=2, request_timeout=50))
    timeouts = [call.request.extensions["timeout"]["read"] for call in api.calls]
    assert timeouts
    assert all(t <= 2 for t in timeouts)


def test_request_timeout_none_means_no_limit_for_that_call(rig: Rig) -> None:
    rig.run(rig.client.image("bfl/flux-1-dev", prompt="a fox", request_timeout=None))
    assert rig.seen.requests[-1].extensions["timeout"]["read"] is None


def test_a_listing_applies_its_options_to_each_page_never_to_the_caller_between_pages(rig: Rig) -> None:
    for _ in range(3):
        rig.run(rig.client.image("bfl/flux-1-dev", prompt="a"))
    gets: list[httpx.Request] = []

    async def walk_async() -> int:
        count = 0
        async for held in rig.client.jobs.list(limit=1, extra_headers=MARK):
            await rig.client.jobs.get(held.id)
            gets.append(rig.seen.requests[-1])
            count += 1
        return count

    if rig.is_async:
        count = rig.loop.run_until_complete(walk_async())
    else:
        count = 0
        for held in rig.client.jobs.list(limit=1, extra_headers=MARK):
            rig.client.jobs.get(held.id)
            gets.append(rig.seen.requests[-1])
            count += 1
    pages = [r for r in rig.seen.requests if r.url.path == "/jobs"]
    assert count == 3
    assert len(pages) >= 3
    assert all(r.headers.get("x-trace") == "call-7" for r in pages)
    assert gets
    assert all("x-trace" not in r.headers for r in gets)


BAD_OPTIONS: dict[str, dict[str, Any]] = {
    "zero": {"request_timeout": 0},
    "negative": {"request_timeout": -1},
    "nan": {"request_timeout": float("nan")},
    "inf": {"request_timeout": float("inf")},
    "text": {"request_timeout": "5"},
    "bool": {"request_timeout": True},
    "authorization": {"extra_headers": {"Authorization": "Bearer other"}},
    "bad_name": {"extra_headers": {"X Y": "1"}},
    "crlf": {"extra_headers": {"X-A": "a\r\nX-B: b"}},
    "number": {"extra_headers": {"X-A": 5}},
    "not_a_mapping": {"extra_headers": ["X-A"]},
}


@pytest.mark.parametrize("case", sorted(BAD_OPTIONS))
@pytest.mark.parametrize("name", ["image", "subscribe", "jobs.list", "assets.upload", "node_apps.execute"])
def test_bad_options_are_a_validation_error_before_anything_is_sent(rig: Rig, name: str, case: str) -> None:
    before = len(rig.seen.requests)
    with pytest.raises(ValidationError, match=r"request_timeout|extra_headers"):
        rig.run(CALLS[name](rig, dict(BAD_OPTIONS[case])))
    assert rig.seen.since(before) == []


# ---- with_options


def test_with_options_shares_the_pool_and_slots_and_changes_only_what_is_given(rig: Rig) -> None:
    base = rig.make(max_retries=3, default_headers={"X-App": "a"}, wait_timeout=100)
    fast = base.with_options(timeout=5, default_headers={"X-Team": "t"})
    assert fast._gateway._http is base._gateway._http
    assert fast._gateway._gate is base._gateway._gate
    assert (fast._settings.max_retries, fast._settings.wait_timeout, fast._settings.timeout) == (3, 100, 5)
    assert base._settings.timeout == 60
    assert base._settings.default_headers == {"x-app": "a"}
    assert type(fast) is type(base)
    assert fast.base_url == base.base_url
    rig.run(fast.image("bfl/flux-1-dev", prompt="a fox"))
    sent = rig.seen.requests[-1]
    assert (sent.headers["x-app"], sent.headers["x-team"]) == ("a", "t")
    assert sent.extensions["timeout"]["read"] == 5
    rig.run(base.image("bfl/flux-1-dev", prompt="a fox"))
    assert "x-team" not in rig.seen.requests[-1].headers
    assert rig.seen.requests[-1].extensions["timeout"]["read"] == 60


def test_with_options_max_retries_applies_to_the_new_client_only(kit: Kit, api: respx.MockRouter) -> None:
    route = api.get(f"/jobs/{job()['job_id']}").mock(side_effect=[httpx.Response(503)] * 2 + [httpx.Response(503)])
    client = kit.client(max_retries=2)
    with pytest.raises(krea.ServerError):
        kit.run(client.with_options(max_retries=0).jobs.get(job()["job_id"]))
    assert route.call_count == 1
    route.mock(side_effect=[httpx.Response(503), httpx.Response(200, json=job("queued"))])
    assert kit.run(client.jobs.get(job()["job_id"])).status == "queued"


def test_closing_a_with_options_client_leaves_the_shared_connections_open(rig: Rig) -> None:
    base = Krea("k", base_url=BASE) if not rig.is_async else AsyncKrea("k", base_url=BASE)
    derived = base.with_options(timeout=3)
    rig.run(derived.close())
    assert not base._gateway._http.is_closed
    rig.run(base.close())
    assert base._gateway._http.is_closed


def test_with_options_checks_its_settings_and_reads_no_environment(rig: Rig, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KREA_TIMEOUT", "11")
    monkeypatch.setenv("KREA_MAX_RETRIES", "9")
    derived = rig.client.with_options(wait_timeout=50)
    assert (derived._settings.timeout, derived._settings.max_retries) == (60, 2)
    with pytest.raises(KreaConfigError, match="timeout"):
        rig.client.with_options(timeout=-1)
    with pytest.raises(KreaConfigError, match="default_headers"):
        rig.client.with_options(default_headers={"Authorization": "x"})
    assert rig.mock.api_key not in repr(derived)
    assert derived.with_options(api_key="other")._settings.api_key == "other"


def test_a_deprecation_warning_is_given_once_across_with_options_clients(kit: Kit, api: respx.MockRouter) -> None:
    api.post("/generate/image/bfl/flux-1-dev").respond(200, json=job("queued"), headers={"Deprecation": "true"})
    client = kit.client()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        kit.run(client.image("bfl/flux-1-dev", prompt="a"))
        kit.run(client.with_options(timeout=3).image("bfl/flux-1-dev", prompt="a"))
    assert len([w for w in caught if issubclass(w.category, krea.KreaDeprecationWarning)]) == 1


# ---- capture_responses


def test_capture_records_the_answer_of_a_call_without_a_second_request(kit: Kit, api: respx.MockRouter) -> None:
    route = api.post("/generate/image/bfl/flux-1-dev").respond(
        200, json=job("queued"), headers={"Deprecation": "true", "Sunset": "Sat, 01 May 2027 00:00:00 GMT",
                                          "X-Request-Id": "req-1"})  # fmt: skip
    client = kit.client()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with client.capture_responses() as seen:
            kit.run(client.image("bfl/flux-1-dev", prompt="a fox"))
    assert route.call_count == 1
    assert len(seen) == 1
    last = seen.last
    assert (last.method, last.url, last.status_code, last.retries_taken) == (
        "POST", f"{BASE}/generate/image/bfl/flux-1-dev", 200, 0)  # fmt: skip
    assert (last.request_id, last.deprecation, last.sunset) == ("req-1", "true", "Sat, 01 May 2027 00:00:00 GMT")
    assert last.headers["x-request-id"] == "req-1"
    assert json.loads(last.content or b"")["job_id"] == job()["job_id"]
    assert last.http_version == "HTTP/1.1"


def test_capture_counts_the_retries_a_request_took(kit: Kit, api: respx.MockRouter) -> None:
    api.get(f"/jobs/{job()['job_id']}").mock(
        side_effect=[httpx.Response(503), httpx.ConnectError("down"), httpx.Response(200, json=job("queued"))]
    )
    client = kit.client()
    with client.capture_responses() as seen:
        kit.run(client.jobs.get(job()["job_id"]))
    assert len(seen) == 1
    assert (seen.last.retries_taken, seen.last.status_code) == (2, 200)
    assert kit.sleeps


def test_capture_records_every_request_of_a_subscribe_and_an_error_answer(kit: Kit, api: respx.MockRouter) -> None:
    api.post("/generate/image/bfl/flux-1-dev").respond(200, json=job("queued"))
    api.get(f"/jobs/{job()['job_id']}").mock(
        side_effect=[httpx.Response(200, json=job("processing")), httpx.Response(200, json=job("completed"))]
    )
    api.get("/jobs/missing").respond(404, json={"error": "Job not found"})
    client = kit.client()
    with client.capture_responses() as seen:
        kit.run(client.subscribe("image/bfl/flux-1-dev", input={"prompt": "a fox"}))
        with pytest.raises(NotFoundError):
            kit.run(client.jobs.get("missing"))
    assert [(e.method, e.url.removeprefix(BASE), e.status_code) for e in seen] == [
        ("POST", "/generate/image/bfl/flux-1-dev", 200),
        ("GET", f"/jobs/{job()['job_id']}", 200),
        ("GET", f"/jobs/{job()['job_id']}", 200),
        ("GET", "/jobs/missing", 404),
    ]
    assert json.loads(seen[1].content or b"")["status"] == "processing"
    assert "4 requests" in repr(seen)


def test_capture_records_only_this_client_and_its_with_options_clients(kit: Kit, api: respx.MockRouter) -> None:
    api.get(f"/jobs/{job()['job_id']}").respond(200, json=job("queued"))
    client, other = kit.client(), kit.client()
    with client.capture_responses() as seen:
        kit.run(other.jobs.get(job()["job_id"]))
        kit.run(client.with_options(timeout=5).jobs.get(job()["job_id"]))
    assert len(seen) == 1
    kit.run(client.jobs.get(job()["job_id"]))  # after the block: not recorded
    assert len(seen) == 1
    with client.capture_responses() as empty:
        pass
    with pytest.raises(LookupError, match="no API request"):
        _ = empty.last


def test_capture_records_a_download_and_a_transport_failure_records_nothing(kit: Kit, api: respx.MockRouter) -> None:
    api.get("https://gen.krea.ai/images/out.png").respond(200, content=PNG, headers={"Content-Type": "image/png"})
    api.get(f"/jobs/{job()['job_id']}").mock(side_effect=httpx.ConnectError("down"))
    client = kit.client(max_retries=0)
    done = held_job(client, job("completed"))
    with client.capture_responses() as seen:
        assert kit.run(client.jobs.read(done)) == PNG
        with pytest.raises(krea.APIConnectionError):
            kit.run(client.jobs.get(job()["job_id"]))
    assert [(e.method, e.url, e.status_code) for e in seen] == [("GET", "https://gen.krea.ai/images/out.png", 200)]


def test_capture_in_async_code_records_the_tasks_a_block_starts(api: respx.MockRouter) -> None:
    api.get(url__regex=r"/jobs/j\d").mock(side_effect=lambda request: httpx.Response(200, json=job("queued")))

    async def main() -> int:
        async with AsyncKrea("k", base_url=BASE) as client:
            with client.capture_responses() as seen:
                await asyncio.gather(*(client.jobs.get(f"j{i}") for i in range(5)))
            return len(seen)

    assert asyncio.run(main()) == 5


# ---- what review found


def test_a_calls_options_never_reach_another_clients_requests(kit: Kit, api: respx.MockRouter) -> None:
    """``on_update`` runs in the middle of a wait: another client it calls (another origin, another key) gets
    neither the wait's options nor its deadline."""
    other_base = "https://other.example"
    api.get(f"/jobs/{job()['job_id']}").mock(
        side_effect=[httpx.Response(200, json=job("processing")), httpx.Response(200, json=job("completed"))]
    )
    other_route = api.get(f"{other_base}/jobs/x").respond(200, json=job("queued"))
    client, other = kit.client(), kit.client(base_url=other_base, api_key="sk-other-0123456789")
    if kit.is_async:

        async def wait() -> Any:
            async def note(j: Any) -> None:
                await other.jobs.get("x")

            tasks: list[asyncio.Task[None]] = []
            done = await client.jobs.wait(
                job()["job_id"], timeout=50, request_timeout=3.5, extra_headers=MARK,
                on_update=lambda j: tasks.append(asyncio.ensure_future(note(j))),
            )  # fmt: skip
            await asyncio.gather(*tasks)
            return done

        kit.run(wait())
    else:
        kit.run(client.jobs.wait(job()["job_id"], timeout=50, request_timeout=3.5, extra_headers=MARK,
                                 on_update=lambda j: other.jobs.get("x")))  # fmt: skip
    assert other_route.call_count == 2
    for call in other_route.calls:
        assert "x-trace" not in call.request.headers
        assert call.request.extensions["timeout"]["read"] == 60  # its own timeout, not 3.5 nor the time left
    mine = [c.request for c in api.calls if c.request.url.host == "api.test.krea"]
    assert all(r.headers["x-trace"] == "call-7" for r in mine)


def test_a_node_app_run_under_w_error_names_every_job_it_created(kit: Kit, api: respx.MockRouter) -> None:
    jobs = [job("queued", job_id=f"j-{n}") for n in (1, 2)]
    api.post("/node-apps/ver-1/execute").respond(200, json=jobs, headers={"Deprecation": "true"})
    client = kit.client()
    with warnings.catch_warnings():
        warnings.simplefilter("error", krea.KreaDeprecationWarning)
        with pytest.raises(krea.KreaDeprecationWarning) as caught:
            kit.run(client.node_apps.execute("ver-1", {"prompt": "a fox"}))
    assert caught.value.job_ids == ("j-1", "j-2")
    assert caught.value.job_id == "j-1"
    assert "created job j-1, j-2, which will be billed" in " ".join(caught.value.__notes__)


def test_a_redirect_to_another_host_carries_neither_the_key_nor_the_callers_headers(
    kit: Kit, api: respx.MockRouter, tmp_path: Path
) -> None:
    api.get(f"{BASE}/files/out.png").respond(302, headers={"Location": "https://cdn.elsewhere.example/out.png"})
    cdn = api.get("https://cdn.elsewhere.example/out.png").respond(
        200, content=PNG, headers={"Content-Type": "image/png"}
    )
    client = kit.client(default_headers={"X-Tenant": "tt-default"})
    done = held_job(client, job("completed", result={"urls": [f"{BASE}/files/out.png"]}))
    assert kit.run(client.jobs.read(done, extra_headers=MARK)) == PNG
    first, hop = api.calls[0].request, cdn.calls.last.request
    assert (first.headers["x-trace"], first.headers["x-tenant"]) == ("call-7", "tt-default")
    assert first.headers["authorization"].startswith("Bearer ")
    for name in ("authorization", "x-trace", "x-tenant"):
        assert name not in hop.headers, name


def test_a_header_given_in_another_case_replaces_instead_of_being_sent_twice(rig: Rig) -> None:
    client = rig.make(default_headers={"X-App": "a"}).with_options(default_headers={"x-app": "c"})
    rig.run(client.image("bfl/flux-1-dev", prompt="a fox", extra_headers={"user-agent": "mine/1", "X-APP": "d"}))
    sent = rig.seen.requests[-1]
    assert sent.headers.get_list("user-agent") == ["mine/1"]
    assert sent.headers.get_list("x-app") == ["d"]
    for name in ("X-Webhook-URL", "Content-Type", "Transfer-Encoding"):
        with pytest.raises(ValidationError, match="set by krea"):
            rig.run(rig.client.image("bfl/flux-1-dev", prompt="a", extra_headers={name: "x"}))
    with pytest.raises(ValidationError, match="got a list") as caught:
        rig.run(rig.client.jobs.get("j", extra_headers=[("X-Api-Key", "sk-live-SECRET")]))
    assert "SECRET" not in str(caught.value)


def test_nested_capture_blocks_each_record_their_clients_requests(kit: Kit, api: respx.MockRouter) -> None:
    api.get(f"/jobs/{job()['job_id']}").respond(200, json=job("queued"))
    a, b = kit.client(), kit.client()
    with a.capture_responses() as outer, b.capture_responses() as of_b, a.capture_responses() as inner:
        kit.run(a.jobs.get(job()["job_id"]))
        kit.run(b.jobs.get(job()["job_id"]))
    assert (len(outer), len(of_b), len(inner)) == (1, 1, 1)
    assert outer.last.content is not None
    assert b'"status"' in outer.last.content
    assert outer.last.headers["Content-Type"] == outer.last.headers["content-type"]


def test_capture_of_a_download_keeps_no_body_and_elapsed_counts_the_retry_pauses(
    kit: Kit, api: respx.MockRouter
) -> None:
    api.get("https://gen.krea.ai/images/out.png").respond(200, content=PNG, headers={"Content-Type": "image/png"})
    api.get(f"/jobs/{job()['job_id']}").mock(side_effect=[httpx.Response(503), httpx.Response(200, json=job())])
    client = kit.client()
    kit.on_sleep = lambda _: time.sleep(0.2)  # the injected sleep really pauses, so elapsed must include it
    with client.capture_responses() as seen:
        kit.run(client.jobs.read(held_job(client, job("completed"))))
        kit.run(client.jobs.get(job()["job_id"]))
    assert seen[0].content is None
    assert seen[1].retries_taken == 1
    assert seen[1].elapsed.total_seconds() >= 0.2


@pytest.mark.parametrize("value", [1e10, 1e300])
def test_a_timeout_too_large_for_the_platform_is_refused_first(rig: Rig, value: float) -> None:
    before = len(rig.seen.requests)
    with pytest.raises(ValidationError, match="at most 1e"):
        rig.run(rig.client.image("bfl/flux-1-dev", prompt="a", request_timeout=value))
    with pytest.raises(ValidationError, match="at most 1e"):
        rig.run(rig.client.jobs.wait("j", timeout=value))
    with pytest.raises(KreaConfigError, match="at most 1e"):
        rig.make(timeout=value)
    assert rig.seen.since(before) == []


def test_a_listing_checks_its_options_at_the_call(rig: Rig) -> None:
    with pytest.raises(ValidationError, match="request_timeout"):
        rig.client.jobs.list(request_timeout="5")
    with pytest.raises(ValidationError, match="since"):
        rig.client.jobs.list(since="yesterday")


def test_a_with_options_client_of_a_closed_client_says_so_and_sends_nothing(kit: Kit, api: respx.MockRouter) -> None:
    route = api.post("/generate/image/bfl/flux-1-dev").respond(200, json=job("queued"))
    client = kit.client()  # its connections are krea's own: close() closes them
    derived = client.with_options(timeout=5)
    kit.run(client.close())
    with pytest.raises(krea.KreaError, match="client is closed"):
        kit.run(derived.image("bfl/flux-1-dev", prompt="a"))
    with pytest.raises(krea.KreaError, match="client is closed"):
        kit.run(client.jobs.get("j"))
    assert route.call_count == 0
