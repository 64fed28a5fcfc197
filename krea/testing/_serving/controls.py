"""How is the mock steered over HTTP? The ``/_mock/`` endpoints, which are not part of Krea's API.

``GET /_mock`` lists them (the table below is :data:`CONTROLS`). When the mock has an admin token (``krea mock
serve`` always has one), every other control needs ``Authorization: Bearer <admin token>``. Answers are JSON;
a refused value gets 400 ``{"error": "<field>: must be ..."}`` and changes nothing. Tokens are shown redacted.
"""

from __future__ import annotations

import dataclasses
import hmac
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Protocol

from krea.testing import _limits as limits
from krea.testing._api.service import RequestRecord
from krea.testing._api.validation import RequestInvalid, parse_json
from krea.testing._core.clock import VirtualClock, WallClock
from krea.testing._core.faults import FaultKind
from krea.testing._core.jobs import Outcome as JobOutcome
from krea.testing._core.webhooks import Delivery
from krea.testing._http import ApiError, MockRequest, MockResponse, json_response


class MockKrea(Protocol):
    """What the controls may do to a mock: ``krea.testing.MockKrea`` as the ``/_mock/`` endpoints see it.

    A protocol rather than an import of the class, so the controls and the mock that dispatches to them do
    not import each other (a test keeps ``krea/`` free of import cycles).
    """

    admin_token: str | None
    clock: VirtualClock

    @property
    def speed(self) -> float: ...
    @property
    def api_key(self) -> str: ...
    @property
    def requests(self) -> list[RequestRecord]: ...
    def script_next(
        self,
        outcome: JobOutcome = ...,
        *,
        code: str = ...,
        message: str | None = ...,
        duration: float | None = ...,
        polls: int | None = ...,
        count: int = ...,
    ) -> None: ...
    def script_job(
        self,
        job_id: str,
        outcome: JobOutcome = ...,
        *,
        code: str = ...,
        message: str | None = ...,
        duration: float | None = ...,
        polls: int | None = ...,
    ) -> None: ...
    def fail_next(
        self,
        n: int = ...,
        *,
        status: int = ...,
        retry_after: float | None = ...,
        kind: FaultKind = ...,
        delay: float = ...,
    ) -> None: ...
    def set_duration(self, key: str, seconds: float) -> None: ...
    def set_price(self, key: str, amount: Decimal | float | str) -> None: ...
    def deprecate(self, endpoint: str, *, sunset: str = ..., link: str = ...) -> None: ...
    def sunset(
        self, endpoint: str, *, sunset_date: str = ..., replacement: str | None = ..., migration_url: str | None = ...
    ) -> None: ...
    def balance_of(self, api_key: str) -> Decimal: ...
    def top_up(self, amount: Decimal | float | str, *, api_key: str | None = ...) -> None: ...
    def set_balance(self, amount: Decimal | float | str, *, api_key: str | None = ...) -> None: ...
    def reset(self) -> None: ...


PREFIX = "/_mock/"
# RFC 9745: the alias is deprecated (since this instant, 2026-12-01) and its successor is /_mock/requests.
JOURNAL_DEPRECATION = (("Deprecation", "@1796083200"), ("Link", '</_mock/requests>; rel="successor-version"'))


@dataclass(frozen=True)
class Control:
    """One control endpoint, as ``GET /_mock`` describes it."""

    method: str
    path: str
    does: str
    body: str = ""
    example: Mapping[str, Any] | None = None


