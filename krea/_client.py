"""The clients users construct: ``Krea`` and ``AsyncKrea``, their settings, resources and generation calls."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx

from . import _catalogue, _uploads
from ._config import NOT_GIVEN, Settings, _NotGiven, resolve
from ._errors import ValidationError
from ._http import AsyncGateway, Gateway, Sender
from ._jobs import AsyncJob, Job
from ._jobs_api import AsyncJobs, Jobs, OnUpdate
from ._logging import configure_logging
from ._resource import webhook_header
from ._retry import RetryPolicy

if TYPE_CHECKING:
    from ._assets import Assets, AsyncAssets
    from ._node_apps import AsyncNodeApps, NodeApps
    from ._styles import AsyncStyles, Styles

log = logging.getLogger("krea")
T = TypeVar("T")


def _build_body(model: _catalogue.Model, params: Mapping[str, Any]) -> Any:
    """The generated request body, after validation against the spec."""
    _catalogue.validate(model, params)
    try:
        return model.request_class().from_dict(dict(params))
    except (TypeError, ValueError, KeyError) as exc:
        raise ValidationError(f"Invalid parameters for {model.endpoint}: {exc}") from exc


def _files_to_upload(model: _catalogue.Model, found: _uploads.Plan) -> dict[tuple[str, str], Any]:
    """The distinct files of a call, after the other parameters were validated and every size checked, so a
    call that would be refused uploads nothing."""
    from ._assets import checked

    _catalogue.validate(model, found.with_placeholders())
    return {key: checked(file) for key, file in found.files.items()}


class _ClientBase:
    """Settings and the parts both clients share."""

    _settings: Settings
    _generated: Any

    def _wait_timeout(self, timeout: float | None) -> float:
        value = self._settings.wait_timeout if timeout is None else timeout
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < float("inf"):
            raise ValidationError(f"timeout must be a positive, finite number of seconds, got {timeout!r}")
        return float(value)

    @property
    def base_url(self) -> str:
        """The API root this client talks to."""
        return self._settings.base_url

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._settings.base_url!r})"


def _generated_client(settings: Settings) -> Any:
    from krea_api.client import Client

    # Its base URL and timeout are never used: every request is built by our gateway.
    return Client(base_url=settings.base_url)


class Krea(_ClientBase):
    """The Krea API client.

    Args:
        api_key: the API key; defaults to ``KREA_API_KEY``.
        base_url: the API root; defaults to ``KREA_BASE_URL``, then ``https://api.krea.ai``.
        timeout: seconds per HTTP request (None: no limit); defaults to ``KREA_TIMEOUT``, then 60.
        max_retries: retries of requests that are safe to resend; defaults to ``KREA_MAX_RETRIES``, then 2.
        wait_timeout: default deadline of ``wait``/``subscribe``; ``KREA_WAIT_TIMEOUT``, then 30 minutes.
        default_headers: extra headers for every API request.
        http_client: an ``httpx.Client`` to send with (its transport, proxies and limits are used). krea never
            changes it: each request gets krea's URL, key, headers and ``timeout``; closing krea leaves it open.
        sleep: the function used to pause between polls and retries (tests inject a fake clock).

    Raises:
        KreaConfigError: no API key, or a malformed setting.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | _NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        wait_timeout: float | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        self._settings = resolve(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            wait_timeout=wait_timeout,
            default_headers=default_headers,
        )
        configure_logging(self._settings.log_level)
        self._sleep: Callable[[float], None] = sleep or time.sleep
        self._sender = Sender(RetryPolicy(self._settings.max_retries))
        self._gateway = Gateway(self._settings, http_client)
        self._generated = _generated_client(self._settings)
        self._generated.set_httpx_client(self._gateway)
        self.jobs = Jobs(self)
        """Read, list, cancel, wait for and download jobs."""

    # The less common resources load on first use, which keeps `import krea` fast.
    @cached_property
    def assets(self) -> Assets:
        """Upload and manage input media."""
        from ._assets import Assets

        return Assets(self)

    @cached_property
    def styles(self) -> Styles:
        """Train, find, update and share styles."""
        from ._styles import Styles

        return Styles(self)

    @cached_property
    def node_apps(self) -> NodeApps:
        """Run node apps."""
        from ._node_apps import NodeApps

        return NodeApps(self)

    def image(self, model: str, /, *, webhook_url: str | None = None, **params: Any) -> Job:
        """Submit an image generation and return the pending job.

        Args:
            model: the model id as Krea writes it, e.g. ``"bfl/flux-1-dev"`` (positional only, so a model's own
                ``model`` parameter, as on the Topaz enhancers, goes into ``params``).
            webhook_url: where Krea POSTs the job when it is terminal.
            **params: the model's parameters (``prompt``, ``width``...), checked against the spec first.

        Raises:
            ValidationError: unknown model (with suggestions) or bad parameters; nothing was sent.
            InsufficientBalanceError: the balance cannot pay; nothing was created.
            SubmissionUncertainError: the request was sent but its outcome is unknown; it was not resent.
        """
        return self._submit(_catalogue.find("image", model), params, webhook_url)

    def video(self, model: str, /, *, webhook_url: str | None = None, **params: Any) -> Job:
        """Submit a video generation (e.g. ``"google/veo-3"``); see ``image``."""
        return self._submit(_catalogue.find("video", model), params, webhook_url)

    def enhance(self, model: str, /, *, webhook_url: str | None = None, **params: Any) -> Job:
        """Submit an image enhancement (e.g. ``"topaz/standard-enhance"``); see ``image``."""
        return self._submit(_catalogue.find("enhance", model), params, webhook_url)

    def subscribe(
        self,
        endpoint: str,
        *,
        input: Mapping[str, Any],
        timeout: float | None = None,
        on_update: OnUpdate | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
    ) -> Job:
        """Submit a generation and wait for it; return the completed job.

        Args:
            endpoint: family and model, e.g. ``"image/bfl/flux-1-dev"``.
            input: the model's parameters.
            timeout: the wait's deadline in seconds; None means the client's default, never "forever".
            on_update: called with the job on every status change.
            webhook_url: also have Krea POST the job to this URL.
            cancel_on_interrupt: on Ctrl-C, cancel the job while it can still be cancelled (then not billed).
            cancel_on_timeout: when the deadline passes, cancel the job while it can still be cancelled.

        Raises:
            ValidationError: unknown endpoint or bad parameters; nothing was sent.
            JobFailedError: the job failed (not billed).
            JobCancelledError: the job was cancelled (not billed).
            JobTimeoutError: the deadline passed; the job was left running (cancelled with ``cancel_on_timeout``).
        """
        job = self._submit(_catalogue.find(None, endpoint), input, webhook_url)
        return self.jobs._wait(job, timeout, on_update, cancel_on_interrupt, cancel_on_timeout)

    def _submit(self, model: _catalogue.Model, params: Mapping[str, Any], webhook_url: str | None) -> Job:
        kwargs = webhook_header(webhook_url)
        found = _uploads.plan(model.schema_name, params)
        if found.files:
            files = _files_to_upload(model, found)
            params = found.with_urls({key: self.assets.upload(file).image_url for key, file in files.items()})
        body = _build_body(model, params)
        operation = model.operation().sync_detailed
        job = self.jobs._job(
            model.path, self.jobs._request("POST", model.path, operation, body=body, client=self._generated, **kwargs)
        )
        log.info("submitted %s: job %s is %s", model.endpoint, job.id, job.status)
        return job

    def close(self) -> None:
        """Close the HTTP connections (of the httpx client krea made; an ``http_client`` you passed stays open)."""
        self._gateway.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


