"""``krea mock serve`` checks every flag before saying anything, binds before printing its banner, and hands
the server a configured mock; a bad value or a busy port is one error line, never a traceback."""

from __future__ import annotations

import socket
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from krea import cli
from krea.cli import mock as cli_mock
from krea.testing import WallClock
from krea.testing._mock import MockKrea
from krea.testing._serving.app import MockApp


class Served:
    def __init__(self) -> None:
        self.mock: MockKrea | None = None


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> Served:
    seen = Served()

    def fake_listen(host: str, port: int) -> Any:
        return socket.socket()  # unbound: nothing listens in a unit test

    def fake_run(app: Any, sock: socket.socket) -> None:
        assert isinstance(app, MockApp)
        seen.mock = app._mock

    monkeypatch.setattr(cli_mock, "_listen", fake_listen)
    monkeypatch.setattr(cli_mock, "_run_server", fake_run)
    monkeypatch.delenv("KREA_MOCK_API_KEYS", raising=False)
    monkeypatch.delenv("KREA_MOCK_ADMIN_TOKEN", raising=False)
    return seen


def test_mock_serve_runs_a_configured_mock_on_the_wall_clock(
    served: Served, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["mock", "serve", "--port", "9999", "--balance", "2.5", "--api-key", "a", "--api-key", "b"]
    assert cli.main([*argv, "--speed", "20", "--backlog", "3", "--keep", "50"]) == 0
    mock = served.mock
    assert mock is not None
    assert mock.api_keys == frozenset({"a", "b"})
    assert mock.balance == Decimal("2.5")
    assert isinstance(mock.clock, WallClock)
    assert (mock.speed, mock._initial.backlog, mock._initial.keep) == (20, 3, 50)
    assert mock.base_url == "http://127.0.0.1:9999"
    out = capsys.readouterr().out
    assert "Krea mock on http://127.0.0.1:9999 (wall clock, speed 20" in out
    assert mock.admin_token is not None
    assert f"Admin token: {mock.admin_token}" in out


def test_manual_clock_admin_token_and_public_url(served: Served, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["mock", "serve", "--clock", "manual", "--admin-token", "tok", "--public-url", "https://mock.example/"]
    assert cli.main(argv) == 0
    mock = served.mock
    assert mock is not None
    assert not isinstance(mock.clock, WallClock)
    assert mock.admin_token == "tok"
    assert mock.base_url == "https://mock.example"
    assert "tok" not in capsys.readouterr().out  # a token the user chose is not echoed


def test_keys_come_from_a_file_and_the_environment(
    served: Served, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = tmp_path / "keys"
    keys.write_text("# test keys\nfile-key-1\n\n  file-key-2  \n")
    monkeypatch.setenv("KREA_MOCK_API_KEYS", "env-a, env-b")
    assert cli.main(["mock", "serve", "--api-key-file", str(keys)]) == 0
    assert served.mock is not None
    assert served.mock.api_keys == frozenset({"file-key-1", "file-key-2", "env-a", "env-b"})


def test_binding_beyond_loopback_warns(served: Served, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["mock", "serve", "--host", "0.0.0.0"]) == 0
    err = capsys.readouterr().err
    assert "warning: listening on 0.0.0.0" in err
    assert served.mock is not None
    assert served.mock.base_url == "http://127.0.0.1:8787"


@pytest.mark.parametrize(
    ("flag", "value", "says"),
    [
        ("--balance", "abc", "--balance: must be an amount"),
        ("--balance", "NaN", "--balance: must be an amount"),
        ("--balance", "-1", "--balance: must be an amount"),
        ("--port", "99999", "--port: must be a port number from 1 to 65535"),
        ("--port", "http", "--port: must be a port number"),
        ("--speed", "0", "--speed: must be a number above 0"),
        ("--speed", "nan", "--speed: must be a number above 0"),
        ("--public-url", "ftp://x", "--public-url: must start with http"),
        ("--api-key-file", "/nonexistent/keys", "--api-key-file: cannot read"),
    ],
)
def test_a_bad_value_is_one_line_and_exit_2_before_any_banner(
    served: Served, capsys: pytest.CaptureFixture[str], flag: str, value: str, says: str
) -> None:
    assert cli.main(["mock", "serve", flag, value]) == 2
    captured = capsys.readouterr()
    assert "Krea mock on" not in captured.out  # no banner (stdout holds only the JSON error document)
    assert captured.err.count("\n") == 1
    assert "Traceback" not in captured.err
    assert says in captured.err
    assert served.mock is None


def test_a_busy_port_is_one_line_and_exit_1_without_a_banner(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    ran: list[Any] = []
    monkeypatch.setattr(cli_mock, "_run_server", lambda app, sock: ran.append(app))
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        assert cli.main(["mock", "serve", "--port", str(port)]) == 1
    captured = capsys.readouterr()
    assert "Krea mock on" not in captured.out  # no banner (stdout holds only the JSON error document)
    assert captured.err.count("\n") == 1
    assert "Traceback" not in captured.err
    assert f"cannot listen on 127.0.0.1:{port}" in captured.err
    assert ran == []


@pytest.mark.parametrize("missing", ["starlette", "uvicorn"])
def test_serving_without_the_testing_extra_says_what_to_install_before_the_banner(
    missing: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, missing, None)  # as if not installed: find_spec answers None
    monkeypatch.setattr(cli_mock, "_run_server", lambda app, sock: pytest.fail("served without the extra"))
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    assert cli.main(["mock", "serve", "--port", str(port)]) == 2
    captured = capsys.readouterr()
    assert "Krea mock on" not in captured.out
    assert f"krea mock serve needs {missing}: pip install 'krea[testing]'" in captured.err
    assert "bug in krea" not in captured.err


def test_a_control_command_without_a_url_is_a_usage_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("KREA_BASE_URL", raising=False)
    assert cli.main(["mock", "reset"]) == 2
    assert "pass --url or set KREA_BASE_URL" in capsys.readouterr().err


def test_unknown_command_exits_with_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["frobnicate"]) == 2
    assert capsys.readouterr().err == "krea: error: No such command 'frobnicate' (see `krea --help`)\n"


def test_cursors_can_be_opaque(served: Served) -> None:
    assert cli.main(["mock", "serve", "--cursors", "opaque"]) == 0
    assert served.mock is not None
    assert served.mock._config.opaque_cursors
