"""Job statuses live in one place (``krea._statuses``), and it agrees with the spec's generated ``JobStatus``."""

from __future__ import annotations

from krea_api.models import JobStatus

from krea._statuses import PAST_CANCELLATION, TERMINAL_STATUSES, known_statuses, pending_statuses


def test_the_statuses_krea_reasons_about_are_the_specs() -> None:
    assert known_statuses() == tuple(status.value for status in JobStatus)
    assert set(known_statuses()) >= TERMINAL_STATUSES
    assert set(known_statuses()) >= PAST_CANCELLATION
    assert pending_statuses() == set(known_statuses()) - TERMINAL_STATUSES
    # The spec: a job may be cancelled while queued or processing; those must not be past cancellation.
    assert {"queued", "processing"}.isdisjoint(PAST_CANCELLATION)


def test_the_status_names_editors_complete_are_the_specs() -> None:
    from typing import get_args

    from krea._statuses import JobStatusName

    assert sorted(get_args(JobStatusName)) == sorted(known_statuses())
