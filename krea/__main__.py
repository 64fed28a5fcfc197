"""``python -m krea`` and the ``krea`` script: the command line of ``krea/cli/``, or the extra it needs.

Without the ``cli`` extra, ``main`` prints the one line that says what to install and exits 1, no traceback.
"""

from __future__ import annotations

import gc
import importlib
import importlib.machinery
import sys
import types
from typing import Any

from krea._extras import MissingExtraError


def _defer_httpx_cli() -> None:
    """Keep ``import httpx`` from importing httpx's own command line (click, rich, pygments: ~50 ms).

    httpx 0.28 runs ``from ._main import main`` on import whenever click is installed (the mock's uvicorn
    brings it), though only its ``httpx`` script uses it; later httpx releases import it lazily (pydantic/httpx2
    #947). Before httpx is first imported, ``httpx._main`` is put in place as a module whose ``main`` imports
    the real one when called, so nothing in this process loses it. Only the ``krea`` script does this.
    """
    if "httpx" in sys.modules or "httpx._main" in sys.modules:
        return
    placeholder = types.ModuleType("httpx._main", "httpx's command line, imported when first called.")
    placeholder.__spec__ = importlib.machinery.ModuleSpec("httpx._main", None)  # importlib.util.find_spec reads it

    def main(*args: Any, **kwargs: Any) -> Any:
        if sys.modules.get("httpx._main") is placeholder:
            del sys.modules["httpx._main"]
        return importlib.import_module("httpx._main").main(*args, **kwargs)

    placeholder.main = main  # type: ignore[attr-defined]
    sys.modules["httpx._main"] = placeholder


def main() -> int:
    """Run the ``krea`` command line; return its exit code."""
    _defer_httpx_cli()
    try:
        from krea.cli import main as cli_main
    except MissingExtraError as exc:
        print(f"krea: {exc}", file=sys.stderr)
        return 1
    # What the imports made (modules, classes, the spec) lives as long as the process: moved out of the cyclic
    # garbage collector's sight, so its collections during the run do not trace it again and again.
    gc.freeze()
    code = cli_main()
    # The run is over: what it made is left to the process's end (everything was closed by the command), not
    # traced once more by the collection interpreter shutdown runs, which took ~35 ms of a `krea image`.
    gc.freeze()
    return code


if __name__ == "__main__":
    sys.exit(main())
