# Generated from openapi/krea.yaml by scripts/spec_json.py: edit the spec, then run `make generate`.
"""What is this package, and which spec was it generated from? (``__version__``, ``__spec_version__``)"""

from __future__ import annotations

from typing import NamedTuple


class SpecVersion(NamedTuple):
    """Which OpenAPI document this package was generated from, and by which generator."""

    info_version: str
    """The spec's ``info.version``."""
    sha256: str
    """The SHA-256 of ``openapi/krea.yaml``'s bytes, in hex: two builds from the same spec share it."""
    generator: str
    """The generator's distribution name."""
    generator_version: str
    """The generator's version."""


__version__ = "0.1.0"
"""krea-api's version: always krea's."""

__spec_version__ = SpecVersion(
    info_version="v1",
    sha256="60fb3557df4affdf0aaea53750a0a6c5422e954f07c27524e6d33077cb5324a1",
    generator="openapi-python-client",
    generator_version="0.29.1",
)
"""The spec this package was generated from (``info_version``, ``sha256``) and the generator
(``generator``, ``generator_version``); compare two installations' records to tell whether they agree."""
