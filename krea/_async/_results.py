"""Fetching a job's results: as bytes, as a stream, or into a file.

Which outputs and where each lands is decided in ``krea/_results.py``; every fetch goes through the client's
gateway, which sends the API key to the API's host only, never to a result host. Reads and downloads are
retried like any GET; a stream (``iter_bytes``) is not, since its first bytes may already be with the caller.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

from .. import _downloads
from .._http import translated
from .._job import JobBase
from .._options import CallOptions
from .._results import Limit, Placement, pick, placements
from ._transport import AsyncRequester

__all__ = ["iter_bytes", "placements", "read", "save"]


async def read(requester: AsyncRequester, job: JobBase, index: int, max_bytes: int | None) -> bytes:
    """Output ``index`` of ``job`` as bytes; see ``read`` of ``client.jobs``."""
    url = pick(job, index)

    async def fetch() -> bytes:
        limit = Limit(job.id, url, max_bytes)
        async with requester.gateway.stream(url) as response:
            async for chunk in response.aiter_bytes():
                limit.add(chunk)
        return limit.result()

    return await requester.call("GET", url, fetch)


async def iter_bytes(
    requester: AsyncRequester, job: JobBase, index: int, chunk_size: int | None, options: CallOptions | None = None
) -> AsyncIterator[bytes]:
    """Output ``index`` of ``job`` as it arrives; see ``iter_bytes`` of ``client.jobs``."""
    url = pick(job, index)
    with translated(url):
        async with requester.gateway.stream(url, options) as response:
            async for chunk in response.aiter_bytes(chunk_size):
                yield chunk


async def save(requester: AsyncRequester, url: str, place: Placement) -> Path:
    """Fetch one output into its place, atomically, retrying like any GET."""

    async def fetch() -> Path:
        async with requester.gateway.stream(url) as response:
            final = place.final(_downloads.extension(response.headers.get("content-type", ""), url))
            with _downloads.Saver(final.parent, place.job_id, final) as saver:
                async for chunk in response.aiter_bytes():
                    saver.write(chunk)
            return final

    return await requester.call("GET", url, fetch)
