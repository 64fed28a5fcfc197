"""Which command did the user run? A minimal ``krea`` command line: only ``krea mock serve`` for now."""

from __future__ import annotations

import argparse
import logging
from collections.abc import Sequence


class _QuietBrokenConnections(logging.Filter):
    # The mock drops connections on purpose (fault "drop"/"lost_response") by returning a value from the
    # ASGI call; uvicorn logs that as an error, which would be noise here.
    def filter(self, record: logging.LogRecord) -> bool:
        return "ASGI callable should return None" not in record.getMessage()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="krea", description="Krea API tools.")
    commands = parser.add_subparsers(dest="command", required=True)
    mock = commands.add_parser("mock", help="the offline Krea mock").add_subparsers(dest="action", required=True)
    serve = mock.add_parser("serve", help="serve the stateful mock over HTTP (controls under /_mock/)")
    serve.add_argument("--host", default="127.0.0.1", help="interface to bind (default: 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8787, help="port (default: 8787)")
    serve.add_argument("--balance", default="10", help="each new account's balance in USD (default: 10)")
    serve.add_argument("--api-key", action="append", dest="api_keys", help="accept only this key (repeatable)")
    serve.add_argument("--concurrency", type=int, default=4, help="jobs an account runs at once (default: 4)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``krea`` command.

    Args:
        argv: Arguments without the program name; None reads ``sys.argv``.

    Returns:
        The exit status.
    """
    args = _parser().parse_args(argv)
    import uvicorn

    from krea.testing import MockKrea

    mock = MockKrea(balance=args.balance, api_keys=args.api_keys, concurrency=args.concurrency)
    logging.getLogger("uvicorn.error").addFilter(_QuietBrokenConnections())
    print(f"Krea mock on http://{args.host}:{args.port} (controls under /_mock/)", flush=True)
    uvicorn.run(mock.app, host=args.host, port=args.port, log_level="warning")
    mock.close()
    return 0
