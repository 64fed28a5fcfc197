"""How does a token appear in what the mock shows (request log, ledger, listings)? Redacted, never in clear."""

from __future__ import annotations

import hashlib
from functools import lru_cache


@lru_cache(maxsize=4096)  # one string per account, shared by every request record and charge
def redact(token: str) -> str:
    """The first 4 characters and a short hash: enough to tell accounts apart, too little to use.

    >>> redact("krea-mock-key")
    'krea...f90e8c'
    """
    digest = hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()[:6]
    return f"{token[:4]}...{digest}"
