"""Nothing on the request path that is not needed: log arguments only when logged, each model's validator,
module and request class found once."""

from __future__ import annotations

import importlib
import logging
from typing import Any

import httpx
import pytest
import respx

from krea import ValidationError, _catalogue
from krea._spec import schema
from tests.unit.conftest import JOB_ID, Kit, job

FLUX = "/generate/image/bfl/flux-1-dev"


def test_with_debug_logging_off_no_log_argument_is_built(
    kit: Kit, api: respx.MockRouter, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    api.get(f"/jobs/{JOB_ID}").respond(200, json=job("completed"))
    api.post(FLUX).respond(200, json=job())
    caplog.set_level(logging.WARNING, logger="krea")
    built: list[object] = []
    copy_with = httpx.URL.copy_with

    def counted(self: httpx.URL, **kwargs: Any) -> httpx.URL:
        built.append(kwargs)
        return copy_with(self, **kwargs)

    monkeypatch.setattr(httpx.URL, "copy_with", counted)
    client = kit.client()
    respx_built = len(built)
    kit.run(client.jobs.get(JOB_ID))
    kit.run(client.image("bfl/flux-1-dev", prompt="x"))
    assert [kw for kw in built[respx_built:] if kw == {"query": None}] == []


def test_with_debug_logging_on_each_exchange_is_logged(
    kit: Kit, api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    api.get(f"/jobs/{JOB_ID}").respond(200, json=job("completed"))
    caplog.set_level(logging.DEBUG, logger="krea")
    kit.run(kit.client().jobs.get(JOB_ID))
    assert f"→ GET https://api.test.krea/jobs/{JOB_ID}" in caplog.text
    assert f"← 200 GET /jobs/{JOB_ID}" in caplog.text


def test_a_models_schema_is_looked_up_once_and_read_in_place() -> None:
    from krea import _schema

    assert _schema._component("#/components/schemas/Flux1DevRequest") is schema("Flux1DevRequest")
    with pytest.raises(ValidationError, match="width"):
        _catalogue.validate(_catalogue.find("image", "bfl/flux-1-dev"), {"prompt": "x", "width": "wide"})


def test_a_second_submission_does_not_go_through_the_import_system(
    kit: Kit, api: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    api.post(FLUX).respond(200, json=job())
    client = kit.client()
    kit.run(client.image("bfl/flux-1-dev", prompt="first"))
    imported: list[str] = []
    real = importlib.import_module

    def counted(name: str, package: str | None = None) -> Any:
        imported.append(name)
        return real(name, package)

    monkeypatch.setattr(importlib, "import_module", counted)
    kit.run(client.image("bfl/flux-1-dev", prompt="second"))
    assert imported == []


def test_with_info_logging_off_a_submission_computes_nothing_to_log(
    kit: Kit, api: respx.MockRouter, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    api.post(FLUX).respond(200, json=job())
    caplog.set_level(logging.WARNING, logger="krea")
    client = kit.client()
    model = _catalogue.find("image", "bfl/flux-1-dev")
    read: list[str] = []
    endpoint = _catalogue.Model.endpoint

    def counted(self: _catalogue.Model) -> str:
        read.append(self.id)
        return endpoint.fget(self)  # type: ignore[attr-defined, no-any-return]  # a property's getter

    monkeypatch.setattr(_catalogue.Model, "endpoint", property(counted))
    kit.run(client.image("bfl/flux-1-dev", prompt="x"))
    assert read == []
    caplog.set_level(logging.INFO, logger="krea")
    kit.run(client.image("bfl/flux-1-dev", prompt="x"))
    assert read == [model.id]
    assert "submitted image/bfl/flux-1-dev" in caplog.text
