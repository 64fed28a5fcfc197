"""The wheel ships what users need: both packages, the spec as package data, and the typing markers."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_wheel_carries_krea_krea_api_the_spec_and_py_typed(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    [wheel] = tmp_path.glob("krea-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "krea/__init__.py",
        "krea/__main__.py",
        "krea/py.typed",
        "krea/cli/__init__.py",
        "krea/batch/engine.py",
        "krea/openapi.yaml",
        "krea/openapi.json",
        "krea/testing/__init__.py",
        "krea/testing/pytest_plugin.py",
        "krea/testing/_core/state.py",
        "krea/testing/_api/service.py",
        "krea/testing/_serving/app.py",
        "krea_api/__init__.py",
        "krea_api/py.typed",
        "krea_api/api/image/generate_flux_1_dev.py",
    ):
        assert required in names, required
    assert not any(name.startswith(("tests/", "generated/", "openapi/")) for name in names)
    packaged = zipfile.ZipFile(wheel).read("krea/openapi.yaml")
    assert packaged == (ROOT / "openapi" / "krea.yaml").read_bytes()
    assert zipfile.ZipFile(wheel).read("krea/openapi.json") == (ROOT / "openapi" / "krea.json").read_bytes()
    metadata = next(n for n in names if n.endswith("METADATA"))
    text = zipfile.ZipFile(wheel).read(metadata).decode()
    assert "Requires-Python: >=3.11" in text
    entry_points = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("entry_points.txt"))).decode()
    assert "krea = krea.cli:main" in entry_points
    assert "krea = krea.testing.pytest_plugin" in entry_points


def test_the_json_copy_of_the_spec_is_the_yaml_spec() -> None:
    import json

    import yaml

    from_yaml = yaml.safe_load((ROOT / "openapi" / "krea.yaml").read_text(encoding="utf-8"))
    assert json.loads((ROOT / "openapi" / "krea.json").read_text(encoding="utf-8")) == from_yaml


def test_reading_the_spec_parses_no_yaml() -> None:
    """The facade's catalogue and a ``MockKrea`` read the JSON copy: PyYAML is never imported."""
    code = (
        "import sys; import krea; from krea import _catalogue; from krea.testing import MockKrea; "
        "_catalogue.find('image', 'bfl/flux-1-dev'); _catalogue.validate(_catalogue.find('image', "
        "'bfl/flux-1-dev'), {'prompt': 'x'}); MockKrea(); assert 'yaml' not in sys.modules, 'yaml imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
