"""The promises of ``krea batch`` on both journal engines (SQLite and a real PostgreSQL server), and what only
PostgreSQL adds: workers that share one journal, claim lines exclusively and collect what a dead one left.

The API side is the in-process mock (``krea_mock``), so nothing here needs the mock's HTTP controls. Every
test ends by checking the money: one job per sent line, and no job charged or downloaded twice.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from krea import cli
from krea.batch.engine import Batch
from krea.batch.journal import SUBMITTED, SUBMITTING, Journal, Line, read_lines
from krea.batch.journals import connect
from krea.batch.postgres import PostgresJournal
from krea.testing import MockKrea, MockRequest, Outcome
from tests.e2e._postgres import PostgresServer
from tests.e2e._support import free_port

Run = Callable[..., tuple[int, dict[str, Any], str]]


class Crash(BaseException):
    """Stands for the process dying: nothing in krea catches it."""


@pytest.fixture(params=["sqlite", "postgres"])
def where(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The ``--journal`` of the test: a SQLite file, or a new database on the session's PostgreSQL server."""
    if request.param == "sqlite":
        return str(tmp_path / "journal.sqlite")
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest.fixture
def batch(krea_mock: MockKrea, capsys: pytest.CaptureFixture[str], tmp_path: Path, where: str) -> Run:
    """Run ``krea --mock batch FILE --out tmp/out --journal WHERE ARGS``; returns code, JSON, stderr."""

    def run(file: Path, *args: str) -> tuple[int, dict[str, Any], str]:
        argv = ["--mock", "batch", str(file), "--out", str(tmp_path / "out"), "--journal", where, *args]
        code = cli.main(argv, mock=krea_mock)
        captured = capsys.readouterr()
        return code, json.loads(captured.out) if captured.out else {}, captured.err

    return run


def jsonl(tmp_path: Path, *prompts: str) -> Path:
    path = tmp_path / "batch.jsonl"
    lines = (json.dumps({"endpoint": "image/bfl/flux-1-dev", "input": {"prompt": p}}) for p in prompts)
    path.write_text("".join(line + "\n" for line in lines))
    return path


def states(where: str) -> dict[int, tuple[str, str | None]]:
    journal = connect(where)
    try:
        return {n: (row.state, row.job_id) for n, row in journal.rows().items()}
    finally:
        journal.close()


def posts(mock: MockKrea) -> int:
    return sum(1 for entry in mock.requests if entry.method == "POST" and entry.path.startswith("/generate/"))


def downloads(mock: MockKrea) -> Counter[str]:
    """How many times each job's result was fetched."""
    fetched = (e.path for e in mock.requests if e.method == "GET" and e.path.startswith("/_mock/files/"))
    return Counter(path.removeprefix("/_mock/files/").split(".")[0] for path in fetched)


def assert_never_paid_twice(mock: MockKrea) -> None:
    charged = [charge.job_id for charge in mock.ledger]
    assert len(charged) == len(set(charged))
    assert posts(mock) == len(mock.jobs) + sum(1 for e in mock.requests if e.method == "POST" and e.status == 402)
    assert set(downloads(mock).values()) <= {1}


def test_every_line_completes_and_each_result_is_downloaded_once(
    batch: Run, krea_mock: MockKrea, tmp_path: Path, where: str
) -> None:
    code, summary, _ = batch(jsonl(tmp_path, *"abcde"), "--concurrency", "3")
    assert (code, summary["completed"], summary["lines"]) == (0, 5, 5)
    journaled = states(where)
    assert {state for state, _ in journaled.values()} == {"completed"}
    for result in summary["results"]:
        [path] = result["paths"]
        assert Path(path).read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
        assert journaled[result["line"]][1] == result["job_id"]
    assert downloads(krea_mock) == {job["job_id"]: 1 for job in krea_mock.jobs}
    assert len(krea_mock.ledger) == 5
    assert_never_paid_twice(krea_mock)


