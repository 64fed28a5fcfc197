"""How a job's results reach the caller: as bytes, as a stream, or as files, for both clients.

This module decides which outputs are fetched and where each lands (``Placement``);
``krea/_async/_results.py`` (and its generated sync twin) only fetches. Every fetch goes through the client's
gateway, which sends the API key to the API's host only, never to a result host. Reads and downloads are
retried like any GET; a stream (``iter_bytes``) is not, since its first bytes may already be in the caller's
hands.
"""

from __future__ import annotations

import builtins
import os
import string
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from . import _downloads
from ._errors import DownloadError, KreaError, ValidationError

if TYPE_CHECKING:
    from ._job import JobBase

_FIELDS = {"job_id", "index", "count", "ext"}


def outputs(job: JobBase) -> builtins.list[str]:
    """The job's output URLs.

    Raises:
        KreaError: the job has none (yet).
    """
    urls = job.urls
    if not urls:
        raise KreaError(f"Job {job.id} has no outputs (status {job.status})")
    return urls


def pick(job: JobBase, index: object) -> str:
    """The URL of output ``index``.

    Raises:
        ValidationError: no such output.
    """
    urls = outputs(job)
    if isinstance(index, bool) or not isinstance(index, int) or not -len(urls) <= index < len(urls):
        raise ValidationError(f"index must be an output of job {job.id} (0 to {len(urls) - 1}), got {index!r}")
    return urls[index]


def check_name(name: object) -> str | None:
    """A file-name template such as ``"{job_id}-{index}{ext}"``, checked before anything is fetched.

    Raises:
        ValidationError: not a string, a field other than ``job_id``, ``index``, ``count``, ``ext``, or a path.
    """
    if name is None:
        return None
    if not isinstance(name, str) or not name:
        raise ValidationError(f"name must be a file-name template, got {name!r:.80}")
    try:
        fields = {field for _, field, _, _ in string.Formatter().parse(name) if field is not None}
    except ValueError as exc:
        raise ValidationError(f"name {name!r:.80} is not a valid template: {exc}") from None
    if fields - _FIELDS or "" in fields:
        raise ValidationError(f"name may use only {{job_id}}, {{index}}, {{count}} and {{ext}}, got {name!r:.80}")
    if "/" in name or "\\" in name or os.sep in name or not name.strip("."):
        raise ValidationError(f"name is a file name inside dest, not a path: {name!r:.80}")
    return name


@attrs.frozen
class Placement:
    """Where one output lands: a file the caller named, or a name made in a folder."""

    folder: Path
    job_id: str
    index: int
    count: int
    name: str | None = None
    """The caller's template, or None for ``<job id><ext>`` (``<job id>-<n><ext>`` when several)."""
    path: Path | None = None
    """The exact file the caller asked for (``download(path=...)``)."""

    def final(self, ext: str) -> Path:
        """The file for this output, once its extension is known from the answer."""
        if self.path is not None:
            return self.path
        if self.name is None:
            return _downloads.target(self.folder, self.job_id, self.index, self.count, ext)
        # The template is the caller's (checked to hold no separator); the job id in it is the server's.
        made = self.name.format(
            job_id=_downloads.safe_stem(self.job_id), index=self.index + 1, count=self.count, ext=ext
        )
        final = self.folder / made
        if final.parent != self.folder or made in (".", ".."):
            raise DownloadError(f"refusing to save {final} outside {self.folder}", job_id=self.job_id, path=str(final))
        return final


def placements(
    job: JobBase, dest: str | os.PathLike[str], path: str | os.PathLike[str] | None, index: int | None, name: object
) -> builtins.list[tuple[str, Placement]]:
    """Which outputs to fetch and where each goes; the destination is checked (and made) first.

    Raises:
        ValidationError: a bad ``index``, ``name`` or ``path``, or ``dest`` is a file.
        KreaError: the job has no outputs.
    """
    template = check_name(name)
    urls = outputs(job)
    if index is None:
        chosen = list(enumerate(urls))
    else:
        url = pick(job, index)  # checked first: index % len(urls) would raise TypeError on a bad index
        chosen = [(index % len(urls), url)]
    if template is not None and len(chosen) > 1 and "{index}" not in template:
        raise ValidationError(f"name {template!r:.80} needs {{index}}: job {job.id} has {len(chosen)} outputs")
    if path is not None:
        if template is not None:
            raise ValidationError("give either path= (one file) or name= (a template for files in dest), not both")
        if index is None and len(urls) > 1:
            raise ValidationError(f"job {job.id} has {len(urls)} outputs: pass index= with path=, or use dest=")
        if not isinstance(path, str | os.PathLike) or not str(path):
            raise ValidationError(f"path must be a file path, got {path!r:.80}")
        target = Path(path)
        if target.is_dir():
            raise ValidationError(f"path: {target} is a folder; pass it as dest= to save into it")
        folder = _downloads.prepare(target.parent if str(target.parent) else ".", job.id)
        return [(url, Placement(folder, job.id, i, len(urls), path=folder / target.name)) for i, url in chosen]
    folder = _downloads.prepare(dest, job.id)
    return [(url, Placement(folder, job.id, i, len(urls), name=template)) for i, url in chosen]


class Limit:
    """Collects a read into memory, refusing more than ``max_bytes``."""

    def __init__(self, job_id: str, url: str, max_bytes: int | None) -> None:
        if max_bytes is not None and (isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 0):
            raise ValidationError(f"max_bytes must be a whole number of bytes, got {max_bytes!r}")
        self.job_id, self.url, self.max_bytes = job_id, url, max_bytes
        self.chunks: builtins.list[bytes] = []
        self.size = 0

    def add(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.max_bytes is not None and self.size > self.max_bytes:
            raise DownloadError(
                f"Output of job {self.job_id} is over max_bytes={self.max_bytes}; stopped reading "
                "(download it to a file instead)",
                job_id=self.job_id,
                path=self.url,
            )
        self.chunks.append(chunk)

    def result(self) -> bytes:
        return b"".join(self.chunks)
