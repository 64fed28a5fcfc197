"""How does the mock turn one request into one outcome? (auth, faults, routing, validation, request log)"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from krea.testing._api.call import Call, Config, Handler
from krea.testing._api.files import MEDIA_TYPES, mp4, png
from krea.testing._api.jobs import HANDLERS as JOB_HANDLERS
from krea.testing._api.jobs import generate
from krea.testing._api.multipart import MultipartError, parse_multipart
from krea.testing._api.resources import HANDLERS as RESOURCE_HANDLERS
from krea.testing._api.resources import job_result
from krea.testing._api.validation import RequestInvalid, Validator, parse_json
from krea.testing._core.faults import FaultQueue
from krea.testing._core.state import State
from krea.testing._http import ApiError, MockRequest, MockResponse, Outcome, json_response
from krea.testing._redact import redact

FILES_PREFIX = "/_mock/files/"
HANDLERS: Mapping[str, Handler] = {**JOB_HANDLERS, **RESOURCE_HANDLERS}
_log = logging.getLogger("krea.testing")
_ANY_CURSOR: Mapping[str, Any] = {"name": "cursor", "in": "query", "schema": {"type": "string"}}
SHARED_STRINGS = 1024
"""Distinct methods and paths the request log shares one string for; past it, the table starts again."""


@dataclass(frozen=True, slots=True)
class RequestRecord:
    """One request the service received (control requests under ``/_mock/`` other than files excluded)."""

    method: str
    path: str
    status: int | None
    """The status answered; None when the connection was dropped or the response lost."""
    account: str | None
    """The API key, redacted (a short hash, after its first 4 characters if it has 12 or more), when the
    request carried one."""
    fault: str | None = None
    """The fault kind injected into this request, if any."""


class Service:
    """The Krea API as the mock serves it; every transport calls :meth:`handle`."""

    def __init__(self, config: Config, state: State, faults: FaultQueue) -> None:
        self.config = config
        self.state = state
        self.faults = faults
        self.validator = Validator(config.catalogue.document)
        self.requests: deque[RequestRecord] = deque(maxlen=state.settings.keep)
        self._strings: dict[str, str] = {}  # each server hands over a new string per request: kept once here
        state.results = job_result

    def handle(self, request: MockRequest) -> Outcome:
        """Answer one API or file request, applying the next queued fault if there is one."""
        self.state.settle()  # on the wall clock, jobs due by now finish before anything reads them
        fault = self.faults.pop()
        key = _token(request)
        if fault is not None and fault.kind in ("drop", "status"):
            response = None
            if fault.kind == "status":
                retry = [] if fault.retry_after is None else [("Retry-After", f"{fault.retry_after:g}")]
                response = json_response(fault.status, {"error": f"Injected fault: HTTP {fault.status}"}, retry)
            self._record(request, response, key, fault.kind)
            return Outcome(response, "drop" if response is None else None)
        response = self._answer(request, key)
        if fault is not None and fault.kind == "lost_response":
            self._record(request, None, key, fault.kind)
            return Outcome(None, "lost_response")
        self._record(request, response, key, fault.kind if fault else None)
        return Outcome(response, None, fault.delay if fault is not None else 0.0)

    def _record(self, request: MockRequest, response: MockResponse | None, key: str | None, fault: str | None) -> None:
        account = None if key is None else redact(key)
        with self.state.lock:
            method, path = self._shared(request.method), self._shared(request.path)
            self.requests.append(RequestRecord(method, path, response.status if response else None, account, fault))

    def _shared(self, text: str) -> str:
        # The log holds ``keep`` records, most of them the same few methods and paths (``GET /jobs``, a model's
        # path, the polls of one job): one string each, in a table bounded by SHARED_STRINGS.
        found = self._strings.get(text)
        if found is None:
            if len(self._strings) >= SHARED_STRINGS:
                self._strings.clear()
            found = self._strings[text] = text
        return found

    def _answer(self, request: MockRequest, key: str | None) -> MockResponse:
        try:
            if request.path.startswith(FILES_PREFIX):
                return self._file(request.path.removeprefix(FILES_PREFIX), key)
            return self._api(request, key)
        except ApiError as error:
            return json_response(error.status, dict(error.body), error.headers)
        except Exception as exc:  # a bug of the mock: answered (and recorded) as a 500, never a dropped request
            _log.exception("krea mock: %s %s failed", request.method, request.path)
            return json_response(500, {"error": f"Internal mock error: {type(exc).__name__}"})

    def _api(self, request: MockRequest, key: str | None) -> MockResponse:
        if not key or (self.config.api_keys is not None and key not in self.config.api_keys):
            raise ApiError(401, "You are not authenticated.")
        endpoint = request.path.removeprefix("/generate/")
        sunset = self.config.sunsets.get(endpoint) if request.path.startswith("/generate/") else None
        if sunset is not None:
            raise ApiError(410, sunset.body(endpoint))
        match = self.config.catalogue.match(request.method, request.path)
        if match is None:
            raise ApiError(404, f"No route for {request.path}")
        operation = match.operation
        if operation is None:
            raise ApiError(405, f"Method {request.method} not allowed", [("Allow", ", ".join(match.allowed))])
        path_params = [p for p in operation.parameters if p["in"] == "path"]
        if self.validator.parameters(path_params, query={}, headers={}, path=match.path_params)[1]:
            raise ApiError(404, f"No resource at {request.path}")  # a malformed id is simply not found
        parameters = operation.parameters
        if self.config.opaque_cursors:  # the spec's `format: date-time` would refuse the cursors the mock issues
            parameters = tuple(_ANY_CURSOR if p["in"] == "query" and p["name"] == "cursor" else p for p in parameters)
        params, problems = self.validator.parameters(
            parameters, query=request.query, headers=request.headers, path=match.path_params
        )
        body = self._body(request, operation.body_schema, operation.body_media_type, problems)
        if problems:
            raise ApiError(400, "; ".join(problems))
        handler = generate if operation.model is not None else HANDLERS.get(operation.operation_id)
        if handler is None:
            raise ApiError(501, f"The mock does not implement {operation.operation_id}")
        account = self.state.account(key)
        return handler(Call(self.state, self.config, account, request, operation, params, body))

    def _body(
        self,
        request: MockRequest,
        schema: Mapping[str, Any] | None,
        media_type: str | None,
        problems: list[str],
    ) -> Any:
        if schema is None:
            return None
        if media_type == "multipart/form-data":
            try:
                return parse_multipart(request.body, request.headers.get("content-type", ""))
            except MultipartError as exc:
                raise ApiError(400, f"body: {exc}") from None
        if not request.body.strip():
            problems.append("body: required (a JSON document)")
            return None
        try:
            body = parse_json(request.body)
        except RequestInvalid as exc:
            raise ApiError(400, str(exc)) from None
        problems.extend(self.validator.problems(schema, body, "body"))
        return body

    def _file(self, name: str, key: str | None) -> MockResponse:
        # Served to the owning account's key only; anyone else (or no key) gets the same 404 as a missing file.
        uploaded = self.state.files.get(name)
        if uploaded is not None and key is not None and self.state.file_owners.get(name) == key:
            return MockResponse(200, [("content-type", uploaded[0])], uploaded[1])
        stem, dot, extension = name.rpartition(".")
        job = self.state.jobs.get(stem.removesuffix("-preview"))
        ready = job is not None and job.account == key and (job.status == "completed" or stem.endswith("-preview"))
        if not dot or not ready or f".{extension}" not in MEDIA_TYPES:
            raise ApiError(404, "File not found")
        data = mp4() if extension == "mp4" else png(stem)
        return MockResponse(200, [("content-type", MEDIA_TYPES[f".{extension}"])], data)


def _token(request: MockRequest) -> str | None:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    token = token.strip()
    return token if scheme.lower() == "bearer" and token else None
