"""``krea batch`` maps what the engine returns and raises to exit codes; the engine itself knows none."""

from __future__ import annotations

import pytest

from krea.batch.engine import Summary
from krea.batch.errors import BatchError, BatchSetupError, JournalError
from krea.batch.journal import CANCELLED, COMPLETED, FAILED, INVALID, PENDING, REFUSED, SUBMITTED, UNKNOWN, Row
from krea.cli._exits import CliError, ExitCode
from krea.cli.batch import _batch_errors_as_cli_errors, exit_code


def summary(
    *states: str, stopped_for_balance: bool = False, timed_out: int = 0, rate_limited: int = 0, elsewhere: int = 0
) -> Summary:
    rows = [Row(number, "hash", state) for number, state in enumerate(states, start=1)]
    return Summary(
        rows,
        stopped_for_balance=stopped_for_balance,
        timed_out=timed_out,
        rate_limited=rate_limited,
        elsewhere=elsewhere,
    )


@pytest.mark.parametrize(
    ("result", "code"),
    [
        (summary(COMPLETED, COMPLETED), ExitCode.OK),
        (summary(COMPLETED, REFUSED, UNKNOWN), ExitCode.BALANCE),
        (summary(COMPLETED, stopped_for_balance=True), ExitCode.BALANCE),
        (summary(UNKNOWN, FAILED), ExitCode.UNCERTAIN),
        (summary(FAILED, CANCELLED), ExitCode.JOB_FAILED),
        (summary(CANCELLED, SUBMITTED, timed_out=1), ExitCode.CANCELLED),
        (summary(SUBMITTED, timed_out=1, rate_limited=1), ExitCode.TIMEOUT),
        (summary(PENDING, INVALID, rate_limited=1), ExitCode.RATE_LIMIT),
        (summary(INVALID, PENDING), ExitCode.USAGE),
        (summary(COMPLETED, PENDING), ExitCode.ERROR),
        (summary(COMPLETED, PENDING, SUBMITTED, elsewhere=2), ExitCode.OK),
    ],
)
def test_the_first_outcome_that_applies_picks_the_exit_code(result: Summary, code: ExitCode) -> None:
    assert exit_code(result) is code


@pytest.mark.parametrize(("error", "code"), [(BatchSetupError, ExitCode.USAGE), (JournalError, ExitCode.ERROR)])
def test_a_batch_error_becomes_the_cli_error_of_its_kind_with_its_notes(
    error: type[BatchError], code: ExitCode
) -> None:
    raised = error("the journal x is a folder")
    raised.add_note("Line 3 created job j-1.")
    with pytest.raises(CliError) as caught, _batch_errors_as_cli_errors():
        raise raised
    assert (str(caught.value), caught.value.code, caught.value.__notes__) == (str(raised), code, raised.__notes__)
    assert caught.value.__cause__ is raised


def test_other_errors_pass_through_unchanged() -> None:
    with pytest.raises(ValueError, match="not a batch error"), _batch_errors_as_cli_errors():
        raise ValueError("not a batch error")
