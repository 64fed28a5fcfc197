"""What do a request and an answer look like inside the mock, whatever carried them (ASGI or httpx)?"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import parse_qsl


@dataclass(frozen=True)
class MockRequest:
    """A request as the mock's core sees it: header names lower-case, the body fully read."""

    method: str
    path: str
    query_string: str = ""
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""

    @property
    def query(self) -> dict[str, str]:
        """Query parameters (for a repeated name, the last value)."""
        return dict(parse_qsl(self.query_string, keep_blank_values=True))


@dataclass
class MockResponse:
    """An answer: status, headers and body bytes."""

    status: int
    headers: list[tuple[str, str]]
    body: bytes


@dataclass(frozen=True)
class Outcome:
    """What the transport must do: send ``response`` (after ``delay`` seconds), or break the connection."""

    response: MockResponse | None
    broken: Literal["drop", "lost_response"] | None = None
    delay: float = 0.0


class ApiError(Exception):
    """An error answer in Krea's shape; raised anywhere in the core, turned into a response once."""

    def __init__(self, status: int, body: Mapping[str, Any] | str, headers: Sequence[tuple[str, str]] = ()) -> None:
        self.status = status
        self.body: Mapping[str, Any] = {"error": body} if isinstance(body, str) else body
        self.headers = list(headers)
        super().__init__(f"{status}: {self.body}")


def json_response(status: int, body: Any, headers: Sequence[tuple[str, str]] = ()) -> MockResponse:
    """A JSON answer."""
    return MockResponse(
        status,
        [("content-type", "application/json"), *headers],
        json.dumps(body, separators=(",", ":")).encode(),
    )
