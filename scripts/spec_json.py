"""Write the JSON copy of the spec (``openapi/krea.json``) from ``openapi/krea.yaml``, its source.

At run time krea and its mock read the JSON copy (the wheel ships it as ``krea/openapi.json``): ``json``
loads it in about a millisecond, where PyYAML's C loader takes some 30 ms for the same document.

    python scripts/spec_json.py           rewrite openapi/krea.json (``make generate`` runs this)
    python scripts/spec_json.py --check   exit 1 when openapi/krea.json is stale (``make check-generated``)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "openapi" / "krea.yaml"
TARGET = ROOT / "openapi" / "krea.json"


def render(source: Path = SOURCE) -> str:
    """The JSON text of the YAML spec: compact, keys in the YAML's order, one trailing newline."""
    with source.open(encoding="utf-8") as fh:
        document = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if openapi/krea.json is stale")
    args = parser.parse_args()
    text = render()
    if args.check:
        if not TARGET.is_file() or TARGET.read_text(encoding="utf-8") != text:
            print(
                f"{TARGET.relative_to(ROOT)} differs from {SOURCE.relative_to(ROOT)}: run 'make generate'",
                file=sys.stderr,
            )
            return 1
        print(f"{TARGET.relative_to(ROOT)} is up to date")
        return 0
    TARGET.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
