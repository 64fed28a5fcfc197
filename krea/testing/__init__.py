"""Where do tests get an offline, stateful Krea API? ``MockKrea`` and the types its controls use.

    from krea.testing import MockKrea

    mock = MockKrea(balance=1)
    http = httpx.Client(transport=mock.transport(), base_url=mock.base_url,
                        headers={"Authorization": f"Bearer {mock.api_key}"})
    job = http.post("/generate/image/bfl/flux-1-dev", json={"prompt": "a fox"}).json()
    mock.clock.advance(60)
    assert http.get(f"/jobs/{job['job_id']}").json()["status"] == "completed"

The mock reads the spec and nothing else of ``krea``: only ``MockKrea.client()`` and
``MockKrea.async_client()`` import the facade, lazily.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from krea.testing._billing import Charge, PriceTable
    from krea.testing._call import Deprecation, Sunset
    from krea.testing._clock import VirtualClock, WallClock
    from krea.testing._faults import Fault, FaultKind
    from krea.testing._http import MockRequest, MockResponse, Outcome
    from krea.testing._jobs import Script
    from krea.testing._mock import MockKrea
    from krea.testing._service import RequestRecord
    from krea.testing._spec import find_spec
    from krea.testing._transport import AsyncMockTransport, MockTransport
    from krea.testing._webhooks import Deliverer, Delivery, is_loopback

__all__ = [
    "AsyncMockTransport",
    "Charge",
    "Deliverer",
    "Delivery",
    "Deprecation",
    "Fault",
    "FaultKind",
    "MockKrea",
    "MockRequest",
    "MockResponse",
    "MockTransport",
    "Outcome",
    "PriceTable",
    "RequestRecord",
    "Script",
    "Sunset",
    "VirtualClock",
    "WallClock",
    "find_spec",
    "is_loopback",
]

# Imported on first use, so that loading the pytest plugin (which lives in this package) stays cheap.
_EXPORTS = {
    "AsyncMockTransport": "krea.testing._transport",
    "Charge": "krea.testing._billing",
    "Deliverer": "krea.testing._webhooks",
    "Delivery": "krea.testing._webhooks",
    "Deprecation": "krea.testing._call",
    "Fault": "krea.testing._faults",
    "FaultKind": "krea.testing._faults",
    "MockKrea": "krea.testing._mock",
    "MockRequest": "krea.testing._http",
    "MockResponse": "krea.testing._http",
    "MockTransport": "krea.testing._transport",
    "Outcome": "krea.testing._http",
    "PriceTable": "krea.testing._billing",
    "RequestRecord": "krea.testing._service",
    "Script": "krea.testing._jobs",
    "Sunset": "krea.testing._call",
    "VirtualClock": "krea.testing._clock",
    "WallClock": "krea.testing._clock",
    "find_spec": "krea.testing._spec",
    "is_loopback": "krea.testing._webhooks",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
