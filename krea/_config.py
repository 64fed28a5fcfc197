"""Where settings come from: argument, then ``KREA_*`` environment variable, then default.

This is the only module that reads ``os.environ``; everything else receives a frozen ``Settings``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import TypeVar
from urllib.parse import urlsplit

import attrs

from ._constants import DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, DEFAULT_WAIT_TIMEOUT
from ._errors import KreaConfigError, MissingAPIKeyError

T = TypeVar("T")


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
        if value <= 0:
            raise KreaConfigError(f"{var} must be positive, got {raw!r}")
        return value

    return parse


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


def resolve(
    *,
    api_key: str | None,
    base_url: str | None,
    timeout: float | _NotGiven | None,
    max_retries: int | None,
    wait_timeout: float | None,
    default_headers: Mapping[str, str] | None,
    env: Mapping[str, str] | None = None,
) -> Settings:
    """Resolve every setting once, at construction.

    Raises:
        KreaConfigError: the key is missing, or a value is malformed.
    """
    env = os.environ if env is None else env
    key = _pick(api_key, "KREA_API_KEY", "", str, env).strip()
    if not key:
        raise MissingAPIKeyError(
            "No API key: pass api_key=... to the client or set the KREA_API_KEY environment variable "
            "(create a key at https://www.krea.ai/settings/api-tokens)."
        )
    if any(ch.isspace() for ch in key):
        raise MissingAPIKeyError("The API key contains whitespace; check api_key= or KREA_API_KEY.")
    url = _pick(base_url, "KREA_BASE_URL", DEFAULT_BASE_URL, str, env).rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise KreaConfigError(f"base_url / KREA_BASE_URL must be an http(s) URL, got {url!r}")
    if isinstance(timeout, _NotGiven):
        resolved_timeout: float | None = _pick(None, "KREA_TIMEOUT", DEFAULT_TIMEOUT, _float("KREA_TIMEOUT"), env)
    else:
        resolved_timeout = timeout
    retries = _pick(max_retries, "KREA_MAX_RETRIES", DEFAULT_MAX_RETRIES, _int("KREA_MAX_RETRIES"), env)
    if retries < 0:
        raise KreaConfigError(f"max_retries must not be negative, got {retries}")
    wait = _pick(wait_timeout, "KREA_WAIT_TIMEOUT", DEFAULT_WAIT_TIMEOUT, _float("KREA_WAIT_TIMEOUT"), env)
    if wait <= 0:
        raise KreaConfigError(f"wait_timeout must be positive, got {wait}")
    level = env.get("KREA_LOG", "").strip().lower() or None
    return Settings(
        api_key=key,
        base_url=url,
        timeout=resolved_timeout,
        max_retries=retries,
        wait_timeout=wait,
        default_headers=dict(default_headers or {}),
        log_level=level,
    )
