"""The ``krea`` command as real processes: kill -9 in the middle of a batch, Ctrl-C during a wait, the demo.

The API side is ``krea mock serve --clock manual`` in its own process on a free loopback port with a fixed key
and admin token, so its state (jobs, charges, the request log) outlives the ``krea`` processes under test.
On the manual clock time only moves when told to, so jobs are scripted to finish on their third poll. Every
wait is bounded.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.e2e._support import free_port, journal_states, wait_until

ROOT = Path(__file__).resolve().parents[2]
KEY = "e2e-cli-key"
ADMIN = "e2e-cli-admin-token"
MANUAL = ["--clock", "manual", "--admin-token", ADMIN]
KREA = [sys.executable, "-m", "krea"]


class Server:
    """``krea mock serve`` in a subprocess, with its ``/_mock/`` controls."""

    def __init__(self, port: int, process: subprocess.Popen[bytes]) -> None:
        self.base_url = f"http://127.0.0.1:{port}"
        self.process = process
        self.http = httpx.Client(base_url=self.base_url, timeout=10, headers={"Authorization": f"Bearer {ADMIN}"})

    def control(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        response = self.http.request(method, f"/_mock/{path}", json=body)
        response.raise_for_status()
        return response.json()

    def env(self) -> dict[str, str]:
        return {**os.environ, "KREA_API_KEY": KEY, "KREA_BASE_URL": self.base_url}

    def generation_posts(self) -> int:
        return sum(1 for e in self.control("GET", "requests") if e["method"] == "POST" and "/generate/" in e["path"])

    def ready(self) -> bool:
        try:
            return self.http.get("/_mock/balance").status_code == 200
        except httpx.TransportError:
            return False


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    port = free_port()
    process = subprocess.Popen(
        [*KREA, "mock", "serve", "--port", str(port), "--api-key", KEY, "--concurrency", "8", *MANUAL],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    served = Server(port, process)
    try:
        wait_until(served.ready, seconds=20, what="krea mock serve")
        yield served
    finally:
        served.http.close()
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@pytest.fixture
def mock(server: Server) -> Server:
    server.control("POST", "reset")
    return server


def test_batch_killed_with_sigkill_resumes_without_submitting_any_line_twice(mock: Server, tmp_path: Path) -> None:
    mock.control("POST", "script", {"polls": 3, "count": 100})  # each job completes on its third poll
    lines = 8
    source = tmp_path / "batch.jsonl"
    requests = [{"endpoint": "image/bfl/flux-1-dev", "input": {"prompt": f"fox {n}"}} for n in range(lines)]
    source.write_text("".join(json.dumps(request) + "\n" for request in requests))
    journal, out = tmp_path / "journal.sqlite", tmp_path / "out"
    command = [
        *KREA,
        "batch",
        str(source),
        "--out",
        str(out),
        "--journal",
        str(journal),
        "--concurrency",
        "4",
        "--json",
    ]

    first = subprocess.Popen(command, env=mock.env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        # Kill while jobs are in flight: some lines submitted (job ids journaled), none being sent right now.
        def in_flight() -> dict[int, str] | None:
            states = journal_states(journal)
            values = list(states.values())
            return states if values.count("submitted") >= 3 and "submitting" not in values else None

        wait_until(in_flight, seconds=30, what="lines to be submitted")
        first.send_signal(signal.SIGKILL)
        assert first.wait(timeout=10) == -signal.SIGKILL
    finally:
        if first.poll() is None:
            first.kill()
            first.wait(timeout=10)
    killed = journal_states(journal)
    sent_before = mock.generation_posts()
    never_sent = lines - sum(1 for state in killed.values() if state in ("submitting", "submitted", "completed"))
    assert never_sent > 0, killed

    second = subprocess.run(command, env=mock.env(), capture_output=True, text=True, timeout=90)
    summary = json.loads(second.stdout)
    left_submitting = sum(1 for state in killed.values() if state == "submitting")
    assert second.returncode == (9 if left_submitting else 0), second.stderr
    assert (summary["completed"], summary["unknown"]) == (lines - left_submitting, left_submitting)
    assert mock.generation_posts() - sent_before == never_sent  # only lines never sent before were sent

    jobs = {job["job_id"]: job for job in mock.control("GET", "jobs")}
    assert mock.generation_posts() == len(jobs)  # one job per POST: nothing was sent twice
    charged = [charge["job_id"] for charge in mock.control("GET", "ledger")]
    assert len(charged) == len(set(charged))  # nothing was charged twice
    done = [result for result in summary["results"] if result["state"] == "completed"]
    assert len({result["job_id"] for result in done}) == len(done)
    for result in done:
        assert jobs[result["job_id"]]["status"] == "completed"
        [path] = result["paths"]
        assert Path(path).read_bytes().startswith(b"\x89PNG\r\n\x1a\n")


@pytest.mark.parametrize(
    ("sent", "code", "said"),
    [
        (signal.SIGINT, 130, "Interrupted: job {id} was cancelled; it will not be billed"),
        (signal.SIGTERM, 143, "Terminated (SIGTERM): job {id} was cancelled; it will not be billed"),
    ],
    ids=["ctrl-c", "sigterm"],
)
def test_ctrl_c_or_sigterm_during_a_wait_cancels_the_job_says_so_and_exits(
    mock: Server, tmp_path: Path, sent: signal.Signals, code: int, said: str
) -> None:
    command = [*KREA, "image", "bfl/flux-1-dev", "--prompt", "x", "--out", str(tmp_path), "--no-json"]
    process = subprocess.Popen(command, env=mock.env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        [job] = wait_until(lambda: mock.control("GET", "jobs"), seconds=30, what="the job to be submitted")

        def polled() -> bool:
            return any(e["method"] == "GET" and e["path"].startswith("/jobs/") for e in mock.control("GET", "requests"))

        wait_until(polled, seconds=30, what="the wait to start polling")
        process.send_signal(sent)
        _, err = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate(timeout=10)
    assert process.returncode == code, err
    assert mock.control("GET", "jobs")[0]["status"] == "cancelled"
    assert said.format(id=job["job_id"]) in err
    assert "Traceback" not in err
    assert mock.control("GET", "ledger") == []


def test_make_demo_leaves_a_png_without_a_key() -> None:
    # The README's first command, exactly as the Makefile runs it (the venv already exists here).
    env = {k: v for k, v in os.environ.items() if not k.startswith("KREA_")}
    done = subprocess.run(["make", "-s", "demo"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    saved = [line for line in done.stdout.splitlines() if line.endswith(".png")]
    assert len(saved) == 1, done.stdout
    path = ROOT / saved[0] if not Path(saved[0]).is_absolute() else Path(saved[0])
    assert path.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert "completed" in done.stdout + done.stderr


def test_the_console_script_is_the_cli_main() -> None:
    # krea.__main__.main runs krea.cli.main, or says in one line which extra to install when it is missing.
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts == {"krea": "krea.__main__:main"}
