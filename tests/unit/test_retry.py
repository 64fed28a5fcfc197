"""The retry policy: what may be resent (never a POST that may have created a job) and after how long."""

from __future__ import annotations

import email.utils

import pytest

from krea._retry import Attempt, Failure, RetryPolicy, is_uncertain_submission, parse_retry_after

POLICY = RetryPolicy(max_retries=3, rng=lambda: 1.0)


@pytest.mark.parametrize(
    ("method", "attempt", "resend"),
    [
        ("POST", Attempt(Failure.NOT_SENT), True),
        ("POST", Attempt(Failure.STATUS, 429), True),
        ("POST", Attempt(Failure.STATUS, 500), False),
        ("POST", Attempt(Failure.STATUS, 503), False),
        ("POST", Attempt(Failure.STATUS, 402), False),
        ("POST", Attempt(Failure.SENT_NO_ANSWER), False),
        ("GET", Attempt(Failure.SENT_NO_ANSWER), True),
        ("GET", Attempt(Failure.STATUS, 503), True),
        ("GET", Attempt(Failure.STATUS, 404), False),
        ("GET", Attempt(Failure.STATUS, 410), False),
        ("DELETE", Attempt(Failure.STATUS, 502), True),
        ("DELETE", Attempt(Failure.STATUS, 409), False),
    ],
)
def test_only_requests_that_cannot_double_bill_are_resent(method: str, attempt: Attempt, resend: bool) -> None:
    assert (POLICY.delay(method, attempt, 0) is not None) is resend


def test_backoff_grows_exponentially_up_to_the_cap_with_jitter() -> None:
    attempt = Attempt(Failure.STATUS, 503)
    assert [POLICY.delay("GET", attempt, n) for n in range(3)] == [0.5, 1.0, 2.0]
    capped = RetryPolicy(max_retries=10, rng=lambda: 1.0)
    assert capped.delay("GET", attempt, 8) == 8.0
    low = RetryPolicy(max_retries=3, rng=lambda: 0.0)
    assert low.delay("GET", attempt, 1) == 0.5  # half of the 1 s backoff
    assert POLICY.delay("GET", attempt, 3) is None  # budget spent


def test_retry_after_wins_and_one_past_the_cap_is_not_waited_for() -> None:
    assert POLICY.delay("POST", Attempt(Failure.STATUS, 429, retry_after=3.0), 0) == 3.0
    assert POLICY.delay("GET", Attempt(Failure.STATUS, 429, retry_after=60.0), 0) == 60.0
    # Asking again after the cap would only be refused again: the error is raised at once.
    assert POLICY.delay("POST", Attempt(Failure.STATUS, 429, retry_after=3600.0), 0) is None
    assert POLICY.delay("GET", Attempt(Failure.STATUS, 503, retry_after=99999999.0), 0) is None


def test_a_request_the_http_library_refused_to_write_is_never_resent() -> None:
    assert POLICY.delay("GET", Attempt(Failure.REFUSED_LOCALLY), 0) is None
    assert not is_uncertain_submission(Attempt(Failure.REFUSED_LOCALLY))


def test_parse_retry_after_reads_seconds_and_http_dates() -> None:
    assert parse_retry_after({"retry-after": "12"}) == 12.0
    assert parse_retry_after({}) is None
    assert parse_retry_after({"retry-after": "soon"}) is None
    assert parse_retry_after({"retry-after": "nan"}) is None
    assert parse_retry_after({"retry-after": "inf"}) is None
    when = email.utils.formatdate(1_000_030, usegmt=True)
    assert parse_retry_after({"retry-after": when}, now=lambda: 1_000_000.0) == pytest.approx(30.0)
    past = email.utils.formatdate(999_000, usegmt=True)
    assert parse_retry_after({"retry-after": past}, now=lambda: 1_000_000.0) == 0.0


def test_uncertain_submissions_are_sent_requests_without_a_clear_answer() -> None:
    assert is_uncertain_submission(Attempt(Failure.SENT_NO_ANSWER))
    assert is_uncertain_submission(Attempt(Failure.STATUS, 502))
    assert not is_uncertain_submission(Attempt(Failure.STATUS, 402))
    assert not is_uncertain_submission(Attempt(Failure.NOT_SENT))
