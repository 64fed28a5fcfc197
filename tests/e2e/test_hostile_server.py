"""The SDK and the ``krea`` command against a hostile server on loopback: deadlines hold, files stay put.

The server is a small ``http.server`` in a thread that drip-feeds bodies (or headers) one byte at a time,
asks for absurd ``Retry-After`` pauses, and names its jobs ``../../escape``. Real time passes here, in
fractions of a second; every bound checked is several times looser than what it guards, so a busy machine
does not make these tests flaky.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

import krea
from tests.e2e._support import QuietHandler, serving

KEY = "hostile-test-key"
JOB = "550e8400-e29b-41d4-a716-446655440000"
DRIP_PAUSE = 0.2


def job_doc(job_id: str, status: str, base: str) -> dict[str, Any]:
    return {
        "job_id": job_id,
        "status": status,
        "created_at": "2026-06-01T09:00:00.000Z",
        "completed_at": "2026-06-01T09:00:07.000Z" if status == "completed" else None,
        "result": {"urls": [f"{base}/files/out.png"]} if status == "completed" else None,
    }


class Hostile(ThreadingHTTPServer):
    daemon_threads = True
    received: list[str]
    """Every request line the server read, in order."""
    peers: list[int]
    """The client port of each request, in order (the same port twice: a reused connection)."""
    # What every request gets, chosen by the test: (status, headers, body, how the bytes are sent).
    behave: Callable[[Hostile, str, str], tuple[int, dict[str, str], bytes, str]]

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class Handler(QuietHandler):
    server: Hostile

    def _answer(self) -> None:
        self.server.received.append(f"{self.command} {self.path}")
        self.server.peers.append(self.client_address[1])
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        status, headers, body, how = self.server.behave(self.server, self.command, self.path)
        head = f"HTTP/1.1 {status} X\r\nContent-Length: {len(body)}\r\n"
        head += "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
        try:
            if how == "drip_headers":
                for byte in head.encode():
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(DRIP_PAUSE)
            else:
                self.wfile.write(head.encode())
                self.wfile.flush()
            if how == "drip_body":
                for byte in body:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(DRIP_PAUSE)
            else:
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    do_GET = do_POST = do_DELETE = _answer


@pytest.fixture
def server() -> Iterator[Hostile]:
    httpd = Hostile(("127.0.0.1", 0), Handler)
    httpd.received = []
    httpd.peers = []
    with serving(httpd):
        yield httpd


def _json(status: int, doc: Any, how: str = "at_once", **headers: str) -> tuple[int, dict[str, str], bytes, str]:
    return status, {"Content-Type": "application/json", **headers}, json.dumps(doc).encode(), how


def _timed(call: Callable[[], Any]) -> tuple[float, BaseException | None]:
    started = time.monotonic()
    try:
        call()
    except BaseException as exc:
        return time.monotonic() - started, exc
    return time.monotonic() - started, None


def _waits(server: Hostile, timeout: float) -> dict[str, tuple[float, BaseException | None]]:
    """How long a sync and an async ``jobs.wait(timeout=...)`` took against the server, and what they raised."""
    sync = krea.Krea(KEY, base_url=server.base, max_retries=2)

    async def run_async() -> None:
        async with krea.AsyncKrea(KEY, base_url=server.base, max_retries=2) as client:
            await client.jobs.wait(JOB, timeout=timeout)

    with sync:
        return {
            "sync": _timed(lambda: sync.jobs.wait(JOB, timeout=timeout)),
            "async": _timed(lambda: asyncio.run(run_async())),
        }


def test_a_drip_fed_body_does_not_stretch_a_wait_past_its_deadline(server: Hostile) -> None:
    # 1 byte per 0.2 s: the ~170-byte job would take over 30 s, and each byte resets a read timeout.
    server.behave = lambda s, method, path: _json(200, job_doc(JOB, "queued", s.base), "drip_body")
    for flavour, (took, error) in _waits(server, timeout=1.5).items():
        assert isinstance(error, krea.JobTimeoutError), (flavour, error)
        assert took < 1.5 + 1.5, (flavour, took)


def test_drip_fed_headers_do_not_stretch_a_wait_past_its_deadline(server: Hostile) -> None:
    # The status line and headers one byte per 0.2 s: httpx's per-read timeout never fires.
    server.behave = lambda s, method, path: _json(200, job_doc(JOB, "queued", s.base), "drip_headers")
    for flavour, (took, error) in _waits(server, timeout=1.5).items():
        assert isinstance(error, krea.JobTimeoutError), (flavour, error)
        assert took < 1.5 + 1.5, (flavour, took)


def test_drip_fed_headers_do_not_stretch_a_wait_with_the_callers_async_client(server: Hostile) -> None:
    server.behave = lambda s, method, path: _json(200, job_doc(JOB, "queued", s.base), "drip_headers")

    async def run() -> None:
        async with httpx.AsyncClient() as http:
            client = krea.AsyncKrea(KEY, base_url=server.base, http_client=http)
            await client.jobs.wait(JOB, timeout=1.5)

    took, error = _timed(lambda: asyncio.run(run()))
    assert isinstance(error, krea.JobTimeoutError), error
    assert took < 1.5 + 1.5


def test_drip_fed_headers_do_not_stretch_a_wait_with_the_callers_sync_client(server: Hostile) -> None:
    # A sync read cannot be interrupted and the caller's client is not changed: the watchdog shuts the
    # connection's socket down at the deadline (found through httpcore's trace of the new connection).
    server.behave = lambda s, method, path: _json(200, job_doc(JOB, "queued", s.base), "drip_headers")
    with httpx.Client() as http:
        client = krea.Krea(KEY, base_url=server.base, http_client=http)
        took, error = _timed(lambda: client.jobs.wait(JOB, timeout=1.5))
        assert isinstance(error, krea.JobTimeoutError), error
        assert took < 1.5 + 1.5
        # The caller's client still works afterwards: the cut connection was dropped, not returned to the pool.
        server.behave = lambda s, method, path: _json(200, job_doc(JOB, "completed", s.base))
        assert client.jobs.get(JOB).status == "completed"


def test_drip_fed_headers_on_a_pooled_connection_do_not_stretch_a_sync_wait(server: Hostile) -> None:
    # The second exchange reuses the first one's connection, so no connect event names its socket: it is the
    # connection the caller's pool handed the request.
    server.behave = lambda s, method, path: _json(200, job_doc(JOB, "queued", s.base))
    with httpx.Client() as http:
        client = krea.Krea(KEY, base_url=server.base, http_client=http)
        assert client.jobs.get(JOB).status == "queued"
        server.behave = lambda s, method, path: _json(200, job_doc(JOB, "queued", s.base), "drip_headers")
        took, error = _timed(lambda: client.jobs.wait(JOB, timeout=1.5))
    assert isinstance(error, krea.JobTimeoutError), error
    assert took < 1.5 + 1.5
    assert server.peers[1] == server.peers[0], server.peers  # the pooled connection was reused


def test_the_sync_watchdog_never_cuts_a_connection_an_exchange_has_let_go(server: Hostile) -> None:
    # Each exchange's deadline (0.3 s) passes while later exchanges use the same pooled connection: the
    # watchdog must leave it alone once httpcore reported the earlier response closed.
    server.behave = lambda s, method, path: _json(200, job_doc(JOB, "queued", s.base))
    with httpx.Client() as http:
        client = krea.Krea(KEY, base_url=server.base, http_client=http, timeout=0.3, max_retries=0)
        started = time.monotonic()
        statuses = []
        while time.monotonic() - started < 1.2:
            statuses.append(client.jobs.get(JOB).status)
    assert set(statuses) == {"queued"}
    assert len(set(server.peers)) == 1, "every exchange reused the one connection"


def test_a_submission_cut_by_the_sync_watchdog_is_uncertain(server: Hostile) -> None:
    # The POST went out before the headers of its answer dripped in: a job may exist.
    server.behave = lambda s, method, path: _json(200, job_doc(JOB, "queued", s.base), "drip_headers")
    with httpx.Client() as http:
        client = krea.Krea(KEY, base_url=server.base, http_client=http, timeout=1, max_retries=2)
        took, error = _timed(lambda: client.image("bfl/flux-1-dev", prompt="a fox"))
    assert isinstance(error, krea.SubmissionUncertainError), error
    assert took < 1 + 1.5
    assert [line for line in server.received if line.startswith("POST ")] == ["POST /generate/image/bfl/flux-1-dev"]


@pytest.mark.parametrize("how", ["drip_headers", "drip_body"])
@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_single_call_outside_a_wait_is_cut_as_a_whole_exchange(server: Hostile, flavour: str, how: str) -> None:
    # timeout=1 bounds the whole exchange, not each read: the ~170 bytes at 0.2 s each would take over 30 s.
    server.behave = lambda s, method, path: _json(200, job_doc(JOB, "queued", s.base), how)
    if flavour == "sync":
        with krea.Krea(KEY, base_url=server.base, timeout=1, max_retries=0) as client:
            took, error = _timed(lambda: client.jobs.get(JOB))
    else:

        async def run() -> None:
            async with krea.AsyncKrea(KEY, base_url=server.base, timeout=1, max_retries=0) as client:
                await client.jobs.get(JOB)

        took, error = _timed(lambda: asyncio.run(run()))
    assert isinstance(error, krea.APITimeoutError), error
    assert took < 1 + 1


def test_waiting_for_a_pooled_connection_is_never_called_an_uncertain_submission(server: Hostile) -> None:
    # One connection, held by a drip-fed answer: the other submissions time out waiting for the pool, so
    # they were never sent. They must not be reported as "a job may exist".
    server.behave = lambda s, method, path: _json(200, job_doc(JOB, "queued", s.base), "drip_body")

    async def run() -> list[BaseException | krea.AsyncJob]:
        limits = httpx.Limits(max_connections=1)
        async with httpx.AsyncClient(limits=limits) as http:
            client = krea.AsyncKrea(KEY, base_url=server.base, http_client=http, timeout=1, max_retries=0)
            calls = [client.image("bfl/flux-1-dev", prompt="a fox") for _ in range(3)]
            return await asyncio.gather(*calls, return_exceptions=True)

    outcomes = asyncio.run(run())
    uncertain = [o for o in outcomes if isinstance(o, krea.SubmissionUncertainError)]
    never_sent = [o for o in outcomes if isinstance(o, krea.APITimeoutError)]
    assert len(uncertain) + len(never_sent) == 3, outcomes
    posts = [line for line in server.received if line.startswith("POST ")]
    # Each request the server received is reported uncertain; one still waiting for the pool is not (the
    # first always takes the connection; a second may get it at the very end of its budget and be sent).
    assert 1 <= len(posts) <= len(uncertain)
    assert len(never_sent) >= 1


def test_a_long_retry_after_during_a_wait_ends_it_at_once(server: Hostile) -> None:
    server.behave = lambda s, method, path: _json(429, {"error": "busy"}, **{"Retry-After": "10"})
    for flavour, (took, error) in _waits(server, timeout=2).items():
        assert isinstance(error, krea.JobTimeoutError), (flavour, error)
        assert isinstance(error.__cause__, krea.RateLimitError), (flavour, error.__cause__)
        assert took < 2, (flavour, took)


def test_an_absurd_retry_after_outside_a_wait_is_not_slept(server: Hostile) -> None:
    server.behave = lambda s, method, path: _json(429, {"error": "busy"}, **{"Retry-After": "99999999"})
    with krea.Krea(KEY, base_url=server.base) as client:
        took, error = _timed(lambda: client.jobs.get(JOB))
    assert isinstance(error, krea.RateLimitError)
    assert error.retry_after == 99999999
    assert took < 5


HOSTILE_IDS = ["../../escape", "/tmp/abs-escape"]


def _hostile_jobs(job_id: str) -> Callable[[Hostile, str, str], tuple[int, dict[str, str], bytes, str]]:
    def behave(s: Hostile, method: str, path: str) -> tuple[int, dict[str, str], bytes, str]:
        if path.startswith("/files/"):
            return 200, {"Content-Type": "image/png"}, b"\x89PNG fake", "at_once"
        if method == "POST":
            return _json(200, job_doc(job_id, "queued", s.base))
        return _json(200, job_doc(job_id, "completed", s.base))

    return behave


def _krea(args: list[str], server: Hostile, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {"KREA_API_KEY": KEY, "KREA_BASE_URL": server.base, "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        [sys.executable, "-m", "krea", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=60
    )


def _files_under(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


@pytest.mark.parametrize("job_id", HOSTILE_IDS)
def test_krea_jobs_wait_saves_a_hostile_job_inside_out(server: Hostile, tmp_path: Path, job_id: str) -> None:
    server.behave = _hostile_jobs(job_id)
    work = tmp_path / "deep" / "work"
    work.mkdir(parents=True)
    done = _krea(["jobs", "wait", JOB, "--out", "out", "--json"], server, work)
    assert done.returncode == 0, done.stderr
    saved = _files_under(tmp_path)
    assert len(saved) == 1
    assert saved[0].startswith("deep/work/out/"), saved
    assert not Path("/tmp/abs-escape.png").exists()


@pytest.mark.parametrize("job_id", HOSTILE_IDS)
def test_krea_batch_saves_a_hostile_job_inside_out(server: Hostile, tmp_path: Path, job_id: str) -> None:
    server.behave = _hostile_jobs(job_id)
    work = tmp_path / "deep" / "work"
    work.mkdir(parents=True)
    (work / "lines.jsonl").write_text(json.dumps({"endpoint": "image/bfl/flux-1-dev", "input": {"prompt": "a"}}))
    done = _krea(["batch", "lines.jsonl", "--out", "out", "--json"], server, work)
    assert done.returncode == 0, done.stderr
    # Besides the input and its journal files beside it, the one output, in out/.
    outputs = [p for p in _files_under(tmp_path) if not p.startswith("deep/work/lines.jsonl")]
    assert len(outputs) == 1
    assert outputs[0].startswith("deep/work/out/"), outputs
    assert not Path("/tmp/abs-escape.png").exists()


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_the_sdk_saves_a_hostile_job_inside_the_folder(server: Hostile, tmp_path: Path, flavour: str) -> None:
    server.behave = _hostile_jobs("../../escape")
    dest = tmp_path / "a" / "b"
    if flavour == "sync":
        with krea.Krea(KEY, base_url=server.base) as client:
            paths = client.jobs.get(JOB).download(dest)
    else:

        async def run() -> list[Path]:
            async with krea.AsyncKrea(KEY, base_url=server.base) as client:
                return await (await client.jobs.get(JOB)).download(dest)

        paths = asyncio.run(run())
    assert [p.parent for p in paths] == [dest]
    assert _files_under(tmp_path) == [f"a/b/{paths[0].name}"]


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_client_with_no_request_timeout_still_talks(server: Hostile, flavour: str) -> None:
    # timeout=None outside a wait: no bound at all, so the sockets must not be given an infinite timeout.
    server.behave = lambda s, method, path: _json(200, job_doc(JOB, "queued", s.base))
    if flavour == "sync":
        with krea.Krea(KEY, base_url=server.base, timeout=None) as client:
            assert client.jobs.get(JOB).status == "queued"
        return

    async def run() -> str:
        async with krea.AsyncKrea(KEY, base_url=server.base, timeout=None) as client:
            return (await client.jobs.get(JOB)).status

    assert asyncio.run(run()) == "queued"
