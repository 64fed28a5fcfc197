"""How does a user run and steer the offline mock from a shell? ``krea mock serve`` and the control commands.

``krea mock serve`` runs the mock as a real Krea double: on the wall clock (``--speed N`` runs jobs N times
faster, ``--clock manual`` waits for ``krea mock advance``), controls behind an admin token, keys from a file
or ``KREA_MOCK_API_KEYS`` rather than argv. The other ``krea mock`` commands drive a running server through
its ``/_mock/`` controls (``--url``, default ``KREA_BASE_URL``).
"""

from __future__ import annotations

import ipaddress
import json
import logging
import secrets
import socket
import sys
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import httpx
import typer

from ._exits import CliError, ExitCode, Terminated

DEFAULT_KEEP = 10_000
DEFAULT_PORT = 8787


class ClockChoice(StrEnum):
    """How the served mock's clock moves."""

    wall = "wall"
    manual = "manual"


class Cursors(StrEnum):
    """What kind of ``next_cursor`` the served mock issues for jobs, assets and node-app versions."""

    date_time = "date-time"
    opaque = "opaque"


class Delivery(StrEnum):
    """Where the served mock POSTs webhooks."""

    loopback = "loopback"
    any = "any"


mock_app = typer.Typer(help="The offline Krea mock: serve it, and steer a running one.", no_args_is_help=True)


class _QuietBrokenConnections(logging.Filter):
    # The mock drops connections on purpose (fault "drop"/"lost_response") by returning a value from the
    # ASGI call; uvicorn logs that as an error, which would be noise here.
    def filter(self, record: logging.LogRecord) -> bool:
        return "ASGI callable should return None" not in record.getMessage()


def _usage(message: str) -> CliError:
    return CliError(message, code=ExitCode.USAGE)


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 1 <= port <= 65535:
        raise _usage(f"--port: must be a port number from 1 to 65535, got {text!r}")
    return port


def _positive(option: str, text: str, high: float) -> float:
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not 0 < value <= high:  # also refuses NaN
        raise _usage(f"{option}: must be a number above 0 and at most {high:g}, got {text!r}")
    return value


def _balance(text: str) -> Decimal:
    from krea.testing._limits import usd

    try:
        return usd("--balance", text, low=Decimal(0))
    except ValueError as exc:
        raise _usage(str(exc)) from None