CONTROLS: tuple[Control, ...] = (
    Control("GET", "/_mock", "this list (no token needed)"),
    Control("GET", "/_mock/clock", "the clock: kind, speed, seconds since start, now"),
    Control("POST", "/_mock/clock/advance", "move the clock forward (0 to 100 years in all)", "seconds",
            {"seconds": 60}),
    Control("POST", "/_mock/script", "how the next jobs end", "outcome (completed|failed|stuck), code, message, "
            "duration (s), polls, count (0-1,000,000)", {"outcome": "failed", "code": "nsfw", "count": 2}),
    Control("POST", "/_mock/jobs/{id}/script", "how one pending job ends", "outcome, code, message, duration, polls",
            {"outcome": "completed", "duration": 5}),
    Control("POST", "/_mock/faults", "make the next API requests misbehave", "count, kind (status|slow|drop|"
            "lost_response), status (400-599), retry_after (s), delay (s, up to 600)",
            {"count": 1, "kind": "status", "status": 503, "retry_after": 2}),
    Control("GET", "/_mock/balance", "an account's balance in USD", "query api_key (default: the first key)"),
    Control("PUT", "/_mock/balance", "set an account's balance", "amount, api_key?", {"amount": 5}),
    Control("POST", "/_mock/balance/top-up", "add to an account's balance", "amount (> 0), api_key?",
            {"amount": 10}),
    Control("PUT", "/_mock/prices", "flat USD prices by endpoint or family", "{key: amount}",
            {"image/bfl/flux-1-dev": 0.01, "video": 2}),
    Control("PUT", "/_mock/durations", "run times (s) by endpoint or family, for jobs created later",
            "{key: seconds}", {"image": 7, "video": 120}),
    Control("POST", "/_mock/models/deprecate", "answer a model with Deprecation headers", "endpoint, sunset?, link?",
            {"endpoint": "image/bfl/flux-1-dev"}),
    Control("POST", "/_mock/models/sunset", "answer a model with 410", "endpoint, sunset_date?, replacement?, "
            "migration_url?", {"endpoint": "image/bfl/flux-1-dev"}),
    Control("POST", "/_mock/reset", "forget accounts, jobs, charges, faults, scripts and the request log"),
    Control("GET", "/_mock/jobs", "every job kept, oldest first", "query limit (the last N)"),
    Control("GET", "/_mock/inputs", "each kept job's request body (job_id, endpoint, input), oldest first",
            "query limit"),
    Control("GET", "/_mock/ledger", "every charge kept, oldest first (accounts redacted)", "query limit"),
    Control("GET", "/_mock/requests", "every API and file request kept, oldest first (accounts redacted)",
            "query limit"),
    Control("GET", "/_mock/journal", "deprecated alias of /_mock/requests, answered with a Deprecation header; "
            "removed in the next release", "query limit"),
    Control("GET", "/_mock/webhooks", "every webhook delivery kept, oldest first", "query limit"),
)  # fmt: skip


def is_control(path: str) -> bool:
    """Whether ``path`` is a control (``/_mock`` or below it)."""
    return path == PREFIX.rstrip("/") or path.startswith(PREFIX)


def _plain(value: Any) -> Any:
    if isinstance(value, Delivery):  # its document, not the bytes it keeps
        fields = {"url": value.url, "job_id": value.job_id, "body": value.body}
        return {**fields, "status_code": value.status_code, "error": value.error}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, Decimal):
        return float(value)
    return value


def _args(request: MockRequest) -> dict[str, Any]:
    if not request.body.strip():
        return {}
    try:
        body = parse_json(request.body)
    except RequestInvalid as exc:
        raise ApiError(400, str(exc)) from None
    if not isinstance(body, dict):
        raise ApiError(400, "body: control bodies are JSON objects")
    return body


