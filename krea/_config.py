"""Where settings come from: argument, then ``KREA_*`` environment variable, then default.

This is the only module that reads ``os.environ``; everything else receives a frozen ``Settings``.
"""

from __future__ import annotations

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
from ._errors import KreaConfigError, KreaError, MissingAPIKeyError
from ._logging import LEVELS

T = TypeVar("T")

_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
"""An HTTP header name (RFC 9110 token)."""


class NotGiven:
    """The type of ``NOT_GIVEN``: an argument left out, where ``None`` is a meaningful value."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> bool:
        return False


NOT_GIVEN = NotGiven()
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
        return checked_seconds(var, value)

    return parse


MAX_SECONDS = 1e9
"""The longest timeout or deadline accepted (about 31 years): a socket timeout past about 9.2e9 s overflows
the platform's clock type, so a larger one would fail inside httpx instead of here."""


def checked_seconds(name: str, value: object, error: type[KreaError] = KreaConfigError) -> float:
    """A positive, finite number of seconds up to ``MAX_SECONDS``, or ``error`` (a ``KreaConfigError`` by
    default) naming the setting."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise error(f"{name} must be a number of seconds, got {type(value).__name__} {value!r:.80}")
    if not 0 < value <= MAX_SECONDS:  # also refuses NaN and infinity
        raise error(f"{name} must be a positive number of seconds, at most {MAX_SECONDS:g}, got {value!r}")
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


def _header_text(what: str, value: object, error: type[KreaError]) -> str:
    if not isinstance(value, str):
        raise error(f"{what} must be a string, got {type(value).__name__}")
    if not value or any(not 32 <= ord(ch) < 127 for ch in value) or value != value.strip():
        raise error(f"{what} must be printable ASCII without surrounding spaces (it is sent as a header)")
    return value


def checked_headers(
    headers: object, what: str = "default_headers", error: type[KreaError] = KreaConfigError
) -> dict[str, str]:
    """Headers checked before any request (``default_headers``, or a call's ``extra_headers`` with
    ``ValidationError``): names are HTTP tokens, values printable ASCII, none that krea sets itself."""
    if headers is None:
        return {}
    if not isinstance(headers, Mapping):  # its repr is not shown: it may hold a secret
        raise error(f"{what} must be a mapping of header names to values, got a {type(headers).__name__}")
    checked: dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not _TOKEN.fullmatch(name):
            raise error(f"{what}: a header name must be an HTTP token, got a {type(name).__name__} {name!r:.40}")
        if name.lower() in _SET_BY_KREA:
            raise error(f"{what}: {name} is set by krea and cannot be overridden{_SET_BY_KREA[name.lower()]}")
        # Lower-cased, so one given twice in two cases, or over one of krea's, is sent once (the last wins).
        checked[name.lower()] = _header_text(f"{what}[{name!r}]", value, error)
    return checked


_SET_BY_KREA = {
    "authorization": " (the key is api_key=)",
    "host": "",
    "content-length": "",
    "content-type": "",
    "transfer-encoding": "",
    "x-webhook-url": " (pass webhook_url=, which is checked)",
}
"""Headers krea sets itself, which ``default_headers`` and ``extra_headers`` may not replace."""


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
    timeout: float | NotGiven | None,
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
    if isinstance(timeout, NotGiven):
        resolved_timeout: float | None = _pick(None, "KREA_TIMEOUT", DEFAULT_TIMEOUT, _float("KREA_TIMEOUT"), env)
    else:
        resolved_timeout = None if timeout is None else checked_seconds("timeout", timeout)
    retries = _pick(max_retries, "KREA_MAX_RETRIES", DEFAULT_MAX_RETRIES, _int("KREA_MAX_RETRIES"), env)
    if isinstance(retries, bool) or not isinstance(retries, int) or retries < 0:
        raise KreaConfigError(f"max_retries must be a whole number, 0 or more, got {retries!r}")
    wait = _pick(wait_timeout, "KREA_WAIT_TIMEOUT", DEFAULT_WAIT_TIMEOUT, _float("KREA_WAIT_TIMEOUT"), env)
    wait = checked_seconds("wait_timeout", wait)
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
        default_headers=checked_headers(default_headers),
        log_level=log_level(env),
        max_in_flight=in_flight,
    )


def with_changes(
    settings: Settings,
    *,
    api_key: str | None = None,
    base_url: str | None = None,
    timeout: float | NotGiven | None = NOT_GIVEN,
    max_retries: int | None = None,
    wait_timeout: float | None = None,
    default_headers: Mapping[str, str] | None = None,
) -> Settings:
    """``settings`` with the given ones changed and checked as at construction (``with_options``); what is not
    given is kept as it is (the environment is not read again). ``default_headers`` are added to the current ones.

    Raises:
        KreaConfigError: a malformed value (the message names the setting).
    """
    return resolve(
        api_key=settings.api_key if api_key is None else api_key,
        base_url=settings.base_url if base_url is None else base_url,
        timeout=settings.timeout if isinstance(timeout, NotGiven) else timeout,
        max_retries=settings.max_retries if max_retries is None else max_retries,
        wait_timeout=settings.wait_timeout if wait_timeout is None else wait_timeout,
        default_headers={**settings.default_headers, **checked_headers(default_headers)},
        max_in_flight=settings.max_in_flight,
        env={"KREA_LOG": settings.log_level or ""},
    )
