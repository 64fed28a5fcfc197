"""``python -m krea``: the ``krea`` command line, the same ``main`` as the console script (see ``krea/cli/``)."""

from __future__ import annotations

import sys

from krea.cli import main

if __name__ == "__main__":
    sys.exit(main())
