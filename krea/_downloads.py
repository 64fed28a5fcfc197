"""How result files reach disk: names, extensions and atomic writes, shared by both clients.

Names come from what the server sends (the job id, the content type), so they are made safe here: a file is
only ever written directly inside the folder the caller named. Downloads go through the client's gateway,
which sends the API key to the API's host only, so a result URL on gen.krea.ai (or anywhere else) never
sees it.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import IO, TypeVar
from urllib.parse import urlsplit

from ._errors import DownloadError, ValidationError

_EXTENSIONS = {
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/jpg": ".jpg",
    "image/webp": ".webp",
    "image/gif": ".gif",
    "video/mp4": ".mp4",
    "video/webm": ".webm",
    "video/quicktime": ".mov",
    "audio/mpeg": ".mp3",
    "audio/wav": ".wav",
    "model/gltf-binary": ".glb",
}


T = TypeVar("T")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")
_SAFE_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,10}")
_MAX_STEM = 100


def extension(content_type: str, url: str) -> str:
    """The file extension for a download: from its content type, else from its URL, else ``.bin``.

    Both come from the server, so anything but a dot and 1-10 letters or digits becomes ``.bin``.
    """
    mime = content_type.split(";")[0].strip().lower()
    if mime in _EXTENSIONS:
        return _EXTENSIONS[mime]
    guessed = mimetypes.guess_extension(mime) if mime else None
    if not guessed:
        guessed = Path(urlsplit(url).path).suffix
    return guessed if _SAFE_EXTENSION.fullmatch(guessed or "") else ".bin"


def safe_stem(job_id: str) -> str:
    """A file name stem made from a job id that the server sent: never a path, never hidden.

    A Krea job id (a UUID) is kept as it is. Anything else is reduced to letters, digits, ``.``, ``_`` and
    ``-``, without leading dots, at most 100 characters, plus a short hash of the original id so two ids
    never share a name.
    """
    stem = _UNSAFE.sub("_", job_id).lstrip(".")[:_MAX_STEM]
    if stem == job_id and stem:
        return stem
    digest = hashlib.sha256(job_id.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return f"{stem or 'job'}-{digest}"


def target(dest: Path, job_id: str, index: int, count: int, ext: str) -> Path:
    """Where output ``index`` of ``count`` is saved: always directly inside ``dest``."""
    stem = safe_stem(job_id) if count == 1 else f"{safe_stem(job_id)}-{index + 1}"
    final = dest / f"{stem}{ext}"
    if final.parent != dest or final.name in (".", ".."):  # by construction; kept as the last line of defence
        raise DownloadError(f"refusing to save {final} outside {dest}", job_id=job_id, path=str(final))
    return final


def prepare(dest: str | os.PathLike[str], job_id: str) -> Path:
    """Check (and create) the destination folder before anything is fetched.

    Raises:
        ValidationError: ``dest`` exists and is not a folder.
        DownloadError: the folder cannot be created.
    """
    if not isinstance(dest, str | os.PathLike) or not str(dest):
        raise ValidationError(f"dest must be a folder path, got {dest!r:.80}")
    dest = Path(dest)
    if dest.exists() and not dest.is_dir():
        raise ValidationError(f"dest: {dest} exists and is not a folder")
    try:
        dest.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DownloadError(
            f"Cannot create the folder {dest} for job {job_id}'s outputs: {exc.strerror or exc}",
            job_id=job_id,
            path=str(dest),
        ) from exc
    return dest


class Saver:
    """One output being written: a temporary file in the destination, renamed into place when complete.

    The temporary file is opened exclusively with ``open(..., "xb")`` rather than ``mkstemp``, so the saved
    file gets the usual permissions (the umask's), not mkstemp's owner-only 0600. Any ``OSError`` (disk
    full, permissions) becomes a ``DownloadError`` naming the job, and the partial file is removed.
    """

    def __init__(self, folder: Path, job_id: str, final: Path) -> None:
        self.job_id = job_id
        self.final = final
        self.temp = folder / f".krea-{uuid.uuid4().hex}.part"
        self._handle: IO[bytes] | None = None

    def __enter__(self) -> Saver:
        self._handle = self._guard(lambda: self.temp.open("xb"))
        return self

    def write(self, chunk: bytes) -> None:
        """Append a chunk to the temporary file."""
        assert self._handle is not None
        handle = self._handle
        self._guard(lambda: handle.write(chunk))

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        assert self._handle is not None
        handle = self._handle
        try:
            self._guard(handle.close)
            if exc_type is None:
                self._guard(lambda: os.replace(self.temp, self.final))
        finally:
            self.temp.unlink(missing_ok=True)

    def _guard(self, action: Callable[[], T]) -> T:
        try:
            return action()
        except OSError as exc:
            raise DownloadError(
                f"Cannot save job {self.job_id}'s output as {self.final}: {exc.strerror or exc}; the job is "
                f"unaffected (download it again with client.jobs.download)",
                job_id=self.job_id,
                path=str(self.final),
            ) from exc
