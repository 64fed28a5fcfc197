"""Only ``KreaError`` escapes: hostile arguments are refused before sending, hostile answers are translated.

Each case here raised something else before (``ValueError`` from JSON encoding, ``UnicodeEncodeError``,
``httpx.InvalidURL``, ``TypeError``, ``RecursionError``, ``FileExistsError``...).
"""

from __future__ import annotations

import contextlib
import datetime
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

import krea
from krea import KreaError, ValidationError
from tests.unit.conftest import JOB_ID, Kit, held_job, job

FLUX = "/generate/image/bfl/flux-1-dev"


def _nested(levels: int) -> Any:
    value: Any = "x"
    for _ in range(levels):
        value = [value]
    return value


# Arguments that are certainly mistakes, each refused with a ValidationError before any request.
BAD_CALLS: dict[str, Callable[[Any], Any]] = {
    "width_nan": lambda c: c.image("bfl/flux-1-dev", prompt="a fox", width=float("nan")),
    "width_inf": lambda c: c.image("bfl/flux-1-dev", prompt="a fox", width=float("inf")),
    "guidance_nan": lambda c: c.image("bfl/flux-1-dev", prompt="a fox", guidance_scale=float("nan")),
    "lone_surrogate_prompt": lambda c: c.image("bfl/flux-1-dev", prompt="a fox \udcff"),
    "nested_100000_deep": lambda c: c.image("bfl/flux-1-dev", prompt="a fox", extra=_nested(100_000)),
    "model_with_whitespace": lambda c: c.image(" bfl/flux-1-dev", prompt="a fox"),
    "model_trailing_newline": lambda c: c.subscribe("image/bfl/flux-1-dev\n", input={"prompt": "a fox"}),
    "model_not_a_string": lambda c: c.image(None, prompt="a fox"),
    "webhook_crlf": lambda c: c.image("bfl/flux-1-dev", prompt="a fox", webhook_url="https://h.example/\r\nX: 1"),
    "webhook_non_ascii": lambda c: c.image("bfl/flux-1-dev", prompt="a fox", webhook_url="https://hôte.example/"),
    "webhook_no_host": lambda c: c.image("bfl/flux-1-dev", prompt="a fox", webhook_url="https:///path"),
    "job_id_empty": lambda c: c.jobs.get(""),
    "job_id_100kb": lambda c: c.jobs.get("j" * 100_000),
    "job_id_whitespace": lambda c: c.jobs.get(f" {JOB_ID}"),
    "job_id_control": lambda c: c.jobs.get("abc\x00def"),
    "job_id_not_a_string": lambda c: c.jobs.get(42),
    "job_id_dot": lambda c: c.jobs.cancel("."),
    "job_id_dotdot": lambda c: c.jobs.get(".."),
    "confirm_dotdot": lambda c: c.jobs.confirm({"job_id": "..", "status": "completed"}),
    "cancel_empty": lambda c: c.jobs.cancel(""),
    "wait_empty": lambda c: c.jobs.wait(""),
    "wait_timeout_negative": lambda c: c.jobs.wait(JOB_ID, timeout=-1),
    "wait_timeout_nan": lambda c: c.jobs.wait(JOB_ID, timeout=float("nan")),
    "wait_timeout_inf": lambda c: c.jobs.wait(JOB_ID, timeout=float("inf")),
    "asset_id_empty": lambda c: c.assets.get(""),
    "asset_delete_empty": lambda c: c.assets.delete(""),
    "style_id_empty": lambda c: c.styles.get(""),
    "style_share_empty": lambda c: c.styles.share_link(""),
    "node_app_empty": lambda c: c.node_apps.get(""),
    "node_app_execute_nan": lambda c: c.node_apps.execute("ver-1", {"strength": float("nan")}),
    "node_app_execute_surrogate": lambda c: c.node_apps.execute("ver-1", {"prompt": "\ud800"}),
    "style_train_nan": lambda c: c.styles.train("fox", ["https://a/1.png"] * 3, learning_rate=float("nan")),
}


