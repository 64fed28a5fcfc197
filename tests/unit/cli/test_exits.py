"""The one-line messages of ``krea.cli._exits``: each thing said once, the notes a command adds at the end."""

from __future__ import annotations

import pytest

from krea import AuthenticationError, PermissionDeniedError, RateLimitError
from krea.cli._exits import Terminated, classify, explain


@pytest.mark.parametrize("kind", [AuthenticationError, PermissionDeniedError])
def test_advice_does_not_double_the_servers_full_stop(kind: type[AuthenticationError]) -> None:
    message = explain(kind("Not authenticated.", status_code=401, body=None))
    assert message.startswith("HTTP 401: Not authenticated; ")
    assert ".:" not in message


def test_notes_follow_the_message_as_sentences() -> None:
    exc = RateLimitError("Slow down", status_code=429, body=None, retry_after=None)
    exc.add_note("Job j exists: collect it with `krea jobs wait j --out out`.")
    assert explain(exc).endswith("then run again. Job j exists: collect it with `krea jobs wait j --out out`.")


def test_sigterm_exits_143_and_ctrl_c_130() -> None:
    assert (int(classify(Terminated())), int(classify(KeyboardInterrupt()))) == (143, 130)
