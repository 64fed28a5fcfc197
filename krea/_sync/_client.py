# Generated from krea/_async/_client.py by scripts/unasync.py: edit that file, then run `make generate`.
"""The client users construct: ``Krea`` (and, generated from it, ``Krea``), with its generation calls.

It builds the parts every resource shares (the settings, the gateway, the retry decisions, the sleep) into
one ``Requester`` and hands that to each resource; nothing else reaches into the client.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Mapping
from functools import cached_property
from types import TracebackType
from typing import Any, Self

import httpx

from .. import _catalogue, _uploads
from .._client import ClientBase, build_body, files_to_upload, generated_client
from .._config import NOT_GIVEN, _NotGiven, resolve
from .._http import Sender
from .._jobs import OnUpdate
from .._logging import configure_logging
from .._resource import webhook_header
from .._retry import RetryPolicy
from ._assets import Assets
from ._flavour import Sleep, default_sleep, run_limited
from ._jobs import Job, Jobs
from ._node_apps import NodeApps
from ._styles import Styles
from ._transport import Gateway, Requester

log = logging.getLogger("krea")


class Krea(ClientBase):
    """The Krea API client.

    Args:
        api_key: the API key; defaults to ``KREA_API_KEY``.
        base_url: the API root; defaults to ``KREA_BASE_URL``, then ``https://api.krea.ai``.
        timeout: seconds per HTTP request (None: no limit); defaults to ``KREA_TIMEOUT``, then 60.
        max_retries: retries of requests that are safe to resend; defaults to ``KREA_MAX_RETRIES``, then 2.
        wait_timeout: default deadline of ``wait``/``subscribe``; ``KREA_WAIT_TIMEOUT``, then 30 minutes.
        default_headers: extra headers for every API request.
        max_in_flight: most API requests in flight at once; more wait their turn, first come first served (a
            wait's deadline counts the time queued); defaults to ``KREA_MAX_IN_FLIGHT``, then 20.
        http_client: an ``httpx.Client`` to send with (its transport, proxies and limits are used). krea
            never changes it: each request gets krea's URL, key, headers and ``timeout``; closing krea leaves
            it open.
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
        max_in_flight: int | None = None,
        http_client: httpx.Client | None = None,
        sleep: Sleep | None = None,
    ) -> None:
        self._settings = resolve(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            wait_timeout=wait_timeout,
            default_headers=default_headers,
            max_in_flight=max_in_flight,
        )
        configure_logging(self._settings.log_level)
        self._gateway = Gateway(self._settings, http_client)
        api = generated_client(self._settings)
        api.set_httpx_client(self._gateway)  # type: ignore[arg-type]  # it only calls .request()
        self._requester = Requester(
            api=api,
            gateway=self._gateway,
            sender=Sender(RetryPolicy(self._settings.max_retries)),
            sleep=sleep or default_sleep,
            settings=self._settings,
        )
        self.jobs = Jobs(self._requester)
        """Read, list, cancel, wait for and download jobs."""

    # The less common resources are made on first use.
    @cached_property
    def assets(self) -> Assets:
        """Upload and manage input media."""
        return Assets(self._requester)

    @cached_property
    def styles(self) -> Styles:
        """Train, find, update and share styles."""
        return Styles(self._requester, self.jobs)

    @cached_property
    def node_apps(self) -> NodeApps:
        """Run node apps."""
        return NodeApps(self._requester, self.jobs)

    def image(self, model: str, /, *, webhook_url: str | None = None, **params: Any) -> Job:
        """Submit an image generation and return the pending job.

        Args:
            model: the model id as Krea writes it, e.g. ``"bfl/flux-1-dev"`` (positional only, so a model's own
                ``model`` parameter, as on the Topaz enhancers, goes into ``params``).
            webhook_url: where Krea POSTs the job when it is terminal.
            **params: the model's parameters (``prompt``, ``width``...), checked against the spec first; a
                local file (a ``Path``, ``bytes`` or binary file object) where the model takes a media URL is
                uploaded as an asset first.

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
            cancel_on_interrupt: when the wait is interrupted (Ctrl-C; with ``Krea``, cancelling the task
                too), cancel the job while it can still be cancelled (then not billed).
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
            files = files_to_upload(model, found)
            assets = run_limited([functools.partial(self.assets.upload, file) for file in files.values()], 4)
            params = found.with_urls({key: asset.image_url for key, asset in zip(files, assets, strict=True)})
        body = build_body(model, params)
        operation = model.operation().sync_detailed
        response = self.jobs._request("POST", model.path, operation, body=body, client=self.jobs._api, **kwargs)
        job = self.jobs._job(model.path, response)
        if log.isEnabledFor(logging.INFO):  # its arguments are properties, worth computing only to be logged
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