def _drain(kit: Kit, value: Any) -> Any:
    value = kit.run(value)
    if hasattr(value, "__iter__") or hasattr(value, "__aiter__"):
        return kit.collect(value)
    return value


@pytest.mark.parametrize("case", sorted(BAD_CALLS))
def test_a_certain_mistake_is_a_validation_error_and_nothing_is_sent(
    kit: Kit, api: respx.MockRouter, case: str
) -> None:
    client = kit.client()
    with pytest.raises(ValidationError):
        _drain(kit, BAD_CALLS[case](client))
    assert not api.calls


@pytest.mark.parametrize("since", ["yesterday", 1_700_000_000, datetime.date(2026, 1, 1)])
def test_list_since_must_be_a_datetime(kit: Kit, api: respx.MockRouter, since: Any) -> None:
    client = kit.client()
    with pytest.raises(ValidationError, match="since"):
        kit.collect(client.jobs.list(since=since))
    assert not api.calls


def test_list_since_accepts_a_naive_datetime_as_local_time(kit: Kit, api: respx.MockRouter) -> None:
    api.get("/jobs").respond(200, json={"items": [job("completed")], "next_cursor": None})
    client = kit.client()
    naive_long_ago = datetime.datetime(2000, 1, 1)
    assert len(kit.collect(client.jobs.list(since=naive_long_ago))) == 1


def test_download_into_a_path_that_is_a_file_is_refused_before_fetching(
    kit: Kit, api: respx.MockRouter, tmp_path: Path
) -> None:
    route = api.get("https://gen.krea.ai/images/out.png").respond(200, content=b"png")
    client = kit.client()
    done = held_job(client, job("completed"))
    blocker = tmp_path / "out"
    blocker.write_text("not a folder")
    with pytest.raises(ValidationError, match="not a folder"):
        kit.run(done.download(blocker))
    assert route.call_count == 0


def test_a_download_that_cannot_be_written_is_a_download_error_naming_the_job(
    kit: Kit, api: respx.MockRouter, tmp_path: Path
) -> None:
    api.get("https://gen.krea.ai/images/out.png").respond(200, content=b"png", headers={"Content-Type": "image/png"})
    client = kit.client()
    done = held_job(client, job("completed"))
    (tmp_path / f"{JOB_ID}.png").mkdir()  # the final name is taken by a folder: the rename fails
    with pytest.raises(krea.DownloadError) as caught:
        kit.run(done.download(tmp_path))
    assert caught.value.job_id == JOB_ID
    assert [p.name for p in tmp_path.iterdir()] == [f"{JOB_ID}.png"]  # no partial file left behind


# Hostile answers to a read: each becomes the KreaError it should.
DEEP = b"[" * 200_000 + b"]" * 200_000
HOSTILE_ANSWERS: dict[str, tuple[httpx.Response, type[KreaError]]] = {
    "200_nested_200000_deep": (httpx.Response(200, content=DEEP), krea.UnexpectedResponseError),
    "500_nested_200000_deep": (httpx.Response(500, content=DEEP), krea.ServerError),
    "400_nested_200000_deep": (httpx.Response(400, content=DEEP), krea.BadRequestError),
    "status_999": (httpx.Response(999, text="odd"), krea.ServerError),
    "status_299_not_json": (httpx.Response(299, text="odd"), krea.UnexpectedResponseError),
    "200_not_utf8": (httpx.Response(200, content=b"\xff\xfe\xfd"), krea.UnexpectedResponseError),
    "200_null": (httpx.Response(200, json=None), krea.UnexpectedResponseError),
    "200_job_id_object": (
        httpx.Response(200, json={"job_id": {"a": 1}, "status": "queued"}),
        krea.UnexpectedResponseError,
    ),
}


@pytest.mark.parametrize("case", sorted(HOSTILE_ANSWERS))
def test_a_hostile_answer_to_a_read_is_the_right_krea_error(kit: Kit, api: respx.MockRouter, case: str) -> None:
    answer, expected = HOSTILE_ANSWERS[case]
    api.get(f"/jobs/{JOB_ID}").mock(return_value=answer)
    client = kit.client(max_retries=0)
    with pytest.raises(expected):
        kit.run(client.jobs.get(JOB_ID))


