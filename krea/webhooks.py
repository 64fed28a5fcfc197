"""Receiving Krea's webhooks: read a delivery, then confirm it with the API before acting on it.

Krea signs nothing (its webhook docs offer no signature header): the only check it documents is that the
``job_id`` in a delivery is one of yours. So a receiver should ``parse`` the body (tolerantly, as
``GET /jobs/{id}`` is read), then ``client.jobs.confirm(delivered)``, which re-reads the job with your key:
a forged or foreign id is a ``NotFoundError``, and the job you act on is the API's, not the sender's. Krea may
deliver the same job more than once; make the action idempotent on ``job.id`` (see
``examples/webhook_receiver.py`` for a Starlette receiver that is).
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from ._constants import MAX_RESPONSE_BYTES
from ._errors import ValidationError
from ._job import JobBase

__all__ = ["parse"]


def parse(body: bytes | bytearray | str | Mapping[str, object]) -> JobBase:
    """The job a webhook delivery carries, read as tolerantly as ``GET /jobs/{id}``.

    This only reads what the sender wrote; confirm it with ``client.jobs.confirm(job)`` before trusting it.

    Args:
        body: the request body (bytes or text) or its already-decoded JSON object.

    Returns:
        The job as delivered (``id``, ``status``, ``urls``, ``error``...); it has no client of its own.

    Raises:
        ValidationError: the body is not a JSON object with a job id (or is over 32 MiB).
    """
    data: object = body
    if isinstance(body, bytes | bytearray | str):
        if len(body) > MAX_RESPONSE_BYTES:
            raise ValidationError(f"webhook body: {len(body)} bytes is over the {MAX_RESPONSE_BYTES // 2**20} MiB read")
        try:
            data = json.loads(body)
        except (ValueError, RecursionError):
            raise ValidationError(f"webhook body is not JSON: {body[:100]!r}") from None
    if not isinstance(data, Mapping):
        raise ValidationError(f"webhook body must be a job object, got {type(data).__name__}")
    job_id = data.get("job_id") or data.get("id")
    if not isinstance(job_id, str) or not job_id:
        raise ValidationError("webhook body has no job_id")
    return JobBase(raw=dict(data))  # its properties read it as sent (the generated model when asked for)