async def _async_sleep(seconds: float) -> None:
    import asyncio  # imported on first use: keeps `import krea` fast for sync users

    await asyncio.sleep(seconds)


class AsyncKrea(_ClientBase):
    """The asyncio Krea API client: the same methods as ``Krea``, awaitable. See ``Krea`` for the arguments."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | _NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        wait_timeout: float | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        self._settings = resolve(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            wait_timeout=wait_timeout,
            default_headers=default_headers,
        )
        configure_logging(self._settings.log_level)
        self._sleep: Callable[[float], Awaitable[None]] = sleep or _async_sleep
        self._sender = Sender(RetryPolicy(self._settings.max_retries))
        self._gateway = AsyncGateway(self._settings, http_client)
        self._generated = _generated_client(self._settings)
        self._generated.set_async_httpx_client(self._gateway)
        self.jobs = AsyncJobs(self)
        """Read, list, cancel, wait for and download jobs."""

    @cached_property
    def assets(self) -> AsyncAssets:
        """Upload and manage input media."""
        from ._assets import AsyncAssets

        return AsyncAssets(self)

    @cached_property
    def styles(self) -> AsyncStyles:
        """Train, find, update and share styles."""
        from ._styles import AsyncStyles

        return AsyncStyles(self)

    @cached_property
    def node_apps(self) -> AsyncNodeApps:
        """Run node apps."""
        from ._node_apps import AsyncNodeApps

        return AsyncNodeApps(self)

    async def image(self, model: str, /, *, webhook_url: str | None = None, **params: Any) -> AsyncJob:
        """Submit an image generation; see ``Krea.image``."""
        return await self._submit(_catalogue.find("image", model), params, webhook_url)

    async def video(self, model: str, /, *, webhook_url: str | None = None, **params: Any) -> AsyncJob:
        """Submit a video generation; see ``Krea.image``."""
        return await self._submit(_catalogue.find("video", model), params, webhook_url)

    async def enhance(self, model: str, /, *, webhook_url: str | None = None, **params: Any) -> AsyncJob:
        """Submit an image enhancement; see ``Krea.image``."""
        return await self._submit(_catalogue.find("enhance", model), params, webhook_url)

    async def subscribe(
        self,
        endpoint: str,
        *,
        input: Mapping[str, Any],
        timeout: float | None = None,
        on_update: OnUpdate | None = None,
        webhook_url: str | None = None,
        cancel_on_interrupt: bool = True,
        cancel_on_timeout: bool = False,
    ) -> AsyncJob:
        """Submit and wait; see ``Krea.subscribe`` (cancelling the task cancels the job)."""
        job = await self._submit(_catalogue.find(None, endpoint), input, webhook_url)
        return await self.jobs._wait(job, timeout, on_update, cancel_on_interrupt, cancel_on_timeout)

    async def _submit(self, model: _catalogue.Model, params: Mapping[str, Any], webhook_url: str | None) -> AsyncJob:
        kwargs = webhook_header(webhook_url)
        found = _uploads.plan(model.schema_name, params)
        if found.files:
            import asyncio

            files = _files_to_upload(model, found)
            limit = asyncio.Semaphore(4)

            async def upload(file: Any) -> str:
                async with limit:
                    return (await self.assets.upload(file)).image_url

            urls = await asyncio.gather(*(upload(file) for file in files.values()))
            params = found.with_urls(dict(zip(files, urls, strict=True)))
        body = _build_body(model, params)
        operation = model.operation().asyncio_detailed
        response = await self.jobs._request("POST", model.path, operation, body=body, client=self._generated, **kwargs)
        job = self.jobs._job(model.path, response)
        log.info("submitted %s: job %s is %s", model.endpoint, job.id, job.status)
        return job

    async def close(self) -> None:
        """Close the HTTP connections (of the httpx client krea made; an ``http_client`` you passed stays open)."""
        await self._gateway.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
