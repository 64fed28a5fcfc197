"""``python -m krea`` and the ``krea`` script: the command line of ``krea/cli/``, or the extra it needs.

Without the ``cli`` extra, ``main`` prints the one line that says what to install and exits 1, no traceback.
"""

from __future__ import annotations

import sys

from krea._extras import MissingExtraError


def main() -> int:
    """Run the ``krea`` command line; return its exit code."""
    try:
        from krea.cli import main as cli_main
    except MissingExtraError as exc:
        print(f"krea: {exc}", file=sys.stderr)
        return 1
    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
