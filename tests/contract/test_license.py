"""The MIT license the metadata declares is a file in the repository, and in each sdist and wheel."""

from __future__ import annotations

import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_krea_api_carries_the_same_license_file_as_the_repository() -> None:
    # generated/LICENSE is a copy (a distribution's license files must lie inside its own folder).
    assert (ROOT / "generated" / "LICENSE").read_bytes() == (ROOT / "LICENSE").read_bytes()


@pytest.mark.parametrize("name", ["krea", "krea_api"])
def test_the_license_ships_in_the_sdist_and_the_wheel(dist: Path, name: str) -> None:
    license_text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert license_text.startswith("MIT License")
    [wheel] = dist.glob(f"{name}-*.whl")
    with zipfile.ZipFile(wheel) as built:
        names = built.namelist()
        [shipped] = [entry for entry in names if entry.endswith(".dist-info/licenses/LICENSE")]
        assert built.read(shipped).decode() == license_text
        metadata = built.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert "License-Expression: MIT" in metadata
    assert "License-File: LICENSE" in metadata
    [sdist] = dist.glob(f"{name}-*.tar.gz")
    with tarfile.open(sdist) as archive:
        members = {member.name.split("/", 1)[1]: member for member in archive.getmembers() if "/" in member.name}
        shipped_file = archive.extractfile(members["LICENSE"])
        assert shipped_file is not None
        assert shipped_file.read().decode() == license_text
    if name == "krea":
        assert {"scripts/unasync.py", "openapi/krea.yaml", "hatch_build.py"} <= set(members)
    else:
        assert "krea_api/_version.py" in members
