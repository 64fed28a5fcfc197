"""When to retry: a pure policy that never sleeps and never sends, shared by the sync and async clients.

The rule that protects money: a request that can create a billable job (every POST) is resent only when it
provably never reached the server (the connection could not be opened) or the server refused it with 429
(nothing was created). A POST that was sent and then timed out, broke, or got a 5xx may have created a job:
it is never resent, and the caller gets ``SubmissionUncertainError`` instead. Reads and cancels (GET, DELETE)
are idempotent and retry connection errors, timeouts, 429 and 500/502/503/504.
"""

from __future__ import annotations

import email.utils
import enum
import math
import random
import time
from collections.abc import Callable, Mapping

import attrs

from ._constants import RETRY_AFTER_CAP, RETRY_INITIAL_DELAY, RETRY_MAX_DELAY, RETRYABLE_STATUSES


class Failure(enum.Enum):
    """How an attempt failed, as far as billing is concerned."""

    NOT_SENT = "not_sent"
    """The request never reached the server (connect error, connect or pool timeout)."""
    REFUSED_LOCALLY = "refused_locally"
    """The HTTP library refused to write the request (e.g. a header with CR/LF): nothing left this machine."""
    SENT_NO_ANSWER = "sent_no_answer"
    """The request may have reached the server, but no response came (read timeout, reset, protocol error)."""
    STATUS = "status"
    """The server answered with an error status."""


@attrs.frozen
class Attempt:
    """The outcome of one failed attempt."""

    failure: Failure
    status_code: int | None = None
    retry_after: float | None = None


@attrs.frozen
class RetryPolicy:
    """Exponential backoff with full jitter, honouring ``Retry-After``."""

    max_retries: int
    initial_delay: float = RETRY_INITIAL_DELAY
    max_delay: float = RETRY_MAX_DELAY
    retry_after_cap: float = RETRY_AFTER_CAP
    rng: Callable[[], float] = random.random
    """Uniform [0, 1) numbers for the jitter (tests pin it)."""

    def delay(self, method: str, attempt: Attempt, retries_done: int) -> float | None:
        """Seconds to wait before resending, or None when the request must not be resent."""
        if retries_done >= self.max_retries or not self.may_resend(method, attempt):
            return None
        if attempt.retry_after is not None:
            # A server asking for longer than the cap is not asked again early (it would only refuse again):
            # the caller gets the error at once, with the server's ``retry_after``.
            return None if attempt.retry_after > self.retry_after_cap else max(attempt.retry_after, 0.0)
        backoff = min(self.initial_delay * 2.0**retries_done, self.max_delay)
        # Between half and all of the backoff: spreads clients out without ever retrying instantly.
        return backoff * (0.5 + 0.5 * self.rng())

    @staticmethod
    def may_resend(method: str, attempt: Attempt) -> bool:
        """Whether resending cannot create a second job (see the module docstring)."""
        if attempt.failure is Failure.NOT_SENT:
            return True
        if attempt.failure is Failure.REFUSED_LOCALLY:
            return False  # refused again, every time
        if attempt.failure is Failure.STATUS:
            if attempt.status_code == 429:
                return True
            return method.upper() != "POST" and attempt.status_code in RETRYABLE_STATUSES
        return method.upper() != "POST"


def is_uncertain_submission(attempt: Attempt) -> bool:
    """True when a job-creating request was sent and its outcome is unknown: it may have created a job."""
    if attempt.failure is Failure.SENT_NO_ANSWER:
        return True
    return attempt.failure is Failure.STATUS and attempt.status_code is not None and attempt.status_code >= 500


def parse_retry_after(headers: Mapping[str, str], *, now: Callable[[], float] = time.time) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds or an HTTP date), or None if absent or garbled."""
    raw = headers.get("retry-after")
    if raw is None:
        return None
    raw = raw.strip()
    try:
        seconds = float(raw)
    except ValueError:
        pass
    else:
        return max(seconds, 0.0) if math.isfinite(seconds) else None
    try:
        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(when.timestamp() - now(), 0.0)
