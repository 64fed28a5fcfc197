"""``krea batch`` against an in-process mock: journaled steps, resume semantics, 402 and exit codes.

The mock keeps its state across runs (it is the test's ``krea_mock``), so a second run sees the jobs the first
created. Every test ends by checking the money: no line was submitted twice and no job was charged twice.
"""

from __future__ import annotations

import gc
import json
import os
import re
import signal
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from krea import AsyncKrea, cli
from krea._constants import MAX_ASSET_BYTES
from krea.batch.journal import SUBMITTING, Line, Row, file_digest, parse_line, read_lines
from krea.batch.sqlite import SCHEMA_VERSION
from krea.batch.sqlite import SqliteJournal as Journal
from krea.testing import MockKrea, MockRequest, Outcome

Run = Callable[..., tuple[int, dict[str, Any], str]]


class Crash(BaseException):
    """Stands for the process dying: nothing in krea catches it."""


@pytest.fixture
def batch(krea_mock: MockKrea, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Run:
    """Run ``krea --mock batch FILE --out tmp/out --journal tmp/journal.sqlite ARGS``; returns code, JSON, stderr."""

    def run(file: Path, *args: str) -> tuple[int, dict[str, Any], str]:
        argv = ["--mock", "batch", str(file), "--out", str(tmp_path / "out"),
                "--journal", str(tmp_path / "journal.sqlite"), *args]  # fmt: skip
        code = cli.main(argv, mock=krea_mock)
        captured = capsys.readouterr()
        return code, json.loads(captured.out), captured.err

    return run


def jsonl(tmp_path: Path, *prompts: str, endpoint: str = "image/bfl/flux-1-dev") -> Path:
    path = tmp_path / "batch.jsonl"
    path.write_text("".join(json.dumps({"endpoint": endpoint, "input": {"prompt": p}}) + "\n" for p in prompts))
    return path


def journal_rows(tmp_path: Path) -> dict[int, dict[str, Any]]:
    with sqlite3.connect(f"file:{tmp_path / 'journal.sqlite'}?mode=ro", uri=True) as db:
        db.row_factory = sqlite3.Row
        return {row["line"]: dict(row) for row in db.execute("SELECT * FROM lines")}


def posts(mock: MockKrea) -> int:
    return sum(1 for entry in mock.requests if entry.method == "POST" and entry.path.startswith("/generate/"))


def assert_never_paid_twice(mock: MockKrea) -> None:
    charged = [charge.job_id for charge in mock.ledger]
    assert len(charged) == len(set(charged))
    assert posts(mock) == len(mock.jobs) + sum(1 for e in mock.requests if e.method == "POST" and e.status == 402)


def test_every_line_completes_and_each_result_is_downloaded(batch: Run, krea_mock: MockKrea, tmp_path: Path) -> None:
    code, summary, _ = batch(jsonl(tmp_path, "a", "b", "c", "d", "e"), "--concurrency", "3")
    assert code == 0
    assert {k: summary[k] for k in ("lines", "completed", "failed", "refused", "unknown", "remaining")} == {
        "lines": 5, "completed": 5, "failed": 0, "refused": 0, "unknown": 0, "remaining": 0}  # fmt: skip
    rows = journal_rows(tmp_path)
    assert {row["state"] for row in rows.values()} == {"completed"}
    for result in summary["results"]:
        [path] = result["paths"]
        assert Path(path).read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
        assert rows[result["line"]]["job_id"] == result["job_id"]
    assert len(krea_mock.ledger) == 5
    assert_never_paid_twice(krea_mock)


def test_each_submission_is_journaled_before_it_is_sent_within_the_concurrency(
    batch: Run, krea_mock: MockKrea, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[str, int]] = []
    handle = krea_mock.handle

    def spy(request: MockRequest) -> Outcome:
        if request.method == "POST" and request.path.startswith("/generate/"):
            states = [row["state"] for row in journal_rows(tmp_path).values()]
            in_flight = sum(state in ("submitting", "submitted") for state in states)
            seen.append((" ".join(sorted(states)), in_flight))
        return handle(request)

    monkeypatch.setattr(krea_mock, "handle", spy)
    code, _, _ = batch(jsonl(tmp_path, *"abcdef"), "--concurrency", "2")
    assert code == 0
    assert len(seen) == 6
    for states, in_flight in seen:
        assert "submitting" in states  # the line being sent is already on disk
        assert in_flight <= 2


def test_a_second_run_skips_finished_lines_and_sends_nothing(batch: Run, krea_mock: MockKrea, tmp_path: Path) -> None:
    file = jsonl(tmp_path, "a", "b", "c")
    assert batch(file)[0] == 0
    sent = posts(krea_mock)
    code, summary, _ = batch(file)
    assert (code, summary["skipped"], summary["completed"]) == (0, 3, 3)
    assert posts(krea_mock) == sent
    assert len(krea_mock.ledger) == 3


def test_after_a_crash_submitted_lines_are_waited_for_never_resubmitted(
    batch: Run, krea_mock: MockKrea, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def die(seconds: float) -> None:
        raise Crash

    file = jsonl(tmp_path, "a", "b", "c", "d")
    with monkeypatch.context() as patch:
        patch.setattr(krea_mock.clock, "advance", die)  # the first pause of the first wait kills the run
        with pytest.raises(Crash):
            batch(file, "--concurrency", "2")
    before = journal_rows(tmp_path)
    submitted = {row["line"]: row["job_id"] for row in before.values() if row["state"] == "submitted"}
    assert submitted, before
    sent = posts(krea_mock)
    code, summary, _ = batch(file, "--concurrency", "2")
    assert code == 0
    assert summary["completed"] == 4
    after = journal_rows(tmp_path)
    assert {line: after[line]["job_id"] for line in submitted} == submitted  # the same jobs, waited for
    assert posts(krea_mock) == sent + 4 - len(before)  # only lines never sent before were sent now
    assert len(krea_mock.ledger) == 4
    assert_never_paid_twice(krea_mock)


def test_a_line_left_submitting_is_reported_unknown_and_never_resent(
    batch: Run, krea_mock: MockKrea, tmp_path: Path
) -> None:
    file = jsonl(tmp_path, "a", "b", "c")
    # The state a kill between sending line 2 and reading its answer leaves behind.
    journal = Journal(tmp_path / "journal.sqlite")
    journal.record(parse_line(2, file.read_text().splitlines()[1]), SUBMITTING, submitted_at="2026-06-01T09:00:00")
    journal.close()
    for _ in range(2):
        code, summary, err = batch(file)
        assert code == 9
        assert (summary["completed"], summary["unknown"]) == (2, 1)
        assert "not resent (lines 2)" in err
        assert "krea jobs find-uncertain --at 2026-06-01T09:00:00" in err
    assert posts(krea_mock) == 2
    assert journal_rows(tmp_path)[2]["state"] == "unknown"


def test_an_uncertain_submission_is_unknown_and_not_resent(batch: Run, krea_mock: MockKrea, tmp_path: Path) -> None:
    krea_mock.fail_next(kind="lost_response")  # the first POST creates its job, and the answer is lost
    file = jsonl(tmp_path, "a", "b")
    code, summary, _ = batch(file, "--concurrency", "1")
    assert (code, summary["unknown"], summary["completed"]) == (9, 1, 1)
    assert len(krea_mock.jobs) == 2  # the lost one exists...
    assert batch(file)[0] == 9
    assert posts(krea_mock) == 2  # ...and was never sent again
    assert_never_paid_twice(krea_mock)


def test_402_stops_new_submissions_while_jobs_in_flight_finish(batch: Run, krea_mock: MockKrea, tmp_path: Path) -> None:
    krea_mock.set_price("image/bfl/flux-1-dev", 1)
    krea_mock.set_balance(2)  # pays for two jobs
    file = jsonl(tmp_path, *"abcde")
    code, summary, err = batch(file, "--concurrency", "3")
    assert code == 4
    assert summary["stopped_for_balance"] is True
    assert (summary["completed"], summary["refused"], summary["remaining"]) == (2, 1, 2)
    assert "stopped for balance" in err
    assert {job["status"] for job in krea_mock.jobs} == {"completed"}  # the in-flight jobs finished
    assert len(krea_mock.ledger) == 2
    krea_mock.top_up(10)
    code, summary, _ = batch(file, "--concurrency", "3")
    assert (code, summary["completed"], summary["skipped"]) == (0, 5, 2)
    assert len(krea_mock.ledger) == 5
    assert_never_paid_twice(krea_mock)


def test_a_wait_past_its_deadline_exits_7_and_a_rerun_waits_again(
    batch: Run, krea_mock: MockKrea, tmp_path: Path
) -> None:
    file = jsonl(tmp_path, "a", "b", endpoint="video/google/veo-3")
    code, summary, _ = batch(file, "--timeout", "5")
    assert (code, summary["remaining"]) == (7, 2)
    assert {row["state"] for row in journal_rows(tmp_path).values()} == {"submitted"}
    code, summary, _ = batch(file)
    assert (code, summary["completed"]) == (0, 2)
    assert posts(krea_mock) == 2
    assert [p.suffix for p in (tmp_path / "out").iterdir()] == [".mp4", ".mp4"]


def test_failed_jobs_exit_6_and_are_not_billed(batch: Run, krea_mock: MockKrea, tmp_path: Path) -> None:
    krea_mock.script_next(outcome="failed", code="nsfw")
    code, summary, _ = batch(jsonl(tmp_path, "a", "b"), "--concurrency", "1")
    assert (code, summary["failed"], summary["completed"]) == (6, 1, 1)
    failed = next(r for r in summary["results"] if r["state"] == "failed")
    assert "nsfw" in failed["error"]
    assert len(krea_mock.ledger) == 1


def test_bad_lines_are_invalid_exit_2_and_nothing_is_sent_for_them(
    batch: Run, krea_mock: MockKrea, tmp_path: Path
) -> None:
    file = tmp_path / "batch.jsonl"
    file.write_text(
        '{"endpoint": "image/bfl/flux-1-dev", "input": {"prompt": "ok"}}\n'
        "\n"
        "not json\n"
        '{"endpoint": "image/bfl/flux-1-dev", "input": {"prompt": "x", "width": 10}}\n'
        '{"endpoint": "image/nope/nope", "input": {"prompt": "x"}}\n'
        '{"prompt": "no endpoint"}\n'
    )
    code, summary, _ = batch(file)
    assert (code, summary["lines"], summary["completed"], summary["invalid"]) == (2, 5, 1, 4)
    errors = {r["line"]: r["error"] for r in summary["results"] if r["state"] == "invalid"}
    assert "not JSON" in errors[3]
    assert "between 512 and 2368" in errors[4]
    assert "Unknown image model" in errors[5]
    assert "endpoint" in errors[6]
    assert posts(krea_mock) == 1


def test_a_journal_is_refused_for_a_changed_file(batch: Run, krea_mock: MockKrea, tmp_path: Path) -> None:
    file = jsonl(tmp_path, "a", "b")
    assert batch(file)[0] == 0
    jsonl(tmp_path, "a", "changed")
    code, _, err = batch(file)
    assert code == 2
    assert "line 2 changed" in err
    assert posts(krea_mock) == 2


def test_human_output_reports_each_line_and_the_totals(
    krea_mock: MockKrea, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    file = jsonl(tmp_path, "a", "b")
    argv = ["--mock", "batch", str(file), "--out", str(tmp_path / "out"), "--no-json"]
    assert cli.main(argv, mock=krea_mock) == 0
    captured = capsys.readouterr()
    assert "line 1: completed" in captured.err
    assert "line 2: completed" in captured.err
    assert "completed │ 2" in captured.out
    assert (tmp_path / "batch.jsonl.journal.sqlite").is_file()  # the default journal sits beside the input


def states_journaled(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, str]]:
    """Every (line, state) the batch journals, in order."""
    seen: list[tuple[int, str]] = []
    record = Journal.record

    def spy(self: Journal, line: Line, state: str, **changes: Any) -> Row:
        seen.append((line.number, state))
        return record(self, line, state, **changes)

    monkeypatch.setattr(Journal, "record", spy)
    return seen


def test_a_line_that_cannot_be_encoded_is_invalid_before_it_is_journaled_and_the_rest_complete(
    batch: Run, krea_mock: MockKrea, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = tmp_path / "batch.jsonl"
    file.write_text(
        '{"endpoint": "image/bfl/flux-1-dev", "input": {"prompt": "a"}}\n'
        '{"endpoint": "image/bfl/flux-1-dev", "input": {"prompt": "lone \\ud800 surrogate"}}\n'
        '{"endpoint": "image/bfl/flux-1-dev", "input": {"prompt": "x", "width": NaN}}\n'
        '{"endpoint": "image/bfl/flux-1-dev", "input": {"prompt": "x", "width": 1e999}}\n'
        '{"endpoint": "image/bfl/flux-1-dev", "input": {"prompt": "x", "tags": '
        + "[" * 100_000
        + "]" * 100_000
        + "}}\n"
        '{"endpoint": "image/\\udcff", "input": {"prompt": "x"}}\n'
        '{"endpoint": "image/bfl/flux-1-dev", "input": {"prompt": "b"}}\n'
    )
    seen = states_journaled(monkeypatch)
    for _ in range(2):  # the second run must not find anything "submitting" to report as unknown
        code, summary, _ = batch(file, "--concurrency", "3")
        assert (code, summary["completed"], summary["invalid"], summary["unknown"]) == (2, 2, 5, 0)
    errors = {r["line"]: r["error"] for r in summary["results"] if r["state"] == "invalid"}
    assert set(errors) == {2, 3, 4, 5, 6}
    assert "not valid UTF-8" in errors[2]
    assert "NaN" in errors[3]
    assert "not a finite number" in errors[4]
    assert "nested more than" in errors[5]
    assert "not valid UTF-8" in errors[6]
    assert {state for line, state in seen if line in errors} == {"invalid"}
    assert posts(krea_mock) == 2
    assert_never_paid_twice(krea_mock)


def test_a_line_the_spec_refuses_is_invalid_without_ever_being_journaled_as_submitting(
    batch: Run, krea_mock: MockKrea, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = tmp_path / "batch.jsonl"
    file.write_text('{"endpoint": "image/bfl/flux-1-dev", "input": {"prompt": "x", "width": 10}}\n')
    seen = states_journaled(monkeypatch)
    code, summary, _ = batch(file)
    assert (code, summary["invalid"]) == (2, 1)
    assert seen == [(1, "invalid")]
    assert krea_mock.requests == []


@pytest.mark.parametrize("kind", ["folder", "text file", "other database"])
def test_a_journal_that_is_not_a_batch_journal_is_a_one_line_error_exit_2(
    kind: str, krea_mock: MockKrea, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    journal = tmp_path / "journal"
    if kind == "folder":
        journal.mkdir()
    elif kind == "text file":
        journal.write_text("my notes, not a database\n" * 100)
    else:
        with sqlite3.connect(journal) as db:
            db.execute("CREATE TABLE lines (id INTEGER, text TEXT)")
        db.close()
    before = journal.read_bytes() if journal.is_file() else None
    argv = ["--mock", "batch", str(jsonl(tmp_path, "a")), "--out", str(tmp_path / "out"), "--journal", str(journal)]
    code = cli.main([*argv, "--no-json"], mock=krea_mock)
    err = capsys.readouterr().err
    assert code == 2
    [line] = err.splitlines()
    assert line.startswith("krea: error: the journal ")
    assert "--journal" in line
    assert krea_mock.requests == []
    assert (journal.read_bytes() if journal.is_file() else None) == before


def test_sigterm_stops_a_batch_like_ctrl_c_cancelling_nothing_and_exits_143(
    krea_mock: MockKrea,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def terminate(seconds: float) -> None:
        os.kill(os.getpid(), signal.SIGTERM)

    file = jsonl(tmp_path, "a", "b")
    with monkeypatch.context() as patch:
        patch.setattr(krea_mock.clock, "advance", terminate)  # the first pause of a wait
        argv = ["--mock", "batch", str(file), "--out", str(tmp_path / "out"), "--journal", str(tmp_path / "j")]
        code = cli.main([*argv, "--no-json"], mock=krea_mock)
    gc.collect()  # asyncio reports a task's unretrieved exception (with its traceback) when the task is freed
    err = capsys.readouterr().err
    assert [record.getMessage() for record in caplog.records if record.name == "asyncio"] == []
    assert code == 143
    assert "Terminated (SIGTERM): submitted jobs keep running and nothing was cancelled" in err
    assert "Traceback" not in err
    assert krea_mock.jobs
    assert {job["status"] for job in krea_mock.jobs} <= {"queued", "processing"}


def test_an_unreadable_input_is_one_line_saying_why_exit_2(
    krea_mock: MockKrea, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    latin1 = tmp_path / "latin1.jsonl"
    latin1.write_bytes(b'{"endpoint": "image/bfl/flux-1-dev", "input": {"prompt": "caf\xe9"}}\n')
    for source, why in ((tmp_path / "missing.jsonl", "No such file or directory"), (latin1, "not UTF-8 text")):
        code = cli.main(["--mock", "batch", str(source), "--out", str(tmp_path / "out"), "--no-json"], mock=krea_mock)
        [line] = capsys.readouterr().err.splitlines()
        assert code == 2
        assert line.startswith(f"krea: error: cannot read {source}: {why}")
        assert line.count(str(source)) == 1
    assert krea_mock.requests == []


def test_an_unexpected_error_on_one_line_leaves_it_unknown_and_the_others_complete(
    batch: Run, krea_mock: MockKrea, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    image: Any = AsyncKrea.image  # untyped: it is called with whatever model id a batch line names

    async def flaky(self: AsyncKrea, model: str, /, **params: Any) -> Any:
        if params.get("prompt") == "bad":
            raise RuntimeError("a bug")
        return await image(self, model, **params)

    monkeypatch.setattr(AsyncKrea, "image", flaky)
    code, summary, _ = batch(jsonl(tmp_path, "a", "bad", "c", "d"), "--concurrency", "2")
    assert (code, summary["completed"], summary["unknown"]) == (9, 3, 1)
    [unknown] = [r for r in summary["results"] if r["state"] == "unknown"]
    assert (unknown["line"], unknown["error"]) == (2, "RuntimeError: a bug")
    assert_never_paid_twice(krea_mock)


def test_a_journal_written_before_workers_shared_it_is_upgraded_and_resumed(
    batch: Run, krea_mock: MockKrea, tmp_path: Path
) -> None:
    file = jsonl(tmp_path, "a", "b", "c")
    first, second = (parse_line(n, text) for n, text in enumerate(file.read_text().splitlines()[:2], start=1))
    with sqlite3.connect(tmp_path / "journal.sqlite") as db:  # the table as the first krea batch wrote it
        db.execute(
            "CREATE TABLE lines (line INTEGER PRIMARY KEY, hash TEXT NOT NULL, state TEXT NOT NULL, endpoint TEXT, "
            "job_id TEXT, submitted_at TEXT, outcome TEXT, paths TEXT, error TEXT, updated_at TEXT NOT NULL)"
        )
        db.execute("INSERT INTO lines VALUES (1, ?, 'completed', 'image/bfl/flux-1-dev', 'j1', 't', 'completed', "
                   "'[]', NULL, 't')", (first.digest,))  # fmt: skip
        db.execute("INSERT INTO lines VALUES (2, ?, 'submitting', 'image/bfl/flux-1-dev', NULL, "
                   "'2026-06-01T09:00:00', NULL, '[]', NULL, 't')", (second.digest,))  # fmt: skip
    db.close()
    code, summary, _ = batch(file)
    assert (code, summary["skipped"], summary["completed"], summary["unknown"]) == (9, 1, 2, 1)
    assert posts(krea_mock) == 1  # only line 3: line 1 was done, line 2 may have a job
    rows = journal_rows(tmp_path)
    assert {"worker", "session"} <= set(rows[3])
    assert (rows[1]["job_id"], rows[2]["state"]) == ("j1", "unknown")
    with sqlite3.connect(f"file:{tmp_path / 'journal.sqlite'}?mode=ro", uri=True) as db:  # upgraded in place
        assert db.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
        assert db.execute("SELECT value FROM meta WHERE key = 'file_hash'").fetchone() == (
            file_digest(read_lines(file)),
        )
    db.close()
    file.write_text(file.read_text() + json.dumps({"endpoint": "image/bfl/flux-1-dev", "input": {"prompt": "d"}}))
    code, _, err = batch(file)
    assert (code, posts(krea_mock)) == (2, 1)  # the file it recorded is the one it now holds to
    assert "content hash differs" in err


def test_a_sqlite_journal_of_a_newer_schema_is_refused_in_one_line_exit_2(
    krea_mock: MockKrea, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    journal = tmp_path / "journal.sqlite"
    argv = ["--mock", "batch", str(jsonl(tmp_path, "a")), "--out", str(tmp_path / "out"), "--journal", str(journal)]
    assert cli.main([*argv, "--no-json"], mock=krea_mock) == 0
    with sqlite3.connect(journal) as db:
        assert db.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)  # set when it was created
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    capsys.readouterr()
    for command in ([*argv, "--no-json"], ["--mock", "batch", "status", "--journal", str(journal), "--no-json"]):
        assert cli.main(command, mock=krea_mock) == 2
        [line] = capsys.readouterr().err.splitlines()
        assert f"has schema version {SCHEMA_VERSION + 1}; this krea knows version {SCHEMA_VERSION}" in line
    assert posts(krea_mock) == 1


def test_an_uncertain_line_names_the_command_that_finds_its_job(
    batch: Run, krea_mock: MockKrea, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    krea_mock.fail_next(kind="lost_response")  # the first POST creates its job, and the answer is lost
    code, _, err = batch(jsonl(tmp_path, "a"), "--concurrency", "1")
    assert code == 9
    [command] = re.findall(r"`krea (jobs find-uncertain --at \S+)`", err)
    assert cli.main(["--mock", *command.split(), "--json"], mock=krea_mock) == 0
    [created] = krea_mock.jobs
    assert [job["job_id"] for job in json.loads(capsys.readouterr().out)] == [created["job_id"]]


def test_at_file_inputs_are_uploaded_before_the_line_is_journaled_as_sent(
    batch: Run, krea_mock: MockKrea, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "fox.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    sent: list[dict[str, Any]] = []
    handle = krea_mock.handle

    def spy(request: MockRequest) -> Outcome:
        if request.path.startswith("/generate/"):
            sent.append(json.loads(request.body))
            assert journal_rows(tmp_path)[1]["state"] == "submitting"  # the upload came before, not here
        return handle(request)

    monkeypatch.setattr(krea_mock, "handle", spy)
    file = tmp_path / "batch.jsonl"
    params: dict[str, Any] = {"image_url": "@fox.png", "width": 2048, "height": 2048, "model": "Standard V2"}
    line = {"endpoint": "enhance/topaz/standard-enhance", "input": params}
    missing = {**line, "input": {**params, "image_url": "@missing.png"}}
    file.write_text(json.dumps(line) + "\n" + json.dumps(missing) + "\n")
    code, summary, _ = batch(file)
    assert code == 2  # line 2's file does not exist: invalid, nothing sent for it
    assert (summary["completed"], summary["invalid"]) == (1, 1)
    [asset] = list(krea_mock.client().assets.list())
    assert [body["image_url"] for body in sent] == [asset.image_url]


def test_a_line_with_one_file_over_the_limit_uploads_none_of_its_files(
    batch: Run, krea_mock: MockKrea, tmp_path: Path
) -> None:
    (tmp_path / "small.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    with (tmp_path / "big.png").open("wb") as big:
        big.truncate(MAX_ASSET_BYTES + 1)  # sparse: no disk is used
    file = tmp_path / "batch.jsonl"
    urls = ["@small.png", "@big.png"]
    line = {"endpoint": "image/google/nano-banana", "input": {"prompt": "a fox", "image_urls": urls}}
    file.write_text(json.dumps(line) + "\n")
    code, summary, _ = batch(file)
    assert code == 2
    [result] = summary["results"]
    assert result["state"] == "invalid"
    assert "75" in result["error"]
    assert [entry.path for entry in krea_mock.requests if entry.method == "POST"] == []  # small.png was not sent


def test_cancel_on_timeout_cancels_a_lines_job_at_the_deadline(batch: Run, krea_mock: MockKrea, tmp_path: Path) -> None:
    code, summary, _ = batch(jsonl(tmp_path, "a", endpoint="video/google/veo-3"), "--timeout", "5",
                             "--cancel-on-timeout")  # fmt: skip
    assert code == 8
    assert summary["cancelled"] == 1
    [job] = krea_mock.jobs
    assert job["status"] == "cancelled"
    assert krea_mock.ledger == []


def test_a_journal_that_fails_after_a_job_was_created_does_not_lose_its_id(
    batch: Run, krea_mock: MockKrea, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = Journal.record

    def failing(self: Journal, line: Line, state: str, **fields: Any) -> Row:
        if state == "submitted":
            raise sqlite3.OperationalError("disk I/O error")
        return original(self, line, state, **fields)

    monkeypatch.setattr(Journal, "record", failing)
    code, _, err = batch(jsonl(tmp_path, "a"))
    assert code != 0
    [job] = krea_mock.jobs
    assert f"created job {job['job_id']}" in err
    assert f"krea jobs wait {job['job_id']}" in err


def test_a_postgres_url_never_shows_its_password() -> None:
    from krea.batch.postgres import redact

    assert redact("postgresql://u:pw@h/db") == "postgresql://u:***@h/db"
    assert (
        redact("postgresql://u@h/db?sslmode=require&password=sec3")
        == "postgresql://u@h/db?sslmode=require&password=***"
    )
    assert "pw" not in redact("postgresql://u:pw@[::1/db")
