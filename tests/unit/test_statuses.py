"""Job statuses live in one place (``krea._statuses``), and it agrees with the spec's generated ``JobStatus``."""

from __future__ import annotations

from krea_api.models import JobStatus

from krea._spec import schema
from krea._statuses import PAST_CANCELLATION, TERMINAL_STATUSES, known_statuses, pending_statuses


def test_the_statuses_krea_reasons_about_are_the_specs() -> None:
    # In the spec's own (lifecycle) order, as error messages and the CLI list them; the generator sorts.
    assert list(known_statuses()) == schema("JobStatus")["enum"]
    assert set(known_statuses()) == {status.value for status in JobStatus}
    assert set(known_statuses()) >= TERMINAL_STATUSES
    assert set(known_statuses()) >= PAST_CANCELLATION
    assert pending_statuses() == set(known_statuses()) - TERMINAL_STATUSES
    # The spec: a job may be cancelled while queued or processing; those must not be past cancellation.
    assert {"queued", "processing"}.isdisjoint(PAST_CANCELLATION)


def test_the_status_names_editors_complete_are_the_specs() -> None:
    from typing import get_args

    from krea._statuses import JobStatusName

    assert sorted(get_args(JobStatusName)) == sorted(known_statuses())