def _call(action: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    try:
        return action(*args, **kwargs)
    except KeyError as exc:
        raise ApiError(404, f"No such job {exc}") from None
    except (TypeError, ValueError) as exc:
        raise ApiError(400, str(exc)) from None


def handle_control(mock: MockKrea, request: MockRequest) -> MockResponse:
    """Answer one ``/_mock/`` control request (files are served by the API service, not here)."""
    try:
        return _dispatch(mock, request)
    except ApiError as error:
        return json_response(error.status, dict(error.body))
    except Exception as exc:  # a bug of the mock: a 500 that says so, never a dropped connection
        return json_response(500, {"error": f"Internal mock error: {type(exc).__name__}"})


def _authorized(mock: MockKrea, request: MockRequest) -> bool:
    if mock.admin_token is None:
        return True
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(token.strip().encode(), mock.admin_token.encode())


def _recent(items: list[Any], query: Mapping[str, str]) -> list[Any]:
    raw = query.get("limit")
    if raw is None:
        return items
    try:
        count = limits.integer("limit", int(raw), 1, 100_000_000)
    except ValueError:
        raise ApiError(400, f"limit: must be an integer from 1 to 100000000, got {raw!r}") from None
    return items[-count:]


def _set_all(setter: Callable[[str, Any], None], args: Mapping[str, Any], check: Callable[[str, Any], Any]) -> None:
    for key, value in args.items():  # every value is checked before any is set: a refusal changes nothing
        _call(check, key, value)
    for key, value in args.items():
        setter(key, value)


def _dispatch(mock: MockKrea, request: MockRequest) -> MockResponse:
    route = request.path.removeprefix(PREFIX.rstrip("/")).strip("/")
    method = request.method
    if method == "GET" and route == "":
        return json_response(200, {"controls": _plain(list(CONTROLS)), "auth": "Authorization: Bearer <admin token>"})
    if not _authorized(mock, request):
        raise ApiError(401, "The /_mock/ controls need the admin token: Authorization: Bearer <admin token>")
    args = _args(request) if method in ("POST", "PUT") else {}
    key = args.pop("api_key", None) or request.query.get("api_key")
    if key is not None and not isinstance(key, str):
        raise ApiError(400, f"api_key: must be a string, got {key!r}")
    simple: Mapping[tuple[str, str], Callable[[], Any]] = {
        ("POST", "clock/advance"): lambda: _call(mock.clock.advance, **args),
        ("POST", "script"): lambda: _call(mock.script_next, **args),
        ("POST", "faults"): lambda: _call(mock.fail_next, args.pop("count", 1), **args),
        ("POST", "balance/top-up"): lambda: _call(mock.top_up, args.get("amount"), api_key=key),
        ("PUT", "balance"): lambda: _call(mock.set_balance, args.get("amount"), api_key=key),
        ("PUT", "prices"): lambda: _set_all(mock.set_price, args, _check_price),
        ("PUT", "durations"): lambda: _set_all(mock.set_duration, args, _check_duration),
        ("POST", "models/deprecate"): lambda: _call(mock.deprecate, **args),
        ("POST", "models/sunset"): lambda: _call(mock.sunset, **args),
        ("POST", "reset"): mock.reset,
    }
    action = simple.get((method, route))
    if action is not None:
        action()
        return json_response(200, {"ok": True, "clock": mock.clock.seconds})
    if method == "GET" and route == "clock":
        kind = "wall" if isinstance(mock.clock, WallClock) else "virtual"
        now = mock.clock.now().isoformat().replace("+00:00", "Z")
        return json_response(200, {"kind": kind, "speed": mock.speed, "seconds": mock.clock.seconds, "now": now})
    if method == "GET" and route == "balance":
        return json_response(200, {"balance": float(mock.balance_of(key or mock.api_key))})
    if method == "GET" and route in ("jobs", "inputs", "ledger", "requests", "webhooks"):
        return json_response(200, _plain(_recent(list(getattr(mock, route)), request.query)))
    if method == "GET" and route == "journal":  # the old name of /_mock/requests ("journal" is the batch's)
        return json_response(200, _plain(_recent(mock.requests, request.query)), JOURNAL_DEPRECATION)
    parts = route.split("/")
    if method == "POST" and len(parts) == 3 and parts[0] == "jobs" and parts[2] == "script":
        _call(mock.script_job, parts[1], **args)
        return json_response(200, {"ok": True, "clock": mock.clock.seconds})
    raise ApiError(404, f"No mock control {method} {request.path}; GET /_mock lists them")


def _check_price(key: str, value: Any) -> None:
    limits.text("key", key)
    limits.usd(key, value, low=Decimal(0))


def _check_duration(key: str, value: Any) -> None:
    limits.text("key", key)
    limits.number(key, value, 0, limits.MAX_DURATION)
