"""Where settings come from: argument, then ``KREA_*`` environment variable, then default.

This is the only module that reads ``os.environ``; everything else receives a frozen ``Settings``.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable, Mapping
from typing import TypeVar
from urllib.parse import urlsplit

import attrs
import httpx

from ._constants import (
    DEFAULT_BASE_URL,
    DEFAULT_MAX_IN_FLIGHT,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    DEFAULT_WAIT_TIMEOUT,
)
from ._errors import KreaConfigError, MissingAPIKeyError
from ._logging import LEVELS

T = TypeVar("T")

_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
"""An HTTP header name (RFC 9110 token)."""


class _NotGiven:
    """The type of ``NOT_GIVEN``: an argument left out, where ``None`` is a meaningful value."""

    _instance: _NotGiven | None = None

    def __new__(cls) -> _NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> bool:
        return False


NOT_GIVEN = _NotGiven()
"""Sentinel for an argument that was not passed (so the environment or the default applies)."""


def _redact(key: str) -> str:
    return f"{key[:4]}…{len(key)} chars" if len(key) > 8 else "***"


@attrs.frozen
class Settings:
    """The resolved configuration of one client."""

    api_key: str = attrs.field(repr=lambda key: repr(_redact(key)))
    """The bearer token. Never printed: its repr is redacted."""
    base_url: str
    """The API root, without a trailing slash."""
    timeout: float | None
    """Seconds for each HTTP request (connect, read, write, pool); None means no limit."""
    max_retries: int
    """How many times a request that is safe to resend is retried."""
    wait_timeout: float
    """The default deadline, in seconds, of ``wait`` and ``subscribe``."""
    default_headers: Mapping[str, str] = attrs.field(factory=dict)
    """Extra headers sent with every API request."""
    log_level: str | None = None
    """The ``krea`` logger level from ``KREA_LOG`` (e.g. ``debug``), if set."""
    max_in_flight: int = DEFAULT_MAX_IN_FLIGHT
    """Most API requests in flight at once from this client; more wait their turn, first come first served."""


def _pick(arg: T | None, var: str, default: T, parse: Callable[[str], T], env: Mapping[str, str]) -> T:
    """Argument beats environment beats default; an empty variable counts as unset."""
    if arg is not None:
        return arg
    raw = env.get(var, "").strip()
    return parse(raw) if raw else default


def _float(var: str) -> Callable[[str], float]:
    def parse(raw: str) -> float:
        try:
            value = float(raw)
        except ValueError:
            raise KreaConfigError(f"{var} must be a number of seconds, got {raw!r}") from None
        return _seconds(var, value)

    return parse


def _seconds(name: str, value: object) -> float:
    """A positive, finite number of seconds, or a ``KreaConfigError`` naming the setting."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise KreaConfigError(f"{name} must be a number of seconds, got {type(value).__name__} {value!r:.80}")
    if not 0 < value < math.inf:  # also refuses NaN
        raise KreaConfigError(f"{name} must be a positive, finite number of seconds, got {value!r}")
    return float(value)


def _int(var: str) -> Callable[[str], int]:
    def parse(raw: str) -> int:
        try:
            value = int(raw)
        except ValueError:
            raise KreaConfigError(f"{var} must be a whole number, got {raw!r}") from None
        if value < 0:
            raise KreaConfigError(f"{var} must not be negative, got {raw!r}")
        return value

    return parse


def _header_text(what: str, value: object) -> str:
    if not isinstance(value, str):
        raise KreaConfigError(f"{what} must be a string, got {type(value).__name__}")
    if not value or any(not 32 <= ord(ch) < 127 for ch in value) or value != value.strip():
        raise KreaConfigError(f"{what} must be printable ASCII without surrounding spaces (it is sent as a header)")
    return value


def _headers(headers: object) -> dict[str, str]:
    """``default_headers`` checked before any request: names are HTTP tokens, values printable ASCII."""
    if headers is None:
        return {}
    if not isinstance(headers, Mapping):
        raise KreaConfigError(f"default_headers must be a mapping of header names to values, got {headers!r:.80}")
    checked: dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not _TOKEN.fullmatch(name):
            raise KreaConfigError(f"default_headers: {name!r:.80} is not a valid header name")
        if name.lower() in ("authorization", "host", "content-length"):
            raise KreaConfigError(f"default_headers: {name} is set by krea and cannot be overridden")
        checked[name] = _header_text(f"default_headers[{name!r}]", value)
    return checked


