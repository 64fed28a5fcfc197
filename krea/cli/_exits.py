"""Which exit code and one-line message does each failure of the ``krea`` command get?"""

from __future__ import annotations

import enum

from .._errors import (
    APIConnectionError,
    AuthenticationError,
    InsufficientBalanceError,
    JobCancelledError,
    JobFailedError,
    JobTimeoutError,
    KreaConfigError,
    KreaError,
    MissingAPIKeyError,
    ModelGoneError,
    PermissionDeniedError,
    RateLimitError,
    SubmissionUncertainError,
    ValidationError,
)


class ExitCode(enum.IntEnum):
    """The exit codes of ``krea``: one per class of failure, so scripts can branch on them."""

    OK = 0
    ERROR = 1
    USAGE = 2
    AUTH = 3
    BALANCE = 4
    RATE_LIMIT = 5
    JOB_FAILED = 6
    TIMEOUT = 7
    CANCELLED = 8
    UNCERTAIN = 9
    INTERRUPTED = 130
    TERMINATED = 143


EXIT_CODES: tuple[tuple[ExitCode, str], ...] = (
    (ExitCode.OK, "success"),
    (ExitCode.ERROR, "any other API, network or file error"),
    (ExitCode.USAGE, "bad command line or input: unknown model, bad parameter, bad setting"),
    (ExitCode.AUTH, "no API key (set KREA_API_KEY), or the key was refused (401/403)"),
    (ExitCode.BALANCE, "the API balance cannot pay (402); nothing was created"),
    (ExitCode.RATE_LIMIT, "too many jobs at once (429), after retries"),
    (ExitCode.JOB_FAILED, "the job failed (not billed)"),
    (ExitCode.TIMEOUT, "the wait's deadline passed; the job keeps running"),
    (ExitCode.CANCELLED, "the job was cancelled (not billed)"),
    (ExitCode.UNCERTAIN, "a submission's outcome is unknown: the job may exist; it was not resent"),
    (ExitCode.INTERRUPTED, "interrupted (Ctrl-C); a job being waited for is cancelled unless --detach"),
    (ExitCode.TERMINATED, "terminated (SIGTERM): handled like Ctrl-C"),
)
"""Every exit code with its meaning, as ``krea --help`` and the README list them."""


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the program is so that it unwinds exactly like Ctrl-C (a wait cancels its job)."""


class CliError(Exception):
    """A failure the command line reports itself, with the exit code it ends with."""

    def __init__(self, message: str, *, code: ExitCode) -> None:
        super().__init__(message)
        self.code = code
        """The exit code."""


def classify(exc: BaseException) -> ExitCode:
    """The exit code of a failure."""
    if isinstance(exc, CliError):
        return exc.code
    if isinstance(exc, MissingAPIKeyError):
        return ExitCode.AUTH
    if isinstance(exc, KreaConfigError):
        return ExitCode.USAGE
    if isinstance(exc, JobTimeoutError) and exc.cancelled:
        return ExitCode.CANCELLED  # --cancel-on-timeout: the job did not keep running, it was cancelled
    table: tuple[tuple[type[BaseException], ExitCode], ...] = (
        (ValidationError, ExitCode.USAGE),
        (AuthenticationError, ExitCode.AUTH),
        (PermissionDeniedError, ExitCode.AUTH),
        (InsufficientBalanceError, ExitCode.BALANCE),
        (RateLimitError, ExitCode.RATE_LIMIT),
        (JobFailedError, ExitCode.JOB_FAILED),
        (JobTimeoutError, ExitCode.TIMEOUT),
        (JobCancelledError, ExitCode.CANCELLED),
        (SubmissionUncertainError, ExitCode.UNCERTAIN),
        (Terminated, ExitCode.TERMINATED),
        (KeyboardInterrupt, ExitCode.INTERRUPTED),
    )
    for kind, code in table:
        if isinstance(exc, kind):
            return code
    return ExitCode.ERROR


def explain(exc: BaseException) -> str:
    """One line that says what went wrong and what to do about it, then the notes the command added."""
    notes = [note for note in getattr(exc, "__notes__", []) if isinstance(note, str)]
    text = " ".join(_explain(exc, noted=bool(notes)).split())
    for note in notes:
        text = f"{text}{'' if text.endswith(('.', '!', '?')) else '.'} {' '.join(note.split())}"
    return text


def _then(message: object, advice: str) -> str:
    """``message; advice``, without doubling the message's own full stop ("authenticated.: check")."""
    return f"{str(message).rstrip().rstrip('.:;')}; {advice}"


