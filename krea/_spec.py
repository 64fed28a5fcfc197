"""Where the OpenAPI spec is, and loading it once.

An installed wheel carries the spec as ``krea/openapi.yaml``; a source checkout has it at
``openapi/krea.yaml`` beside the package. It is read lazily: ``import krea`` never parses YAML.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any


def spec_path() -> Path:
    """The path of the spec this installation was built from."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "openapi.yaml", here.parent / "openapi" / "krea.yaml"):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError("krea's OpenAPI spec is missing from this installation (krea/openapi.yaml)")


@functools.cache
def load_spec() -> dict[str, Any]:
    """The parsed spec (cached; treat it as read-only)."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with spec_path().open(encoding="utf-8") as fh:
        spec: dict[str, Any] = yaml.load(fh, Loader=loader)
    return spec
