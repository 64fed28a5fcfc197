"""Where may a webhook go, and how is a finished job delivered there?"""

from __future__ import annotations

import ipaddress
import json
import queue
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx


@dataclass(slots=True, init=False)
class Delivery:
    """One webhook POST of a terminal job, as the mock attempted it.

    Args:
        url: Where it is POSTed.
        job_id: The job it reports.
        body: The job document it POSTs (a JSON object), or that document already encoded as JSON bytes.
        status_code: The receiver's answer, if known.
        error: Why it was not delivered, if it was not.
    """

    url: str
    job_id: str
    payload: bytes
    """The POSTed JSON as sent: a kept delivery holds these bytes rather than the parsed document (a third of
    the memory); :attr:`body` reads them back."""
    status_code: int | None
    """The receiver's answer; None until delivered, or when delivery failed (see ``error``)."""
    error: str | None

    def __init__(
        self,
        url: str,
        job_id: str,
        body: Mapping[str, Any] | bytes,
        status_code: int | None = None,
        error: str | None = None,
    ) -> None:
        self.url = url
        self.job_id = job_id
        self.payload = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.status_code = status_code
        self.error = error

    @property
    def body(self) -> dict[str, Any]:
        """The POSTed job document, as ``GET /jobs/{id}`` showed it when the job ended (parsed on each read)."""
        document: dict[str, Any] = json.loads(self.payload)
        return document


NOT_DELIVERED = "not delivered: not a loopback URL (serve with --deliver-webhooks any to send it)"

Deliverer = Callable[[Delivery], None]
"""Sends one delivery and fills in its ``status_code`` or ``error``; called off the request path."""


def is_loopback(url: str) -> bool:
    """Whether ``url`` is http(s) to this machine: ``localhost``, 127.0.0.0/8 or ``::1``."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or not host:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def post_with_httpx(delivery: Delivery) -> None:
    """The default deliverer: a real JSON POST with a 5 s timeout; failures are recorded, not raised."""
    try:
        response = httpx.post(
            delivery.url,
            content=delivery.payload,
            headers={"Content-Type": "application/json"},
            timeout=5,
        )
        delivery.status_code = response.status_code
    except httpx.HTTPError as exc:
        delivery.error = f"{type(exc).__name__}: {exc}"


class WebhookSender:
    """Delivers webhooks in order from one background thread, so no request waits for a receiver."""

    def __init__(self, deliverer: Deliverer = post_with_httpx) -> None:
        self._deliverer = deliverer
        self._queue: queue.Queue[Delivery | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def send(self, delivery: Delivery) -> None:
        """Queue ``delivery``; the worker thread starts on first use."""
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="krea-mock-webhooks", daemon=True)
                self._thread.start()
        self._queue.put(delivery)

    def flush(self) -> None:
        """Block until every queued delivery has been attempted."""
        self._queue.join()

    def close(self) -> None:
        """Deliver what is queued, then stop the worker thread."""
        with self._lock:
            thread, self._thread = self._thread, None
        if thread is not None:
            self._queue.put(None)
            thread.join()

    def _run(self) -> None:
        while True:
            delivery = self._queue.get()
            if delivery is None:
                self._queue.task_done()
                return
            try:
                self._deliverer(delivery)
            except Exception as exc:  # a custom deliverer's bug must not kill the worker
                delivery.error = f"{type(exc).__name__}: {exc}"
            finally:
                self._queue.task_done()
