"""Terminal jobs are POSTed to their X-Webhook-URL, once or twice; any URL is accepted, as Krea does, and
only loopback ones are delivered unless ``deliver_webhooks="any"``."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import httpx
import pytest

from krea.testing import Delivery, MockKrea, is_loopback
from tests.unit.testing.conftest import SPEC, auth, create


class Receiver(HTTPServer):
    received: list[dict[str, Any]]


class _Handler(BaseHTTPRequestHandler):
    server: Receiver

    def do_POST(self) -> None:
        length = int(self.headers["Content-Length"])
        self.server.received.append(json.loads(self.rfile.read(length)))
        self.send_response(200)
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        del format, args


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    server = Receiver(("127.0.0.1", 0), _Handler)
    server.received = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join()


def test_completed_job_is_posted_to_a_loopback_receiver(
    mock: MockKrea, http: httpx.Client, image: str, receiver: Receiver
) -> None:
    url = f"http://127.0.0.1:{receiver.server_address[1]}/hook"
    job = http.post(image, json={"prompt": "x"}, headers={"X-Webhook-URL": url}).json()
    assert receiver.received == []
    mock.clock.advance(3600)
    mock.flush_webhooks()
    assert receiver.received == [mock.job(job["job_id"])]
    assert [(d.url, d.status_code) for d in mock.webhooks] == [(url, 200)]


def test_cancelled_and_failed_jobs_notify_too(mock: MockKrea, http: httpx.Client, image: str) -> None:
    delivered: list[Delivery] = []
    with MockKrea(spec=SPEC, webhook_deliverer=delivered.append) as other:
        client = httpx.Client(transport=other.transport(), base_url=other.base_url, headers=auth())
        hook = {"X-Webhook-URL": "http://localhost:9/hook"}
        other.script_next("failed", code="nsfw")
        failed = client.post(image, json={"prompt": "x"}, headers=hook).json()
        cancelled = client.post(image, json={"prompt": "x"}, headers=hook).json()
        client.delete(f"/jobs/{cancelled['job_id']}")
        other.clock.advance(3600)
        other.flush_webhooks()
    assert [(d.job_id, d.body["status"]) for d in delivered] == [
        (cancelled["job_id"], "cancelled"),
        (failed["job_id"], "failed"),
    ]


def test_duplicate_delivery_when_configured(image: str) -> None:
    delivered: list[Delivery] = []
    with MockKrea(spec=SPEC, duplicate_webhooks=True, webhook_deliverer=delivered.append) as mock:
        client = httpx.Client(transport=mock.transport(), base_url=mock.base_url, headers=auth())
        client.post(image, json={"prompt": "x"}, headers={"X-Webhook-URL": "http://[::1]:9/h"})
        mock.clock.advance(3600)
        mock.flush_webhooks()
    assert len(delivered) == 2
    assert delivered[0].body == delivered[1].body


def test_a_non_loopback_webhook_is_accepted_and_recorded_as_not_delivered(image: str) -> None:
    sent: list[Delivery] = []
    with MockKrea(spec=SPEC, webhook_deliverer=sent.append) as mock:
        client = httpx.Client(transport=mock.transport(), base_url=mock.base_url, headers=auth())
        hook = "https://your-server.com/webhook"  # Krea's own documented example
        response = client.post(image, json={"prompt": "x"}, headers={"X-Webhook-URL": hook})
        assert response.status_code == 200
        mock.clock.advance(3600)
        mock.flush_webhooks()
    assert sent == []
    [delivery] = mock.webhooks
    assert (delivery.url, delivery.status_code) == (hook, None)
    assert delivery.error is not None
    assert "not delivered" in delivery.error


def test_deliver_webhooks_any_sends_to_any_url(image: str) -> None:
    sent: list[Delivery] = []
    with MockKrea(spec=SPEC, webhook_deliverer=sent.append, deliver_webhooks="any") as mock:
        client = httpx.Client(transport=mock.transport(), base_url=mock.base_url, headers=auth())
        client.post(image, json={"prompt": "x"}, headers={"X-Webhook-URL": "https://your-server.com/webhook"})
        mock.clock.advance(3600)
        mock.flush_webhooks()
    assert [d.url for d in sent] == ["https://your-server.com/webhook"]


def test_unreachable_receiver_is_recorded_not_raised(mock: MockKrea, http: httpx.Client, image: str) -> None:
    create(http, image)
    port = _free_port()
    http.post(image, json={"prompt": "x"}, headers={"X-Webhook-URL": f"http://127.0.0.1:{port}/"})
    mock.clock.advance(3600)
    mock.flush_webhooks()
    assert mock.webhooks[0].status_code is None
    assert mock.webhooks[0].error


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://127.0.0.1:8000/x", True),
        ("http://127.9.9.9/x", True),
        ("https://localhost/x", True),
        ("http://[::1]:80/", True),
        ("http://10.0.0.1/", False),
        ("http://example.com/", False),
        ("ftp://127.0.0.1/", False),
        ("not a url", False),
    ],
)
def test_is_loopback(url: str, expected: bool) -> None:
    assert is_loopback(url) is expected


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def test_a_kept_delivery_holds_the_json_it_posts_and_reads_back_the_document(image: str) -> None:
    with MockKrea(spec=SPEC, webhook_deliverer=lambda delivery: None) as mock:
        client = httpx.Client(transport=mock.transport(), base_url=mock.base_url, headers=auth())
        client.post(image, json={"prompt": "x"}, headers={"X-Webhook-URL": "http://127.0.0.1:9/h"})
        mock.clock.advance(3600)
        [delivery] = mock.webhooks
        assert isinstance(delivery.payload, bytes)  # not a dict (and its nested result) per kept delivery
        assert delivery.body == json.loads(delivery.payload) == mock.jobs[0]
        assert delivery.body["result"]["urls"][0].endswith(".png")
        shown = client.get("/_mock/webhooks").json()  # the control shows the document, as before
        assert shown == [{"url": delivery.url, "job_id": delivery.job_id, "body": delivery.body,
                          "status_code": None, "error": None}]  # fmt: skip
