"""What does a test hold to drive the offline Krea mock? ``MockKrea``, its controls and its clients."""

from __future__ import annotations

import dataclasses
import json
import warnings
from collections.abc import Awaitable, Callable, Iterable, Mapping
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, TypedDict, Unpack

import httpx

from krea.testing import _limits as limits
from krea.testing._api import validation
from krea.testing._api.call import DEFAULT_SUNSETS, Config, Deprecation, Sunset
from krea.testing._api.service import FILES_PREFIX, RequestRecord, Service
from krea.testing._api.spec import Catalogue, load_document, load_krea_document
from krea.testing._core.billing import Charge, PriceTable
from krea.testing._core.clock import VirtualClock, WallClock
from krea.testing._core.faults import FAULT_KINDS, Fault, FaultKind, FaultQueue
from krea.testing._core.jobs import Outcome as JobOutcome
from krea.testing._core.jobs import checked_script
from krea.testing._core.state import HOSTED_TIMEOUT, MockSettings, State
from krea.testing._core.webhooks import Deliverer, Delivery, WebhookSender, post_with_httpx
from krea.testing._http import MockRequest, Outcome
from krea.testing._serving.controls import handle_control, is_control
from krea.testing._serving.transport import AsyncMockTransport, MockTransport

if TYPE_CHECKING:
    from starlette.types import ASGIApp

    from krea import AsyncKrea, Krea  # for the factories' return types only: the mock runs without the facade

DEFAULT_BASE_URL = "http://krea-mock.local"
DEFAULT_API_KEY = "krea-mock-key"
DEFAULT_LINK = "https://docs.krea.ai/developers/deprecations"


ClockKind = Literal["virtual", "wall"]


class ClientOptions(TypedDict, total=False):
    """The ``krea.Krea`` / ``krea.AsyncKrea`` arguments :meth:`MockKrea.client` passes on (see ``krea.Krea``)."""

    timeout: float | None
    max_retries: int | None
    wait_timeout: float | None
    default_headers: Mapping[str, str] | None
    max_in_flight: int | None


