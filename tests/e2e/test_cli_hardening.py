"""The ``krea`` command line under hostile input and rough handling: one clean line, the right exit code, no money.

Issue 9, rows 13 to 16: no traceback for any input, ``--out`` checked before anything is sent, SIGTERM
handled like Ctrl-C, and the details a new user trips over. Runs go through ``krea.cli.main`` with
``--mock`` bound to the test's ``krea_mock``, except where argv bytes need a real process.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

import krea as sdk
from krea._sync._jobs import Jobs
from krea._sync._styles import Styles
from krea.cli._session import Session
from krea.testing import MockKrea
from krea.testing._api.files import png
from tests.e2e._support import Run


def image(*args: str) -> tuple[str, ...]:
    return ("--mock", "image", "bfl/flux-1-dev", "--prompt", "a fox", *args)


# ---- row 13: no traceback ever reaches a user


def test_param_nan_is_text_that_the_spec_refuses_before_anything_is_sent(krea: Run, krea_mock: MockKrea) -> None:
    result = krea(*image("--param", "width=NaN", "--no-json"))
    assert result.code == 2
    assert "width" in result.error_line()
    assert krea_mock.requests == []


def test_a_number_json_cannot_hold_is_refused_before_anything_is_sent(krea: Run, krea_mock: MockKrea) -> None:
    result = krea(*image("--param", "width=1e999", "--no-json"))
    assert result.code == 2
    assert "--param width: cannot be sent: inf is not a finite number" in result.error_line()
    assert krea_mock.requests == []


def test_a_deeply_nested_param_is_a_usage_error(krea: Run, krea_mock: MockKrea) -> None:
    result = krea(*image("--param", "tags=" + "[" * 100_000, "--no-json"))
    assert result.code == 2
    assert "nested more than" in result.error_line()
    assert krea_mock.requests == []


def test_a_lone_surrogate_in_a_param_is_a_usage_error(krea: Run, krea_mock: MockKrea) -> None:
    result = krea(*image("--param", 'negative_prompt="\\ud800"', "--no-json"))
    assert result.code == 2
    assert "not valid UTF-8" in result.error_line()
    assert krea_mock.requests == []


@pytest.mark.parametrize("option", ["--timeout", "--learning-rate"])
def test_a_float_option_of_nan_or_inf_is_a_usage_error(krea: Run, option: str) -> None:
    for value in ("nan", "inf"):
        command = ["styles", "train", "x", "https://a/1.png"] if option == "--learning-rate" else ["image", "m"]
        result = krea("--mock", *command, option, value, "--no-json")
        assert result.code == 2
        assert "finite" in result.error_line()


def test_a_prompt_that_is_not_utf8_is_a_usage_error_not_a_traceback(tmp_path: Path) -> None:
    # Bytes that are not UTF-8 reach Python's argv only through a real exec.
    argv = [os.fsencode(sys.executable), b"-m", b"krea", b"--mock", b"image", b"bfl/flux-1-dev",
            b"--prompt", b"a \xff fox", b"--out", os.fsencode(tmp_path), b"--no-json"]  # fmt: skip
    done = subprocess.run(argv, capture_output=True, timeout=60)
    err = done.stderr.decode("utf-8", "backslashreplace")
    assert done.returncode == 2, err
    assert "Traceback" not in err
    [line] = err.splitlines()
    assert line.startswith("krea: error: --prompt: cannot be sent: text that is not valid UTF-8 (b'\\xff'")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("command", "named"),
    [
        (("jobs", "get", "a\udcff"), "JOB_ID"),
        (("jobs", "list", "--type", "\udcff"), "--type"),
        (("assets", "get", "\udcff"), "ASSET_ID"),
        (("styles", "update", "s", "--title", "\udcff"), "--title"),
        (("styles", "train", "n\udcff", "https://a/1.png", "https://a/2.png", "https://a/3.png"), "NAME"),
        (("image", "bfl/\udcff", "--prompt", "x"), "MODEL"),
    ],
)
def test_any_text_argument_that_is_not_utf8_is_a_usage_error_naming_it(
    command: tuple[str, ...], named: str, krea: Run, krea_mock: MockKrea
) -> None:
    # What Python makes of argv bytes that are not UTF-8 (b"\xff" becomes "\udcff"): see the subprocess test.
    result = krea("--mock", *command, "--no-json")
    assert result.code == 2
    assert result.error_line().startswith(f"krea: error: {named}: cannot be sent: text that is not valid UTF-8 (b'")
    assert krea_mock.requests == []


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


# ---- row 14: --out is checked first; a failure after a job exists names it


def test_out_pointing_at_a_file_exits_2_and_nothing_is_sent(krea: Run, krea_mock: MockKrea, tmp_path: Path) -> None:
    target = tmp_path / "taken.png"
    target.write_bytes(b"mine")
    for out in (target, target / "sub"):
        result = krea(*image("--out", str(out), "--no-json"))
        assert result.code == 2
        assert f"--out {out}" in result.error_line()
    assert krea_mock.requests == []
    assert target.read_bytes() == b"mine"


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs /proc, a folder nobody can create files in")
def test_out_in_an_unwritable_folder_exits_2_and_nothing_is_sent(krea: Run, krea_mock: MockKrea) -> None:
    result = krea(*image("--out", "/proc/krea-out", "--no-json"))
    assert result.code == 2
    assert "--out /proc/krea-out is not writable" in result.error_line()
    assert krea_mock.requests == []


def test_jobs_wait_and_batch_check_out_first_too(krea: Run, krea_mock: MockKrea, tmp_path: Path) -> None:
    job_id = krea(*image("--no-wait")).json()["job_id"]
    target = tmp_path / "file"
    target.write_text("x")
    sent = len(krea_mock.requests)
    assert krea("--mock", "jobs", "wait", job_id, "--out", str(target)).code == 2
    source = tmp_path / "batch.jsonl"
    source.write_text('{"endpoint": "image/bfl/flux-1-dev", "input": {"prompt": "x"}}\n')
    result = krea("--mock", "batch", str(source), "--out", str(target), "--no-json")
    assert result.code == 2
    assert f"--out {target} is a file" in result.error_line()
    assert len(krea_mock.requests) == sent
    assert not (tmp_path / "batch.jsonl.journal.sqlite").exists()


def test_a_download_failure_names_the_job_and_the_command_that_collects_it(
    krea: Run, krea_mock: MockKrea, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(self: Any, dest: Any = ".") -> Any:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(sdk.Job, "download", full_disk)
    result = krea(*image("--out", str(tmp_path)))
    [job] = krea_mock.jobs
    assert result.code == 1
    assert f"`krea jobs wait {job['job_id']} --out {tmp_path}`" in result.error_line()
    assert f"`krea jobs wait {job['job_id']} --out {tmp_path}`" in result.json()["error"]["message"]


def test_a_deadline_names_the_command_that_collects_the_job_once(
    krea: Run, krea_mock: MockKrea, tmp_path: Path
) -> None:
    result = krea("--mock", "video", "google/veo-3", "--prompt", "x", "--timeout", "5", "--out", str(tmp_path))
    assert result.code == 7
    [job] = krea_mock.jobs
    line = result.error_line()
    assert f"`krea jobs wait {job['job_id']} --out {tmp_path}`" in line
    assert line.count("krea jobs wait") == 1


# ---- row 15: SIGTERM is Ctrl-C; `krea jobs wait` cancels only with --cancel


def sigterm_first_pause(mock: MockKrea, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the wait's first pause deliver a real SIGTERM to this process (the clock stays put)."""

    def terminate(seconds: float) -> None:
        os.kill(os.getpid(), signal.SIGTERM)

    monkeypatch.setattr(mock.clock, "advance", terminate)


