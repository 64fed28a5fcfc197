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


def _every_error() -> list[krea.KreaError]:
    import datetime

    from krea._job import JobBase

    done = JobBase(raw={"job_id": "j-1", "status": "failed", "error": {"code": "nsfw", "message": "blocked"}})
    status: dict[str, Any] = {"status_code": 418, "body": {"error": "x"}, "request_id": "req-1"}
    made: list[krea.KreaError] = [
        krea.KreaError("base"),
        krea.KreaConfigError("bad setting"),
        krea.MissingAPIKeyError("no key"),
        krea.ValidationError("bad", errors=["a: bad", "b: bad"]),
        krea.APIConnectionError("down", method="GET", url="/jobs"),
        krea.APITimeoutError("slow", method="GET", url="/jobs"),
        krea.SubmissionUncertainError(
            "maybe", endpoint="/generate/image/x/y", submitted_at=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
        ),
        krea.UnexpectedResponseError("odd", status_code=200, body=b"<html>"),
        krea.DownloadError("disk full", job_id="j-1", path="/out/j-1.png"),
        krea.ModelGoneError("gone", **status, sunset_date="2026-01-01", replacement="image/x/z", migration_url="u"),
        krea.RateLimitError("busy", **status, retry_after=3.0),
        krea.JobFailedError("failed", job=done, code="nsfw", reason="blocked"),
        krea.JobCancelledError("cancelled", job=done),
        krea.JobTimeoutError("slow", job=done),
        krea.JobError("job", job=done),
    ]
    simple = (
        krea.APIStatusError, krea.BadRequestError, krea.AuthenticationError, krea.InsufficientBalanceError,
        krea.PermissionDeniedError, krea.NotFoundError, krea.ConflictError, krea.UnprocessableEntityError,
        krea.ServerError,
    )  # fmt: skip
    made += [cls("status", **status) for cls in simple]
    return made


def test_every_krea_error_survives_pickle_with_its_attributes() -> None:
    import pickle

    errors = _every_error()
    exported = {getattr(krea, name) for name in krea.__all__}
    classes = {c for c in exported if isinstance(c, type) and issubclass(c, krea.KreaError)}
    assert {type(e) for e in errors} == classes  # a new error class must be added here
    for error in errors:
        again = pickle.loads(pickle.dumps(error))
        assert type(again) is type(error)
        assert str(again) == str(error)
        attributes = {k: v for k, v in vars(error).items() if k != "job"}
        assert {k: v for k, v in vars(again).items() if k != "job"} == attributes
        if isinstance(error, krea.JobError):
            assert isinstance(again, krea.JobError)
            assert again.job.raw == error.job.raw
            assert again.job.id == "j-1"