def test_after_a_crash_while_waiting_the_next_run_waits_for_the_same_jobs(
    batch: Run, krea_mock: MockKrea, tmp_path: Path, where: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def die(seconds: float) -> None:
        raise Crash

    file = jsonl(tmp_path, *"abcd")
    with monkeypatch.context() as patch:
        patch.setattr(krea_mock.clock, "advance", die)  # the first pause of the first wait kills the run
        with pytest.raises(Crash):
            batch(file, "--concurrency", "2")
    before = states(where)
    submitted = {line: job for line, (state, job) in before.items() if state == SUBMITTED}
    assert submitted, before
    sent = posts(krea_mock)
    code, summary, _ = batch(file, "--concurrency", "2")
    assert (code, summary["completed"]) == (0, 4)
    after = states(where)
    assert {line: after[line][1] for line in submitted} == submitted
    assert posts(krea_mock) == sent + 4 - len(submitted)
    assert len(krea_mock.ledger) == 4
    assert_never_paid_twice(krea_mock)


def test_a_line_a_dead_run_left_submitting_is_unknown_and_never_resent(
    batch: Run, krea_mock: MockKrea, tmp_path: Path, where: str
) -> None:
    file = jsonl(tmp_path, "a", "b", "c")
    lines = read_lines(file)
    dead = connect(where)  # a run that wrote "submitting" for line 1, then died before the answer
    dead.begin(lines)
    claim = dead.claim(new=True)
    assert claim is not None
    dead.record(lines[claim.number - 1], SUBMITTING, submitted_at="2026-06-01T09:00:00")
    dead.close()
    for _ in range(2):
        code, summary, err = batch(file)
        assert (code, summary["completed"], summary["unknown"]) == (9, 2, 1)
        assert f"not resent (lines {claim.number})" in err
    assert states(where)[claim.number] == ("unknown", None)
    assert posts(krea_mock) == 2
    assert_never_paid_twice(krea_mock)


def test_402_stops_new_submissions_and_a_run_after_a_top_up_goes_on(
    batch: Run, krea_mock: MockKrea, tmp_path: Path
) -> None:
    krea_mock.set_price("image/bfl/flux-1-dev", 1)
    krea_mock.set_balance(2)
    file = jsonl(tmp_path, *"abcde")
    code, summary, err = batch(file, "--concurrency", "3")
    assert (code, summary["stopped_for_balance"]) == (4, True)
    assert (summary["completed"], summary["refused"], summary["remaining"]) == (2, 1, 2)
    assert "stopped for balance" in err
    krea_mock.top_up(10)
    code, summary, _ = batch(file, "--concurrency", "3")
    assert (code, summary["completed"], summary["skipped"]) == (0, 5, 2)
    assert len(krea_mock.ledger) == 5
    assert_never_paid_twice(krea_mock)


def test_a_journal_of_another_file_is_refused_in_one_line_exit_2(
    batch: Run, krea_mock: MockKrea, tmp_path: Path
) -> None:
    file = jsonl(tmp_path, "a", "b")
    assert batch(file)[0] == 0
    for other in (("a", "b", "appended"), ("a", "changed")):  # a line no run has reached yet counts too
        jsonl(tmp_path, *other)
        code, _, err = batch(file, "--no-json")
        [line] = err.splitlines()
        assert code == 2
        assert line.startswith("krea: error: the journal ")
        assert "another" in line
        assert "--journal" in line
    assert posts(krea_mock) == 2


# Several workers on one journal (processes on one machine for SQLite, anywhere for PostgreSQL).


@pytest.fixture
def workers(where: str) -> Iterator[Callable[[], Journal]]:
    """Open journals on one journal, as separate workers would; each is closed at the end."""
    opened: list[Journal] = []

    def join() -> Journal:
        opened.append(connect(where))
        return opened[-1]

    yield join
    for journal in opened:
        journal.close()


def test_two_workers_never_claim_the_same_line(workers: Callable[[], Journal], tmp_path: Path) -> None:
    lines = read_lines(jsonl(tmp_path, *"abcdefgh"))
    first, second = workers(), workers()
    first.begin(lines)
    second.begin(lines)
    taken: dict[Journal, list[int]] = {first: [], second: []}
    while True:
        claims = [(journal, journal.claim(new=True)) for journal in (first, second)]
        for journal, claim in claims:
            if claim is not None:
                taken[journal].append(claim.number)
        if all(claim is None for _, claim in claims):
            break
    assert sorted(taken[first] + taken[second]) == list(range(1, 9))
    assert taken[first]
    assert taken[second]
    assert first.claim(new=True) is None  # a live worker's lines are never handed out again


def test_what_a_dead_worker_left_is_collected_or_unknown_and_never_handed_out_twice(
    workers: Callable[[], Journal], tmp_path: Path
) -> None:
    lines = read_lines(jsonl(tmp_path, "a", "b", "c"))
    dead, other = workers(), workers()
    dead.begin(lines)
    other.begin(lines)
    waiting, sending = dead.claim(new=True), dead.claim(new=True)
    assert waiting is not None
    assert sending is not None
    dead.record(lines[waiting.number - 1], SUBMITTED, job_id="job-left-waiting")
    dead.record(lines[sending.number - 1], SUBMITTING, submitted_at="2026-06-01T09:00:00")
    assert other.sweep() == []  # the worker is alive: its lines are its own
    assert [other.claim(new=False)] == [None]
    dead.close()  # what a worker's death does: its lock goes (its connection too, for PostgreSQL)
    [unknown] = other.sweep()
    assert (unknown.line, unknown.state) == (sending.number, "unknown")
    collected = other.claim(new=False)
    assert collected is not None
    assert (collected.number, collected.job_id) == (waiting.number, "job-left-waiting")
    third = workers()
    third.begin(lines)
    [fresh] = [c for c in (third.claim(new=True), third.claim(new=True)) if c is not None]
    assert fresh.number not in (waiting.number, sending.number)


def test_a_402_seen_by_one_worker_stops_new_submissions_for_all(
    workers: Callable[[], Journal], krea_mock: MockKrea, tmp_path: Path
) -> None:
    import asyncio

    lines: list[Line] = read_lines(jsonl(tmp_path, "a", "b"))
    seen, other = workers(), workers()
    seen.begin(lines)
    seen.stop_new("402 Payment Required")
    assert other.stopped()

    async def run() -> Any:
        async with krea_mock.async_client() as client:
            return await Batch(client, other, lines, out=tmp_path / "out").run()

    summary = asyncio.run(run())
    assert summary.stopped_for_balance
    assert summary.count("pending") == 2
    assert posts(krea_mock) == 0
    assert not workers().stopped()  # a worker that joins (after a top-up) goes on


def test_the_schema_is_created_on_first_use_and_a_newer_one_is_refused(
    krea_mock: MockKrea,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    postgres_server: PostgresServer,
    postgres_url: str,
) -> None:
    database = postgres_url.rsplit("/", 1)[1]
    argv = ["--mock", "batch", str(jsonl(tmp_path, "a")), "--out", str(tmp_path / "out"), "--journal", postgres_url]
    assert cli.main([*argv, "--no-json"], mock=krea_mock) == 0
    with postgres_server.admin(database) as db:
        tables = {name for (name,) in db.execute("SELECT tablename FROM pg_tables WHERE tablename LIKE 'krea_batch_%'")}
        assert tables == {"krea_batch_meta", "krea_batch_lines", "krea_batch_workers"}
        assert db.execute("SELECT value FROM krea_batch_meta WHERE key = 'schema_version'").fetchone() == ("1",)
        db.execute("UPDATE krea_batch_meta SET value = '99' WHERE key = 'schema_version'")
    capsys.readouterr()
    assert cli.main([*argv, "--no-json"], mock=krea_mock) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert "has schema version 99; this krea knows version 1" in line
    assert posts(krea_mock) == 1


# Operations: status across workers, and one-line errors.


def krea(mock: MockKrea, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(["--mock", *argv], mock=mock)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_status_shows_lines_per_state_and_each_worker_with_its_last_activity(
    krea_mock: MockKrea, capsys: pytest.CaptureFixture[str], tmp_path: Path, postgres_url: str
) -> None:
    file = jsonl(tmp_path, "a", "b", "c")
    run = ("batch", str(file), "--out", str(tmp_path / "out"), "--journal", postgres_url, "--worker-id", "alpha")
    assert krea(krea_mock, capsys, *run, "--json")[0] == 0
    beta = connect(postgres_url, worker_id="beta")  # a worker still running
    try:
        code, out, _ = krea(krea_mock, capsys, "batch", "status", "--journal", postgres_url, "--json")
        assert code == 0
        status = json.loads(out)
        assert (status["lines"], status["states"]) == (3, {"completed": 3})
        by_name = {worker["worker"]: worker for worker in status["workers"]}
        assert set(by_name) == {"alpha", "beta"}
        assert (by_name["alpha"]["alive"], by_name["alpha"]["lines"]) == (False, {"completed": 3})
        assert by_name["alpha"]["last_activity"] >= by_name["alpha"]["started_at"]
        assert (by_name["beta"]["alive"], by_name["beta"]["lines"]) == (True, {})
        code, out, _ = krea(krea_mock, capsys, "batch", "status", "--journal", postgres_url, "--no-json")
        assert code == 0
        assert "completed │ 3" in out
        assert "alpha" in out
        assert "beta" in out
    finally:
        beta.close()


def test_status_of_a_sqlite_journal_shows_its_lines_and_processes_while_they_run(
    krea_mock: MockKrea, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    journal, file = str(tmp_path / "journal.sqlite"), jsonl(tmp_path, "a", "b", "c")
    run = ("batch", str(file), "--out", str(tmp_path), "--journal", journal, "--worker-id", "alpha", "--json")
    running = connect(journal, worker_id="beta")
    try:
        running.begin(read_lines(file))
        assert running.claim(new=True) is not None  # beta holds line 1 while alpha does the rest
        assert krea(krea_mock, capsys, *run)[0] == 0
        running.stop_new("402 Payment Required: top up")  # beta meets a 402
        code, out, _ = krea(krea_mock, capsys, "batch", "status", "--journal", journal, "--json")
        human = krea(krea_mock, capsys, "batch", "status", "--journal", journal, "--no-json")
    finally:
        running.close()
    assert code == 0
    assert "new submissions are stopped by a 402: 402 Payment Required: top up" in human[2] + human[1]
    status = json.loads(out)
    assert status["stopped_for_balance"] == "402 Payment Required: top up"
    assert status["states"] == {"completed": 2, "pending": 1}
    by_name = {worker["worker"]: worker for worker in status["workers"]}
    assert (by_name["alpha"]["alive"], by_name["alpha"]["lines"]) == (False, {"completed": 2})
    assert (by_name["beta"]["alive"], by_name["beta"]["lines"]) == (True, {"pending": 1})
    assert by_name["alpha"]["last_activity"] > by_name["beta"]["last_activity"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("batch", "status"), "krea batch status needs --journal"),
        (("batch", "status", "--journal", "nowhere.sqlite"), "there is no krea batch journal at nowhere.sqlite"),
    ],
)
def test_status_without_a_journal_is_a_one_line_error_exit_2(
    argv: tuple[str, ...],
    message: str,
    krea_mock: MockKrea,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = krea(krea_mock, capsys, *argv, "--no-json")
    [line] = err.splitlines()
    assert code == 2
    assert line.startswith(f"krea: error: {message}")


def test_an_unreachable_database_is_one_line_without_the_password_exit_1(
    krea_mock: MockKrea, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    url = f"postgresql://someone:s3cret@127.0.0.1:{free_port()}/batch"
    code, _, err = krea(krea_mock, capsys, "batch", str(jsonl(tmp_path, "a")), "--out", str(tmp_path / "out"),
                        "--journal", url, "--no-json")  # fmt: skip
    [line] = err.splitlines()
    assert code == 1
    assert line.startswith("krea: error: cannot reach the journal database postgresql://someone:***@127.0.0.1:")
    assert "s3cret" not in err
    assert krea_mock.requests == []


def test_a_user_without_the_rights_to_create_the_journal_is_one_line_exit_2(
    krea_mock: MockKrea,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    postgres_server: PostgresServer,
    postgres_url: str,
) -> None:
    database = postgres_url.rsplit("/", 1)[1]
    with postgres_server.admin(database) as db:
        db.execute("DO $$ BEGIN CREATE ROLE reader LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$")
    url = postgres_server.url(database, user="reader")
    code, _, err = krea(krea_mock, capsys, "batch", str(jsonl(tmp_path, "a")), "--out", str(tmp_path / "out"),
                        "--journal", url, "--no-json")  # fmt: skip
    [line] = err.splitlines()
    assert code == 2
    assert line.startswith(f"krea: error: the journal database {url} refused to let this user create its tables")
    assert "grant the user CREATE" in line
    assert krea_mock.requests == []


def test_worker_id_names_the_worker_in_a_sqlite_journal_and_postgres_needs_psycopg(
    krea_mock: MockKrea, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run = ("batch", str(jsonl(tmp_path, "a")), "--out", str(tmp_path / "out"))
    journal = str(tmp_path / "journal.sqlite")
    assert krea(krea_mock, capsys, *run, "--journal", journal, "--worker-id", "w1", "--json")[0] == 0
    opened = connect(journal)
    try:
        assert [row.worker for row in opened.rows().values()] == ["w1"]
    finally:
        opened.close()
    sent = posts(krea_mock)
    monkeypatch.delitem(sys.modules, "krea.batch.postgres", raising=False)
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as in a plain `pip install krea`
    code, _, err = krea(krea_mock, capsys, *run, "--journal", "postgresql://localhost/batch", "--no-json")
    wanted = "krea: error: a PostgreSQL journal needs psycopg (psycopg is missing): pip install 'krea[postgres]'"
    assert (code, err.splitlines()) == (2, [wanted])
    assert posts(krea_mock) == sent


def test_a_worker_exits_0_when_the_lines_left_are_held_by_another_live_worker(
    workers: Callable[[], Journal],
    krea_mock: MockKrea,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    where: str,
) -> None:
    file = jsonl(tmp_path, "a", "b", "c")
    other = workers()
    other.begin(read_lines(file))
    held = other.claim(new=True)  # another worker is about to send this line
    assert held is not None
    run = ("batch", str(file), "--out", str(tmp_path / "out"), "--journal", where, "--json")
    code, out, _ = krea(krea_mock, capsys, *run)
    summary = json.loads(out)
    assert (code, summary["completed"], summary["remaining"], summary["elsewhere"]) == (0, 2, 1, 1)
    assert posts(krea_mock) == 2
    other.close()  # once it is gone, its line is anyone's
    code, out, _ = krea(krea_mock, capsys, *run)
    assert (code, json.loads(out)["completed"]) == (0, 3)
    assert posts(krea_mock) == 3


def test_the_server_drops_a_vanished_workers_connection_within_about_a_minute(postgres_url: str) -> None:
    journal = PostgresJournal(postgres_url)  # over TCP, where keepalives apply
    try:
        names = ("tcp_keepalives_idle", "tcp_keepalives_interval", "tcp_keepalives_count")
        settings = [journal._db.execute(f"SHOW {name}").fetchone() for name in names]
    finally:
        journal.close()
    assert settings == [("30",), ("10",), ("3",)]  # a lost machine's lock goes after 30 + 3 x 10 s


def test_a_database_lost_mid_run_stops_the_worker_in_one_line_exit_1_and_nothing_is_sent_twice(
    krea_mock: MockKrea,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    postgres_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    handle = krea_mock.handle

    def drop_the_worker_then_answer(request: MockRequest) -> Outcome:
        if request.method == "POST" and posts(krea_mock) == 1:  # the second line's submission is on its way
            with psycopg.connect(postgres_url, autocommit=True) as db:
                db.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'krea batch'"
                )
        return handle(request)

    file = jsonl(tmp_path, "a", "b", "c")
    run = ("batch", str(file), "--out", str(tmp_path / "out"), "--journal", postgres_url, "--concurrency", "1")
    with monkeypatch.context() as patch:
        patch.setattr(krea_mock, "handle", drop_the_worker_then_answer)
        code, _, err = krea(krea_mock, capsys, *run, "--json")
    [line] = err.splitlines()
    assert code == 1
    assert line.startswith(f"krea: error: lost the journal database {postgres_url}: ")
    assert len(krea_mock.jobs) == 2  # line 2's job exists, but its id never reached the journal
    code, out, _ = krea(krea_mock, capsys, *run, "--json")
    summary = json.loads(out)
    assert (code, summary["completed"], summary["unknown"]) == (9, 2, 1)
    [unknown] = [result for result in summary["results"] if result["state"] == "unknown"]
    assert unknown["line"] == 2
    assert posts(krea_mock) == 3
    assert_never_paid_twice(krea_mock)


def test_a_deprecation_raised_as_an_error_keeps_the_lines_job(
    workers: Callable[[], Journal], krea_mock: MockKrea, tmp_path: Path
) -> None:
    """Where warnings are errors, the warning raised in place of the job carries its id: the line is
    submitted (and collected), never left unknown with a billed job nobody knows of."""
    import asyncio
    import warnings

    from krea import KreaDeprecationWarning

    krea_mock.deprecate("image/bfl/flux-1-dev")
    lines: list[Line] = read_lines(jsonl(tmp_path, "a", "b"))

    async def run() -> Any:
        async with krea_mock.async_client() as client:
            return await Batch(client, workers(), lines, out=tmp_path / "out").run()

    with warnings.catch_warnings():
        warnings.simplefilter("error", KreaDeprecationWarning)
        summary = asyncio.run(run())
    assert summary.count("completed") == 2
    assert posts(krea_mock) == 2
