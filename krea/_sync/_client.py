# Generated from krea/_async/_client.py by scripts/unasync.py: edit that file, then run `make generate`.
"""The client users construct, with its generation calls (``krea.AsyncKrea`` is written here, ``krea.Krea``
is generated from it).

It builds the parts every resource shares (the settings, the gateway, the retry decisions, the sleep) into
one ``Requester`` and hands that to each resource; nothing else reaches into the client.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import time
from collections.abc import Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Self

import httpx

from .. import _catalogue, _uploads
from .._client import (
    ClientBase,
    build_body,
    check_body,
    files_to_upload,
    generated_client,
    generation_request,
    plan_generation,
)
from .._config import NOT_GIVEN, NotGiven, resolve, with_changes
from .._http import Sender
from .._jobs import OnUpdate, job_response
from .._json import JSONObject
from .._logging import configure_logging
from .._options import call_options
from .._resource import webhook_header
from .._retry import RetryPolicy
from ._assets import Assets
from ._flavour import Sleep, default_sleep, run_limited
from ._generation import Generation
from ._jobs import Job, Jobs
from ._node_apps import NodeApps
from ._resource import job_operation
from ._styles import Styles
from ._transport import Gateway, Requester

if TYPE_CHECKING:
    from krea_api.client import Client
    from krea_api.types import Response

log = logging.getLogger("krea")


def _post_generation(
    *, client: Client, path: str, body: Mapping[str, object], x_webhook_url: str | None = None
) -> Response[JSONObject]:
    """A generated-style operation for ``POST /generate/...`` with a body as given (``generate``), the job
    read as JSON only."""
    json, headers = generation_request(body, x_webhook_url)
    response = client.get_httpx_client().request("post", path, json=json, headers=headers)
    return job_response(response)


class Krea(Generation, ClientBase):
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

    _gateway: Gateway

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | NotGiven | None = NOT_GIVEN,
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
        self._assemble(Gateway(self._settings, http_client), sleep or default_sleep)

    def _assemble(self, gateway: Gateway, sleep: Sleep) -> None:
        """Build the parts every resource shares around ``gateway`` (at construction and in ``with_options``)."""
        self._gateway = gateway
        self._sleep = sleep
        api = generated_client(self._settings)
        api.set_httpx_client(gateway)  # type: ignore[arg-type]  # it only calls .request()
        self._requester = Requester(
            api=api,
            gateway=gateway,
            sender=Sender(RetryPolicy(self._settings.max_retries)),
            sleep=sleep,
            settings=self._settings,
        )
        self.jobs = Jobs(self._requester)
        """Read, list, cancel, wait for and download jobs."""

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        wait_timeout: float | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A client with these settings changed, sharing this one's connections and ``max_in_flight`` slots.

        What is not given is kept; ``default_headers`` are added to this client's. The new client is cheap to
        make (per request, even); closing it leaves the connections open, as they belong to this client (once
        this one is closed, both raise ``KreaError`` before sending). A subclass's ``__init__`` does not run for
        it: the new client is made from this one's parts.

            >>> fast = client.with_options(timeout=5, max_retries=0)

        Raises:
            KreaConfigError: a malformed setting (nothing is changed).
        """
        derived = object.__new__(type(self))
        derived._settings = with_changes(
            self._settings,
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            wait_timeout=wait_timeout,
            default_headers=default_headers,
        )
        derived._assemble(Gateway(derived._settings, None, self._gateway), self._sleep)
        return derived

    def _call_options(
        self, request_timeout: float | NotGiven | None, extra_headers: Mapping[str, str] | None
    ) -> contextlib.AbstractContextManager[None]:
        """The block of a call made with ``request_timeout=``/``extra_headers=`` (see ``krea/_options.py``)."""
        return call_options(self._gateway, request_timeout, extra_headers)

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

    def generate(
        self,
        endpoint: str,
        input: Mapping[str, object],
        *,
        validate: bool = True,
        extra_body: Mapping[str, object] | None = None,
        webhook_url: str | None = None,
        request_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Job:
        """Submit a generation to any endpoint, untyped: the way in for a model newer than this SDK's spec.

        ``image``, ``video``, ``enhance`` and ``subscribe`` are typed per model; this takes any endpoint and
        any parameters, and sends with the same billing-safe retries (a POST to ``/generate/...`` is resent
        only when it provably never arrived or was refused).

        Args:
            endpoint: family and model, e.g. ``"image/bfl/flux-1-dev"``; it is posted to ``/generate/<endpoint>``.
            input: the model's parameters; with ``validate``, checked against the spec and local files
                uploaded first, as ``image`` does.
            validate: check ``endpoint`` and ``input`` against the bundled spec first. An endpoint the spec
                lacks needs ``validate=False``; then ``input`` is sent as given (upload files first with
                ``client.assets.upload``).
            extra_body: keys the spec does not know yet, added to the body after validation.
            webhook_url: where Krea POSTs the job when it is terminal.
            request_timeout: seconds for each HTTP request of the call, instead of the client's ``timeout``.
            extra_headers: headers added to each of its API requests.

        Raises:
            ValidationError: an unknown endpoint (with ``validate``) or bad parameters; nothing was sent.
            InsufficientBalanceError: the balance cannot pay; nothing was created.
            SubmissionUncertainError: the request was sent but its outcome is unknown; it was not resent.
        """
        request = plan_generation(endpoint, input, validate=validate, extra_body=extra_body)
        with self._call_options(request_timeout, extra_headers):
            if request.model is not None:
                return self._submit(request.model, input, webhook_url, request.extra, validate=validate)
            return self._post(request.path, request.endpoint, request.body, webhook_url)

    def _generation(self, family: str, model: str, params: Mapping[str, object], webhook_url: str | None) -> Job:
        return self._submit(_catalogue.find(family, model), params, webhook_url)

    def _subscription(
        self,
        endpoint: str,
        input: Mapping[str, object],
        timeout: float | None,
        on_update: OnUpdate[Job] | None,
        webhook_url: str | None,
        cancel_on_interrupt: bool,
        cancel_on_timeout: bool,
    ) -> Job:
        job = self._submit(_catalogue.find(None, endpoint), input, webhook_url)
        return self.jobs._wait(job, timeout, on_update, cancel_on_interrupt, cancel_on_timeout)

    def _submit(
        self,
        model: _catalogue.Model,
        params: Mapping[str, object],
        webhook_url: str | None,
        extra: Mapping[str, object] | None = None,
        *,
        validate: bool = True,
    ) -> Job:
        kwargs = webhook_header(webhook_url)
        found = _uploads.plan(model.schema_name, params)
        if found.files:
            files = files_to_upload(model, found, validate=validate)
            assets = run_limited([functools.partial(self.assets.upload, file) for file in files.values()], 4)
            params = found.with_urls({key: asset.image_url for key, asset in zip(files, assets, strict=True)})
        if extra is not None or not validate:  # the generated body knows only the spec's keys
            if validate:
                _catalogue.validate(model, params)
            return self._post(model.path, model.endpoint, {**params, **(extra or {})}, webhook_url)
        body = build_body(model, params)
        operation = job_operation(model.operation())
        response = self.jobs._request("POST", model.path, operation, body=body, client=self.jobs._api, **kwargs)
        job = self.jobs._job(model.path, response)
        if model.average_seconds is not None:
            job._expected = (model.average_seconds, time.monotonic())
        if log.isEnabledFor(logging.INFO):  # its arguments are properties, worth computing only to be logged
            log.info("submitted %s: job %s is %s", model.endpoint, job.id, job.status)
        return job

    def _post(self, path: str, endpoint: str, body: Mapping[str, object], webhook_url: str | None) -> Job:
        """Send a generation body as it is, past the generated models (``generate``)."""
        kwargs = webhook_header(webhook_url)
        check_body(endpoint, body)
        response = self.jobs._request(
            "POST", path, _post_generation, path=path, body=body, client=self.jobs._api, **kwargs
        )
        job = self.jobs._job(path, response)
        known = _catalogue.catalogue().get(endpoint)
        if known is not None and known.average_seconds is not None:
            job._expected = (known.average_seconds, time.monotonic())
        log.info("submitted %s: job %s is %s", endpoint, job.id, job.status)
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
