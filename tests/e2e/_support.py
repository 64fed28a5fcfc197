"""What the end-to-end tests share: a free loopback port, a small HTTP server served in a thread, waiting with a
deadline, one ``krea`` run's result, a batch file of prompts and the states its SQLite journal holds."""

from __future__ import annotations

import contextlib
import json
import socket
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, TypeVar

ServerT = TypeVar("ServerT", bound=ThreadingHTTPServer)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class QuietHandler(BaseHTTPRequestHandler):
    """An HTTP/1.1 handler (keep-alive) that logs nothing."""

    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        del format, args


@contextlib.contextmanager
def serving(server: ServerT) -> Iterator[ServerT]:
    """``server`` answering in a thread of its own for the block, then shut down and closed."""
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def wait_until(condition: Callable[[], Any], *, seconds: float, what: str, pause: float = 0.05) -> Any:
    """``condition()``'s first truthy value, polled every ``pause`` seconds; fails after ``seconds``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(pause)
    raise AssertionError(f"timed out after {seconds:g}s waiting for {what}")


class Result:
    """One run of the ``krea`` command: its exit code and what it printed."""

    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def json(self) -> Any:
        return json.loads(self.out)

    def error_line(self) -> str:
        """The one error line on stderr (after any progress lines), checked not to come with a traceback."""
        assert "Traceback" not in self.err
        [line] = [line for line in self.err.splitlines() if not line.startswith("  ") and "Submitted" not in line]
        assert line.startswith("krea: error: ")
        return line


Run = Callable[..., Result]


def write_prompts(path: Path, lines: int) -> Path:
    """A batch file of ``lines`` Flux generations, ``fox 0`` to ``fox N-1``."""
    path.write_text(
        "".join(
            json.dumps({"endpoint": "image/bfl/flux-1-dev", "input": {"prompt": f"fox {n}"}}) + "\n"
            for n in range(lines)
        )
    )
    return path


def journal_states(path: Path) -> dict[int, str]:
    """Each line's state in a SQLite batch journal, read without locking it; empty before it exists."""
    if not path.exists():
        return {}
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1) as db:
            return dict(db.execute("SELECT line, state FROM lines"))
    except sqlite3.OperationalError:  # the table is not created yet
        return {}