def _base_url(raw: object) -> str:
    if not isinstance(raw, str):
        raise KreaConfigError(f"base_url / KREA_BASE_URL must be a string, got {type(raw).__name__}")
    url = raw.strip().rstrip("/")
    try:
        parts = urlsplit(url)
        _ = parts.port  # reading it validates it
        httpx.URL(url)
    except ValueError as exc:  # httpx.InvalidURL is a ValueError too
        raise KreaConfigError(f"base_url / KREA_BASE_URL is not a valid URL ({exc}): {url!r:.100}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment:
        raise KreaConfigError(f"base_url / KREA_BASE_URL must be an http(s) URL with a host, got {url!r:.100}")
    return url


def log_level(env: Mapping[str, str] | None = None) -> str | None:
    """The ``krea`` logger level that ``KREA_LOG`` asks for, or None when it is unset.

    Raises:
        KreaConfigError: ``KREA_LOG`` is set to something other than a level.
    """
    raw = (os.environ if env is None else env).get("KREA_LOG", "")
    level = raw.strip().lower() or None
    if level is not None and level not in LEVELS:
        raise KreaConfigError(f"KREA_LOG must be one of {', '.join(LEVELS)} (or unset), got {raw!r:.40}")
    return level


def resolve(
    *,
    api_key: str | None,
    base_url: str | None,
    timeout: float | _NotGiven | None,
    max_retries: int | None,
    wait_timeout: float | None,
    default_headers: Mapping[str, str] | None,
    max_in_flight: int | None = None,
    env: Mapping[str, str] | None = None,
) -> Settings:
    """Resolve and check every setting once, at construction.

    Raises:
        KreaConfigError: the key is missing, or a value is malformed (the message names the setting).
    """
    env = os.environ if env is None else env
    raw_key = _pick(api_key, "KREA_API_KEY", "", str, env)
    if not isinstance(raw_key, str):
        raise MissingAPIKeyError(f"api_key must be a string, got {type(raw_key).__name__}")
    key = raw_key.strip()
    if not key:
        raise MissingAPIKeyError(
            "No API key: pass api_key=... to the client or set the KREA_API_KEY environment variable "
            "(create a key at https://www.krea.ai/settings/api-tokens)."
        )
    if any(ch.isspace() for ch in key):
        raise MissingAPIKeyError("The API key contains whitespace; check api_key= or KREA_API_KEY.")
    if any(not 32 < ord(ch) < 127 for ch in key):
        raise MissingAPIKeyError(
            "The API key contains characters outside printable ASCII, so it cannot be a Krea key; check "
            "api_key= or KREA_API_KEY."
        )
    url = _base_url(_pick(base_url, "KREA_BASE_URL", DEFAULT_BASE_URL, str, env))
    if isinstance(timeout, _NotGiven):
        resolved_timeout: float | None = _pick(None, "KREA_TIMEOUT", DEFAULT_TIMEOUT, _float("KREA_TIMEOUT"), env)
    else:
        resolved_timeout = None if timeout is None else _seconds("timeout", timeout)
    retries = _pick(max_retries, "KREA_MAX_RETRIES", DEFAULT_MAX_RETRIES, _int("KREA_MAX_RETRIES"), env)
    if isinstance(retries, bool) or not isinstance(retries, int) or retries < 0:
        raise KreaConfigError(f"max_retries must be a whole number, 0 or more, got {retries!r}")
    wait = _pick(wait_timeout, "KREA_WAIT_TIMEOUT", DEFAULT_WAIT_TIMEOUT, _float("KREA_WAIT_TIMEOUT"), env)
    wait = _seconds("wait_timeout", wait)
    in_flight = _pick(max_in_flight, "KREA_MAX_IN_FLIGHT", DEFAULT_MAX_IN_FLIGHT, _int("KREA_MAX_IN_FLIGHT"), env)
    if isinstance(in_flight, bool) or not isinstance(in_flight, int) or in_flight < 1:
        raise KreaConfigError(
            f"max_in_flight / KREA_MAX_IN_FLIGHT must be a whole number, 1 or more, got {in_flight!r}"
        )
    return Settings(
        api_key=key,
        base_url=url,
        timeout=resolved_timeout,
        max_retries=retries,
        wait_timeout=wait,
        default_headers=_headers(default_headers),
        log_level=log_level(env),
        max_in_flight=in_flight,
    )
