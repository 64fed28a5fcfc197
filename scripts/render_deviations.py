"""Write openapi/DEVIATIONS.md from the records in openapi/deviations.yaml (``--check``: fail if it is stale).

python scripts/render_deviations.py [--check]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "openapi" / "deviations.yaml"
OUT = ROOT / "openapi" / "DEVIATIONS.md"

SECTIONS = {
    "gaps": "Gaps we fill, and differences in responses",
    "request": "Knowing differences in request schemas",
}


def _cell(text: Any) -> str:
    """One table cell: a single line, with the table's separator escaped."""
    return " ".join(str(text).split()).replace("|", "\\|")


def _locator(entry: dict[str, Any]) -> str:
    text = f"{entry['operation']} {entry['pointer'] or '(the operation)'}"
    return f"`{text}`" + (f" ({entry['kind']})" if "kind" in entry else "")


def render(data: dict[str, Any]) -> str:
    lines = [
        "<!-- Rendered from openapi/deviations.yaml by scripts/render_deviations.py (`make deviations`): edit the",
        "     records there, never this file. `make check-generated` fails when this file is stale. -->",
        "",
        f"# {data['title']}",
        "",
        data["intro"].strip(),
        "",
        "## Not compared",
        "",
    ]
    lines.extend(f"- {' '.join(note.split())}" for note in data["outside_comparison"])
    for section, heading in SECTIONS.items():
        lines += ["", f"## {heading}", "", "| # | Where | Upstream | Ours | Why | Source | Checked at |"]
        lines.append("|---|---|---|---|---|---|---|")
        for r in data["records"]:
            if r["section"] != section:
                continue
            cells = [r["id"], r["where"], r["upstream"], r["ours"], r["why"], r["source"]]
            checked = "<br>".join(_locator(m) for m in r["match"]).replace("|", "\\|")
            lines.append("| " + " | ".join(_cell(c) for c in cells) + f" | {checked} |")
    lines += ["", "## Models not (yet) in the spec", "", "| Model | Why not |", "|---|---|"]
    lines.extend(f"| {_cell(m['model'])} | {_cell(m['why'])} |" for m in data["models_not_in_spec"])
    lines += ["", "## Not modelled", ""]
    lines.extend(f"- {' '.join(item.split())}" for item in data["not_modelled"])
    lines += [
        "",
        "## Where the mock (`krea.testing`, `krea mock serve`) differs from the service, or refuses what it refuses",
        "",
        "The mock reads `krea.yaml` and serves it; these are the behaviours the spec cannot say, with their source.",
        "",
        "| # | Behaviour | The service | The mock | Why / source |",
        "|---|---|---|---|---|",
    ]
    for m in data["mock"]:
        lines.append("| " + " | ".join(_cell(m[k]) for k in ("id", "behaviour", "service", "mock", "why")) + " |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render openapi/DEVIATIONS.md from openapi/deviations.yaml.")
    parser.add_argument("--check", action="store_true", help="fail if DEVIATIONS.md differs from a fresh rendering")
    args = parser.parse_args(argv)
    with DATA.open(encoding="utf-8") as fh:
        text = render(yaml.safe_load(fh))
    if args.check:
        if not OUT.is_file() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT.relative_to(ROOT)} is stale: run 'make deviations' and commit", file=sys.stderr)
            return 1
        print(f"{OUT.relative_to(ROOT)} is up to date")
        return 0
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
