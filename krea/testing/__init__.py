"""Where do tests get an offline, stateful Krea API? ``MockKrea`` and the types its controls use.

    from krea.testing import MockKrea

    mock = MockKrea(balance=1)
    http = httpx.Client(transport=mock.transport(), base_url=mock.base_url,
                        headers={"Authorization": f"Bearer {mock.api_key}"})
    job = http.post("/generate/image/bfl/flux-1-dev", json={"prompt": "a fox"}).json()
    mock.clock.advance(60)
    assert http.get(f"/jobs/{job['job_id']}").json()["status"] == "completed"

The mock reads the spec, with the schema reader the SDK uses too (``krea._schema``, held to jsonschema's
verdicts by contract tests), and nothing else of ``krea``: only ``MockKrea.client()`` and
``MockKrea.async_client()`` import the facade, lazily.

Where to change what (each folder's ``__init__`` lists its modules):

    _mock.py      MockKrea, what a test holds: its settings, steering methods and readings
    _core/        the state machine (state.py, jobs.py), billing.py, clock.py, faults.py, webhooks.py
    _api/         how each API operation is answered: service.py (auth, faults, routing, validation),
                  jobs.py and resources.py (the handlers), spec.py and validation.py (reading the spec)
    _serving/     the HTTP server: transport.py (httpx, in process), app.py (ASGI), controls.py (/_mock/)
    _http.py      a request and an answer inside the mock; _limits.py the checks of every settable value;
                  _redact.py how tokens are shown; pytest_plugin.py the fixtures
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from krea.testing._api.call import Deprecation, Sunset
    from krea.testing._api.service import RequestRecord
    from krea.testing._api.spec import find_spec
    from krea.testing._core.billing import Charge, PriceTable
    from krea.testing._core.clock import VirtualClock, WallClock
    from krea.testing._core.faults import Fault, FaultKind
    from krea.testing._core.jobs import Script
    from krea.testing._core.webhooks import Deliverer, Delivery, is_loopback
    from krea.testing._http import MockRequest, MockResponse, Outcome
    from krea.testing._mock import ClientOptions, MockKrea
    from krea.testing._serving.transport import AsyncMockTransport, MockTransport

__all__ = [
    "AsyncMockTransport",
    "Charge",
    "ClientOptions",
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
    "AsyncMockTransport": "krea.testing._serving.transport",
    "Charge": "krea.testing._core.billing",
    "ClientOptions": "krea.testing._mock",
    "Deliverer": "krea.testing._core.webhooks",
    "Delivery": "krea.testing._core.webhooks",
    "Deprecation": "krea.testing._api.call",
    "Fault": "krea.testing._core.faults",
    "FaultKind": "krea.testing._core.faults",
    "MockKrea": "krea.testing._mock",
    "MockRequest": "krea.testing._http",
    "MockResponse": "krea.testing._http",
    "MockTransport": "krea.testing._serving.transport",
    "Outcome": "krea.testing._http",
    "PriceTable": "krea.testing._core.billing",
    "RequestRecord": "krea.testing._api.service",
    "Script": "krea.testing._core.jobs",
    "Sunset": "krea.testing._api.call",
    "VirtualClock": "krea.testing._core.clock",
    "WallClock": "krea.testing._core.clock",
    "find_spec": "krea.testing._api.spec",
    "is_loopback": "krea.testing._core.webhooks",
}


# Hidden from type checkers, which see the imports above: a misspelt name stays an error for them.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        module = _EXPORTS.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        globals()[name] = value
        return value
