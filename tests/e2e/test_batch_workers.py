"""Many ``krea batch`` processes on one journal (SQLite and PostgreSQL) against ``krea mock serve``, one SIGKILLed.

Three workers start together, one is killed at a random moment once it holds lines, and a fourth starts
after the kill. At the end: every line is completed or ``unknown`` (with why), no line has more than one job,
no job is charged twice, and every result was downloaded once (the one job the killed worker may have been
downloading when it died excepted: downloading is free, and its line is collected by another worker).
"""

from __future__ import annotations

import json
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest

from krea.batch.journal import LEFT_SUBMITTING
from tests.e2e._support import wait_until, write_prompts

KEY = "e2e-workers-key"
KREA = [sys.executable, "-m", "krea"]


@dataclass
class ServedMock:
    """What a test needs of a served mock: how to reach it, and what it saw once the workers are done."""

    env: dict[str, str]
    seen: Callable[[], tuple[list[dict[str, Any]], ...]]
    """The mock's jobs, ledger (charges), request log and each job's request body (``/_mock/inputs``)."""


@contextmanager
def served_mock() -> Iterator[ServedMock]:
    """``krea mock serve`` on a free port, jobs scripted to finish on their second poll.

    Every start-up step and every ``/_mock/`` control call of this module is here, in one place, so a change
    to how the served mock starts or is steered (an admin token, the wall clock) is made once.
    """
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    admin = "batch-workers-admin-token"
    command = [*KREA, "mock", "serve", "--port", str(port), "--api-key", KEY, "--concurrency", "32",
               "--clock", "manual", "--admin-token", admin]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base_url = f"http://127.0.0.1:{port}"
    http = httpx.Client(base_url=base_url, timeout=10, headers={"Authorization": f"Bearer {admin}"})

    def control(method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        response = http.request(method, f"/_mock/{path}", json=body)
        response.raise_for_status()
        return response.json()

    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                control("GET", "balance")
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "krea mock serve did not start within 20 s"
                time.sleep(0.05)
        control("POST", "script", {"polls": 2, "count": 1000})  # the clock moves only when told to over HTTP
        env = {**os.environ, "KREA_API_KEY": KEY, "KREA_BASE_URL": base_url}
        listings = ("jobs", "ledger", "requests", "inputs")
        yield ServedMock(env, lambda: tuple(control("GET", listing) for listing in listings))
    finally:
        http.close()
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


_FIELDS = ("line", "state", "job_id", "worker", "session", "error", "paths")


def journal_rows(where: str) -> dict[int, dict[str, Any]]:
    """The journal's rows as the engines store them, read beside the workers."""
    query = f"SELECT {', '.join(_FIELDS)} FROM " + ("krea_batch_lines" if where.startswith("postgresql:") else "lines")
    if where.startswith("postgresql:"):
        with psycopg.connect(where, autocommit=True) as db:
            try:
                found: list[Any] = db.execute(query).fetchall()
            except psycopg.errors.UndefinedTable:
                return {}
    else:
        try:
            with sqlite3.connect(f"file:{where}?mode=ro", uri=True, timeout=5) as lite:
                found = lite.execute(query).fetchall()
            lite.close()
        except sqlite3.OperationalError:  # not created yet
            return {}
    return {row[0]: dict(zip(_FIELDS, row, strict=True)) for row in found}


@contextmanager
def journal_frozen(where: str) -> Iterator[Callable[[], dict[int, dict[str, Any]]]]:
    """Hold the journal's write lock (no worker claims or records a line meanwhile); yields a reader of its rows.

    So what a killed worker held can be read before a survivor collects it: read after the kill without the
    lock, a line it was downloading could already be another worker's, and its second download look like a bug.
    """
    if where.startswith("postgresql:"):
        with psycopg.connect(where) as db, db.transaction():
            db.execute("LOCK TABLE krea_batch_lines IN EXCLUSIVE MODE")  # plain reads only: no claim, no write
            query = f"SELECT {', '.join(_FIELDS)} FROM krea_batch_lines"
            yield lambda: {row[0]: dict(zip(_FIELDS, row, strict=True)) for row in db.execute(query).fetchall()}
        return
    lite = sqlite3.connect(where, isolation_level=None, timeout=30)
    try:
        lite.execute("BEGIN IMMEDIATE")  # SQLite runs one writer at a time: this one, until the commit
        query = f"SELECT {', '.join(_FIELDS)} FROM lines"
        yield lambda: {row[0]: dict(zip(_FIELDS, row, strict=True)) for row in lite.execute(query).fetchall()}
        lite.execute("COMMIT")
    finally:
        lite.close()


@pytest.fixture(params=["sqlite", "postgres"])
def where(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "journal.sqlite")
    url: str = request.getfixturevalue("postgres_url")
    return url


def test_workers_on_one_journal_survive_a_sigkill_and_never_submit_a_line_twice(where: str, tmp_path: Path) -> None:
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    lines = 18
    source = tmp_path / "batch.jsonl"
    write_prompts(source, lines)
    out = tmp_path / "out"

    def command(worker: str) -> list[str]:
        return [*KREA, "batch", str(source), "--out", str(out), "--journal", where, "--worker-id", worker,
                "--concurrency", "3", "--json"]  # fmt: skip

    with served_mock() as mock:
        started = time.monotonic()
        workers = {
            name: subprocess.Popen(command(name), env=mock.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for name in ("w1", "w2", "w3")
        }
        late: subprocess.Popen[bytes] | None = None
        try:
            # The kill comes at a random point of the run, but always while w2 still holds unfinished lines:
            # a fixed sleep raced a fast machine, where w2 had finished its share and exited 0 before it.
            done_before_kill = rng.randrange(lines // 3)

            def w2_busy() -> bool:
                rows = journal_rows(where).values()
                finished = sum(r["state"] == "completed" for r in rows)
                return finished >= done_before_kill and any(
                    r["worker"] == "w2" and r["state"] in ("submitting", "submitted") for r in rows
                )

            wait_until(w2_busy, seconds=30, what=f"w2 to hold a line after {done_before_kill} were completed")
            with journal_frozen(where) as rows_now:
                [killed_session] = {r["session"] for r in rows_now().values() if r["worker"] == "w2"}
                workers["w2"].send_signal(signal.SIGKILL)
                assert workers["w2"].wait(timeout=10) == -signal.SIGKILL
                at_kill = rows_now()  # what w2 held when it died, read before any other worker can collect it
            held = {n: r["state"] for n, r in at_kill.items() if r["session"] == killed_session}
            late = subprocess.Popen(command("w4"), env=mock.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            results = {name: process.communicate(timeout=120) for name, process in [*workers.items(), ("w4", late)]}
        finally:
            for process in [*workers.values(), *([late] if late else [])]:
                if process.poll() is None:
                    process.kill()
                process.wait(timeout=10)
                for stream in (process.stdout, process.stderr):  # closed here even when the test failed early
                    if stream is not None:
                        stream.close()
        elapsed = time.monotonic() - started
        jobs, ledger, requests, inputs = mock.seen()

    context = f"seed {seed}, w2 held {held} when killed"
    for name in ("w1", "w3", "w4"):
        code = workers[name].returncode if name != "w4" else late.returncode
        assert code in (0, 9), f"{name} exited {code}: {results[name][1].decode()[-2000:]} ({context})"
        summary = json.loads(results[name][0])
        assert summary["journal"] == where  # the URL has no password to hide here
    rows = journal_rows(where)
    assert sorted(rows) == list(range(1, lines + 1))
    completed = {n: r for n, r in rows.items() if r["state"] == "completed"}
    unknown = {n: r for n, r in rows.items() if r["state"] == "unknown"}
    assert len(completed) + len(unknown) == lines, f"{Counter(r['state'] for r in rows.values())} ({context})"
    assert {r["error"] for r in unknown.values()} <= {LEFT_SUBMITTING}
    # Only a line the killed worker was sending can be unknown (a survivor may have swept it already).
    assert set(unknown) <= {n for n, state in held.items() if state in ("submitting", "unknown")}, context

    # Exactly one job per line: distinct jobs for the completed lines, and no job beyond one per line sent.
    job_ids = [r["job_id"] for r in completed.values()]
    assert len(set(job_ids)) == len(job_ids)
    assert {job["job_id"] for job in jobs} >= set(job_ids)
    assert len(jobs) <= len(completed) + len(unknown), context
    generation_posts = [e for e in requests if e["method"] == "POST" and "/generate/" in e["path"]]
    assert len(generation_posts) == len(jobs)
    # Line by line, from what each job was asked (line N is the prompt "fox N-1"): no prompt was sent twice,
    # and each completed line's job is the one made from that line.
    prompt_of = {entry["job_id"]: entry["input"]["prompt"] for entry in inputs}
    assert set(prompt_of) == {job["job_id"] for job in jobs}
    sent_twice = {p: n for p, n in Counter(prompt_of.values()).items() if n > 1}
    assert sent_twice == {}, f"prompts with more than one job: {sent_twice} ({context})"
    assert set(prompt_of.values()) <= {f"fox {n}" for n in range(lines)}
    for number, row in completed.items():
        assert prompt_of[row["job_id"]] == f"fox {number - 1}", f"line {number} ({context})"
    charged = [charge["job_id"] for charge in ledger]
    assert len(charged) == len(set(charged))

    # Every result downloaded once (twice only for a job the killed worker was waiting for when it died).
    fetched = Counter(e["path"].removeprefix("/_mock/files/").split(".")[0] for e in requests
                      if e["method"] == "GET" and e["path"].startswith("/_mock/files/"))  # fmt: skip
    may_repeat = {at_kill[n]["job_id"] for n, state in held.items() if state == "submitted"}
    for number, row in completed.items():
        [path] = json.loads(row["paths"])
        assert Path(path).read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
        assert fetched[row["job_id"]] == 1 or (row["job_id"] in may_repeat and fetched[row["job_id"]] == 2), (
            f"line {number}: {fetched[row['job_id']]} downloads ({context})"
        )
    assert elapsed < 90
