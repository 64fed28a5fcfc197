"""krea's own httpx clients keep a connection while the server keeps it, and drop it once the server closed it.

httpcore's pool asks each idle connection whether its socket is readable (``get_extra_info("is_readable")``)
every time a request comes or goes: readable means the server closed it. krea's bounded streams answer that on
the socket itself (``krea/_sockets.py``, ``readable``) instead of through anyio's attribute lookup. Over a real
loopback server: a kept connection is reused, one the server closed while idle is replaced, with no error and no
retry (``max_retries=0``).
"""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from typing import Any

import pytest

import krea
from krea._async._sockets import _AsyncStream
from krea._sync._sockets import _Stream
from tests.e2e._support import QuietHandler, serving

JOB = "550e8400-e29b-41d4-a716-446655440000"
BODY = b'{"job_id": "550e8400-e29b-41d4-a716-446655440000", "status": "processing"}'
SETTLE = 0.3
"""Seconds for the server's close to reach the client's socket (loopback takes microseconds)."""


class Server(ThreadingHTTPServer):
    daemon_threads = True
    close_after_answer = False
    peers: list[int]


class Handler(QuietHandler):
    server: Server

    def do_GET(self) -> None:
        self.server.peers.append(self.client_address[1])
        # No "Connection: close": the client believes it may keep the connection; the server may close it
        # anyway once idle, as servers do when their keep-alive timeout passes.
        self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
        self.wfile.write(b"Content-Length: %d\r\n\r\n%s" % (len(BODY), BODY))
        self.wfile.flush()
        if self.server.close_after_answer:
            self.close_connection = True


@pytest.fixture
def server() -> Iterator[Server]:
    made = Server(("127.0.0.1", 0), Handler)
    made.peers = []
    with serving(made):
        yield made


def _reads(server: Server, flavour: str, count: int) -> list[str]:
    base = f"http://127.0.0.1:{server.server_address[1]}"
    if flavour == "sync":
        with krea.Krea(api_key="pool-key", base_url=base, max_retries=0) as client:
            statuses = []
            for _ in range(count):
                statuses.append(client.jobs.get(JOB).status)
                time.sleep(SETTLE)
            return statuses

    async def run() -> list[str]:
        async with krea.AsyncKrea(api_key="pool-key", base_url=base, max_retries=0) as client:
            statuses = []
            for _ in range(count):
                statuses.append((await client.jobs.get(JOB)).status)
                await asyncio.sleep(SETTLE)
            return statuses

    return asyncio.run(run())


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_connection_the_server_keeps_is_reused(server: Server, flavour: str) -> None:
    assert _reads(server, flavour, 3) == ["processing"] * 3
    assert len(set(server.peers)) == 1  # one connection: an idle live socket does not read as readable


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_connection_the_server_closed_while_idle_is_replaced_without_an_error(server: Server, flavour: str) -> None:
    server.close_after_answer = True
    assert _reads(server, flavour, 3) == ["processing"] * 3  # no RemoteProtocolError on a dead connection
    assert len(set(server.peers)) == 3


class _Inner:
    """A network stream that counts what it is asked, over one end of a socket pair."""

    def __init__(self, sock: socket.socket | None) -> None:
        self.sock = sock
        self.asked: list[str] = []

    def get_extra_info(self, info: str) -> object:
        self.asked.append(info)
        return self.sock if info == "socket" else "inner's answer"


@pytest.mark.parametrize("stream", [_Stream, _AsyncStream])
def test_readability_is_read_on_the_socket_found_once(stream: Any) -> None:
    mine, theirs = socket.socketpair()
    with mine, theirs:
        inner = _Inner(mine)
        wrapped = stream(inner)
        assert [wrapped.get_extra_info("is_readable") for _ in range(3)] == [False] * 3
        theirs.sendall(b"x")
        assert wrapped.get_extra_info("is_readable") is True
        assert inner.asked == ["socket"]  # the inner stream's own (costly) lookup is not made each time
        assert wrapped.get_extra_info("server_addr") == "inner's answer"
    assert wrapped.get_extra_info("is_readable") is True  # a closed socket counts as readable


@pytest.mark.parametrize("stream", [_Stream, _AsyncStream])
def test_a_stream_without_a_socket_answers_readability_itself(stream: Any) -> None:
    inner = _Inner(None)
    assert stream(inner).get_extra_info("is_readable") == "inner's answer"