def ctrl_c_first_pause(mock: MockKrea, monkeypatch: pytest.MonkeyPatch) -> None:
    def ctrl_c(seconds: float) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(mock.clock, "advance", ctrl_c)


def test_sigterm_during_a_wait_cancels_the_job_says_so_and_exits_143(
    krea: Run, krea_mock: MockKrea, monkeypatch: pytest.MonkeyPatch
) -> None:
    sigterm_first_pause(krea_mock, monkeypatch)
    result = krea(*image("--no-json"))
    [job] = krea_mock.jobs
    assert result.code == 143
    assert job["status"] == "cancelled"
    assert f"Terminated (SIGTERM): job {job['job_id']} was cancelled; it will not be billed" in result.error_line()
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL  # put back after the run


def test_sigterm_with_detach_leaves_the_job_running_and_exits_143(
    krea: Run, krea_mock: MockKrea, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    sigterm_first_pause(krea_mock, monkeypatch)
    result = krea(*image("--detach", "--out", str(tmp_path), "--no-json"))
    [job] = krea_mock.jobs
    assert result.code == 143
    assert job["status"] in ("queued", "processing")
    assert f"`krea jobs wait {job['job_id']} --out {tmp_path}`" in result.error_line()


@pytest.mark.parametrize("stop", [ctrl_c_first_pause, sigterm_first_pause])
def test_jobs_wait_leaves_the_job_running_when_interrupted(
    stop: Callable[[MockKrea, pytest.MonkeyPatch], None],
    krea: Run,
    krea_mock: MockKrea,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    job_id = krea(*image("--no-wait")).json()["job_id"]
    stop(krea_mock, monkeypatch)
    result = krea("--mock", "jobs", "wait", job_id, "--no-json")
    assert result.code == (130 if stop is ctrl_c_first_pause else 143)
    assert krea_mock.job(job_id)["status"] in ("queued", "processing")
    assert f"job {job_id} was left running (add --cancel to cancel it)" in result.error_line()


def test_jobs_wait_with_cancel_cancels_the_job_when_interrupted(
    krea: Run, krea_mock: MockKrea, monkeypatch: pytest.MonkeyPatch
) -> None:
    job_id = krea(*image("--no-wait")).json()["job_id"]
    ctrl_c_first_pause(krea_mock, monkeypatch)
    result = krea("--mock", "jobs", "wait", job_id, "--cancel", "--no-json")
    assert result.code == 130
    assert krea_mock.job(job_id)["status"] == "cancelled"
    assert "--cancel" in krea("--mock", "jobs", "wait", "--help").out


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


def test_assets_get_and_styles_get_respect_no_json(krea: Run, tmp_path: Path) -> None:
    picture = tmp_path / "ref.png"
    picture.write_bytes(png("ref", width=8, height=4))
    asset_id = krea("--mock", "assets", "upload", str(picture)).json()["id"]
    style_id = krea("--mock", "styles", "list").json()[0]["id"]  # a public style the mock seeds
    for command, ident, field in (("assets", asset_id, "mime_type +image/png"), ("styles", style_id, "public +True")):
        shown = krea("--mock", command, "get", ident, "--no-json")
        assert shown.code == 0, shown.err
        with pytest.raises(ValueError, match="Expecting value"):
            json.loads(shown.out)
        assert re.search(rf"^id +{re.escape(ident)}", shown.out, re.MULTILINE), shown.out
        assert re.search(rf"^{field}", shown.out, re.MULTILINE), shown.out


def test_the_no_wait_document_has_every_documented_key(krea: Run) -> None:
    doc = krea(*image("--no-wait")).json()
    assert set(doc) == {"job_id", "status", "endpoint", "urls", "paths", "job"}
    assert (doc["endpoint"], doc["paths"]) == ("image/bfl/flux-1-dev", [])


def test_a_failed_job_is_reported_without_doubled_words(krea: Run, krea_mock: MockKrea) -> None:
    krea_mock.script_next(outcome="failed", code="nsfw")
    result = krea(*image("--no-json"))
    [job] = krea_mock.jobs
    assert result.code == 6
    assert result.error_line() == f"krea: error: Job {job['job_id']} failed (code nsfw); failed jobs are not billed"


def test_an_unknown_parameter_and_help_point_to_krea_models(krea: Run, krea_mock: MockKrea) -> None:
    result = krea(*image("--param", "colour=red", "--no-json"))
    assert result.code == 2
    assert "`krea models image/bfl/flux-1-dev`" in result.error_line()
    assert krea_mock.requests == []
    for family in ("image", "video", "enhance"):
        assert "krea models MODEL" in krea(family, "--help").out


def test_a_model_of_another_family_names_the_command_to_use(krea: Run, krea_mock: MockKrea) -> None:
    result = krea("--mock", "image", "google/veo-3", "--prompt", "x", "--no-json")
    assert result.code == 2
    line = result.error_line()
    assert "google/veo-3 is a video model, not an image model" in line
    assert "`krea video google/veo-3 ...`" in line
    unknown = krea("--mock", "image", "bfl/flux-dev", "--prompt", "x", "--no-json").error_line()
    assert "did you mean 'bfl/flux-1-dev'" in unknown
    assert "See every parameter" not in unknown  # that note is for a known model's parameters
    assert krea_mock.requests == []


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
    assert krea_mock.requests == []


# ---- row 1, the command line's half: cursors are opaque


class OpaqueCursors(httpx.BaseTransport):
    """The mock, with every list split into two pages joined by the cursor ``"string"`` (as Prism serves it)."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.cursors: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method != "GET" or request.url.path not in ("/jobs", "/assets", "/styles"):
            return self.inner.handle_request(request)
        cursor = request.url.params.get("cursor")
        if cursor is not None:
            self.cursors.append(cursor)
        whole = self.inner.handle_request(request.__class__("GET", request.url.copy_remove_param("cursor"),
                                                           headers=request.headers))  # fmt: skip
        whole.read()
        items = whole.json()["items"]
        page = {"items": items[:1], "next_cursor": "string"} if cursor is None else {"items": items[1:]}
        return httpx.Response(200, json=page, request=request)


@pytest.mark.parametrize(
    "listing",
    [
        "jobs",
        "assets",
        "styles",
    ],
)
def test_list_commands_pass_the_servers_cursor_back_as_it_came(
    listing: str, krea: Run, krea_mock: MockKrea, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(2):
        if listing == "jobs":
            krea(*image("--no-wait"))
        elif listing == "assets":
            picture = tmp_path / f"{n}.png"
            picture.write_bytes(
                b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
            )
            assert krea("--mock", "assets", "upload", str(picture)).code == 0
        else:
            urls = [f"https://gen.krea.ai/images/{i}.png" for i in range(3)]
            assert krea("--mock", "styles", "train", f"style {n}", *urls).code == 0
    transport = OpaqueCursors(krea_mock.transport())

    def client(self: Session) -> sdk.Krea:
        http = httpx.Client(transport=transport, base_url=krea_mock.base_url)
        return sdk.Krea(krea_mock.api_key, base_url=krea_mock.base_url, http_client=http)

    monkeypatch.setattr(Session, "client", client)
    extra = ("--filter", "user") if listing == "styles" else ()
    result = krea("--mock", listing, "list", *extra)
    assert result.code == 0, result.err
    assert len(result.json()) == 2
    assert transport.cursors == ["string"]


def test_ctrl_c_while_a_style_trains_submitting_says_a_job_may_exist(
    krea: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*args: Any, **kwargs: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(Styles, "train", interrupted)
    result = krea("--mock", "styles", "train", "fox", "https://a/1.png", "https://a/2.png", "https://a/3.png")
    assert result.code == 130
    message = result.json()["error"]["message"]
    assert message.startswith("Interrupted while submitting: a job may have been created")
    assert "krea jobs find-uncertain --at " in message


@pytest.mark.parametrize(
    ("sigterm", "code", "said"), [(False, 130, "interrupted (Ctrl-C)"), (True, 143, "terminated (SIGTERM)")]
)
def test_an_interrupt_outside_any_wait_is_one_line(
    sigterm: bool, code: int, said: str, krea: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*args: Any, **kwargs: Any) -> Any:
        if sigterm:
            os.kill(os.getpid(), signal.SIGTERM)
        raise KeyboardInterrupt

    monkeypatch.setattr(Jobs, "list", interrupted)
    result = krea("--mock", "jobs", "list", "--no-json")
    assert result.code == code
    assert result.error_line() == f"krea: error: {said}"


def test_a_bad_webhook_url_is_refused_without_the_parameters_pointer(krea: Run, krea_mock: MockKrea) -> None:
    result = krea(*image("--webhook-url", "ftp://hooks.example/krea", "--no-json"))
    assert result.code == 2
    line = result.error_line()
    assert "webhook_url must be an http(s) URL" in line
    assert "krea models" not in line  # the pointer is for the model's parameters
    assert krea_mock.requests == []


def test_a_bad_parameter_is_reported_before_a_missing_key(krea: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KREA_API_KEY", raising=False)
    result = krea("image", "bfl/flux-1-dev", "--prompt", "x", "--width", "5", "--no-json")
    assert result.code == 2
    assert "width: must be between 512 and 2368" in result.error_line()


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (("--mock", "jobs", "get", ""), "job id is empty"),
        (("--mock", "jobs", "get", "j" * 100_000), "characters long"),
        (("--mock", "jobs", "cancel", " 550e8400"), "surrounding whitespace"),
        (("--mock", "assets", "get", ""), "asset id is empty"),
        (image("--webhook-url", "https://hooks.example/\r\nX-Injected: 1"), "webhook_url"),
    ],
)
def test_a_certain_mistake_in_an_id_or_header_is_one_line_exit_2_and_nothing_is_sent(
    krea: Run, krea_mock: MockKrea, args: tuple[str, ...], named: str
) -> None:
    result = krea(*args, "--no-json")
    assert result.code == 2
    assert named in result.error_line()
    assert krea_mock.requests == []


@pytest.mark.parametrize("command", ["video", "jobs wait"])
def test_cancel_on_timeout_cancels_the_job_at_the_deadline_exit_8_not_billed(
    krea: Run, krea_mock: MockKrea, tmp_path: Path, command: str
) -> None:
    if command == "jobs wait":
        submitted = krea("--mock", "video", "google/veo-3", "--prompt", "x", "--no-wait")
        job_id = submitted.json()["job_id"]
        result = krea("--mock", "jobs", "wait", job_id, "--timeout", "5", "--cancel-on-timeout", "--out", str(tmp_path))
    else:
        result = krea(
            "--mock", "video", "google/veo-3", "--prompt", "x", "--timeout", "5", "--cancel-on-timeout",
            "--out", str(tmp_path),
        )  # fmt: skip
    assert result.code == 8
    [job] = krea_mock.jobs
    assert job["status"] == "cancelled"
    assert "cancelled at the deadline" in result.error_line()
    assert "krea jobs wait" not in result.error_line()
    assert krea_mock.ledger == []


def test_an_at_file_param_is_uploaded_first_and_its_url_sent(
    krea: Run, krea_mock: MockKrea, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    photo = tmp_path / "fox.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    sent: list[dict[str, Any]] = []
    handle = krea_mock.handle

    def spy(request: Any) -> Any:
        if request.path.startswith("/generate/"):
            sent.append(json.loads(request.body))
        return handle(request)

    monkeypatch.setattr(krea_mock, "handle", spy)
    result = krea(
        "--mock", "enhance", "topaz/standard-enhance", "--param", f"image_url=@{photo}", "--width", "2048",
        "--height", "2048", "--param", "model=Standard V2", "--no-wait",
    )  # fmt: skip
    assert result.code == 0, result.err
    uploads = [e for e in krea_mock.requests if e.method == "POST" and e.path == "/assets"]
    assert len(uploads) == 1
    [body] = sent
    [asset] = list(krea_mock.client().assets.list())
    assert body["image_url"] == asset.image_url


def test_an_at_file_that_does_not_exist_is_exit_2_and_nothing_is_sent(
    krea: Run, krea_mock: MockKrea, tmp_path: Path
) -> None:
    result = krea(
        "--mock", "enhance", "topaz/standard-enhance", "--param", f"image_url=@{tmp_path / 'missing.png'}",
        "--width", "2048", "--height", "2048", "--param", "model=Standard V2", "--no-json",
    )  # fmt: skip
    assert result.code == 2
    assert "does not exist" in result.error_line()
    assert krea_mock.requests == []
