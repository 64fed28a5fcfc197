"""Settings: argument beats environment beats default, and the key never shows."""

from __future__ import annotations

import pytest

from krea import Krea, KreaConfigError, MissingAPIKeyError
from krea._config import NOT_GIVEN, resolve


def settings(env: dict[str, str], **kwargs: object) -> object:
    args: dict[str, object] = {
        "api_key": None,
        "base_url": None,
        "timeout": NOT_GIVEN,
        "max_retries": None,
        "wait_timeout": None,
        "default_headers": None,
    }
    args.update(kwargs)
    return resolve(env=env, **args)  # type: ignore[arg-type]  # the test varies each argument's type


def test_argument_beats_environment_beats_default() -> None:
    env = {"KREA_API_KEY": "env-key-123456", "KREA_BASE_URL": "http://env.example/", "KREA_MAX_RETRIES": "5"}
    s = resolve(api_key="arg-key-123456", base_url=None, timeout=NOT_GIVEN, max_retries=1, wait_timeout=None,
                default_headers=None, env=env)  # fmt: skip
    assert s.api_key == "arg-key-123456"
    assert s.base_url == "http://env.example"
    assert s.max_retries == 1
    d = resolve(api_key="k-1234567890", base_url=None, timeout=NOT_GIVEN, max_retries=None, wait_timeout=None,
                default_headers=None, env={})  # fmt: skip
    assert (d.base_url, d.timeout, d.max_retries, d.wait_timeout) == ("https://api.krea.ai", 60.0, 2, 1800.0)


def test_timeout_none_is_a_real_value_distinct_from_not_given() -> None:
    s = resolve(api_key="k-1234567890", base_url=None, timeout=None, max_retries=None, wait_timeout=None,
                default_headers=None, env={"KREA_TIMEOUT": "5"})  # fmt: skip
    assert s.timeout is None
    t = resolve(api_key="k-1234567890", base_url=None, timeout=NOT_GIVEN, max_retries=None, wait_timeout=None,
                default_headers=None, env={"KREA_TIMEOUT": "5"})  # fmt: skip
    assert t.timeout == 5.0


@pytest.mark.parametrize("env", [{}, {"KREA_API_KEY": ""}, {"KREA_API_KEY": "   "}])
def test_missing_key_names_both_the_argument_and_the_variable(env: dict[str, str]) -> None:
    with pytest.raises(MissingAPIKeyError) as caught:
        settings(env)
    assert "api_key=" in str(caught.value)
    assert "KREA_API_KEY" in str(caught.value)


def test_client_without_key_raises_before_any_request(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KREA_API_KEY", raising=False)
    with pytest.raises(KreaConfigError, match="KREA_API_KEY"):
        Krea()


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"KREA_BASE_URL": "ftp://x"}, "http"),
        ({"KREA_TIMEOUT": "soon"}, "KREA_TIMEOUT"),
        ({"KREA_MAX_RETRIES": "-1"}, "KREA_MAX_RETRIES"),
        ({"KREA_WAIT_TIMEOUT": "0"}, "KREA_WAIT_TIMEOUT"),
        ({"KREA_MAX_IN_FLIGHT": "0"}, "KREA_MAX_IN_FLIGHT"),
        ({"KREA_MAX_IN_FLIGHT": "many"}, "KREA_MAX_IN_FLIGHT"),
    ],
)
def test_malformed_settings_raise_config_errors(env: dict[str, str], message: str) -> None:
    with pytest.raises(KreaConfigError, match=message):
        settings({"KREA_API_KEY": "k-1234567890", **env})


def test_repr_of_settings_and_client_never_show_the_key() -> None:
    key = "sk-live-secret-value-42"
    client = Krea(api_key=key, base_url="https://api.test.krea")
    assert key not in repr(client)
    assert key not in repr(client._settings)
    assert key not in str(client.__dict__.get("_settings"))


@pytest.mark.parametrize(
    ("env", "kwargs", "names"),
    [
        ({"KREA_TIMEOUT": "inf"}, {}, "KREA_TIMEOUT"),
        ({"KREA_TIMEOUT": "nan"}, {}, "KREA_TIMEOUT"),
        ({"KREA_WAIT_TIMEOUT": "nan"}, {}, "KREA_WAIT_TIMEOUT"),
        ({"KREA_WAIT_TIMEOUT": "inf"}, {}, "KREA_WAIT_TIMEOUT"),
        ({"KREA_BASE_URL": "http://[::1"}, {}, "KREA_BASE_URL"),
        ({"KREA_BASE_URL": "http://api.example:99999"}, {}, "KREA_BASE_URL"),
        ({"KREA_BASE_URL": "ftp://api.example"}, {}, "KREA_BASE_URL"),
        ({"KREA_LOG": "verbose"}, {}, "KREA_LOG"),
        ({}, {"timeout": -1}, "timeout"),
        ({}, {"timeout": float("nan")}, "timeout"),
        ({}, {"timeout": float("inf")}, "timeout"),
        ({}, {"timeout": "5"}, "timeout"),
        ({}, {"wait_timeout": -3}, "wait_timeout"),
        ({}, {"max_retries": -1}, "max_retries"),
        ({}, {"max_retries": "3"}, "max_retries"),
        ({}, {"max_retries": True}, "max_retries"),
        ({}, {"max_in_flight": 0}, "max_in_flight"),
        ({}, {"max_in_flight": 2.5}, "max_in_flight"),
        ({}, {"max_in_flight": True}, "max_in_flight"),
        ({}, {"api_key": "clé-0123456789"}, "api_key"),
        ({}, {"api_key": 12345678901}, "api_key"),
        ({}, {"default_headers": {"X-Team": 5}}, "default_headers"),
        ({}, {"default_headers": {"X-Team": "a\r\nInjected: 1"}}, "default_headers"),
        ({}, {"default_headers": {"Bad Name": "x"}}, "default_headers"),
        ({}, {"default_headers": {"Authorization": "Bearer other"}}, "default_headers"),
        ({}, {"default_headers": ["X-Team", "render"]}, "default_headers"),
    ],
)
def test_every_malformed_setting_is_a_config_error_naming_it(
    env: dict[str, str], kwargs: dict[str, object], names: str
) -> None:
    env = {"KREA_API_KEY": "k-1234567890", **env}
    with pytest.raises(KreaConfigError, match=names):
        settings(env, **kwargs)


def test_the_clients_check_settings_at_construction() -> None:
    from krea import AsyncKrea

    for cls in (Krea, AsyncKrea):
        with pytest.raises(KreaConfigError, match="timeout"):
            cls(api_key="k-1234567890", timeout=float("nan"))
        with pytest.raises(KreaConfigError, match="default_headers"):
            cls(api_key="k-1234567890", default_headers={"X": 5})  # type: ignore[dict-item]  # the point
