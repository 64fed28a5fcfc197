"""One function maps an error response to its typed exception, whatever the body looks like."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import krea
from krea._errors import make_status_error


def response(status: int, **kwargs: Any) -> httpx.Response:
    return httpx.Response(status, request=httpx.Request("POST", "https://api.krea.ai/generate/image/x/y"), **kwargs)


@pytest.mark.parametrize(
    ("status", "kwargs", "cls", "message"),
    [
        (
            400,
            {"json": {"error": "The request body is invalid."}},
            krea.BadRequestError,
            "The request body is invalid.",
        ),
        (402, {"json": {"message": "Please top up"}}, krea.InsufficientBalanceError, "Please top up"),
        (402, {"json": {"error": "You have run out of credits."}}, krea.InsufficientBalanceError, "run out of credits"),
        (
            403,
            {"json": {"error": {"code": "forbidden", "message": "not yours"}}},
            krea.PermissionDeniedError,
            "not yours",
        ),
        (404, {"json": {"error": "Job not found"}}, krea.NotFoundError, "Job not found"),
        (409, {"json": {"error": "not cancellable"}}, krea.ConflictError, "not cancellable"),
        (422, {"json": {"error": "Unrecognized key(s) in object: 'x'"}}, krea.UnprocessableEntityError, "Unrecognized"),
        (429, {"json": {"error": "max concurrent"}}, krea.RateLimitError, "max concurrent"),
        (500, {"text": "<html><body>Internal</body></html>"}, krea.ServerError, "Internal Server Error"),
        (502, {"content": b""}, krea.ServerError, "Bad Gateway"),
        (520, {"text": "<!DOCTYPE html><title>520</title>"}, krea.ServerError, "unexpected status"),
        (418, {"text": "short and stout"}, krea.ServerError, "short and stout"),
    ],
)
def test_status_and_body_shapes_map_to_typed_errors(
    status: int, kwargs: dict[str, Any], cls: type[krea.APIStatusError], message: str
) -> None:
    error = make_status_error(response(status, **kwargs))
    assert type(error) is cls
    assert error.status_code == status
    assert message in error.message
    assert str(error).startswith(f"HTTP {status}: ")
    assert isinstance(error, krea.KreaError)


def test_410_body_fills_model_gone_fields() -> None:
    body = {"error": "model_unavailable", "reason": "deprecated", "message": "gone", "sunset_date": "2026-05-13"}
    error = make_status_error(response(410, json=body))
    assert isinstance(error, krea.ModelGoneError)
    assert error.sunset_date == "2026-05-13"
    assert error.replacement is None
    assert error.body == body


def test_request_id_is_shown_in_str() -> None:
    error = make_status_error(response(500, json={"error": "x"}, headers={"x-request-id": "req_123"}))
    assert "req_123" in str(error)
    assert error.request_id == "req_123"


def test_hierarchy_matches_the_documented_tree() -> None:
    assert issubclass(krea.APITimeoutError, krea.APIConnectionError)
    assert issubclass(krea.JobFailedError, krea.JobError)
    assert issubclass(krea.JobCancelledError, krea.JobError)
    assert issubclass(krea.JobTimeoutError, krea.JobError)
    for cls in (krea.KreaConfigError, krea.ValidationError, krea.APIConnectionError, krea.SubmissionUncertainError,
                krea.APIStatusError, krea.JobError):  # fmt: skip
        assert issubclass(cls, krea.KreaError)
    import krea._errors as module

    assert module.__doc__ is not None
    for name in module.__all__:
        assert name in module.__doc__, name
