"""What does an operation handler receive, and what does the mock's configuration hold?"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from krea.testing._api.spec import Catalogue, Operation
from krea.testing._core.billing import PriceTable
from krea.testing._core.state import Account, State
from krea.testing._http import MockRequest, MockResponse


@dataclass(frozen=True)
class Deprecation:
    """A deprecated model: it still answers, with ``Deprecation``, ``Sunset`` and ``Link`` headers."""

    sunset: str
    """RFC 1123 date after which it answers 410, e.g. ``Tue, 01 Sep 2026 00:00:00 GMT``."""
    link: str
    """The deprecation notice URL."""


@dataclass(frozen=True)
class Sunset:
    """A model past its sunset date: every request answers 410 with Krea's ``ModelGoneError`` body."""

    sunset_date: str
    """``YYYY-MM-DD``."""
    replacement: str | None = None
    """The endpoint to use instead (``video/bytedance/seedance-1.0-pro-fast``), if any."""
    migration_url: str | None = None
    reason: str = "deprecated"

    def body(self, endpoint: str) -> dict[str, Any]:
        """The 410 body, with ``replacement`` and ``migration_url`` only when known."""
        message = f"The model '{endpoint}' was deprecated on {self.sunset_date}."
        if self.replacement:
            message += f" Use '{self.replacement}' instead."
        body: dict[str, Any] = {
            "error": "model_unavailable",
            "reason": self.reason,
            "message": message,
            "sunset_date": self.sunset_date,
        }
        if self.replacement:
            body["replacement"] = self.replacement
        if self.migration_url:
            body["migration_url"] = self.migration_url
        return body


# Krea's documented sunsets (FACTS §13): these endpoints answer 410 even though the spec no longer lists them.
DEFAULT_SUNSETS: Mapping[str, Sunset] = {
    "video/bytedance/seedance-1.0-lite": Sunset(
        "2026-04-27",
        "video/bytedance/seedance-1.0-pro-fast",
        "https://docs.krea.ai/developers/deprecations#seedance-1-0-lite",
    ),
    "image/bytedance/seedream-3": Sunset("2026-05-13"),
}


@dataclass
class Config:
    """What the service answers with, beyond state: prices, keys, deprecations."""

    catalogue: Catalogue
    prices: PriceTable = field(default_factory=PriceTable)
    api_keys: frozenset[str] | None = None
    """Accepted tokens; None accepts any non-empty token (each its own account)."""
    deprecations: dict[str, Deprecation] = field(default_factory=dict)
    sunsets: dict[str, Sunset] = field(default_factory=lambda: dict(DEFAULT_SUNSETS))
    public_url: str = "http://krea-mock.local"
    """Scheme, host and port of the mock as clients reach it: result and asset URLs start with it."""
    opaque_cursors: bool = False
    """Issue opaque cursors for jobs, assets and node-app versions too (styles' are always opaque)."""


@dataclass(frozen=True)
class Call:
    """One validated request, ready for its operation's handler."""

    state: State
    config: Config
    account: Account
    request: MockRequest
    operation: Operation
    params: Mapping[str, Any]
    """Path, query and header parameters by name, typed per their schemas."""
    body: Any
    """The parsed JSON body, the multipart parts by name, or None."""


Handler = Callable[[Call], MockResponse]
