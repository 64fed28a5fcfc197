"""Write what is derived from ``openapi/krea.yaml`` besides the generated client: its JSON copy and the records
of which spec (and which generator) each package was built from.

At run time krea and its mock read the JSON copy (the wheel ships it as ``krea/openapi.json``): ``json``
loads it in about a millisecond, where PyYAML's C loader takes some 30 ms for the same document. The records
are ``krea/_spec_version.py`` (``krea.__spec_version__``) and ``krea_api/_version.py`` in the generated client
(``krea_api.__spec_version__``, and ``krea_api.__version__``, which is krea's: the two distributions are
released together, ``krea`` requiring ``krea-api`` of exactly its own version).

    python scripts/spec_json.py                   rewrite openapi/krea.json and krea/_spec_version.py
    python scripts/spec_json.py --check           exit 1 when either is stale (``make check-generated``)
    python scripts/spec_json.py --client-dir DIR  write DIR/_version.py, the generated client's record
                                                  (``make generate``; ``make check-generated`` into a scratch copy)
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import json
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "openapi" / "krea.yaml"
TARGET = ROOT / "openapi" / "krea.json"
KREA_RECORD = ROOT / "krea" / "_spec_version.py"
KREA_VERSION = ROOT / "krea" / "_version.py"
GENERATOR = "openapi-python-client"

_RECORD = '''\
# Generated from {source} by scripts/spec_json.py: edit the spec, then run `make generate`.
"""{question}"""

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


{version}__spec_version__ = SpecVersion(
    info_version={info_version},
    sha256={sha256},
    generator={generator},
    generator_version={generator_version},
)
"""The spec this package was generated from (``info_version``, ``sha256``) and the generator
(``generator``, ``generator_version``); compare two installations' records to tell whether they agree."""
'''


def load(source: Path = SOURCE) -> object:
    with source.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def render(source: Path = SOURCE) -> str:
    """The JSON text of the YAML spec: compact, keys in the YAML's order, one trailing newline."""
    return json.dumps(load(source), ensure_ascii=False, separators=(",", ":")) + "\n"


def krea_version() -> str:
    """``krea.__version__``, read from ``krea/_version.py`` (its one definition) without importing krea."""
    found = re.search(r'^__version__ = "([^"]+)"$', KREA_VERSION.read_text(encoding="utf-8"), re.MULTILINE)
    if found is None:
        raise SystemExit(f"no __version__ in {KREA_VERSION}")
    return found.group(1)


def render_record(*, client: bool, source: Path = SOURCE) -> str:
    """The text of a spec-version module: krea's (``client=False``) or the generated client's."""
    document = load(source)
    info = document.get("info", {}) if isinstance(document, dict) else {}
    question = (
        "What is this package, and which spec was it generated from? (``__version__``, ``__spec_version__``)"
        if client
        else "Which spec was krea built from? ``krea.__spec_version__``."
    )
    version = f'__version__ = "{krea_version()}"\n"""krea-api\'s version: always krea\'s."""\n\n' if client else ""
    return _RECORD.format(
        source=source.relative_to(ROOT) if source.is_relative_to(ROOT) else source.name,
        question=question,
        version=version,
        info_version=json.dumps(str(info.get("version", ""))),
        sha256=json.dumps(hashlib.sha256(source.read_bytes()).hexdigest()),
        generator=json.dumps(GENERATOR),
        generator_version=json.dumps(importlib.metadata.version(GENERATOR)),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if openapi/krea.json or krea's record is stale")
    parser.add_argument("--client-dir", type=Path, help="write the generated client's record into this folder")
    args = parser.parse_args()
    if args.client_dir is not None:
        (args.client_dir / "_version.py").write_text(render_record(client=True), encoding="utf-8")
        return 0
    expected = {TARGET: render(), KREA_RECORD: render_record(client=False)}
    if args.check:
        stale = [path for path, text in expected.items() if not path.is_file() or path.read_text("utf-8") != text]
        for path in stale:
            print(
                f"{path.relative_to(ROOT)} differs from {SOURCE.relative_to(ROOT)}: run 'make generate'",
                file=sys.stderr,
            )
        if stale:
            return 1
        print("openapi/krea.json and krea/_spec_version.py are up to date")
        return 0
    for path, text in expected.items():
        path.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
