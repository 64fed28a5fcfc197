"""The ``krea`` command line against an in-process mock: every command, its output and its exit codes.

Each run goes through ``krea.cli.main`` with ``--mock`` bound to the test's ``krea_mock``, so state carries
from one command to the next and the mock's controls steer failures. Waits move the virtual clock.
"""

from __future__ import annotations

import json
import re
import struct
from pathlib import Path
from typing import Any

import pytest

from krea.cli.generate import parse_params
from krea.testing import MockKrea
from tests.e2e._support import Run

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data.startswith(PNG_SIGNATURE), f"{path} is not a PNG"
    assert data[12:16] == b"IHDR", f"{path} has no IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


# ---- generation


def test_image_saves_a_valid_png_and_prints_its_job_as_json(krea: Run, krea_mock: MockKrea, tmp_path: Path) -> None:
    result = krea("--mock", "image", "bfl/flux-1-dev", "--prompt", "a red fox in snow", "--out", str(tmp_path))
    assert result.code == 0, result.err
    doc = result.json()
    assert set(doc) == {"job_id", "status", "endpoint", "urls", "paths", "job"}
    assert (doc["status"], doc["endpoint"]) == ("completed", "image/bfl/flux-1-dev")
    [path] = doc["paths"]
    assert Path(path).parent == tmp_path
    assert png_size(Path(path)) > (0, 0)
    assert [charge.job_id for charge in krea_mock.ledger] == [doc["job_id"]]


def test_human_output_shows_each_status_with_elapsed_time_then_the_saved_path(krea: Run, tmp_path: Path) -> None:
    result = krea("--mock", "video", "google/veo-3", "--prompt", "a fox", "--out", str(tmp_path), "--no-json")
    assert result.code == 0, result.err
    [path] = result.out.split()
    assert path.endswith(".mp4")
    assert Path(path).is_file()
    assert "Submitted video/google/veo-3: job" in result.err
    timeline = [match.groups() for match in re.finditer(r"^ +(\d+\.\d)s +(\S+)$", result.err, re.MULTILINE)]
    assert timeline[0] == ("0.0", "queued")
    assert timeline[-1][1] == "completed"
    assert float(timeline[-1][0]) >= 120
    assert "processing" in [status for _, status in timeline]


def test_mock_flag_is_accepted_after_the_command_too(krea: Run, tmp_path: Path) -> None:
    result = krea("image", "bfl/flux-1-dev", "--prompt", "x", "--out", str(tmp_path), "--mock")
    assert result.code == 0, result.err
    assert result.json()["status"] == "completed"


def test_param_values_are_json_when_they_parse_and_text_otherwise() -> None:
    params = parse_params(["steps=30", "raw=true", "tags=[1, 2]", "name=fox", "ratio=16:9", "note="], {"width": 640})
    assert params == {
        "width": 640,
        "steps": 30,
        "raw": True,
        "tags": [1, 2],
        "name": "fox",
        "ratio": "16:9",
        "note": "",
    }


def test_only_the_typed_options_given_are_sent(krea: Run, tmp_path: Path) -> None:
    # flux-1-dev has no aspect_ratio; an unset --aspect-ratio must not be sent, or validation would refuse it.
    result = krea("--mock", "image", "bfl/flux-1-dev", "--prompt", "x", "--width", "640", "-p", "steps=30",
                  "--out", str(tmp_path))  # fmt: skip
    assert result.code == 0, result.err


def test_no_wait_prints_the_pending_job_and_returns(krea: Run, krea_mock: MockKrea) -> None:
    result = krea("--mock", "image", "bfl/flux-1-dev", "--prompt", "x", "--no-wait")
    assert result.code == 0, result.err
    doc = result.json()
    assert doc["status"] not in ("completed", "failed", "cancelled")
    assert krea_mock.job(doc["job_id"])["status"] == doc["status"]
    human = krea("--mock", "image", "bfl/flux-1-dev", "--prompt", "x", "--no-wait", "--no-json")
    assert human.out.strip() in {job["job_id"] for job in krea_mock.jobs}


