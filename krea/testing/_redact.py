"""How does a token appear in what the mock shows (request log, ledger, listings)? Redacted, never in clear."""

from __future__ import annotations

import hashlib
from functools import lru_cache

SHOWN = 4
"""Characters of a token shown in clear..."""
SHOWN_FROM = 12
"""...only when it has at least this many, so what is shown is at most a third of it."""


@lru_cache(maxsize=4096)  # one string per account, shared by every request record and charge
def redact(token: str) -> str:
    """The first 4 characters and a short hash: enough to tell accounts apart, too little to use. A token
    shorter than 12 characters shows none of its own (4 of them would be most or all of it).

    >>> redact("krea-mock-key")
    'krea...f90e8c'
    >>> redact("a")
    '...ca9781'
    """
    digest = hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()[:6]
    return f"{token[:SHOWN] if len(token) >= SHOWN_FROM else ''}...{digest}"
