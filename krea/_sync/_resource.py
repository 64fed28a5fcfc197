# Generated from krea/_async/_resource.py by scripts/unasync.py: edit that file, then run `make generate`.
"""The base of every resource: one generated call through the requester, and paging.

A resource method calls ``self._request(method, path, operation.sync_detailed, client=self._api, ...)``
(typed: the generated function's own parameters are checked) and reads the generated model in the answer;
an operation whose answer is a job goes through ``job_operation`` instead, which sends the same request and
reads the job as JSON only. The rules (ids, the money rule, pages) are in ``krea/_resource.py``; this is only
the sending.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterator, Mapping, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from .._config import NotGiven
from .._errors import make_status_error, unreadable
from .._job import created_ids
from .._jobs import job_response
from .._json import JSON, JSONObject
from .._options import NO_OPTIONS, CallOptions, call_options
from .._options import checked as checked_options
from .._resource import MoneyRule, Pager, PageT, check_path_ids, page_parts, why_unreadable
from ._transport import Requester

if TYPE_CHECKING:
    from krea_api.client import Client
    from krea_api.types import Response

T = TypeVar("T")
P = ParamSpec("P")


def answered(method: str, path: str, produce: Callable[[], Response[T]]) -> Response[T]:
    """The answer of one generated call, once it is a readable success.

    Raises:
        APIStatusError: the status is 400 or more (the typed subclass for it, with any ``Retry-After``).
        UnexpectedResponseError: a success whose body does not match the spec, or a status that is neither.
    """
    from krea_api.errors import UnreadableResponse

    try:
        result = produce()
    except UnreadableResponse as exc:
        raise unreadable(method, path, exc.response, why_unreadable(exc.__cause__)) from exc
    if result.status_code >= 400:
        raise make_status_error(result.raw)
    if not 200 <= result.status_code < 300:
        raise unreadable(method, path, result.raw, "is not a success (redirects are not followed)")
    return result


@functools.cache
def job_operation(module: ModuleType) -> Callable[..., Response[JSONObject]]:
    """The generated operation of ``module`` (one whose answer is a job), its answer read as JSON only
    (``job_response``): the request the module's ``_get_kwargs`` builds, sent as its ``sync_detailed``
    sends it, without building the generated model a poll throws away (``JobBase.document`` builds it when
    asked for)."""
    build: Callable[..., dict[str, Any]] = module._get_kwargs

    def send(*, client: Client, **kwargs: Any) -> Response[JSONObject]:
        return job_response(client.get_httpx_client().request(**build(**kwargs)))

    send.__module__ = module.__name__  # the money rule knows a job-creating operation by its module
    send.__qualname__ = f"job_operation({module.__name__.rsplit('.', 1)[-1]})"
    return send


class Resource:
    """Base of the resources: one generated call at a time, with retries and the injected sleep."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester
        self._api = requester.api
        """The generated client every operation is called with (it sends through the gateway)."""

    def _call_options(
        self, request_timeout: float | NotGiven | None, extra_headers: Mapping[str, str] | None
    ) -> contextlib.AbstractContextManager[None]:
        """The block of a call made with ``request_timeout=``/``extra_headers=``: its requests on this client
        get them (checked first: ``ValidationError``)."""
        if extra_headers is None and isinstance(request_timeout, NotGiven):  # the common call: nothing to check
            return NO_OPTIONS
        return call_options(self._requester.gateway, request_timeout, extra_headers)

    def _checked_options(
        self, request_timeout: float | NotGiven | None, extra_headers: Mapping[str, str] | None
    ) -> CallOptions | None:
        """A call's options, checked now, for a listing that applies them page by page."""
        return checked_options(self._requester.gateway, request_timeout, extra_headers)

    def _request(
        self,
        method: str,
        path: str,
        operation: Callable[P, Response[T]],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> Response[T]:
        check_path_ids(path, kwargs)
        requester = self._requester
        with MoneyRule(path, operation, requester.sender.now) as rule:
            result = requester.call(
                method,
                path,
                lambda: answered(method, path, lambda: operation(*args, **kwargs)),
                creates_job=rule.creates,
            )
            checked = rule.checked(result)
        if "deprecation" in checked.raw.headers:  # the ids of the jobs it created: a read creates none
            requester.gateway.warn_if_deprecated(checked.raw, created_ids(checked.parsed) if rule.creates else ())
        return checked

    def _pages(
        self,
        path: str,
        fetch: Callable[[str | None], Response[PageT]],
        items: Callable[[PageT], Sequence[T]],
    ) -> Iterator[tuple[T, JSON]]:
        """Each item (``items`` of each page) of every page, with the item as sent, following the cursors."""
        pager = Pager(path)
        cursor: str | None = None
        while True:
            page, raw_items, sent = page_parts(path, fetch(cursor))
            for pair in zip(items(page), raw_items, strict=True):
                yield pair
            cursor = pager.next_cursor(raw_items, sent)
            if cursor is None:
                return
