"""How do accounts, jobs, charges and deliveries change as requests arrive and the clock moves?

One plain-Python state machine, shared by the ASGI app and the in-process transports; one re-entrant lock
guards it, so threads (a uvicorn worker, a test, the webhook thread) may touch it at once.
"""

from __future__ import annotations

import heapq
import math
import threading
import uuid
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from types import MappingProxyType
from typing import Any, Literal

from krea.testing._core.billing import INSUFFICIENT_BALANCE, Charge, can_afford
from krea.testing._core.clock import VirtualClock, iso
from krea.testing._core.index import JobIndex
from krea.testing._core.jobs import CANCELLABLE, DEFAULT_DURATIONS, DEFAULT_SCRIPT, MockJob, Script
from krea.testing._core.runs import RunQueue
from krea.testing._core.webhooks import NOT_DELIVERED, Delivery, WebhookSender, is_loopback
from krea.testing._http import ApiError
from krea.testing._redact import redact

_NO_PARAMS: Mapping[str, Any] = MappingProxyType({})  # one shared, read-only: memory per job stays small
MAX_STORED_BYTES = 1 << 30
"""Uploaded bytes a mock bounded by ``keep`` holds (1 GiB); older uploads are forgotten past it."""
TOO_MANY = "You have reached the maximum number of concurrent jobs."
HOSTED_TIMEOUT = 180.0  # Krea fails hosted-tool jobs after 3 minutes (2 hours for external providers)


@dataclass
class Account:
    """One API key's world: its balance, jobs, assets and styles."""

    key: str
    balance: Decimal
    owner_id: str
    jobs: JobIndex = field(default_factory=JobIndex)
    """The account's jobs by creation instant (finished ones beyond ``keep`` are forgotten)."""
    running: list[MockJob] = field(default_factory=list)
    backlog: deque[MockJob] = field(default_factory=deque)
    reserved: Decimal = Decimal(0)
    """The summed prices of the jobs in flight (running or backlogged), kept as they start and end."""
    last_stamp: float = -1.0
    assets: dict[str, dict[str, Any]] = field(default_factory=dict)
    styles: dict[str, dict[str, Any]] = field(default_factory=dict)
    share_links: set[str] = field(default_factory=set)
    workspace_shares: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class JobRequest:
    """What a job-creating request asks for, once validated and priced."""

    family: str
    endpoint: str
    price: Decimal
    base_url: str
    webhook_url: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    body: bytes = b""
    """The request body as received, which the job keeps (``params`` is its parsed form)."""


@dataclass
class MockSettings:
    """Knobs a test turns; each field is the default for accounts created afterwards where relevant."""

    balance: Decimal
    concurrency: int
    backlog: int
    service_timeout: float = HOSTED_TIMEOUT
    duplicate_webhooks: bool = False
    durations: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_DURATIONS))
    """Run time by endpoint or family, in the service's seconds; an endpoint key beats its family."""
    speed: float = 1.0
    """How many times faster than the service jobs run: every duration and the timeout are divided by it."""
    keep: int | None = None
    """How many finished jobs, charges, webhook deliveries and request records are kept; None keeps all."""
    deliver_webhooks: Literal["loopback", "any"] = "loopback"
    """Where webhooks are really POSTed; others are recorded as not delivered."""


