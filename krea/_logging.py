"""How krea logs: the ``krea`` logger, switched on by ``KREA_LOG`` (e.g. ``KREA_LOG=debug``).

Log lines carry methods, paths and statuses, never headers, bodies or the API key.
"""

from __future__ import annotations

import logging

LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING, "error": logging.ERROR}


def configure_logging(level: str | None) -> None:
    """Give the ``krea`` logger a stderr handler at ``level`` (once), when ``KREA_LOG`` asks for one."""
    if level is None or level not in LEVELS:
        return
    logger = logging.getLogger("krea")
    logger.setLevel(LEVELS[level])
    if not any(getattr(h, "_krea", False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        handler._krea = True  # type: ignore[attr-defined]  # marks our own handler, so it is added once
        logger.addHandler(handler)
