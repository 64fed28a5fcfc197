"""krea: the Python SDK for the Krea AI generation API.

    >>> from krea import Krea
    >>> client = Krea()  # reads KREA_API_KEY
    >>> job = client.subscribe("image/bfl/flux-1-dev", input={"prompt": "a red fox in snow"})
    >>> job.download("out/")

``AsyncKrea`` has the same methods, awaitable. Offline testing: ``krea.testing.MockKrea``; webhooks:
``krea.webhooks``.
"""

from __future__ import annotations

import typing as _typing

from ._version import __version__

if _typing.TYPE_CHECKING:  # what mypy and IDEs see; at run time __getattr__ below imports on first use
    from . import webhooks
    from ._async._client import AsyncKrea
    from ._async._jobs import AsyncJob
    from ._catalogue import Model
    from ._config import NOT_GIVEN, NotGiven
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
    from ._responses import CallResponse, ResponseLog
    from ._spec_version import __spec_version__
    from ._sync._client import Krea
    from ._sync._jobs import Job


def models() -> list[Model]:
    """Every generation model in the spec this SDK was built from, in spec order."""
    from ._catalogue import catalogue

    return list(catalogue().values())


__all__ = [  # noqa: RUF022 - in plain sorted() order, which a test keeps
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncJob",
    "AsyncKrea",
    "AuthenticationError",
    "BadRequestError",
    "CallResponse",
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
    "NOT_GIVEN",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseLog",
    "ServerError",
    "SubmissionUncertainError",
    "UnexpectedResponseError",
    "UnprocessableEntityError",
    "ValidationError",
    "__spec_version__",
    "__version__",
    "models",
    "webhooks",
]


# Imported on first use (PEP 562), so that `import krea.testing`, which runs this file, loads none of the
# facade, and `from krea import KreaError` loads only the errors.
_EXPORTS = {
    "APIConnectionError": "krea._errors",
    "APIStatusError": "krea._errors",
    "APITimeoutError": "krea._errors",
    "AsyncJob": "krea._async._jobs",
    "AsyncKrea": "krea._async._client",
    "AuthenticationError": "krea._errors",
    "BadRequestError": "krea._errors",
    "CallResponse": "krea._responses",
    "ConflictError": "krea._errors",
    "DownloadError": "krea._errors",
    "InsufficientBalanceError": "krea._errors",
    "Job": "krea._sync._jobs",
    "JobBase": "krea._job",
    "JobCancelledError": "krea._errors",
    "JobError": "krea._errors",
    "JobErrorInfo": "krea._job",
    "JobFailedError": "krea._errors",
    "JobTimeoutError": "krea._errors",
    "Krea": "krea._sync._client",
    "KreaConfigError": "krea._errors",
    "KreaDeprecationWarning": "krea._errors",
    "KreaError": "krea._errors",
    "MissingAPIKeyError": "krea._errors",
    "Model": "krea._catalogue",
    "ModelGoneError": "krea._errors",
    "NOT_GIVEN": "krea._config",
    "NotFoundError": "krea._errors",
    "NotGiven": "krea._config",
    "PermissionDeniedError": "krea._errors",
    "RateLimitError": "krea._errors",
    "ResponseLog": "krea._responses",
    "ServerError": "krea._errors",
    "SubmissionUncertainError": "krea._errors",
    "UnexpectedResponseError": "krea._errors",
    "UnprocessableEntityError": "krea._errors",
    "ValidationError": "krea._errors",
    "__spec_version__": "krea._spec_version",
    "webhooks": "krea.webhooks",
}


# Hidden from type checkers, which see the imports above: a misspelt `krea.Kreaa` stays an error for them.
if not _typing.TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        from importlib import import_module

        module = _EXPORTS.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        imported = import_module(module)
        value = imported if name == "webhooks" else getattr(imported, name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
