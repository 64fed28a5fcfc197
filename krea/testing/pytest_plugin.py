"""Which pytest fixtures does ``krea`` provide? ``krea_mock`` and clients wired to it.

Registered through the ``pytest11`` entry point, so it loads in every pytest run of an environment where
``krea`` is installed: importing this module imports nothing heavy, and the mock (which needs, for
``krea_mock.app``, Starlette) is imported only when a fixture is used.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from krea import AsyncKrea, Krea
    from krea.testing import MockKrea


@pytest.fixture
def krea_mock() -> Iterator[MockKrea]:
    """A fresh :class:`krea.testing.MockKrea` (10 USD per account), closed after the test.

    Yields:
        The mock; use ``krea_mock.client()``, ``krea_mock.transport()`` or ``krea_mock.app``.
    """
    from krea.testing import MockKrea

    with MockKrea() as mock:
        yield mock


@pytest.fixture
def krea_client(krea_mock: MockKrea) -> Iterator[Krea]:
    """A ``krea.Krea`` talking to ``krea_mock`` in process; waiting advances the mock's clock.

    Yields:
        The facade client, closed after the test.
    """
    client = krea_mock.client()
    yield client
    client.close()


@pytest.fixture
def krea_async_client(krea_mock: MockKrea) -> AsyncKrea:
    """A ``krea.AsyncKrea`` talking to ``krea_mock`` in process (close it with ``await client.close()``).

    Returns:
        The async facade client.
    """
    return krea_mock.async_client()