def _keys(listed: list[str] | None, key_file: Path | None, from_env: str | None) -> list[str] | None:
    keys = list(listed or [])
    if key_file is not None:
        try:
            lines = key_file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise _usage(f"--api-key-file: cannot read {key_file}: {exc}") from None
        keys += [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    if from_env:
        keys += [key for key in from_env.replace(",", " ").split() if key]
    if any(not key.isprintable() or " " in key for key in keys):
        raise _usage("API keys must be printable and contain no spaces")
    return keys or None


def _is_loopback_host(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _listen(host: str, port: int) -> socket.socket:
    """Bind before saying anything, so a busy port is one error line and no banner."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
        family, kind, proto, _, address = infos[0]
        sock = socket.socket(family, kind, proto)
    except (OSError, UnicodeError) as exc:
        raise _usage(f"--host: cannot listen on {host!r}: {exc}") from None
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        raise CliError(f"cannot listen on {host}:{port}: {exc.strerror or exc}", code=ExitCode.ERROR) from None
    sock.set_inheritable(True)
    return sock


def _run_server(app: Any, sock: socket.socket) -> None:
    """Serve ``app`` on the bound socket until Ctrl-C or SIGTERM (uvicorn handles both).

    SIGTERM is how a server is normally stopped (``kill``, ``Popen.terminate()``, a CI teardown, systemd), and
    uvicorn has shut down gracefully by the time it hands the signal back (re-raising it, which ``krea`` turns
    into ``Terminated``): that is a clean stop, exit 0 and no error line, unlike a SIGTERM that interrupts a
    wait (its job left to run or cancelled: exit 143). A Ctrl-C still ends with ``interrupted``, exit 130.
    """
    import uvicorn

    logging.getLogger("uvicorn.error").addFilter(_QuietBrokenConnections())
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    try:
        server.run(sockets=[sock])
    except Terminated:
        return


@mock_app.command("serve")
def serve(
    host: Annotated[str, typer.Option("--host", help="Interface to bind (beyond loopback: a warning).")] = "127.0.0.1",
    port: Annotated[str, typer.Option("--port", help="Port, 1-65535.")] = str(DEFAULT_PORT),
    balance: Annotated[str, typer.Option("--balance", help="Each new account's balance in USD.")] = "10",
    api_keys: Annotated[
        list[str] | None,
        typer.Option("--api-key", help="Accept this key (repeatable; visible in the process list: prefer the file)."),
    ] = None,
    api_key_file: Annotated[
        Path | None, typer.Option("--api-key-file", help="Accept the keys in this file, one a line.")
    ] = None,
    env_keys: Annotated[
        str | None,
        typer.Option("--api-keys-from-env", envvar="KREA_MOCK_API_KEYS", hidden=True, help="Comma-separated keys."),
    ] = None,
    concurrency: Annotated[int, typer.Option("--concurrency", min=1, max=10_000, help="Jobs an account runs.")] = 4,
    backlog: Annotated[
        int, typer.Option("--backlog", min=0, max=1_000_000, help="Jobs an account may queue beyond that (then 429).")
    ] = 16,
    clock: Annotated[
        ClockChoice, typer.Option("--clock", help="wall: jobs run in real time; manual: only `krea mock advance`.")
    ] = ClockChoice.wall,
    speed: Annotated[str, typer.Option("--speed", help="Run jobs N times faster than the service (wall clock).")] = "1",
    keep: Annotated[
        int, typer.Option("--keep", min=1, help="Finished jobs, charges, deliveries and request records kept.")
    ] = DEFAULT_KEEP,
    admin_token: Annotated[
        str | None,
        typer.Option("--admin-token", envvar="KREA_MOCK_ADMIN_TOKEN", help="Token for /_mock/ (default: random)."),
    ] = None,
    public_url: Annotated[
        str | None, typer.Option("--public-url", help="Base of result URLs (default: http://HOST:PORT).")
    ] = None,
    deliver_webhooks: Annotated[
        Delivery, typer.Option("--deliver-webhooks", help="loopback: POST webhooks to this machine only; any: all.")
    ] = Delivery.loopback,
    cursors: Annotated[
        Cursors,
        typer.Option(
            "--cursors",
            help="opaque: every next_cursor opaque (as the spec); date-time: jobs, assets, node-app versions "
            "by instant (as Krea's service).",
        ),
    ] = Cursors.opaque,
) -> None:
    """Serve the mock over HTTP as a Krea double; point KREA_BASE_URL at it (controls: GET /_mock)."""
    number = _port(port)
    money = _balance(balance)
    rate = _positive("--speed", speed, 1_000_000)
    keys = _keys(api_keys, api_key_file, env_keys)
    token = admin_token or secrets.token_urlsafe(18)
    shown_host = f"[{host}]" if ":" in host else host
    base = (public_url or f"http://{'127.0.0.1' if host in ('0.0.0.0', '::', '') else shown_host}:{number}").rstrip("/")
    if not base.startswith(("http://", "https://")):
        raise _usage(f"--public-url: must start with http:// or https://, got {public_url!r}")
    from krea._extras import missing_extra

    # Checked here (uvicorn serves the mock's Starlette app), so a missing extra fails before the banner.
    if missing := missing_extra("testing", "krea mock serve", "uvicorn", "starlette"):
        raise _usage(str(missing))
    from krea.testing import MockKrea, WallClock

    try:
        mock = MockKrea(
            balance=money,
            api_keys=keys,
            concurrency=concurrency,
            backlog=backlog,
            clock="wall" if clock is ClockChoice.wall else "virtual",
            speed=rate,
            keep=keep,
            admin_token=token,
            base_url=base,
            deliver_webhooks="any" if deliver_webhooks is Delivery.any else "loopback",
            cursors="opaque" if cursors is Cursors.opaque else "date-time",
        )
    except ValueError as exc:
        raise _usage(str(exc)) from None
    sock = _listen(host, number)
    if not _is_loopback_host(host):
        print(
            f"krea: warning: listening on {host}, beyond this machine: anyone who reaches the port can use "
            "the mock's API (controls still need the admin token)",
            file=sys.stderr,
            flush=True,
        )
    timing = f"wall clock, speed {rate:g}" if clock is ClockChoice.wall else "manual clock: krea mock advance"
    accepts = f"{len(keys)} API key(s)" if keys else "any API key"
    print(f"Krea mock on {base} ({timing}; {accepts}; controls: GET {base}/_mock)", flush=True)
    if admin_token is None:
        print(f"Admin token: {token}", flush=True)
    if isinstance(mock.clock, WallClock):
        mock.clock.start_ticking()
    try:
        _run_server(mock.app, sock)
    finally:
        sock.close()
        mock.close()


# ---- steering a running mock

UrlOpt = Annotated[
    str | None, typer.Option("--url", envvar="KREA_BASE_URL", help="The mock's URL (default: KREA_BASE_URL).")
]
TokenOpt = Annotated[
    str | None, typer.Option("--admin-token", envvar="KREA_MOCK_ADMIN_TOKEN", help="The mock's admin token.")
]
KeyOpt = Annotated[str | None, typer.Option("--api-key", help="The account (default: the mock's first key).")]


def _control(url: str | None, token: str | None, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
    if not url:
        raise _usage("no mock URL: pass --url or set KREA_BASE_URL")
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    try:
        response = httpx.request(method, f"{url.rstrip('/')}/_mock/{path}", json=body, headers=headers, timeout=30)
    except (httpx.HTTPError, ValueError) as exc:  # ValueError: httpx.InvalidURL and friends
        raise CliError(f"cannot reach the mock at {url}: {exc}", code=ExitCode.ERROR) from None
    try:
        answer = response.json()
    except ValueError:
        answer = {"error": response.text[:200]}
    if response.status_code >= 400:
        message = answer.get("error", answer) if isinstance(answer, dict) else answer
        code = ExitCode.USAGE if response.status_code == 400 else ExitCode.ERROR
        raise CliError(f"the mock answered {response.status_code}: {message}", code=code)
    return answer


def _show(answer: Any) -> None:
    print(json.dumps(answer, indent=2), flush=True)


def _drop_none(**values: Any) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None}


@mock_app.command("advance")
def advance(
    seconds: Annotated[float, typer.Argument(help="How far to move the clock.")],
    url: UrlOpt = None,
    admin_token: TokenOpt = None,
) -> None:
    """Move a running mock's clock forward (jobs due by then finish)."""
    _show(_control(url, admin_token, "POST", "clock/advance", {"seconds": seconds}))


@mock_app.command("script")
def script(
    outcome: Annotated[str, typer.Option("--outcome", help="completed, failed or stuck.")] = "completed",
    code: Annotated[str | None, typer.Option("--code", help="The failure code, e.g. nsfw.")] = None,
    message: Annotated[str | None, typer.Option("--message", help="The failure message.")] = None,
    duration: Annotated[float | None, typer.Option("--duration", help="Run time in seconds.")] = None,
    polls: Annotated[int | None, typer.Option("--polls", help="End on this poll instead.")] = None,
    count: Annotated[int | None, typer.Option("--count", help="How many of the next jobs (default 1).")] = None,
    job: Annotated[str | None, typer.Option("--job", help="Rescript this pending job instead.")] = None,
    url: UrlOpt = None,
    admin_token: TokenOpt = None,
) -> None:
    """Decide how the next jobs (or one pending job) end."""
    body = _drop_none(outcome=outcome, code=code, message=message, duration=duration, polls=polls)
    if job is not None:
        if count is not None:
            raise _usage("--count and --job do not go together")
        _show(_control(url, admin_token, "POST", f"jobs/{job}/script", body))
    else:
        _show(_control(url, admin_token, "POST", "script", {**body, **_drop_none(count=count)}))


@mock_app.command("fail")
def fail(
    count: Annotated[int, typer.Option("--count", help="How many of the next API requests.")] = 1,
    kind: Annotated[str, typer.Option("--kind", help="status, slow, drop or lost_response.")] = "status",
    status: Annotated[int | None, typer.Option("--status", help="The status of a status fault (400-599).")] = None,
    retry_after: Annotated[float | None, typer.Option("--retry-after", help="Retry-After seconds.")] = None,
    delay: Annotated[float | None, typer.Option("--delay", help="Seconds a slow answer waits.")] = None,
    url: UrlOpt = None,
    admin_token: TokenOpt = None,
) -> None:
    """Make the next API requests misbehave."""
    body = {"count": count, "kind": kind, **_drop_none(status=status, retry_after=retry_after, delay=delay)}
    _show(_control(url, admin_token, "POST", "faults", body))


@mock_app.command("balance")
def balance_(
    amount: Annotated[str | None, typer.Argument(help="Set the balance to this (USD); omit to read it.")] = None,
    api_key: KeyOpt = None,
    url: UrlOpt = None,
    admin_token: TokenOpt = None,
) -> None:
    """Read or set an account's balance."""
    if amount is None:
        query = "" if api_key is None else f"?api_key={httpx.QueryParams({'api_key': api_key})['api_key']}"
        _show(_control(url, admin_token, "GET", f"balance{query}"))
    else:
        _show(_control(url, admin_token, "PUT", "balance", {"amount": amount, **_drop_none(api_key=api_key)}))


@mock_app.command("top-up")
def top_up(
    amount: Annotated[str, typer.Argument(help="USD to add.")],
    api_key: KeyOpt = None,
    url: UrlOpt = None,
    admin_token: TokenOpt = None,
) -> None:
    """Add to an account's balance."""
    _show(_control(url, admin_token, "POST", "balance/top-up", {"amount": amount, **_drop_none(api_key=api_key)}))


def _listing(name: str) -> Any:
    def show(
        limit: Annotated[int | None, typer.Option("--limit", min=1, help="Only the last N.")] = None,
        url: UrlOpt = None,
        admin_token: TokenOpt = None,
    ) -> None:
        _show(_control(url, admin_token, "GET", name + ("" if limit is None else f"?limit={limit}")))

    show.__doc__ = f"Print the running mock's {name} (JSON, oldest first)."
    return show


mock_app.command("ledger")(_listing("ledger"))
mock_app.command("jobs")(_listing("jobs"))
mock_app.command("inputs")(_listing("inputs"))
mock_app.command("requests")(_listing("requests"))
# The mock's request log was called its journal; the old name stays one release (hidden, /_mock/requests).
mock_app.command("journal", hidden=True, deprecated=True)(_listing("requests"))
mock_app.command("webhooks")(_listing("webhooks"))


@mock_app.command("reset")
def reset(url: UrlOpt = None, admin_token: TokenOpt = None) -> None:
    """Forget every account, job, charge, fault and script of a running mock."""
    _show(_control(url, admin_token, "POST", "reset"))


@mock_app.command("controls")
def controls(url: UrlOpt = None) -> None:
    """List a running mock's controls (GET /_mock)."""
    if not url:
        raise _usage("no mock URL: pass --url or set KREA_BASE_URL")
    try:
        _show(httpx.get(f"{url.rstrip('/')}/_mock", timeout=30).json())
    except (httpx.HTTPError, ValueError) as exc:
        raise CliError(f"cannot reach the mock at {url}: {exc}", code=ExitCode.ERROR) from None


def register(app: typer.Typer) -> None:
    """Add ``krea mock ...`` to the root app."""
    app.add_typer(mock_app, name="mock")
