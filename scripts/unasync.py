"""Write the sync facade (``krea/_sync/``) from the async one (``krea/_async/``), which is the source.

The approach of encode/httpcore's ``scripts/unasync.py``: the async code is written once, and its sync twin
is made by substituting tokens (``async def`` → ``def``, ``await x`` → ``x``, ``AsyncKrea`` → ``Krea``,
``aiter_bytes`` → ``iter_bytes``, ``Awaitable[T]`` → ``T`` ...), then formatted with the pinned ruff. The
few real differences live in ``_flavour.py``, written by hand in each package and never generated.

    python scripts/unasync.py           rewrite krea/_sync/ (``make generate`` runs this)
    python scripts/unasync.py --check   exit 1 when krea/_sync/ is not what the source gives (``make check-generated``)
"""

from __future__ import annotations

import argparse
import difflib
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "krea" / "_async"
TARGET = ROOT / "krea" / "_sync"
HAND_WRITTEN = {"_flavour.py", "__init__.py"}
"""Written by hand in both packages: the sleep, concurrency and cancellation that differ, and the package
docstrings (which say which package is the source)."""

NAMES = {
    "AsyncKrea": "Krea",
    "AsyncJobs": "Jobs",
    "AsyncJob": "Job",
    "AsyncAssets": "Assets",
    "AsyncStyles": "Styles",
    "AsyncNodeApps": "NodeApps",
    "AsyncGeneration": "Generation",
    "AsyncResource": "Resource",
    "AsyncGateway": "Gateway",
    "AsyncWatcher": "Watcher",
    "AsyncRequester": "Requester",
    "AsyncClient": "Client",
    "AsyncHTTPTransport": "HTTPTransport",
    "_AsyncStream": "_Stream",
    "_AsyncBackend": "_Backend",
    "AsyncNetworkStream": "NetworkStream",
    "AsyncNetworkBackend": "NetworkBackend",
    "AsyncIterator": "Iterator",
    "AsyncIterable": "Iterable",
    "AsyncGenerator": "Generator",
    "StopAsyncIteration": "StopIteration",
    "asynccontextmanager": "contextmanager",
    "aiter_bytes": "iter_bytes",
    "aread": "read",
    "aclose": "close",
    "__aenter__": "__enter__",
    "__aexit__": "__exit__",
    "__aiter__": "__iter__",
    "__anext__": "__next__",
    "aiter": "iter",
    "anext": "next",
    "asyncio_detailed": "sync_detailed",
    "set_async_httpx_client": "set_httpx_client",
    "get_async_httpx_client": "get_httpx_client",
    "bounded_async_client": "bounded_client",
    "_async": "_sync",
}
"""Identifiers renamed as whole words (code, comments and docstrings alike), except after ``krea.``: a
docstring that names the other flavour on purpose writes ``krea.AsyncKrea``, which stays as written."""

_WORDS = re.compile(r"(?<!krea\.)\b(" + "|".join(sorted(map(re.escape, NAMES), key=len, reverse=True)) + r")\b")
_KEYWORDS = re.compile(r"\basync (def|with|for)\b")
_AWAIT = re.compile(r"\bawait(?: +|(?=\())")
_AWAITABLE = "Awaitable["
_ASYNCIO = re.compile(r"^\s*(import asyncio|from asyncio )|(?<!`)\basyncio\.", re.M)
HEADER = "# Generated from krea/_async/{name} by scripts/unasync.py: edit that file, then run `make generate`.\n"


def _unwrap_awaitable(text: str) -> str:
    """``Awaitable[X]`` → ``X``, brackets balanced."""
    while (start := text.find(_AWAITABLE)) != -1:
        depth, end = 1, start + len(_AWAITABLE)
        while depth:
            if end == len(text):
                raise SystemExit(f"unbalanced 'Awaitable[' in the async source: {text[start : start + 80]!r}")
            depth += {"[": 1, "]": -1}.get(text[end], 0)
            end += 1
        text = text[:start] + text[start + len(_AWAITABLE) : end - 1] + text[end:]
    return text


def unasync(source: str) -> str:
    """The sync twin of one async module's text (before formatting)."""
    text = _KEYWORDS.sub(r"\1", source)
    text = _AWAIT.sub("", text)
    text = _unwrap_awaitable(text)
    text = _WORDS.sub(lambda match: NAMES[match.group(1)], text)
    return text.replace("from collections.abc import Awaitable, ", "from collections.abc import ")


def _format(text: str, path: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--stdin-filename", str(path), "-"],
        input=text, capture_output=True, text=True, check=True, cwd=ROOT,
    )  # fmt: skip
    fixed = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--fix-only", "--quiet", "--stdin-filename", str(path), "-"],
        input=done.stdout, capture_output=True, text=True, check=False, cwd=ROOT,
    )  # fmt: skip
    again = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--stdin-filename", str(path), "-"],
        input=fixed.stdout or done.stdout, capture_output=True, text=True, check=True, cwd=ROOT,
    )  # fmt: skip
    return again.stdout


def expected() -> dict[str, str]:
    """Every generated file of ``krea/_sync/`` and the text it must have."""
    found: dict[str, str] = {}
    for path in sorted(SOURCE.glob("*.py")):
        if path.name in HAND_WRITTEN:
            continue
        text = unasync(path.read_text(encoding="utf-8"))
        if _ASYNCIO.search(text):
            raise SystemExit(f"{path}: the async source uses asyncio; move that into _flavour.py")
        found[path.name] = _format(HEADER.format(name=path.name) + text, TARGET / path.name)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail when krea/_sync/ is stale")
    args = parser.parse_args()
    wanted = expected()
    present = {p.name for p in TARGET.glob("*.py") if p.name not in HAND_WRITTEN}
    stale = sorted(present - set(wanted))
    if args.check:
        failed = False
        for name, text in wanted.items():
            current = (TARGET / name).read_text(encoding="utf-8") if (TARGET / name).exists() else ""
            if current != text:
                failed = True
                sys.stdout.writelines(difflib.unified_diff(
                    current.splitlines(keepends=True), text.splitlines(keepends=True),
                    f"krea/_sync/{name}", f"unasync(krea/_async/{name})",
                ))  # fmt: skip
        for name in stale:
            failed = True
            print(f"krea/_sync/{name} has no source in krea/_async/")
        if failed:
            print("krea/_sync/ is stale: run 'make generate' and commit", file=sys.stderr)
            return 1
        print("krea/_sync/ is up to date")
        return 0
    TARGET.mkdir(exist_ok=True)
    for name in stale:
        (TARGET / name).unlink()
    for name, text in wanted.items():
        (TARGET / name).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
