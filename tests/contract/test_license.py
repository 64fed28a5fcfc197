"""The MIT license the metadata declares is a file in the repository, the sdist and the wheel."""

from __future__ import annotations

import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_license_ships_in_the_sdist_and_the_wheel(tmp_path: Path) -> None:
    license_text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert license_text.startswith("MIT License")
    subprocess.run(
        [sys.executable, "-m", "build", "--sdist", "--wheel", "--no-isolation", "--outdir", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    [wheel] = tmp_path.glob("krea-*.whl")
    with zipfile.ZipFile(wheel) as built:
        names = built.namelist()
        [shipped] = [name for name in names if name.endswith(".dist-info/licenses/LICENSE")]
        assert built.read(shipped).decode() == license_text
        metadata = built.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert "License-Expression: MIT" in metadata
    assert "License-File: LICENSE" in metadata
    [sdist] = tmp_path.glob("krea-*.tar.gz")
    with tarfile.open(sdist) as archive:
        members = {member.name.split("/", 1)[1] for member in archive.getmembers() if "/" in member.name}
    assert {"LICENSE", "scripts/unasync.py", "openapi/krea.yaml"} <= members
