"""A job's results as bytes, as a stream, or as files the caller names, from both clients."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from krea import DownloadError, KreaError, ValidationError
from tests.unit.conftest import JOB_ID, Kit, held_job, job

URLS = [f"https://gen.krea.ai/images/out-{n}.png" for n in range(3)]


def completed(kit: Kit, client: Any, urls: list[str]) -> Any:
    doc = job("completed", result={"urls": urls})
    return held_job(client, doc)


def serve(api: respx.MockRouter, urls: list[str]) -> list[respx.Route]:
    return [api.get(url).respond(200, content=f"png-{n}".encode(), headers={"Content-Type": "image/png"})
            for n, url in enumerate(urls)]  # fmt: skip


def test_read_returns_the_bytes_of_one_output_without_the_key(kit: Kit, api: respx.MockRouter) -> None:
    routes = serve(api, URLS)
    client = kit.client()
    done = completed(kit, client, URLS)
    assert kit.run(done.read()) == b"png-0"
    assert kit.run(done.read(2)) == b"png-2"
    assert kit.run(client.jobs.read(done, -1)) == b"png-2"
    assert "authorization" not in routes[0].calls.last.request.headers


def test_read_retries_a_503_like_any_get(kit: Kit, api: respx.MockRouter) -> None:
    api.get(URLS[0]).mock(side_effect=[httpx.Response(503), httpx.Response(200, content=b"png")])
    client = kit.client()
    assert kit.run(completed(kit, client, URLS[:1]).read()) == b"png"
    assert len(kit.sleeps) == 1


def test_read_refuses_an_output_over_max_bytes(kit: Kit, api: respx.MockRouter) -> None:
    api.get(URLS[0]).respond(200, content=b"x" * 5000)
    client = kit.client()
    done = completed(kit, client, URLS[:1])
    with pytest.raises(DownloadError, match="max_bytes=4096") as caught:
        kit.run(done.read(max_bytes=4096))
    assert caught.value.job_id == JOB_ID
    assert kit.run(done.read(max_bytes=5000)) == b"x" * 5000


@pytest.mark.parametrize("index", [3, -4, "0", True, 1.0])
def test_a_bad_index_is_refused_before_fetching(kit: Kit, api: respx.MockRouter, index: Any) -> None:
    routes = serve(api, URLS)
    client = kit.client()
    with pytest.raises(ValidationError, match="index"):
        kit.run(completed(kit, client, URLS).read(index))
    assert not any(route.called for route in routes)


def test_a_job_without_outputs_has_nothing_to_read(kit: Kit, api: respx.MockRouter) -> None:
    client = kit.client()
    pending = held_job(client, job("queued"))
    with pytest.raises(KreaError, match="no outputs"):
        kit.run(pending.read())


@pytest.mark.parametrize("failure", ["404", "connect"])
def test_a_stream_that_fails_raises_a_krea_error(kit: Kit, api: respx.MockRouter, failure: str) -> None:
    route = api.get(URLS[0])
    if failure == "404":
        route.respond(404, text="gone")
    else:
        route.mock(side_effect=httpx.ConnectError("refused"))
    client = kit.client()
    with pytest.raises(KreaError):
        kit.collect(completed(kit, client, URLS).iter_bytes())


def test_iter_bytes_streams_an_output_without_the_key(kit: Kit, api: respx.MockRouter) -> None:
    route = api.get(URLS[1]).respond(200, content=b"abcdefghij")
    client = kit.client()
    chunks = kit.collect(completed(kit, client, URLS).iter_bytes(1, chunk_size=4))
    assert chunks == [b"abcd", b"efgh", b"ij"]
    assert "authorization" not in route.calls.last.request.headers  # the result host never sees the API key


def test_download_to_a_chosen_file(kit: Kit, api: respx.MockRouter, tmp_path: Path) -> None:
    serve(api, URLS)
    client = kit.client()
    done = completed(kit, client, URLS)
    target = tmp_path / "new" / "fox.png"
    assert kit.run(done.download(path=target, index=1)) == [target]
    assert target.read_bytes() == b"png-1"
    single = completed(kit, client, URLS[:1])
    assert kit.run(single.download(path=tmp_path / "one.img")) == [tmp_path / "one.img"]


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"path": "fox.png"}, "has 3 outputs"),
        ({"path": "x.png", "index": 0, "name": "{job_id}{ext}"}, "not both"),
        ({"name": "{job_id}/{index}{ext}"}, "not a path"),
        ({"name": "{user}{ext}"}, "may use only"),
        ({"name": "{job_id"}, "not a valid template"),
        ({"name": ""}, "template"),
        ({"name": ".."}, "not a path"),
        ({"name": "result{ext}"}, "needs {index}"),
        ({"index": "0"}, "index"),
        ({"index": [0]}, "index"),
    ],
)
def test_a_bad_download_request_is_refused_before_fetching(
    kit: Kit, api: respx.MockRouter, tmp_path: Path, kwargs: dict[str, Any], match: str
) -> None:
    routes = serve(api, URLS)
    client = kit.client()
    with pytest.raises(ValidationError, match=match):
        kit.run(completed(kit, client, URLS).download(tmp_path, **kwargs))
    assert not any(route.called for route in routes)


def test_download_to_an_existing_folder_as_path_is_refused(kit: Kit, api: respx.MockRouter, tmp_path: Path) -> None:
    serve(api, URLS)
    client = kit.client()
    with pytest.raises(ValidationError, match="is a folder"):
        kit.run(completed(kit, client, URLS[:1]).download(path=tmp_path))


def test_a_name_template_names_every_output(kit: Kit, api: respx.MockRouter, tmp_path: Path) -> None:
    serve(api, URLS)
    client = kit.client()
    paths = kit.run(completed(kit, client, URLS).download(tmp_path, name="fox {index} of {count}{ext}"))
    assert [p.name for p in paths] == ["fox 1 of 3.png", "fox 2 of 3.png", "fox 3 of 3.png"]
    assert [p.read_bytes() for p in paths] == [b"png-0", b"png-1", b"png-2"]
    only = kit.run(completed(kit, client, URLS).download(tmp_path / "one", index=2))
    assert [p.name for p in only] == [f"{JOB_ID}-3.png"]


def test_a_name_template_keeps_a_hostile_job_id_inside_dest(kit: Kit, api: respx.MockRouter, tmp_path: Path) -> None:
    serve(api, URLS[:1])
    client = kit.client()
    doc = job("completed", job_id="../../escape", result={"urls": URLS[:1]})
    done = held_job(client, doc)
    [saved] = kit.run(done.download(tmp_path / "out", name="{job_id}{ext}"))
    assert saved.parent == tmp_path / "out"
