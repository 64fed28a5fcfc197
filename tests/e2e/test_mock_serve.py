"""``krea mock serve`` as a Krea double, proven from outside: plain httpx against a real server process, with
no control call and no facade. Then the ``krea mock`` commands steering a manual-clock server.

The served mock runs on the wall clock at ``--speed 20``, so a 7-second Flux job takes 0.35 s of real time;
every bound below is derived from the model's run time and that speed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from krea import cli
from krea.testing._core.billing import INSUFFICIENT_BALANCE
from krea.testing._core.jobs import DEFAULT_DURATIONS
from tests.e2e._support import free_port, journal_states, wait_until, write_prompts

KREA = [sys.executable, "-m", "krea"]
SPEED = 20
OWNER, OTHER = "owner-key-e2e", "other-key-e2e"
FLUX = "/generate/image/bfl/flux-1-dev"  # $0.007, 7 s
VIDEO = "/generate/video/alibaba/wan-2.5"  # the video family's price, $1.00, and 120 s
SLACK = 3.0  # real seconds for process scheduling on a loaded 2-core machine


def serve(*flags: str, tmp_path: Path) -> Iterator[str]:
    port = free_port()
    keys = tmp_path / "keys"
    keys.write_text(f"{OWNER}\n{OTHER}\n")
    command = [*KREA, "mock", "serve", "--port", str(port), "--api-key-file", str(keys), *flags]
    env = {k: v for k, v in os.environ.items() if not k.startswith("KREA_")}
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"

    def up() -> bool:
        assert process.poll() is None, f"krea mock serve exited with {process.returncode}"
        try:
            return httpx.get(f"{base}/_mock", timeout=1).status_code == 200
        except httpx.TransportError:
            return False

    try:
        wait_until(up, seconds=20, what="krea mock serve")
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@pytest.fixture
def real_time(tmp_path: Path) -> Iterator[str]:
    yield from serve("--speed", str(SPEED), "--balance", "1.014", tmp_path=tmp_path)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def poll_until_terminal(http: httpx.Client, job_id: str, *, seconds: float) -> dict[str, Any]:
    def done() -> dict[str, Any] | None:
        job: dict[str, Any] = http.get(f"/jobs/{job_id}").json()
        return job if job["status"] in ("completed", "failed", "cancelled") else None

    found: dict[str, Any] = wait_until(done, seconds=seconds, what=f"job {job_id} to finish")
    return found


def client(base: str, key: str) -> httpx.Client:
    return httpx.Client(base_url=base, headers={"Authorization": f"Bearer {key}"}, timeout=10)


def test_a_client_sees_krea_behaviour_over_plain_http_with_no_controls(real_time: str) -> None:
    with client(real_time, OWNER) as owner, client(real_time, OTHER) as other:
        run_like_a_client(owner, other, real_time)


def run_like_a_client(owner: httpx.Client, other: httpx.Client, real_time: str) -> None:
    image_run = DEFAULT_DURATIONS["image"] / SPEED
    video_run = DEFAULT_DURATIONS["video"] / SPEED

    # Create, and poll until completed within the model's run time at this speed.
    before = datetime.now(UTC)
    created = owner.post(FLUX, json={"prompt": "a red fox"})
    after = datetime.now(UTC)
    assert created.status_code == 200
    job = created.json()
    started = time.monotonic()
    done = poll_until_terminal(owner, job["job_id"], seconds=image_run + SLACK)
    assert done["status"] == "completed"
    assert time.monotonic() - started < image_run + SLACK
    run = at(done["completed_at"]) - at(done["created_at"])
    assert abs(run - timedelta(seconds=image_run)) < timedelta(milliseconds=50)

    # The timestamps are the client's own clock: find the job by created_at, as `since=` recovery does.
    assert before - timedelta(seconds=1) <= at(job["created_at"]) <= after + timedelta(seconds=1)
    listed = owner.get("/jobs", params={"limit": 10}).json()["items"]
    near = [j for j in listed if abs(at(j["created_at"]) - before) < timedelta(seconds=2)]
    assert [j["job_id"] for j in near] == [job["job_id"]]

    # The result downloads with the owner's key; any other key gets 404, as for the job itself.
    [url] = done["result"]["urls"]
    assert url.startswith(real_time)
    download = owner.get(url)
    assert download.status_code == 200
    assert download.headers["content-type"] == "image/png"
    assert other.get(url).status_code == 404
    assert other.get(f"/jobs/{job['job_id']}").status_code == 404

    # Cancel a queued job: not charged (the next video is affordable only if this one was not).
    queued = owner.post(VIDEO, json={"prompt": "a fox running"}).json()
    assert queued["status"] == "queued"
    cancelled = owner.delete(f"/jobs/{queued['job_id']}")
    assert cancelled.status_code == 200
    assert owner.get(f"/jobs/{queued['job_id']}").json()["status"] == "cancelled"

    # Run the balance out: $1.007 left pays one video and one Flux, then 402 with Krea's documented body.
    video = owner.post(VIDEO, json={"prompt": "a fox running"})
    assert video.status_code == 200, video.text
    flux = owner.post(FLUX, json={"prompt": "an owl"})
    assert flux.status_code == 200
    refused = owner.post(FLUX, json={"prompt": "a third"})
    assert refused.status_code == 402
    assert refused.json()["message"] == INSUFFICIENT_BALANCE
    # ...and the jobs in flight still finish.
    for job_id in (video.json()["job_id"], flux.json()["job_id"]):
        assert poll_until_terminal(owner, job_id, seconds=video_run + SLACK)["status"] == "completed"
    assert owner.post(FLUX, json={"prompt": "after"}).status_code == 402
    assert other.post(FLUX, json={"prompt": "another account pays for itself"}).status_code == 200


ADMIN = "e2e-admin"


class _Receiver(ThreadingHTTPServer):
    daemon_threads = True
    hooks: list[dict[str, Any]]


class _Hook(BaseHTTPRequestHandler):
    server: _Receiver

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_POST(self) -> None:
        self.server.hooks.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
        self.send_response(204)
        self.end_headers()


@pytest.mark.parametrize("deliver", ["any", "loopback"])
def test_mock_serve_deliver_webhooks_any_sends_beyond_loopback(tmp_path: Path, deliver: str) -> None:
    # http://0.0.0.0:PORT is not a loopback URL by the mock's rule (localhost, 127/8, ::1), yet Linux connects
    # it to this machine: a receiver on 127.0.0.1 gets what `--deliver-webhooks any` sends, with no network.
    receiver = _Receiver(("127.0.0.1", 0), _Hook)
    receiver.hooks = []
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    hook = f"http://0.0.0.0:{receiver.server_address[1]}/hook"
    flags = ["--speed", str(SPEED), "--admin-token", ADMIN, "--deliver-webhooks", deliver]
    try:
        for base in serve(*flags, tmp_path=tmp_path):
            with client(base, OWNER) as owner, client(base, ADMIN) as admin:
                job = owner.post(FLUX, json={"prompt": "a fox"}, headers={"X-Webhook-URL": hook}).json()

                def recorded() -> list[dict[str, Any]]:
                    deliveries: list[dict[str, Any]] = admin.get("/_mock/webhooks").json()
                    return [d for d in deliveries if d["status_code"] is not None or d["error"] is not None]

                [delivery] = wait_until(recorded, seconds=DEFAULT_DURATIONS["image"] / SPEED + SLACK, what="a hook")
    finally:
        receiver.shutdown()
        receiver.server_close()
    assert delivery["url"] == hook
    if deliver == "any":
        assert delivery["status_code"] == 204
        assert [h["job_id"] for h in receiver.hooks] == [job["job_id"]]
    else:
        assert "not delivered" in delivery["error"]
        assert receiver.hooks == []


def test_mock_serve_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    # SIGTERM is a server's normal stop (kill, Popen.terminate, CI teardown): exit 0, no error line.
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("KREA_")}
    command = [*KREA, "mock", "serve", "--port", str(port), "--admin-token", ADMIN]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:

        def up() -> bool:
            assert process.poll() is None, f"krea mock serve exited with {process.returncode}"
            try:
                return httpx.get(f"http://127.0.0.1:{port}/_mock", timeout=1).status_code == 200
            except httpx.TransportError:
                return False

        wait_until(up, seconds=20, what="krea mock serve")
        process.terminate()
        out, err = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)
    assert process.returncode == 0, err
    assert err == ""
    assert out.startswith("Krea mock on ")


@pytest.fixture
def manual(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    for base in serve("--clock", "manual", "--admin-token", ADMIN, tmp_path=tmp_path):
        monkeypatch.setenv("KREA_BASE_URL", base)
        monkeypatch.setenv("KREA_MOCK_ADMIN_TOKEN", ADMIN)
        yield base


def test_the_krea_mock_commands_drive_a_running_server(manual: str, capsys: pytest.CaptureFixture[str]) -> None:
    def krea(*argv: str) -> Any:
        assert cli.main(["mock", *argv]) == 0
        return json.loads(capsys.readouterr().out)

    with client(manual, OWNER) as owner:
        steer(krea, owner, capsys)


def steer(krea: Callable[..., Any], owner: httpx.Client, capsys: pytest.CaptureFixture[str]) -> None:
    krea("script", "--outcome", "failed", "--code", "nsfw")
    failed = owner.post(FLUX, json={"prompt": "x"}).json()
    ok = owner.post(FLUX, json={"prompt": "y"}).json()
    assert owner.get(f"/jobs/{ok['job_id']}").json()["status"] == "queued"  # the manual clock stands still
    assert krea("advance", "60")["clock"] == 60
    assert owner.get(f"/jobs/{failed['job_id']}").json()["error"]["code"] == "nsfw"
    assert [c["job_id"] for c in krea("ledger")] == [ok["job_id"]]
    seen = krea("requests")
    assert OWNER not in json.dumps(seen)
    assert krea("journal")[: len(seen)] == seen  # the old name, kept one release
    assert len(krea("jobs")) == 2
    assert krea("balance", "--api-key", OWNER)["balance"] == pytest.approx(10 - 0.007)
    krea("top-up", "5", "--api-key", OWNER)
    assert krea("balance", "--api-key", OWNER)["balance"] == pytest.approx(15 - 0.007)
    krea("fail", "--status", "503")
    assert owner.get("/jobs").status_code == 503
    krea("reset")
    assert krea("jobs") == []

    assert cli.main(["mock", "advance", "1e15"]) == 2
    assert "seconds: must be a number from 0" in capsys.readouterr().err
    assert cli.main(["mock", "reset", "--admin-token", "wrong"]) == 1
    assert "401" in capsys.readouterr().err


@pytest.fixture
def slower(tmp_path: Path) -> Iterator[str]:
    yield from serve("--speed", "4", tmp_path=tmp_path)  # a 7 s job takes 1.75 s: time to kill a batch


def test_a_batch_killed_and_resumed_on_the_real_clock_makes_one_job_per_line(slower: str, tmp_path: Path) -> None:
    import signal

    lines = 8
    source = tmp_path / "batch.jsonl"
    write_prompts(source, lines)
    journal = tmp_path / "journal.sqlite"
    command = [*KREA, "batch", str(source), "--out", str(tmp_path / "out"), "--journal", str(journal)]
    command += ["--concurrency", "4", "--json"]
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("KREA_")}, "KREA_API_KEY": OWNER}
    env["KREA_BASE_URL"] = slower
    first = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:

        def in_flight() -> bool:
            values = list(journal_states(journal).values())
            return values.count("submitted") >= 3 and "submitting" not in values

        wait_until(in_flight, seconds=30, what="lines to be submitted")
        first.send_signal(signal.SIGKILL)
        assert first.wait(timeout=10) == -signal.SIGKILL
    finally:
        if first.poll() is None:
            first.kill()
            first.wait(timeout=10)
    killed = list(journal_states(journal).values())
    assert killed.count("completed") < lines  # killed mid-run, with lines still to do
    assert "submitting" not in killed

    second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert second.returncode == 0, second.stderr
    summary = json.loads(second.stdout)
    assert summary["completed"] == lines
    with client(slower, OWNER) as owner:
        listed = owner.get("/jobs", params={"limit": 100}).json()["items"]
    assert len(listed) == lines  # exactly one job per line, counted through the API itself
    assert {result["job_id"] for result in summary["results"]} == {job["job_id"] for job in listed}
    assert all(job["status"] == "completed" for job in listed)
