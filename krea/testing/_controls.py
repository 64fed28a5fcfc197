"""How is the mock steered over HTTP? The ``/_mock/`` endpoints, which are not part of Krea's API.

| method | path                       | body (JSON)                                                     |
|--------|----------------------------|-----------------------------------------------------------------|
| POST   | /_mock/clock/advance       | ``{"seconds": 60}``                                             |
| POST   | /_mock/script              | ``{"outcome", "code", "message", "duration", "polls", "count"}`` |
| POST   | /_mock/jobs/{id}/script    | ``{"outcome", "code", "message", "duration", "polls"}``          |
| POST   | /_mock/faults              | ``{"count", "kind", "status", "retry_after", "delay"}``          |
| POST   | /_mock/balance/top-up      | ``{"amount", "api_key"?}``                                      |
| PUT    | /_mock/balance             | ``{"amount", "api_key"?}``                                      |
| GET    | /_mock/balance?api_key=    |                                                                 |
| PUT    | /_mock/prices              | ``{"image/bfl/flux-1-dev": 0.01, "video": 2}``                  |
| POST   | /_mock/models/deprecate    | ``{"endpoint", "sunset"?, "link"?}``                            |
| POST   | /_mock/models/sunset       | ``{"endpoint", "sunset_date"?, "replacement"?, "migration_url"?}`` |
| POST   | /_mock/reset               |                                                                 |
| GET    | /_mock/jobs, /_mock/ledger, /_mock/journal, /_mock/webhooks |                                |

Answers are JSON; a bad control request gets 400 ``{"error": ...}``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from krea.testing._http import ApiError, MockRequest, MockResponse, json_response
from krea.testing._validation import RequestInvalid, parse_json

if TYPE_CHECKING:
    from krea.testing._mock import MockKrea

PREFIX = "/_mock/"


def _plain(value: Any) -> Any:
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
        raise ApiError(400, "control bodies are JSON objects")
    return body


def _call(action: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    try:
        return action(*args, **kwargs)
    except (TypeError, ValueError, KeyError) as exc:
        raise ApiError(400, f"{type(exc).__name__}: {exc}") from None


def handle_control(mock: MockKrea, request: MockRequest) -> MockResponse:
    """Answer one ``/_mock/`` control request (files are served by the API service, not here)."""
    try:
        return _dispatch(mock, request)
    except ApiError as error:
        return json_response(error.status, dict(error.body))


def _dispatch(mock: MockKrea, request: MockRequest) -> MockResponse:
    route = request.path.removeprefix(PREFIX).strip("/")
    method = request.method
    args = _args(request) if method in ("POST", "PUT") else {}
    key = args.pop("api_key", None) or request.query.get("api_key")
    simple: Mapping[tuple[str, str], Callable[[], Any]] = {
        ("POST", "clock/advance"): lambda: _call(mock.clock.advance, **args),
        ("POST", "script"): lambda: _call(mock.script_next, **args),
        ("POST", "faults"): lambda: _call(mock.fail_next, args.pop("count", 1), **args),
        ("POST", "balance/top-up"): lambda: _call(mock.top_up, args.get("amount"), api_key=key),
        ("PUT", "balance"): lambda: _call(mock.set_balance, args.get("amount"), api_key=key),
        ("PUT", "prices"): lambda: [_call(mock.set_price, k, v) for k, v in args.items()],
        ("POST", "models/deprecate"): lambda: _call(mock.deprecate, **args),
        ("POST", "models/sunset"): lambda: _call(mock.sunset, **args),
        ("POST", "reset"): mock.reset,
    }
    action = simple.get((method, route))
    if action is not None:
        action()
        return json_response(200, {"ok": True, "clock": mock.clock.seconds})
    if method == "GET" and route == "balance":
        return json_response(200, {"balance": float(mock.balance_of(key or mock.api_key))})
    if method == "GET" and route in ("jobs", "ledger", "journal", "webhooks"):
        return json_response(200, _plain(list(getattr(mock, route))))
    parts = route.split("/")
    if method == "POST" and len(parts) == 3 and parts[0] == "jobs" and parts[2] == "script":
        _call(mock.script_job, parts[1], **args)
        return json_response(200, {"ok": True, "clock": mock.clock.seconds})
    raise ApiError(404, f"No mock control {method} {request.path}")
