"""Does the mock serve the spec? schemathesis, in process, on every operation and through the links."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import hypothesis
import pytest
import schemathesis
from hypothesis.stateful import invariant
from schemathesis import Case
from schemathesis.config import SchemathesisConfig

from krea.testing import Delivery, MockKrea

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "krea.yaml"
CONFIG_PATH = Path(__file__).with_name("schemathesis.toml")
CONFIG = SchemathesisConfig.from_path(CONFIG_PATH)


def _ignore(delivery: Delivery) -> None:
    delivery.status_code = 204  # schemathesis invents webhook URLs; nothing listens there


TOKEN = str((CONFIG.projects.default.headers or {}).get("Authorization", "")).removeprefix("Bearer ")
# Only the toml's token is accepted, so `ignored_auth` sees invented tokens refused. Room for every
# generated job: billing and backlog limits have their own unit tests.
MOCK = MockKrea(
    spec=SPEC,
    api_keys=[TOKEN],
    balance=1_000_000,
    concurrency=10_000,
    backlog=10_000,
    webhook_deliverer=_ignore,
)
schema = schemathesis.openapi.from_path(SPEC, config=CONFIG)
schema.app = MOCK.app


@schemathesis.check
def requests_are_authenticated(ctx: Any, response: Any, case: Case[Any]) -> bool | None:
    """Every generated case carries the toml's bearer token, and the mock accepts it.

    This is what makes a run without auth fail in pytest (the toml's ``missing_auth`` warning only
    applies to ``schemathesis run``). Requests that schemathesis's own checks send without the token on
    purpose (``ignored_auth``) are judged on the case they came from.
    """
    del ctx
    if "authorization" not in {name.lower() for name in case.headers or {}}:
        raise AssertionError("case generated without Authorization: was schemathesis.toml loaded?")
    if response.status_code == 401 and response.request.headers.get("Authorization") == f"Bearer {TOKEN}":
        raise AssertionError("the mock refused the configured token (401)")
    return None


def ledger_problems() -> list[str]:
    """What is wrong with the mock's ledger right now: a job charged twice, or charged without completing."""
    problems: list[str] = []
    charged: set[str] = set()
    statuses = {job["job_id"]: job["status"] for job in MOCK.jobs}
    for charge in MOCK.ledger:
        if charge.job_id in charged:
            problems.append(f"job {charge.job_id} was charged twice")
        charged.add(charge.job_id)
        if statuses.get(charge.job_id) != "completed":
            problems.append(f"job {charge.job_id} was charged but is {statuses.get(charge.job_id)}")
    for job_id, status in statuses.items():
        if status in ("failed", "cancelled") and job_id in charged:
            problems.append(f"{status} job {job_id} was charged")
    return problems


@schemathesis.check
def no_job_is_charged_unless_completed_and_never_twice(ctx: Any, response: Any, case: Case[Any]) -> bool | None:
    """After every call: no failed or cancelled job was ever charged, and no job was charged twice."""
    del ctx, response, case
    problems = ledger_problems()
    if problems:
        raise AssertionError("; ".join(problems))
    return None


@schemathesis.check
def every_402_carries_the_documented_body(ctx: Any, response: Any, case: Case[Any]) -> bool | None:
    """A 402 answers with Krea's documented body: a ``message`` telling the owner to top up."""
    del ctx, case
    if response.status_code != 402:
        return None
    body = response.json()
    message = body.get("message", "") if isinstance(body, dict) else ""
    if "top up your API balance" not in message:
        raise AssertionError(f"402 without the documented body: {body!r}")
    return None


def test_config_is_loaded_explicitly_with_auth() -> None:
    headers = CONFIG.projects.default.headers or {}
    assert headers.get("Authorization", "").startswith("Bearer ")
    assert "missing_auth" in [str(w.value) for w in CONFIG.projects.default.warnings.fail_on]


def test_guard_a_valid_call_returns_2xx() -> None:
    case = schema["/jobs"]["GET"].Case()
    response = case.call(headers=dict(CONFIG.projects.default.headers or {}))
    assert response.status_code == 200, response.text
    assert case.call(headers={"Authorization": ""}).status_code == 401


@pytest.fixture(autouse=True)
def _fresh_mock() -> None:
    MOCK.reset()


@schema.parametrize()
def test_mock_conforms_to_spec(case: Case[Any]) -> None:
    case.call_and_validate()


class MockWorkflow(schema.as_state_machine()):  # type: ignore[misc]  # built at run time from the spec
    """The links' workflows (create a job, then read or cancel it...) on a mock where time passes with every
    call, jobs are scripted to complete, fail or time out in turn, and the balance runs out after a few jobs:
    so jobs really end and get charged (or refused with 402) while the checks above watch every answer."""

    def setup(self) -> None:
        MOCK.reset()
        MOCK.set_balance(BALANCE, api_key=TOKEN)
        for outcome in OUTCOMES:
            MOCK.script_next(outcome, code="nsfw", duration=60)

    def after_call(self, response: Any, case: Case[Any]) -> None:
        del response, case
        MOCK.clock.advance(45)

    @invariant()
    def the_ledger_is_sound(self) -> None:
        assert not ledger_problems(), ledger_problems()


# Enough for a few jobs only: later submissions of a scenario are refused with 402 (and the 402 check runs).
BALANCE = "4.00"
OUTCOMES: list[Literal["completed", "failed", "stuck"]] = ["completed", "failed", "stuck", "completed", "failed"] * 4


TestMockStateful = MockWorkflow.TestCase
TestMockStateful.settings = hypothesis.settings(
    max_examples=15,
    stateful_step_count=6,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(hypothesis.HealthCheck),
)
