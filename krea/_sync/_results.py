# Generated from krea/_async/_results.py by scripts/unasync.py: edit that file, then run `make generate`.
"""Fetching a job's results: as bytes, as a stream, or into a file.

Which outputs and where each lands is decided in ``krea/_results.py``; every fetch goes through the client's
gateway, which sends the API key to the API's host only, never to a result host. Reads and downloads are
retried like any GET; a stream (``iter_bytes``) is not, since its first bytes may already be with the caller.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from .. import _downloads
from .._http import translated
from .._job import JobBase
from .._options import CallOptions
from .._results import Limit, Placement, pick, placements
from ._transport import Requester

__all__ = ["iter_bytes", "placements", "read", "save"]


def read(requester: Requester, job: JobBase, index: int, max_bytes: int | None) -> bytes:
    """Output ``index`` of ``job`` as bytes; see ``read`` of ``client.jobs``."""
    url = pick(job, index)

    def fetch() -> bytes:
        limit = Limit(job.id, url, max_bytes)
        with requester.gateway.stream(url) as response:
            for chunk in response.iter_bytes():
                limit.add(chunk)
        return limit.result()

    return requester.call("GET", url, fetch)


def iter_bytes(
    requester: Requester, job: JobBase, index: int, chunk_size: int | None, options: CallOptions | None = None
) -> Iterator[bytes]:
    """Output ``index`` of ``job`` as it arrives; see ``iter_bytes`` of ``client.jobs``."""
    url = pick(job, index)
    with translated(url):
        with requester.gateway.stream(url, options) as response:
            for chunk in response.iter_bytes(chunk_size):
                yield chunk


def save(requester: Requester, url: str, place: Placement) -> Path:
    """Fetch one output into its place, atomically, retrying like any GET."""

    def fetch() -> Path:
        with requester.gateway.stream(url) as response:
            final = place.final(_downloads.extension(response.headers.get("content-type", ""), url))
            with _downloads.Saver(final.parent, place.job_id, final) as saver:
                for chunk in response.iter_bytes():
                    saver.write(chunk)
            return final

    return requester.call("GET", url, fetch)
