"""krea: the Python SDK for the Krea AI generation API.

    >>> from krea import Krea
    >>> client = Krea()  # reads KREA_API_KEY
    >>> job = client.subscribe("image/bfl/flux-1-dev", input={"prompt": "a red fox in snow"})
    >>> job.download("out/")

``AsyncKrea`` has the same methods, awaitable. Offline testing: ``krea.testing.MockKrea``; webhooks:
``krea.webhooks``.
"""

from __future__ import annotations

from . import webhooks
from ._async._client import AsyncKrea
from ._async._jobs import AsyncJob
from ._catalogue import Model
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    DownloadError,
    InsufficientBalanceError,
    JobCancelledError,
    JobError,
    JobFailedError,
    JobTimeoutError,
    KreaConfigError,
    KreaDeprecationWarning,
    KreaError,
    MissingAPIKeyError,
    ModelGoneError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    SubmissionUncertainError,
    UnexpectedResponseError,
    UnprocessableEntityError,
    ValidationError,
)
from ._job import JobBase, JobErrorInfo
from ._sync._client import Krea
from ._sync._jobs import Job
from ._version import __version__


def models() -> list[Model]:
    """Every generation model in the spec this SDK was built from, in spec order."""
    from ._catalogue import catalogue

    return list(catalogue().values())


__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncJob",
    "AsyncKrea",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DownloadError",
    "InsufficientBalanceError",
    "Job",
    "JobBase",
    "JobCancelledError",
    "JobError",
    "JobErrorInfo",
    "JobFailedError",
    "JobTimeoutError",
    "Krea",
    "KreaConfigError",
    "KreaDeprecationWarning",
    "KreaError",
    "MissingAPIKeyError",
    "Model",
    "ModelGoneError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "SubmissionUncertainError",
    "UnexpectedResponseError",
    "UnprocessableEntityError",
    "ValidationError",
    "__version__",
    "models",
    "webhooks",
]