# ---- exit codes and one-line errors


def test_unknown_model_exits_2_and_suggests_the_closest(krea: Run) -> None:
    result = krea("--mock", "image", "bfl/flux-dev", "--prompt", "x")
    assert result.code == 2
    [line] = result.err.splitlines()
    assert "did you mean 'bfl/flux-1-dev'" in line
    assert "krea models" in line
    assert result.json() == {"error": {"type": "ValidationError", "message": line.removeprefix("krea: error: "),
                                       "exit_code": 2}}  # fmt: skip


def test_bad_parameter_exits_2_with_its_bounds_and_sends_nothing(krea: Run, krea_mock: MockKrea) -> None:
    result = krea("--mock", "image", "bfl/flux-1-dev", "--prompt", "x", "--param", "steps=300", "--no-json")
    assert result.code == 2
    assert result.err.strip() == (
        "krea: error: Invalid parameters for image/bfl/flux-1-dev: steps: must be between 1 and 100, got 300. "
        "See every parameter of image/bfl/flux-1-dev with `krea models image/bfl/flux-1-dev`."
    )
    assert krea_mock.requests == []


def test_malformed_param_and_a_parameter_given_twice_exit_2(krea: Run) -> None:
    assert krea("--mock", "image", "bfl/flux-1-dev", "--param", "steps").code == 2
    twice = krea("--mock", "image", "bfl/flux-1-dev", "--prompt", "x", "--param", "prompt=y")
    assert twice.code == 2
    assert "given twice" in twice.err