class MockKrea:
    """A stateful, offline imitation of the Krea API, on a virtual clock (or the wall clock, served).

    Every operation of the spec is served. Accounts are API keys; each starts with ``balance`` USD.
    Jobs progress on :attr:`clock` (or per poll, when scripted so), are charged once when they complete,
    and jobs beyond ``concurrency`` wait ``backlogged`` until the backlog of ``backlog`` jobs is full (429).

    Args:
        balance: Each new account's starting balance in USD.
        concurrency: Jobs an account runs at once.
        backlog: Jobs an account may have waiting beyond that.
        api_keys: Accepted tokens; None accepts any non-empty token as its own account.
        prices: Flat USD price overrides by endpoint (``image/bfl/flux-1-dev``) or family (``video``).
        service_timeout: Virtual seconds after which a ``stuck`` job fails with code ``timeout``.
        duplicate_webhooks: Deliver every webhook twice, as Krea may.
        webhook_deliverer: Sends one :class:`Delivery`; the default POSTs it with httpx from a thread.
        spec: The spec to serve (a path or a parsed document); None finds Krea's (see ``find_spec``).
        base_url: Where clients send requests; result and asset URLs point there, whatever ``Host`` a
            request carries (for ``krea mock serve``: its public URL).
        start: The clock's start instant; None means the wall clock's now (to the second), so that
            the mock's timestamps and the client's clock agree, as in production. Pass a fixed instant for
            reproducible timestamps.
        clock: ``virtual`` (time moves only by ``clock.advance``, which the in-process clients' waits call),
            ``wall`` (real time, as the service; what ``krea mock serve`` uses by default), or a clock object
            (a ``WallClock`` reading a fake time, in tests).
        speed: Jobs run this many times faster than the service's durations (timestamps stay real).
        keep: Finished jobs, charges, webhook deliveries and request records kept (oldest forgotten first);
            None keeps everything.
        admin_token: The bearer token ``/_mock/`` controls require; None leaves them open (in process).
        deliver_webhooks: ``loopback`` POSTs webhooks to this machine only and records others as not
            delivered; ``any`` sends them wherever they point.
        cursors: ``opaque`` (the default, as the spec declares every cursor): the ``next_cursor`` of jobs,
            assets and node-app versions is an opaque string, as styles' always is, which proves a client passes
            cursors back untouched; ``date-time``: an ISO-8601 instant there, as Krea's service sends today.

    Raises:
        ValueError: A setting out of its range (the message names it).
    """

    def __init__(
        self,
        *,
        balance: Decimal | float | str = 10,
        concurrency: int = 4,
        backlog: int = 16,
        api_keys: Iterable[str] | None = None,
        prices: Mapping[str, Decimal | float | str] | None = None,
        service_timeout: float = HOSTED_TIMEOUT,
        duplicate_webhooks: bool = False,
        webhook_deliverer: Deliverer = post_with_httpx,
        spec: str | Path | Mapping[str, Any] | None = None,
        base_url: str = DEFAULT_BASE_URL,
        start: datetime | None = None,
        clock: ClockKind | VirtualClock = "virtual",
        speed: float = 1.0,
        keep: int | None = None,
        admin_token: str | None = None,
        deliver_webhooks: Literal["loopback", "any"] = "loopback",
        cursors: Literal["date-time", "opaque"] = "opaque",
    ) -> None:
        self._initial = MockSettings(
            limits.usd("balance", balance),
            limits.integer("concurrency", concurrency, 1, 10_000),
            limits.integer("backlog", backlog, 0, 1_000_000),
            limits.number("service_timeout", service_timeout, 0.001, limits.MAX_DURATION),
            duplicate_webhooks,
            speed=limits.number("speed", speed, 0.001, limits.MAX_SPEED),
            keep=None if keep is None else limits.integer("keep", keep, 1, 100_000_000),
            deliver_webhooks="any"
            if limits.choice("deliver_webhooks", deliver_webhooks, ("loopback", "any")) == "any"
            else "loopback",
        )
        self._initial_prices = {
            key: limits.usd(f"prices.{key}", v, low=Decimal(0)) for key, v in (prices or {}).items()
        }
        if isinstance(spec, Mapping):
            document = spec
        elif spec:
            document = load_document(Path(spec))
        else:
            document = load_krea_document()
        self.catalogue = Catalogue(document)
        if spec:  # the bundled spec is read whole by a contract test; another now, so an unreadable one fails here
            validation.require_readable(document, self.catalogue.request_schemas())
        self.base_url = base_url.rstrip("/")
        self.api_keys = None if api_keys is None else frozenset(api_keys)
        self.admin_token = admin_token
        self._opaque_cursors = limits.choice("cursors", cursors, ("date-time", "opaque")) == "opaque"
        if isinstance(clock, VirtualClock):
            self.clock = clock
        else:
            kind = limits.choice("clock", clock, ("virtual", "wall"))
            self.clock = WallClock(start) if kind == "wall" else VirtualClock(start)
        self._sender = WebhookSender(webhook_deliverer)
        self._faults = FaultQueue()
        self._app: ASGIApp | None = None
        self.reset()

    # ---- serving

    def handle(self, request: MockRequest) -> Outcome:
        """Answer one request (API, file or ``/_mock/`` control); every transport ends here."""
        if is_control(request.path) and not request.path.startswith(FILES_PREFIX):
            return Outcome(handle_control(self, request))
        return self._service.handle(request)

    @property
    def app(self) -> ASGIApp:
        """The ASGI app (Starlette); imported on first use, so the mock works without Starlette installed."""
        if self._app is None:
            from krea.testing._serving.app import MockApp

            self._app = MockApp(self)
        return self._app

    def transport(self) -> MockTransport:
        """A synchronous httpx transport to this mock, in process."""
        return MockTransport(self)

    def async_transport(self) -> AsyncMockTransport:
        """An asynchronous httpx transport to this mock, in process."""
        return AsyncMockTransport(self)

    @property
    def speed(self) -> float:
        """How many times faster than the service jobs run."""
        return self._initial.speed

    @property
    def api_key(self) -> str:
        """The key :meth:`client` uses: the first of ``api_keys`` (sorted), else ``krea-mock-key``."""
        return min(self.api_keys) if self.api_keys else DEFAULT_API_KEY

    def client(self, **options: Unpack[ClientOptions]) -> Krea:
        """A ``krea.Krea`` wired to this mock in process; its waits advance the virtual clock.

        Args:
            **options: More ``krea.Krea`` arguments (``max_retries``, ``timeout``, ``wait_timeout``,
                ``default_headers``).

        Returns:
            The facade client.
        """
        from krea import Krea  # the only places the mock touches the facade: when a test asks for a client

        client = httpx.Client(transport=self.transport(), base_url=self.base_url)
        return Krea(self.api_key, base_url=self.base_url, http_client=client, sleep=self.clock.advance, **options)

    def async_client(self, **options: Unpack[ClientOptions]) -> AsyncKrea:
        """A ``krea.AsyncKrea`` wired to this mock in process; its waits advance the virtual clock.

        Args:
            **options: More ``krea.AsyncKrea`` arguments, as for :meth:`client`.

        Returns:
            The async facade client.
        """
        from krea import AsyncKrea

        async def sleep(seconds: float) -> None:
            self.clock.advance(seconds)

        advance: Callable[[float], Awaitable[None]] = sleep
        client = httpx.AsyncClient(transport=self.async_transport(), base_url=self.base_url)
        return AsyncKrea(self.api_key, base_url=self.base_url, http_client=client, sleep=advance, **options)

    # ---- steering

    def script_next(
        self,
        outcome: JobOutcome = "completed",
        *,
        code: str = "provider_error",
        message: str | None = None,
        duration: float | None = None,
        polls: int | None = None,
        count: int = 1,
    ) -> None:
        """Decide how the next ``count`` jobs (of any account) behave; see :class:`Script`.

        Raises:
            ValueError: A value out of range (``count`` from 0 to 1,000,000; ``duration`` up to 30 days).
        """
        script = checked_script(outcome, code, message, duration, polls)
        self._state.scripts.push(script, limits.integer("count", count, 0, limits.MAX_COUNT))

    def script_job(
        self,
        job_id: str,
        outcome: JobOutcome = "completed",
        *,
        code: str = "provider_error",
        message: str | None = None,
        duration: float | None = None,
        polls: int | None = None,
    ) -> None:
        """Change how one pending job ends.

        Raises:
            KeyError: No such job.
            ValueError: A value out of range.
        """
        script = checked_script(outcome, code, message, duration, polls)
        self._state.rescript(self._state.jobs[job_id], script)

    def fail_next(
        self,
        n: int = 1,
        *,
        status: int = 503,
        retry_after: float | None = None,
        kind: FaultKind = "status",
        delay: float = 30.0,
    ) -> None:
        """Make the next ``n`` API requests misbehave; see :class:`Fault` for the kinds.

        Raises:
            ValueError: A value out of range (``status`` 400-599, ``delay`` up to 600 s...).
        """
        limits.choice("kind", kind, FAULT_KINDS)
        fault = Fault(
            kind=kind,
            status=limits.integer("status", status, 400, 599),
            retry_after=limits.optional_number("retry_after", retry_after, 0, limits.MAX_RETRY_AFTER),
            delay=limits.number("delay", delay, 0, limits.MAX_DELAY),
        )
        self._faults.push(fault, limits.integer("count", n, 0, limits.MAX_COUNT))

    def set_duration(self, key: str, seconds: float) -> None:
        """Set the run time (the service's seconds) of jobs created from now on, by endpoint or family."""
        limits.text("key", key)
        self._state.settings.durations[key] = limits.number("seconds", seconds, 0, limits.MAX_DURATION)

    def set_price(self, key: str, amount: Decimal | float | str) -> None:
        """Set the flat USD price of an endpoint or a family."""
        limits.text("key", key)
        self._config.prices.set(key, limits.usd(key, amount, low=Decimal(0)))

    def deprecate(
        self, endpoint: str, *, sunset: str = "Tue, 01 Sep 2026 00:00:00 GMT", link: str = DEFAULT_LINK
    ) -> None:
        """Mark a model deprecated: it keeps answering, with ``Deprecation``, ``Sunset`` and ``Link``."""
        self._config.deprecations[self._endpoint(endpoint)] = Deprecation(
            str(limits.text("sunset", sunset)), str(limits.text("link", link))
        )

    def sunset(
        self,
        endpoint: str,
        *,
        sunset_date: str = "2026-05-01",
        replacement: str | None = None,
        migration_url: str | None = None,
    ) -> None:
        """Mark a model past its sunset: every request to it answers 410 ``model_unavailable``."""
        self._config.sunsets[self._endpoint(endpoint)] = Sunset(
            str(limits.text("sunset_date", sunset_date)),
            limits.text("replacement", replacement, optional=True),
            limits.text("migration_url", migration_url, optional=True),
        )

    def _endpoint(self, endpoint: str) -> str:
        limits.text("endpoint", endpoint)
        if endpoint not in self.catalogue.models and endpoint not in self._config.sunsets:
            raise ValueError(f"endpoint: must be a model of the spec (e.g. image/bfl/flux-1-dev), got {endpoint!r}")
        return endpoint

    # ---- money

    @property
    def balance(self) -> Decimal:
        """The balance in USD of the account :meth:`client` uses."""
        return self.balance_of(self.api_key)

    def balance_of(self, api_key: str) -> Decimal:
        """The balance in USD of one account."""
        return self._state.account(api_key).balance

    def top_up(self, amount: Decimal | float | str, *, api_key: str | None = None) -> None:
        """Add USD to an account (default: the one :meth:`client` uses).

        Raises:
            ValueError: ``amount`` is not a finite amount from 0 to 1e9.
        """
        value = limits.usd("amount", amount, low=Decimal(0))
        with self._state.lock:
            account = self._state.account(api_key or self.api_key)
            if account.balance + value > limits.MAX_USD:
                raise ValueError(f"amount: the balance may not exceed {limits.MAX_USD} USD, got {amount!r}")
            account.balance += value

    def set_balance(self, amount: Decimal | float | str, *, api_key: str | None = None) -> None:
        """Set an account's balance in USD (default: the one :meth:`client` uses).

        Raises:
            ValueError: ``amount`` is not a finite amount from -1e9 to 1e9.
        """
        value = limits.usd("amount", amount)
        with self._state.lock:
            self._state.account(api_key or self.api_key).balance = value

    # ---- reading

    @property
    def ledger(self) -> list[Charge]:
        """Every charge so far, one per completed job, in order."""
        return list(self._state.ledger)

    @property
    def jobs(self) -> list[dict[str, Any]]:
        """Every job of every account (the last ``keep`` finished), as ``GET /jobs/{id}`` shows it now, oldest first."""
        with self._state.lock:
            self._state.settle()
            return [self._state.describe(job) for job in self._state.jobs.values()]

    @property
    def inputs(self) -> list[dict[str, Any]]:
        """What each job of :attr:`jobs` was asked to do, oldest first: ``job_id``, ``endpoint`` and ``input``,
        the request body as received (for a node app's several jobs, the one body of the request)."""
        with self._state.lock:
            jobs = list(self._state.jobs.values())
        return [{"job_id": job.job_id, "endpoint": job.endpoint, "input": _input(job.body)} for job in jobs]

    def job(self, job_id: str) -> dict[str, Any]:
        """One job as ``GET /jobs/{id}`` would show it now (without counting as a poll).

        Raises:
            KeyError: No such job.
        """
        self._state.settle()  # on the wall clock, a job due by now reads finished, as over HTTP
        return self._state.describe(self._state.jobs[job_id])

    @property
    def requests(self) -> list[RequestRecord]:
        """Every API and file request received, in order (``/_mock/`` controls excluded; the last ``keep``)."""
        return list(self._service.requests)

    @property
    def journal(self) -> list[RequestRecord]:
        """Deprecated alias of :attr:`requests` (the batch journal is another thing), kept for one release."""
        warnings.warn("MockKrea.journal is deprecated: use MockKrea.requests", DeprecationWarning, stacklevel=2)
        return self.requests

    @property
    def webhooks(self) -> list[Delivery]:
        """Every webhook delivery attempted or queued, in order."""
        return list(self._state.deliveries)

    def flush_webhooks(self) -> None:
        """Wait until every queued webhook delivery has been attempted."""
        self._sender.flush()

    @property
    def models(self) -> list[str]:
        """The generation endpoints the spec defines (``image/bfl/flux-1-dev``...), sorted."""
        return sorted(self.catalogue.models)

    # ---- life

    def reset(self) -> None:
        """Forget all accounts, jobs, charges, faults, scripts, request log and overrides; rewind the clock."""
        self._sender.flush()
        self.clock.reset()
        settings = dataclasses.replace(self._initial, durations=dict(self._initial.durations))
        self._state = State(settings, self.clock, self._sender)
        prices = PriceTable()
        for key, amount in self._initial_prices.items():
            prices.set(key, amount)
        self._config = Config(
            self.catalogue, prices, self.api_keys, {}, dict(DEFAULT_SUNSETS), self.base_url, self._opaque_cursors
        )
        self._faults.clear()
        self._service = Service(self._config, self._state, self._faults)

    def close(self) -> None:
        """Deliver pending webhooks, stop the delivery thread and the clock's ticking (if it ticks)."""
        if isinstance(self.clock, WallClock):
            self.clock.stop_ticking()
        self._sender.close()

    def __enter__(self) -> MockKrea:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


def _input(body: bytes) -> Any:
    """A job's request body read back (the service accepted it as JSON); None if it is not JSON after all."""
    if not body:
        return {}
    try:
        return json.loads(body)
    except ValueError:
        return None
