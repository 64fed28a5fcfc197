"""What does one run of ``krea`` talk to? The real API (settings from ``KREA_*``) or, with ``--mock``, a mock.

With ``--mock`` every client is wired in process to one ``krea.testing.MockKrea``: no key, no network, and
waits move the mock's virtual clock instead of sleeping, so a two-minute video completes at once.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._config import log_level
from .._errors import KreaConfigError
from .._sync._client import Krea
from ._exits import CliError, ExitCode

if TYPE_CHECKING:
    from .._async._client import AsyncKrea


def check_log_setting(env: Mapping[str, str] | None = None) -> None:
    """Refuse a ``KREA_LOG`` the client would ignore, before any command runs (``krea models`` makes no client).

    Raises:
        CliError: ``KREA_LOG`` is set to something other than a log level (exit code 2).
    """
    try:
        log_level(env)
    except KreaConfigError as exc:
        raise CliError(str(exc), code=ExitCode.USAGE) from None


class Session:
    """The client factory of one command-line run.

    Args:
        mock: A ``MockKrea`` for ``--mock`` to use (tests pass one to keep state across runs); None makes
            a fresh one on first use.
    """

    def __init__(self, *, mock: Any | None = None) -> None:
        self.use_mock = False
        """Whether ``--mock`` was given."""
        self._mock = mock

    @property
    def mock(self) -> Any:
        """The ``MockKrea`` behind ``--mock``, created on first use."""
        if self._mock is None:
            from krea.testing import MockKrea  # in process it needs nothing beyond `pip install krea`

            self._mock = MockKrea()
        return self._mock

    def client(self) -> Krea:
        """A sync client: to the mock with ``--mock``, else to the API configured by ``KREA_*``.

        Raises:
            KreaConfigError: no API key, or a malformed ``KREA_*`` setting.
        """
        if self.use_mock:
            client: Krea = self.mock.client()
            return client
        return Krea()

    def async_client(self) -> AsyncKrea:
        """An async client, like :meth:`client`.

        Against the mock each pause also yields to the event loop, so concurrent waits take turns.
        """
        from .._async._client import AsyncKrea  # asyncio and the async client only for the commands that use them

        if not self.use_mock:
            return AsyncKrea()
        import asyncio

        import httpx

        mock = self.mock

        async def sleep(seconds: float) -> None:
            mock.clock.advance(seconds)
            await asyncio.sleep(0)

        http = httpx.AsyncClient(transport=mock.async_transport(), base_url=mock.base_url)
        return AsyncKrea(mock.api_key, base_url=mock.base_url, http_client=http, sleep=sleep)

    def clock(self) -> float:
        """Seconds on the clock jobs run by: the mock's virtual clock with ``--mock``, else a monotonic one."""
        if self.use_mock:
            seconds: float = self.mock.clock.seconds
            return seconds
        return time.monotonic()
