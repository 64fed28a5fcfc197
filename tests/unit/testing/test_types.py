"""The facade's types reach through the mock: its client factories and the pytest fixtures name them.

mypy --strict (``make lint``) checks the ``assert_type`` lines; the hints are also read at run time, since
the fixtures' annotations are all a test author's IDE sees.
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Iterator
from typing import assert_type

import pytest

from krea import AsyncKrea, Krea
from krea.testing import ClientOptions, MockKrea, pytest_plugin

NAMES = {"Krea": Krea, "AsyncKrea": AsyncKrea, "MockKrea": MockKrea, "Iterator": Iterator}


@pytest.mark.asyncio
async def test_the_client_factories_return_the_facade_clients() -> None:
    with MockKrea() as mock:
        client = assert_type(mock.client(max_retries=0), Krea)
        async_client = assert_type(mock.async_client(wait_timeout=5), AsyncKrea)
        assert isinstance(client, Krea)
        assert isinstance(async_client, AsyncKrea)
        client.close()
        await async_client.close()
    hints = typing.get_type_hints(MockKrea.client, localns=NAMES)
    assert hints["return"] is Krea
    assert typing.get_type_hints(MockKrea.async_client, localns=NAMES)["return"] is AsyncKrea


def test_the_factories_options_are_the_facade_clients_keywords() -> None:
    for cls in (Krea, AsyncKrea):
        keywords = set(inspect.signature(cls).parameters) - {"api_key", "base_url", "http_client", "sleep"}
        assert keywords == set(ClientOptions.__annotations__), cls.__name__


def test_the_fixtures_are_typed() -> None:
    def hints(fixture: object) -> dict[str, object]:
        return typing.get_type_hints(fixture.__wrapped__, localns=NAMES)  # type: ignore[attr-defined]  # pytest's wrapper

    assert hints(pytest_plugin.krea_mock)["return"] == Iterator[MockKrea]
    assert hints(pytest_plugin.krea_client) == {"krea_mock": MockKrea, "return": Iterator[Krea]}
    assert hints(pytest_plugin.krea_async_client) == {"krea_mock": MockKrea, "return": AsyncKrea}
