"""What does a job cost, can the account pay for it, and what has been charged?"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

INSUFFICIENT_BALANCE = (
    "Your API balance is separate from your workspace compute balance. "
    "Please top up your API balance to continue using the API."
)

# Krea's published USD prices (FACTS §6); any other model costs its family's default.
KNOWN_PRICES: Mapping[str, Decimal] = {
    "image/bfl/flux-1-dev": Decimal("0.007"),
    "image/google/imagen-4": Decimal("0.042"),
    "image/google/imagen-4-fast": Decimal("0.021"),
    "image/z-image/z-image": Decimal("0.003"),
}
# Priced per second of output, times the request's `duration` (its schema default when omitted).
KNOWN_PER_SECOND: Mapping[str, Decimal] = {"video/google/veo-2": Decimal("0.50")}
FAMILY_DEFAULTS: Mapping[str, Decimal] = {
    "image": Decimal("0.03"),
    "enhance": Decimal("0.20"),
    "video": Decimal("1.00"),
    "style": Decimal("2.00"),
    "node_app": Decimal("0.05"),
}


def money(amount: Decimal | float | int | str) -> Decimal:
    """Convert an amount of USD exactly (floats through their shortest text: 0.1 stays 0.1)."""
    return amount if isinstance(amount, Decimal) else Decimal(str(amount))


@dataclass
class PriceTable:
    """USD prices keyed by endpoint (``image/bfl/flux-1-dev``) or family (``image``, ``style``, ...)."""

    flat: dict[str, Decimal] = field(default_factory=lambda: dict(KNOWN_PRICES))
    """Fixed price per job; an endpoint key beats a family key."""
    per_second: dict[str, Decimal] = field(default_factory=lambda: dict(KNOWN_PER_SECOND))
    """Price per second of requested ``duration``, for endpoints priced by length."""
    family: dict[str, Decimal] = field(default_factory=lambda: dict(FAMILY_DEFAULTS))
    """Fallback per family."""

    def price(self, endpoint: str, family: str, body: Mapping[str, Any], default_duration: float) -> Decimal:
        """The price of one job created by a request to ``endpoint`` with ``body``."""
        if endpoint in self.flat:
            return self.flat[endpoint]
        if endpoint in self.per_second:
            duration = body.get("duration", default_duration)
            seconds = duration if isinstance(duration, int | float) and not isinstance(duration, bool) else 0
            return self.per_second[endpoint] * money(seconds)
        return self.flat.get(family, self.family.get(family, FAMILY_DEFAULTS["image"]))

    def set(self, key: str, amount: Decimal | float | str) -> None:
        """Override the flat price of an endpoint or a family."""
        self.per_second.pop(key, None)
        self.flat[key] = money(amount)


@dataclass(frozen=True, slots=True)
class Charge:
    """One ledger entry: a completed job and what it cost."""

    job_id: str
    account: str
    """The account that paid: its API key, redacted (4 characters and a short hash)."""
    amount: Decimal


def can_afford(balance: Decimal, reserved: Decimal, price: Decimal) -> bool:
    """Whether a new job may be accepted.

    The rule: accept only when ``balance - reserved >= price``, ``reserved`` being the summed prices of the
    account's in-flight jobs (kept as a running total, so the check costs the same at any job count). Krea
    documents that jobs already in flight finish and are charged when the balance runs out; reserving
    their price up front is the only rule under which every accepted job can still be paid on completion,
    so the balance never goes negative (unless a test lowers it by hand with ``set_balance``). Refusing
    only when ``balance < price`` would let ten jobs start on the price of one.
    """
    return balance - reserved >= price
