"""``krea mock serve`` parses its flags and hands uvicorn a configured mock on the loopback interface."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from krea import _cli
from krea.testing._app import MockApp


def test_mock_serve_runs_uvicorn_with_a_configured_mock(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[dict[str, Any]] = []

    def fake_run(app: Any, **kwargs: Any) -> None:
        calls.append({"app": app, **kwargs})

    monkeypatch.setattr("uvicorn.run", fake_run)
    assert _cli.main(["mock", "serve", "--port", "9999", "--balance", "2.5", "--api-key", "a", "--api-key", "b"]) == 0
    [call] = calls
    assert (call["host"], call["port"]) == ("127.0.0.1", 9999)
    app = call["app"]
    assert isinstance(app, MockApp)
    mock = app._mock
    assert mock.api_keys == frozenset({"a", "b"})
    assert mock.balance == Decimal("2.5")


def test_unknown_command_exits_with_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert _cli.main(["frobnicate"]) == 2
    assert capsys.readouterr().err == "krea: error: No such command 'frobnicate' (see `krea --help`)\n"
