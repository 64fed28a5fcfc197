"""krea: the Python SDK for the Krea AI generation API."""

from __future__ import annotations

from ._version import __version__

__all__ = ["__version__"]
