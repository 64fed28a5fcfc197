"""The ``krea`` command line under hostile input and rough handling: one clean line, the right exit code, no money.

Issue 9, rows 13 to 16: no traceback for any input, ``--out`` checked before anything is sent, SIGTERM
handled like Ctrl-C, and the details a new user trips over. Runs go through ``krea._cli.main`` with
``--mock`` bound to the test's ``krea_mock``, except where argv bytes need a real process.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import pytest

import krea as sdk
from krea import _cli
from krea.testing import MockKrea


class Result:
    """One run of the command: its exit code and what it printed."""

    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def json(self) -> Any:
        return json.loads(self.out)

    def error_line(self) -> str:
        """The one error line on stderr (after any progress lines), checked not to come with a traceback."""
        assert "Traceback" not in self.err
        [line] = [line for line in self.err.splitlines() if not line.startswith("  ") and "Submitted" not in line]
        assert line.startswith("krea: error: ")
        return line


Run = Callable[..., Result]


@pytest.fixture
def krea(krea_mock: MockKrea, capsys: pytest.CaptureFixture[str]) -> Run:
    """Run ``krea ARGS`` (``--mock`` bound to ``krea_mock``); stdout is not a terminal, so JSON is the default."""

    def run(*args: str) -> Result:
        code = _cli.main(list(args), mock=krea_mock)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


def image(*args: str) -> tuple[str, ...]:
    return ("--mock", "image", "bfl/flux-1-dev", "--prompt", "a fox", *args)


# ---- row 13: no traceback ever reaches a user


def test_a_deprecation_warning_is_one_clean_line(krea: Run, krea_mock: MockKrea) -> None:
    krea_mock.deprecate("image/luma/uni-1")
    result = krea("--mock", "image", "luma/uni-1", "--prompt", "x", "--no-wait", "--no-json")
    assert result.code == 0, result.err
    [warning] = [line for line in result.err.splitlines() if "deprecated" in line]
    assert warning.startswith("krea: warning: Krea has deprecated image/luma/uni-1: it stops working after")
    assert ".py" not in result.err
    assert "warnings.warn" not in result.err


def test_an_unexpected_error_is_one_line_and_exit_1(krea: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("boom")

    monkeypatch.setattr(sdk.Krea, "image", broken)
    result = krea(*image("--no-json"))
    assert result.code == 1
    assert result.error_line() == "krea: error: unexpected RuntimeError: boom (a bug in krea: please report it)"


# ---- row 16: details a new user trips over


def test_version_and_short_help(krea: Run) -> None:
    version = krea("--version")
    assert (version.code, version.out.strip()) == (0, f"krea {sdk.__version__}")
    for command in ([], ["image"], ["jobs", "wait"]):
        shown = krea(*command, "-h")
        assert shown.code == 0
        assert "Usage: krea" in shown.out


def test_usage_errors_are_json_under_json_and_one_line_otherwise(krea: Run) -> None:
    machine = krea("jobs", "list", "--bogus", "--json")
    assert machine.code == 2
    error = machine.json()["error"]
    assert (error["exit_code"], error["message"]) == (2, "No such option: --bogus (see `krea jobs list --help`)")
    assert machine.error_line() == f"krea: error: {error['message']}"
    person = krea("image", "--no-json")
    assert person.code == 2
    assert person.out == ""
    assert "Missing argument 'MODEL'" in person.error_line()


def test_get_commands_respect_no_json(krea: Run) -> None:
    job_id = krea(*image("--no-wait")).json()["job_id"]
    shown = krea("--mock", "jobs", "get", job_id, "--no-json")
    assert shown.code == 0
    with pytest.raises(ValueError, match="Expecting value"):
        json.loads(shown.out)
    assert re.search(rf"^job_id +{job_id}", shown.out, re.MULTILINE)
    assert re.search(r"^status +queued", shown.out, re.MULTILINE)


def test_a_failed_job_is_reported_without_doubled_words(krea: Run, krea_mock: MockKrea) -> None:
    krea_mock.script_next(outcome="failed", code="nsfw")
    result = krea(*image("--no-json"))
    [job] = krea_mock.jobs
    assert result.code == 6
    assert result.error_line() == f"krea: error: Job {job['job_id']} failed (code nsfw); failed jobs are not billed"


@pytest.mark.parametrize("command", [("models",), image("--no-wait")])
def test_an_unknown_krea_log_is_an_error_naming_the_accepted_values(
    command: tuple[str, ...], krea: Run, krea_mock: MockKrea, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KREA_LOG", "verbose")
    result = krea(*command, "--no-json")
    assert result.code == 2
    line = result.error_line()
    assert "KREA_LOG" in line
    assert "'verbose'" in line
    assert "debug, info, warning, error" in line
    assert krea_mock.journal == []