def _job_failed(exc: JobFailedError) -> str:
    # Krea's message often repeats what we say around it ("Job failed: nsfw", code "nsfw"): say each thing once.
    reason = exc.message.strip().rstrip(".")
    for prefix in ("job failed:", "job failed", "failed:"):
        if reason.lower().startswith(prefix):
            reason = reason[len(prefix) :].strip()
    code = exc.code or ""
    said = f": {reason}" if reason and reason.lower() != code.lower() else ""
    return f"Job {exc.job.id} failed{said}{f' (code {code})' if code else ''}; failed jobs are not billed"


def _explain(exc: BaseException, *, noted: bool) -> str:
    if isinstance(exc, MissingAPIKeyError) and str(exc).startswith("No API key"):
        return (
            "No API key: set the KREA_API_KEY environment variable (create a key at "
            "https://www.krea.ai/settings/api-tokens), or run offline with `krea --mock ...`"
        )
    if isinstance(exc, ValidationError):
        return str(exc).replace("see krea.models() for the catalogue", "list them with `krea models`")
    if isinstance(exc, AuthenticationError):
        return _then(exc, "check KREA_API_KEY (the key is missing, mistyped or revoked)")
    if isinstance(exc, PermissionDeniedError):
        return _then(exc, "this API key may not do that")
    if isinstance(exc, InsufficientBalanceError):
        return _then(
            exc, "the API balance cannot pay for this job; nothing was created or billed. Top up and run again."
        )
    if isinstance(exc, RateLimitError):
        after = f" (the server asked to wait {exc.retry_after:g} s)" if exc.retry_after else ""
        return _then(exc, f"too many jobs at once{after}; let running jobs finish, then run again")
    if isinstance(exc, ModelGoneError):
        instead = f"; use {exc.replacement} instead" if exc.replacement else ""
        return _then(exc, f"the model was retired on {exc.sunset_date or 'its sunset date'}{instead}")
    if isinstance(exc, JobFailedError):
        return _job_failed(exc)
    if isinstance(exc, JobCancelledError):
        return _then(exc, "cancelled jobs are not billed")
    if isinstance(exc, JobTimeoutError) and exc.cancelled:
        return f"Job {exc.job.id} was cancelled at the deadline (--cancel-on-timeout); it will not be billed."
    if isinstance(exc, JobTimeoutError):
        job = exc.job
        again = "" if noted else f" Wait again with `krea jobs wait {job.id}`."  # a note names the command
        return (
            f"Job {job.id} is still {job.status} after the deadline; it keeps running and may be billed.{again} "
            "Raise the deadline with --timeout, or add --cancel-on-timeout."
        )
    if isinstance(exc, SubmissionUncertainError):
        return (
            f"POST {exc.endpoint} was sent but its outcome is unknown: a job may have been created and may be "
            f"billed; it was not resent. See the jobs it may have created with "
            f"`krea jobs find-uncertain --at {exc.submitted_at.isoformat()}` before submitting again."
        )
    if isinstance(exc, APIConnectionError):
        return _then(exc, "check the network, and KREA_BASE_URL if you set it")
    if isinstance(exc, KreaError | CliError):
        return str(exc) or type(exc).__name__
    if isinstance(exc, OSError):
        return f"{exc.strerror or exc}: {exc.filename}" if exc.filename else str(exc)
    return f"{type(exc).__name__}: {exc}"