def test_an_unclear_submission_error_survives_pickle_after_a_deep_answer(kit: Kit, api: respx.MockRouter) -> None:
    api.post(FLUX).respond(200, content=b"[" * 200_000 + b"]" * 200_000)
    client = kit.client()
    with pytest.raises(krea.SubmissionUncertainError) as caught:
        kit.run(client.image("bfl/flux-1-dev", prompt="a fox"))
    again = pickle.loads(pickle.dumps(caught.value))
    assert again.endpoint == FLUX
    assert again.search_from == caught.value.search_from


# A garbage server: every read and write of the facade against every kind of broken answer. Whatever comes
# back, nothing but a KreaError may escape (a result is fine too: the point is what is raised).
GARBAGE: dict[str, Callable[[], httpx.Response]] = {
    "empty_200": lambda: httpx.Response(200),
    "html_200": lambda: httpx.Response(200, text="<html><body>hello</body></html>"),
    "json_string": lambda: httpx.Response(200, json="a string"),
    "json_number_overflow": lambda: httpx.Response(200, content=b"1e999999"),
    "json_nan_literal": lambda: httpx.Response(200, content=b'{"job_id": NaN, "items": NaN}'),
    "json_array_of_junk": lambda: httpx.Response(200, json=[1, None, "x", {"job_id": 5}]),
    "items_not_objects": lambda: httpx.Response(200, json={"items": [1, "x", None], "next_cursor": 7}),
    "deep": lambda: httpx.Response(200, content=DEEP),
    "not_utf8": lambda: httpx.Response(200, content=b"\xff\xfe{"),
    "gzip_garbage": lambda: httpx.Response(200, headers={"Content-Encoding": "gzip"}, content=b"nope"),
    "status_600": lambda: httpx.Response(600, text="?"),
    "status_302_loop": lambda: httpx.Response(302, headers={"Location": "/jobs/x"}),
    "status_500_deep": lambda: httpx.Response(500, content=DEEP),
    "status_400_html": lambda: httpx.Response(400, text="<html>bad</html>"),
}
SERVER_CALLS: dict[str, Callable[[Any, Path], Any]] = {
    "jobs.get": lambda c, tmp: c.jobs.get(JOB_ID),
    "jobs.cancel": lambda c, tmp: c.jobs.cancel(JOB_ID),
    "jobs.list": lambda c, tmp: c.jobs.list(),
    "assets.get": lambda c, tmp: c.assets.get("a-1"),
    "assets.list": lambda c, tmp: c.assets.list(),
    "assets.delete": lambda c, tmp: c.assets.delete("a-1"),
    "styles.get": lambda c, tmp: c.styles.get("s-1"),
    "styles.list": lambda c, tmp: c.styles.list(),
    "styles.share_link": lambda c, tmp: c.styles.share_link("s-1"),
    "node_apps.get": lambda c, tmp: c.node_apps.get("v-1"),
    "node_apps.versions": lambda c, tmp: c.node_apps.versions("app-1"),
    "image": lambda c, tmp: c.image("bfl/flux-1-dev", prompt="a fox"),
    "job.read": lambda c, tmp: _completed(c).read(),
    "job.iter_bytes": lambda c, tmp: _completed(c).iter_bytes(),
    "job.download": lambda c, tmp: _completed(c).download(tmp),
}


def _completed(client: Any) -> Any:
    """A completed job read from a canned answer, so its results are fetched from the garbage server."""
    return held_job(client, job("completed"))


@pytest.mark.parametrize("answer", sorted(GARBAGE))
@pytest.mark.parametrize("call", sorted(SERVER_CALLS))
def test_a_garbage_server_only_ever_causes_krea_errors(kit: Kit, call: str, answer: str, tmp_path: Path) -> None:
    transport = httpx.MockTransport(lambda request: GARBAGE[answer]())
    http: Any = httpx.AsyncClient(transport=transport) if kit.is_async else httpx.Client(transport=transport)
    client = kit.client(http_client=http, max_retries=1)
    with contextlib.suppress(KreaError):
        _drain(kit, SERVER_CALLS[call](client, tmp_path))
