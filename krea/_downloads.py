"""How result files reach disk: names, extensions and atomic writes, shared by both clients.

Downloads go through the client's own httpx client, whose auth hook sends the API key to the API's host only,
so a result URL on gen.krea.ai (or anywhere else) never sees it.
"""

from __future__ import annotations

import mimetypes
import os
import uuid
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit

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


def extension(content_type: str, url: str) -> str:
    """The file extension for a download: from its content type, else from its URL, else ``.bin``."""
    mime = content_type.split(";")[0].strip().lower()
    if mime in _EXTENSIONS:
        return _EXTENSIONS[mime]
    guessed = mimetypes.guess_extension(mime) if mime else None
    if guessed:
        return guessed
    suffix = Path(urlsplit(url).path).suffix
    return suffix if 1 < len(suffix) <= 6 else ".bin"


def target(dest: Path, job_id: str, index: int, count: int, ext: str) -> Path:
    """Where output ``index`` of ``count`` is saved."""
    stem = job_id if count == 1 else f"{job_id}-{index + 1}"
    return dest / f"{stem}{ext}"


def open_temp(dest: Path) -> tuple[IO[bytes], Path]:
    """A new temporary file in ``dest`` (same filesystem, so the final rename is atomic).

    Opened exclusively with ``open(..., "xb")`` rather than ``mkstemp``, so the saved file gets the usual
    permissions (the umask's), not mkstemp's owner-only 0600.
    """
    dest.mkdir(parents=True, exist_ok=True)
    temp = dest / f".krea-{uuid.uuid4().hex}.part"
    return temp.open("xb"), temp


def commit(temp: Path, final: Path) -> Path:
    """Move a finished download into place atomically."""
    os.replace(temp, final)
    return final


def discard(temp: Path) -> None:
    """Remove a partial download."""
    temp.unlink(missing_ok=True)
