"""Per-call control: a call's ``request_timeout=`` and ``extra_headers=``, for every request that call makes.

Every public method takes both and runs its body inside ``call_options(...)``; the gateway reads them when it
builds each request (``GatewayBase.build``), so every request of the call gets them: a submission and its
uploads, each poll of a wait, each page of a listing. They are kept in a context variable for the length of
the call only (a listing re-enters them for each page it fetches), and an inner call's options add to an outer
call's: a ``wait`` inside ``subscribe`` keeps the headers ``subscribe`` was given.

``request_timeout`` bounds one HTTP request (each exchange, as the client's ``timeout`` does); it is not a
wait's deadline, which stays ``timeout=`` on ``wait``/``subscribe``. ``extra_headers`` go where the key goes,
to the API's origin only, never to a result host elsewhere.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Mapping

import attrs

from ._config import NOT_GIVEN, NotGiven, checked_headers, checked_seconds
from ._errors import ValidationError


@attrs.frozen
class CallOptions:
    """What one call of one client asked for, checked."""

    owner: object
    """The gateway of the client the call was made on: only its requests get these options (a request of
    another client made meanwhile, from a callback or a task started by the call, gets none of them)."""
    timeout: float | NotGiven | None = NOT_GIVEN
    """Seconds for each HTTP request of the call (None: no limit); NOT_GIVEN: the client's ``timeout``."""
    headers: Mapping[str, str] = attrs.field(factory=dict)
    """Headers added to each API request of the call (names lower-cased)."""

    def within(self, outer: CallOptions | None) -> CallOptions:
        """These options inside an enclosing call's on the same client (``subscribe`` waiting, a submission
        uploading its files): a timeout given here wins, headers are added."""
        if outer is None or outer.owner is not self.owner:
            return self
        return CallOptions(
            self.owner,
            outer.timeout if isinstance(self.timeout, NotGiven) else self.timeout,
            {**outer.headers, **self.headers},
        )


_current: contextvars.ContextVar[CallOptions | None] = contextvars.ContextVar("krea_call_options", default=None)


def current(owner: object) -> CallOptions | None:
    """The options of the call in progress on ``owner`` (a gateway), or None (the client's settings apply)."""
    options = _current.get()
    return options if options is not None and options.owner is owner else None


def checked(
    owner: object, request_timeout: float | NotGiven | None, extra_headers: Mapping[str, str] | None
) -> CallOptions | None:
    """A call's options on ``owner`` (the client's gateway), checked before anything is sent, or None when it
    gave none.

    Raises:
        ValidationError: ``request_timeout`` is not a positive, finite number of seconds (or None), or a header
            of ``extra_headers`` is malformed or one krea sets itself.
    """
    if isinstance(request_timeout, NotGiven) and extra_headers is None:
        return None
    timeout = request_timeout
    if not isinstance(timeout, NotGiven) and timeout is not None:
        timeout = checked_seconds("request_timeout", timeout, ValidationError)
    headers = checked_headers(extra_headers, "extra_headers", ValidationError)
    if isinstance(timeout, NotGiven) and not headers:
        return None
    return CallOptions(owner, timeout, headers)


def call_options(
    owner: object, request_timeout: float | NotGiven | None = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None
) -> contextlib.AbstractContextManager[None]:
    """Within this block, every request gets these options (added to those of an enclosing call); a call that
    gives none enters a shared do-nothing block (the common case costs nothing).

    Raises:
        ValidationError: as ``checked``, before the block runs.
    """
    return applied(checked(owner, request_timeout, extra_headers))


def outside() -> contextlib.AbstractContextManager[None]:
    """Within this block no call's options apply (a user's callback, run in the middle of a call)."""
    return _Applied(None)


def applied(options: CallOptions | None) -> contextlib.AbstractContextManager[None]:
    """Within this block, every request gets ``options`` (checked already; None: nothing changes)."""
    return _NOTHING if options is None else _Applied(options)


_NOTHING = contextlib.nullcontext()
NO_OPTIONS: contextlib.AbstractContextManager[None] = _NOTHING
"""The block of a call given no options: nothing changes (``applied(None)``)."""


class _Applied:
    """The block of ``applied``: the options set for its length, then the enclosing call's again."""

    def __init__(self, options: CallOptions | None) -> None:
        self._options = options
        self._token: contextvars.Token[CallOptions | None] | None = None

    def __enter__(self) -> None:
        self._token = _current.set(None if self._options is None else self._options.within(_current.get()))

    def __exit__(self, *exc: object) -> None:
        if self._token is not None:
            _current.reset(self._token)