def test_missing_api_key_exits_3_and_names_the_variable(krea: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KREA_API_KEY", raising=False)
    result = krea("image", "bfl/flux-1-dev", "--prompt", "x", "--no-json")
    assert result.code == 3
    assert "KREA_API_KEY" in result.err
    assert "--mock" in result.err
    assert len(result.err.splitlines()) == 1


def test_refused_key_exits_3(krea: Run, krea_mock: MockKrea) -> None:
    krea_mock.fail_next(status=401)
    result = krea("--mock", "image", "bfl/flux-1-dev", "--prompt", "x")
    assert result.code == 3
    assert "KREA_API_KEY" in result.err


def test_empty_balance_exits_4_and_nothing_is_created(krea: Run, krea_mock: MockKrea) -> None:
    krea_mock.set_balance(0)
    result = krea("--mock", "image", "bfl/flux-1-dev", "--prompt", "x")
    assert result.code == 4
    assert "HTTP 402" in result.err
    assert "nothing was created" in result.err
    assert krea_mock.jobs == []
    assert krea_mock.ledger == []


def test_rate_limit_after_retries_exits_5(krea: Run, krea_mock: MockKrea) -> None:
    krea_mock.fail_next(3, status=429, retry_after=1)  # the first try and both retries
    result = krea("--mock", "image", "bfl/flux-1-dev", "--prompt", "x")
    assert result.code == 5
    assert "HTTP 429" in result.err
    assert krea_mock.jobs == []


def test_failed_job_exits_6_with_its_code_and_is_not_billed(krea: Run, krea_mock: MockKrea, tmp_path: Path) -> None:
    krea_mock.script_next(outcome="failed", code="nsfw")
    result = krea("--mock", "image", "bfl/flux-1-dev", "--prompt", "x", "--out", str(tmp_path))
    assert result.code == 6
    assert "(code nsfw)" in result.err
    assert "not billed" in result.err
    assert result.json()["error"]["type"] == "JobFailedError"
    assert krea_mock.ledger == []
    assert list(tmp_path.iterdir()) == []


def test_deadline_exits_7_and_says_how_to_wait_again(krea: Run, krea_mock: MockKrea) -> None:
    result = krea("--mock", "video", "google/veo-3", "--prompt", "x", "--timeout", "5")
    assert result.code == 7
    [job] = krea_mock.jobs
    assert f"krea jobs wait {job['job_id']}" in result.err
    assert job["status"] not in ("cancelled", "completed")  # left running


def test_waiting_for_a_cancelled_job_exits_8(krea: Run, krea_mock: MockKrea) -> None:
    job_id = krea("--mock", "image", "bfl/flux-1-dev", "--prompt", "x", "--no-wait").json()["job_id"]
    assert krea("--mock", "jobs", "cancel", job_id).code == 0
    result = krea("--mock", "jobs", "wait", job_id)
    assert result.code == 8
    assert "not billed" in result.err


def test_lost_answer_exits_9_and_is_not_resent(krea: Run, krea_mock: MockKrea) -> None:
    krea_mock.fail_next(kind="lost_response")
    result = krea("--mock", "image", "bfl/flux-1-dev", "--prompt", "x")
    assert result.code == 9
    [command] = re.findall(r"`krea (jobs find-uncertain --at \S+)`", result.err)
    posts = [entry for entry in krea_mock.requests if entry.method == "POST"]
    assert len(posts) == 1
    [created] = krea_mock.jobs
    # The command the message names lists the job the lost answer created.
    found = krea("--mock", *command.split(), "--json")
    assert found.code == 0
    assert [job["job_id"] for job in json.loads(found.out)] == [created["job_id"]]


def test_other_api_errors_exit_1(krea: Run) -> None:
    result = krea("--mock", "jobs", "get", "550e8400-e29b-41d4-a716-446655440000")
    assert result.code == 1
    assert "HTTP 404" in result.err


def test_help_lists_every_exit_code(krea: Run) -> None:
    result = krea("--help")
    assert result.code == 0
    listed = result.out.split("Exit codes:", 1)[1]
    codes = {line.split()[0] for line in listed.splitlines() if line.strip()}
    assert codes == {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "130", "143"}


# ---- Ctrl-C


def interrupt_first_pause(mock: MockKrea, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the wait's first pause raise KeyboardInterrupt, as Ctrl-C would (the clock stays put)."""

    def ctrl_c(seconds: float) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(mock.clock, "advance", ctrl_c)


def test_ctrl_c_during_a_wait_cancels_the_job_and_exits_130(
    krea: Run, krea_mock: MockKrea, monkeypatch: pytest.MonkeyPatch
) -> None:
    interrupt_first_pause(krea_mock, monkeypatch)
    result = krea("--mock", "image", "bfl/flux-1-dev", "--prompt", "x", "--no-json")
    assert result.code == 130
    [job] = krea_mock.jobs
    assert job["status"] == "cancelled"
    assert f"job {job['job_id']} was cancelled; it will not be billed" in result.err


def test_ctrl_c_with_detach_leaves_the_job_running(
    krea: Run, krea_mock: MockKrea, monkeypatch: pytest.MonkeyPatch
) -> None:
    interrupt_first_pause(krea_mock, monkeypatch)
    result = krea("--mock", "image", "bfl/flux-1-dev", "--prompt", "x", "--detach", "--no-json")
    assert result.code == 130
    [job] = krea_mock.jobs
    assert job["status"] in ("queued", "processing")
    assert "--detach" in result.err
    assert f"krea jobs wait {job['job_id']}" in result.err


# ---- jobs, assets, styles, models


def test_jobs_list_get_wait_and_cancel(krea: Run, krea_mock: MockKrea, tmp_path: Path) -> None:
    first = krea("--mock", "image", "bfl/flux-1-dev", "--prompt", "a", "--no-wait").json()["job_id"]
    second = krea("--mock", "image", "bfl/flux-1-dev", "--prompt", "b", "--no-wait").json()["job_id"]
    listed = krea("--mock", "jobs", "list")
    assert [job["job_id"] for job in listed.json()] == [second, first]  # newest first
    assert krea("--mock", "jobs", "list", "--limit", "1").json()[0]["job_id"] == second
    assert krea("--mock", "jobs", "get", first).json()["job_id"] == first
    cancelled = krea("--mock", "jobs", "cancel", first)
    assert (cancelled.code, cancelled.json()["status"]) == (0, "cancelled")
    waited = krea("--mock", "jobs", "wait", second, "--out", str(tmp_path))
    assert waited.code == 0
    assert waited.json()["status"] == "completed"
    [path] = waited.json()["paths"]
    assert png_size(Path(path)) > (0, 0)
    table = krea("--mock", "jobs", "list", "--no-json")
    assert first in table.out
    assert "cancelled" in table.out


def test_assets_upload_list_get_delete(krea: Run, tmp_path: Path) -> None:
    image = tmp_path / "in.png"
    image.write_bytes(PNG_SIGNATURE + b"\x00\x00\x00\rIHDR\x00\x00\x00\x02\x00\x00\x00\x02\x08\x02\x00\x00\x00")
    uploaded = krea("--mock", "assets", "upload", str(image), "--description", "a test image")
    assert uploaded.code == 0, uploaded.err
    asset_id = uploaded.json()["id"]
    assert [asset["id"] for asset in krea("--mock", "assets", "list").json()] == [asset_id]
    assert krea("--mock", "assets", "get", asset_id).json()["image_url"] == uploaded.json()["image_url"]
    assert krea("--mock", "assets", "delete", asset_id).json()["success"] is True
    assert krea("--mock", "assets", "get", asset_id).code == 1
    missing = krea("--mock", "assets", "upload", str(tmp_path / "nope.png"))
    assert missing.code == 2
    assert "does not exist" in missing.err


def test_styles_train_then_get_list_update_and_share(krea: Run) -> None:
    urls = [f"https://gen.krea.ai/images/{n}.png" for n in range(3)]
    trained = krea("--mock", "styles", "train", "my fox", *urls, "--trigger-word", "foxy")
    assert trained.code == 0, trained.err
    style_id = trained.json()["style_id"]
    assert style_id
    assert trained.json()["status"] == "completed"
    assert krea("--mock", "styles", "get", style_id).json()["id"] == style_id
    assert style_id in [style["id"] for style in krea("--mock", "styles", "list", "--filter", "user").json()]
    assert krea("--mock", "styles", "update", style_id, "--title", "Fox").json()["title"] == "Fox"
    assert krea("--mock", "styles", "share-link", style_id).json()["share_link"].startswith("http")
    assert krea("--mock", "styles", "share", style_id).json()["success"] is True
    assert krea("--mock", "styles", "unshare", style_id).json()["success"] is True


def test_models_lists_the_catalogue_with_bounds(krea: Run) -> None:
    listed = krea("models")
    assert listed.code == 0
    flux = next(model for model in listed.json() if model["endpoint"] == "image/bfl/flux-1-dev")
    assert flux["required"] == ["prompt"]
    assert flux["parameters"]["width"] | {"description": ""} == {
        "type": "number", "minimum": 512, "maximum": 2368, "default": 1024, "description": ""}  # fmt: skip
    videos = krea("models", "--family", "video").json()
    assert videos
    assert {model["family"] for model in videos} == {"video"}
    one = krea("models", "bfl/flux-1-dev", "--no-json")
    assert "512-2368" in one.out
    assert "prompt" in one.out
    table = krea("models", "--no-json")
    assert "bfl/flux-1-dev" in table.out
    assert "steps 1-100" in table.out.replace("\n", " ")


def test_models_unknown_name_exits_2_with_suggestions(krea: Run) -> None:
    result = krea("models", "flux-1-dev")
    assert result.code == 2
    assert "did you mean" in result.err


def test_ctrl_c_while_submitting_says_a_job_may_exist_and_exits_130(krea: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    import krea as sdk

    def interrupted(*args: Any, **kwargs: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(sdk.Krea, "image", interrupted)
    result = krea("--mock", "image", "bfl/flux-1-dev", "--prompt", "a fox")
    assert result.code == 130
    error = result.json()["error"]
    assert "a job may have been created" in error["message"]
    assert "krea jobs find-uncertain --at " in error["message"]