class State:
    """Accounts, jobs, ledger, scripts and webhook deliveries on a clock."""

    def __init__(self, settings: MockSettings, clock: VirtualClock, sender: WebhookSender) -> None:
        self.settings = settings
        self.clock = clock
        self.sender = sender
        self.lock = threading.RLock()
        self.accounts: dict[str, Account] = {}
        self.jobs: dict[str, MockJob] = {}
        self.ledger: deque[Charge] = deque(maxlen=settings.keep)
        self.deliveries: deque[Delivery] = deque(maxlen=settings.keep)
        self.scripts = RunQueue[Script]()
        self.files: dict[str, tuple[str, bytes]] = {}
        """Uploaded files by name under ``/_mock/files/``: media type and bytes."""
        self.file_owners: dict[str, str] = {}
        """The API key that owns each uploaded file."""
        self.results: Callable[[State, MockJob, Account], dict[str, Any] | None] = _files_result
        """Makes a completed job's ``result``, None for its served files (the job then keeps none of its own:
        see ``MockJob.result``); the service installs one that also creates trained styles."""
        self._due: list[tuple[float, int, MockJob]] = []  # a heap of the running jobs' end instants
        self._pushed = 0
        self._finished: deque[MockJob] = deque()
        self._stored = 0  # bytes in ``files``
        clock.subscribe(self.settle)

    def account(self, key: str) -> Account:
        """The account of an API key, created with the starting balance on first use."""
        with self.lock:
            found = self.accounts.get(key)
            if found is None:
                owner = str(uuid.uuid5(uuid.NAMESPACE_URL, f"krea-mock:{key}"))
                found = self.accounts[key] = Account(key, self.settings.balance, owner)
            return found

    def stamp(self, account: Account) -> float:
        """A creation instant: now, nudged 1 ms past the account's previous one so its cursors never tie."""
        with self.lock:
            account.last_stamp = round(max(self.clock.seconds, account.last_stamp + 0.001), 3)
            return account.last_stamp

    def iso_stamp(self, account: Account) -> str:
        """A creation instant unique within the account, formatted as Krea does."""
        return iso(self.clock.at(self.stamp(account)))

    def store_file(self, name: str, media_type: str, data: bytes, *, owner: str) -> None:
        """Keep an uploaded file; when ``keep`` bounds the mock, the oldest uploads (file and asset) are
        forgotten once they hold more than ``MAX_STORED_BYTES``."""
        with self.lock:
            self.files[name] = (media_type, data)
            self.file_owners[name] = owner
            self._stored += len(data)
            while self.settings.keep is not None and self._stored > MAX_STORED_BYTES and len(self.files) > 1:
                oldest = next(iter(self.files))
                account = self.accounts.get(self.file_owners.get(oldest, ""))
                if account is not None:
                    account.assets.pop(oldest.removeprefix("assets/"), None)
                self.forget_file(oldest)

    def forget_file(self, name: str) -> None:
        """Forget an uploaded file (its asset record is the caller's)."""
        with self.lock:
            found = self.files.pop(name, None)
            self.file_owners.pop(name, None)
            if found is not None:
                self._stored -= len(found[1])

    def create_jobs(self, account: Account, requests: Sequence[JobRequest]) -> list[MockJob]:
        """Accept new jobs or refuse them all.

        Raises:
            ApiError: 402 when the balance cannot cover them (see ``can_afford``), 429 when the account is
                at its concurrency limit and its backlog is full.
        """
        with self.lock:
            total = sum((r.price for r in requests), Decimal(0))
            if not can_afford(account.balance, account.reserved, total):
                raise ApiError(402, {"message": INSUFFICIENT_BALANCE, "error": "insufficient_balance"})
            free = max(self.settings.concurrency - len(account.running), 0)
            overflow = max(len(requests) - free, 0)
            if overflow and len(account.backlog) + overflow > self.settings.backlog:
                raise ApiError(429, TOO_MANY)
            jobs = [self._new_job(account, request) for request in requests]
            for job in jobs:
                account.jobs.add(job)
                account.reserved += job.price
                self.jobs[job.job_id] = job
                if len(account.running) < self.settings.concurrency:
                    self._start(account, job, job.created)
                else:
                    account.backlog.append(job)
            return jobs

    def _new_job(self, account: Account, request: JobRequest) -> MockJob:
        script = self.scripts.pop() or DEFAULT_SCRIPT
        return MockJob(
            job_id=str(uuid.uuid4()),
            account=account.key,
            family=request.family,
            endpoint=request.endpoint,
            price=request.price,
            created=self.stamp(account),
            script=script,
            base_url=request.base_url,
            duration=self.duration_of(request.endpoint, request.family, script),
            webhook_url=request.webhook_url,
            params=request.params if request.family == "style" else _NO_PARAMS,
            body=request.body,
        )

    def duration_of(self, endpoint: str, family: str, script: Script) -> float:
        """A job's run time on this clock: its script's, else the endpoint's, else its family's, over speed."""
        durations = self.settings.durations
        seconds = script.duration
        if seconds is None:
            seconds = durations.get(endpoint, durations.get(family, DEFAULT_DURATIONS["image"]))
        return seconds / self.settings.speed

    @property
    def timeout(self) -> float:
        """The service timeout on this clock."""
        return self.settings.service_timeout / self.settings.speed

    def rescript(self, job: MockJob, script: Script) -> None:
        """Change how a pending job will end."""
        with self.lock:
            job.script = script
            job.duration = self.duration_of(job.endpoint, job.family, script)
            self._schedule(job)
            self.settle()

    def poll(self, job: MockJob) -> None:
        """Count a ``GET /jobs/{id}``; a poll-driven job moves one step."""
        with self.lock:
            if job.terminal or job.started is None:
                return
            job.polls += 1
            account = self.account(job.account)
            if job.script.polls is not None and job.script.outcome != "stuck" and job.polls >= job.script.polls:
                self._finish(account, job, self.clock.seconds)
                self._fill_slots(account, self.clock.seconds)
            self._refresh(job)

    def cancel(self, job: MockJob) -> None:
        """Cancel a job that is ``queued`` or ``processing``.

        Raises:
            ApiError: 409 in any other status.
        """
        with self.lock:
            self._refresh(job)
            if job.status not in CANCELLABLE:
                raise ApiError(409, f"Job cannot be cancelled in status {job.status}")
            account = self.account(job.account)
            account.running.remove(job)
            account.reserved -= job.price
            job.status, job.ended, job.outcome = "cancelled", self.clock.seconds, None
            self._ended(job)
            self._notify(job)
            self._fill_slots(account, self.clock.seconds)

    def settle(self) -> None:
        """Finish every job whose time has come, in time order, starting backlogged jobs as slots free."""
        with self.lock:
            now = self.clock.seconds
            while self._due and self._due[0][0] <= now:
                due, _, job = heapq.heappop(self._due)
                if job.terminal or job.started is None or job.due(self.timeout) != due:
                    continue  # cancelled, finished by polls, or rescripted since it was scheduled
                account = self.account(job.account)
                self._finish(account, job, due)
                self._fill_slots(account, due)

    def _schedule(self, job: MockJob) -> None:
        due = job.due(self.timeout)
        if due != math.inf:
            self._pushed += 1
            heapq.heappush(self._due, (due, self._pushed, job))

    def _start(self, account: Account, job: MockJob, at: float) -> None:
        job.started = at
        account.running.append(job)
        self._schedule(job)
        self._refresh(job)

    def _fill_slots(self, account: Account, at: float) -> None:
        while account.backlog and len(account.running) < self.settings.concurrency:
            self._start(account, account.backlog.popleft(), at)

    def _refresh(self, job: MockJob) -> None:
        if job.terminal:
            return
        job.status = job.pending_stage(self.clock.seconds)  # ``result`` follows (a preview's URL, or none)

    def _finish(self, account: Account, job: MockJob, at: float) -> None:
        account.running.remove(job)
        account.reserved -= job.price
        job.ended = at
        script = job.script
        if script.outcome == "completed":
            job.status = "completed"
            job.outcome = self.results(self, job, account)
            account.balance -= job.price
            self.ledger.append(Charge(job.job_id, redact(account.key), job.price))
        else:
            code = "timeout" if script.outcome == "stuck" else script.code
            message = script.message or (
                f"Job timed out after {self.settings.service_timeout:g} s"
                if script.outcome == "stuck"
                else f"Job failed: {code}"
            )
            job.status, job.error, job.outcome = (
                "failed",
                {"code": code, "message": message},
                {"error": message},
            )
        self._ended(job)
        self._notify(job)

    def _ended(self, job: MockJob) -> None:
        keep = self.settings.keep
        if keep is None:
            return
        self._finished.append(job)
        while len(self._finished) > keep:
            old = self._finished.popleft()
            self.jobs.pop(old.job_id, None)
            owner = self.accounts.get(old.account)
            if owner is not None:
                owner.jobs.remove(old)

    def _notify(self, job: MockJob) -> None:
        if job.webhook_url is None:
            return
        deliver = self.settings.deliver_webhooks == "any" or is_loopback(job.webhook_url)
        for _ in range(2 if self.settings.duplicate_webhooks else 1):
            delivery = Delivery(job.webhook_url, job.job_id, job.to_json(self.clock))
            self.deliveries.append(delivery)
            if deliver:
                self.sender.send(delivery)
            else:
                delivery.error = NOT_DELIVERED

    def describe(self, job: MockJob) -> dict[str, Any]:
        """A job as JSON, at the current instant."""
        with self.lock:
            self._refresh(job)
            return job.to_json(self.clock)

    def now_iso(self) -> str:
        """The current instant, formatted as Krea does."""
        return iso(self.clock.now())


def _files_result(state: State, job: MockJob, account: Account) -> dict[str, Any] | None:
    return None  # the served files: MockJob.result builds their URLs when read
