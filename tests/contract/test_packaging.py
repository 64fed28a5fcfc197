"""The two distributions of this repository, as ``make dist`` builds them and a user installs them.

``krea-api`` is the generated client alone (httpx and attrs); ``krea`` is the SDK on top of it, with the
command line (``krea[cli]``) and the served mock and pytest fixtures (``krea[testing]``) as extras. The
install tests run offline: each fresh venv gets the built wheels through pip (``--no-index --no-deps``) and
their dependencies copied file by file (each distribution's RECORD) from this test's own venv, after the
closure was resolved from the wheels' metadata; ``pip check`` then proves the closure complete.
"""

from __future__ import annotations

import email.parser
import hashlib
import importlib.metadata
import importlib.util
import json
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import tomllib
import zipfile
from collections.abc import Iterable
from pathlib import Path

import krea_api
import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

import krea

from .conftest import make_dist

ROOT = Path(__file__).resolve().parents[2]
VERSION = krea.__version__

# What each install may bring, besides krea and krea-api. The base is httpx (with httpcore, h11, anyio, idna,
# certifi), attrs and sniffio (for httpcore's async locks); typing-extensions comes with anyio on Python < 3.13.
# Requests are checked by krea's own schema reader (krea/_schema.py), in the SDK and in the mock: jsonschema
# and its three packages come with no extra.
CLI_ONLY = {"typer", "rich", "filelock", "click", "shellingham", "pygments", "markdown-it-py", "mdurl"}
TESTING_ONLY = {"starlette", "uvicorn", "pytest", "pyyaml", "click", "pluggy", "iniconfig", "packaging"}
JSONSCHEMA = {"jsonschema", "referencing", "jsonschema-specifications", "rpds-py"}
BASE_LIMIT = 13  # the bound; today krea, krea-api, the 8 above and typing-extensions: 11


def wheel(dist: Path, name: str) -> Path:
    [found] = dist.glob(f"{name}-{VERSION}-py3-none-any.whl")
    return found


def metadata(path: Path) -> email.message.Message:
    """The core metadata (METADATA) of a wheel."""
    with zipfile.ZipFile(path) as built:
        text = built.read(next(n for n in built.namelist() if n.endswith(".dist-info/METADATA"))).decode()
    return email.parser.Parser().parsestr(text)


def requires(path: Path) -> list[Requirement]:
    return [Requirement(line) for line in metadata(path).get_all("Requires-Dist") or []]


def wanted(requirement: Requirement, extras: Iterable[str]) -> bool:
    """Whether ``requirement`` applies on this interpreter when its owner is installed with ``extras``."""
    if requirement.marker is None:
        return True
    return any(requirement.marker.evaluate({"extra": extra}) for extra in ("", *extras))


def closure(dist: Path, extras: Iterable[str] = ()) -> dict[str, importlib.metadata.Distribution | None]:
    """Every distribution ``pip install 'krea[extras]'`` installs, by canonical name: krea and krea-api (None,
    installed from the wheels) and the dependencies as this venv has them (their versions checked)."""
    built = {"krea": wheel(dist, "krea"), "krea-api": wheel(dist, "krea_api")}
    found: dict[str, importlib.metadata.Distribution | None] = {}
    todo: list[tuple[Requirement, tuple[str, ...]]] = [(Requirement("krea"), tuple(extras))]
    while todo:
        requirement, asked = todo.pop()
        name = canonicalize_name(requirement.name)
        if name in built:
            if name == "krea-api":
                assert requirement.specifier == Requirement(f"krea-api=={VERSION}").specifier, requirement
            found[name] = None
            todo += [(r, ()) for r in requires(built[name]) if wanted(r, asked)]
            continue
        installed = importlib.metadata.distribution(name)
        assert requirement.specifier.contains(installed.version, prereleases=True), (requirement, installed.version)
        if name not in found or requirement.extras:
            found[name] = installed
            dependencies = [Requirement(line) for line in installed.requires or []]
            todo += [(r, ()) for r in dependencies if wanted(r, requirement.extras)]
    return found


def fresh_venv(where: Path, dist: Path, extras: Iterable[str] = ()) -> Path:
    """A new venv with ``krea[extras]`` installed, offline; return its python."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(where)], check=True)
    python = where / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    for installed in closure(dist, extras).values():
        if installed is None:
            continue
        for file in installed.files or ():
            if file.parts[0] == "..":  # console scripts in bin/: these tests run none of the dependencies'
                continue
            target = site / file
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(Path(str(installed.locate_file(file))), target)
    pip = [sys.executable, "-m", "pip", "--python", str(python)]
    wheels = [str(wheel(dist, "krea_api")), str(wheel(dist, "krea"))]
    subprocess.run([*pip, "install", "--quiet", "--no-index", "--no-deps", *wheels], check=True)
    checked = subprocess.run([*pip, "check"], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    return python


def installed_names(python: Path) -> set[str]:
    code = "import importlib.metadata as m, json; print(json.dumps([d.metadata['Name'] for d in m.distributions()]))"
    names = json.loads(subprocess.run([str(python), "-c", code], check=True, capture_output=True).stdout)
    return {canonicalize_name(name) for name in names}


def run(python: Path, code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(python), "-c", code], capture_output=True, text=True, cwd=python.parent)


def test_make_dist_builds_the_same_bytes_twice(dist: Path, tmp_path: Path) -> None:
    first = {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in dist.iterdir()}
    assert set(first) == {
        f"krea-{VERSION}.tar.gz",
        f"krea-{VERSION}-py3-none-any.whl",
        f"krea_api-{VERSION}.tar.gz",
        f"krea_api-{VERSION}-py3-none-any.whl",
    }
    again = make_dist(tmp_path / "again")
    assert {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in again.iterdir()} == first


def test_the_krea_api_wheel_is_the_generated_client_alone(dist: Path) -> None:
    path = wheel(dist, "krea_api")
    names = set(zipfile.ZipFile(path).namelist())
    for required in ("krea_api/__init__.py", "krea_api/_version.py", "krea_api/py.typed",
                     "krea_api/api/image/generate_flux_1_dev.py"):  # fmt: skip
        assert required in names, required
    assert not any(name.startswith(("krea/", "generated/", "tests/")) for name in names)
    assert {canonicalize_name(r.name) for r in requires(path)} == {"httpx", "attrs"}
    assert metadata(path)["Version"] == VERSION
    with tarfile.open(dist / f"krea_api-{VERSION}.tar.gz") as sdist:
        members = {member.name.split("/", 1)[1] for member in sdist.getmembers() if "/" in member.name}
    assert {"pyproject.toml", "README.md", "krea_api/_version.py", "krea_api/client.py"} <= members


def test_the_krea_wheel_carries_the_sdk_and_the_spec_and_requires_krea_api_of_its_version(dist: Path) -> None:
    path = wheel(dist, "krea")
    names = set(zipfile.ZipFile(path).namelist())
    for required in (
        "krea/__init__.py",
        "krea/__main__.py",
        "krea/py.typed",
        "krea/_spec_version.py",
        "krea/cli/__init__.py",
        "krea/batch/engine.py",
        "krea/openapi.yaml",
        "krea/openapi.json",
        "krea/testing/__init__.py",
        "krea/testing/pytest_plugin.py",
        "krea/testing/_core/state.py",
        "krea/testing/_api/service.py",
        "krea/testing/_serving/app.py",
    ):
        assert required in names, required
    assert not any(name.startswith(("krea_api/", "tests/", "generated/", "openapi/")) for name in names)
    with zipfile.ZipFile(path) as built:
        assert built.read("krea/openapi.yaml") == (ROOT / "openapi" / "krea.yaml").read_bytes()
        assert built.read("krea/openapi.json") == (ROOT / "openapi" / "krea.json").read_bytes()
        entry_points = built.read(next(n for n in names if n.endswith("entry_points.txt"))).decode()
    assert "krea = krea.__main__:main" in entry_points
    assert "krea = krea.testing.pytest_plugin" in entry_points
    meta = metadata(path)
    assert meta["Requires-Python"] == ">=3.11"
    base = {str(r) for r in requires(path) if r.marker is None}
    assert base == {f"krea-api=={VERSION}", "httpx<1,>=0.28", "attrs>=23.1", "sniffio>=1.1"}
    assert set(meta.get_all("Provides-Extra") or []) == {"cli", "testing", "postgres", "dev"}
    by_extra = {
        extra: {canonicalize_name(r.name) for r in requires(path) if r.marker and r.marker.evaluate({"extra": extra})}
        for extra in ("cli", "testing", "postgres")
    }
    assert by_extra == {
        "cli": {"typer", "rich", "filelock"},
        "testing": {"starlette", "uvicorn", "anyio", "pytest", "pyyaml"},
        "postgres": {"psycopg"},
    }


@pytest.fixture(scope="module")
def base_venv(dist: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The python of a venv with ``pip install krea`` (no extra) done."""
    return fresh_venv(tmp_path_factory.mktemp("base") / "venv", dist)


def test_pip_install_krea_is_the_sdk_alone(dist: Path, base_venv: Path) -> None:
    python = base_venv
    names = installed_names(python)
    assert names == set(closure(dist))
    assert {"krea", "krea-api", "httpx", "attrs"} <= names
    assert not names & (CLI_ONLY | TESTING_ONLY | JSONSCHEMA), names & (CLI_ONLY | TESTING_ONLY | JSONSCHEMA)
    assert len(names) <= BASE_LIMIT, sorted(names)
    done = run(
        python,
        "import sys, krea_api, krea\n"
        "client = krea.Krea('k' * 20, base_url='http://127.0.0.1:9')\n"
        "try:\n    client.image('bfl/flux-1-dev', prompt=5, widht=3)\n"
        "except krea.ValidationError as error:\n    print(error.errors)\n"
        "print(krea.__version__, krea_api.__version__, krea.__spec_version__ == krea_api.__spec_version__)\n"
        "print(sorted(m for m in ('typer', 'rich', 'yaml', 'starlette', 'jsonschema') if m in sys.modules))",
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        # checked before sending by krea's own validator: no jsonschema in a base install
        str(
            ["widht: unknown parameter for bfl/flux-1-dev (did you mean 'width'?)", "prompt: 5 is not of type 'string'"]
        ),
        f"{VERSION} {VERSION} True",
        "[]",
    ]
    # The in-process mock needs nothing more: it reads requests with the same schema reader.
    mock = run(
        python,
        "import sys; from krea import testing\n"
        "job = testing.MockKrea().client().image('bfl/flux-1-dev', prompt='x').wait()\n"
        "print(job.status, 'jsonschema' in sys.modules)",
    )
    assert (mock.returncode, mock.stdout) == (0, "completed False\n"), mock.stderr


def test_without_the_cli_extra_the_krea_command_says_what_to_install(base_venv: Path) -> None:
    python = base_venv
    message = "the krea command line needs typer, rich, filelock: pip install 'krea[cli]'"
    for command in ([str(python.parent / "krea"), "--version"], [str(python), "-m", "krea", "image", "--help"]):
        done = subprocess.run(command, capture_output=True, text=True)
        assert (done.returncode, done.stdout, done.stderr) == (1, "", f"krea: {message}\n"), command
    imported = run(python, "import krea.cli")
    assert imported.returncode == 1
    assert imported.stderr.splitlines()[-1] == f"krea._extras.MissingExtraError: {message}"


def test_without_their_extras_the_sqlite_journal_and_the_mock_say_what_to_install(base_venv: Path) -> None:
    journal = run(base_venv, "import krea.batch.sqlite")
    assert journal.stderr.splitlines()[-1] == (
        "krea._extras.MissingExtraError: krea.batch's SQLite journal needs filelock: pip install 'krea[cli]'"
    )
    served = run(base_venv, "from krea.testing import MockKrea; MockKrea().app")
    assert served.stderr.splitlines()[-1] == (
        "krea._extras.MissingExtraError: the mock's ASGI app needs starlette: pip install 'krea[testing]'"
    )


def test_the_cli_extra_brings_the_command_line(dist: Path, tmp_path: Path) -> None:
    python = fresh_venv(tmp_path / "venv", dist, ["cli"])
    assert {"typer", "rich", "filelock"} <= installed_names(python)
    done = subprocess.run([str(python.parent / "krea"), "--version"], capture_output=True, text=True)
    assert (done.returncode, done.stdout.strip()) == (0, f"krea {VERSION}"), done.stderr
    mocked = subprocess.run(
        [str(python.parent / "krea"), "--mock", "models", "--json"], capture_output=True, text=True, cwd=tmp_path
    )
    assert mocked.returncode == 0, mocked.stderr
    assert "bfl/flux-1-dev" in mocked.stdout


def test_the_testing_extra_brings_the_served_mock_and_the_pytest_fixtures(dist: Path, tmp_path: Path) -> None:
    python = fresh_venv(tmp_path / "venv", dist, ["testing"])
    names = installed_names(python)
    assert {"starlette", "uvicorn", "pytest"} <= names
    assert not names & {"typer", "rich", "filelock"}
    (tmp_path / "test_user.py").write_text(
        "def test_a_generation(krea_client):\n"
        "    job = krea_client.subscribe('image/bfl/flux-1-dev', input={'prompt': 'a fox'})\n"
        "    assert job.status == 'completed'\n\n"
        "def test_the_app(krea_mock):\n"
        "    assert callable(krea_mock.app)\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_user.py"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2 passed" in done.stdout


def test_the_json_copy_of_the_spec_is_the_yaml_spec() -> None:
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


def test_both_packages_record_the_spec_they_were_generated_from() -> None:
    import yaml

    source = (ROOT / "openapi" / "krea.yaml").read_bytes()
    info_version = yaml.safe_load(source)["info"]["version"]
    for record in (krea.__spec_version__, krea_api.__spec_version__):
        assert record.info_version == info_version
        assert record.sha256 == hashlib.sha256(source).hexdigest()
        assert (record.generator, record.generator_version) == ("openapi-python-client", "0.29.1")
    assert importlib.metadata.version("openapi-python-client") == "0.29.1"  # the pin the records name
    assert krea_api.__version__ == krea.__version__


TOWNCRIER = Path(sysconfig.get_path("scripts")) / "towncrier"
FRAGMENT_TYPES = {
    kind["directory"]: kind["name"]
    for kind in tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["towncrier"]["type"]
}


def draft(cwd: Path) -> subprocess.CompletedProcess[str]:
    """``towncrier build --draft``: the next release's notes on stdout; nothing is written."""
    return subprocess.run(
        [str(TOWNCRIER), "build", "--draft", "--version", "9.9.9"], capture_output=True, text=True, cwd=cwd
    )


def test_the_unreleased_fragments_build_into_release_notes() -> None:
    done = draft(ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    fragments = sorted((ROOT / "changelog.d").glob("*.md"))
    assert fragments
    for fragment in fragments:
        first_line = fragment.read_text(encoding="utf-8").splitlines()[0]
        assert f"- {first_line}" in done.stdout, fragment.name
    assert "API changes" in FRAGMENT_TYPES.values()


@pytest.mark.parametrize("fragment_type", sorted(FRAGMENT_TYPES))
def test_each_fragment_type_has_its_heading(tmp_path: Path, fragment_type: str) -> None:
    # A copy of the changelog setup with one more fragment (the real CHANGELOG.md is left alone): it is
    # rendered under its type's heading, "API changes" first, as `make spec-diff`'s report is quoted there.
    for name in ("pyproject.toml", "CHANGELOG.md"):
        shutil.copy(ROOT / name, tmp_path / name)
    shutil.copytree(ROOT / "changelog.d", tmp_path / "changelog.d")
    (tmp_path / "changelog.d" / f"+probe.{fragment_type}.md").write_text("A probe entry.\n", encoding="utf-8")
    done = draft(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    heading = f"### {FRAGMENT_TYPES[fragment_type]}\n"
    section = done.stdout.split(heading, 1)[1].split("\n### ", 1)[0]
    assert "- A probe entry." in section
    if fragment_type == "api":
        assert done.stdout.index(heading) < min(done.stdout.index(f"### {n}\n") for n in ("Added", "Changed"))


def test_a_changed_spec_makes_both_records_stale(tmp_path: Path) -> None:
    # What `make check-generated` relies on: the records are rendered from the spec's bytes, so any edit of
    # openapi/krea.yaml (here its info.version) changes them, and the committed ones no longer match.
    spec = importlib.util.spec_from_file_location("spec_json", ROOT / "scripts" / "spec_json.py")
    assert spec is not None
    assert spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    source = (ROOT / "openapi" / "krea.yaml").read_text(encoding="utf-8")
    assert "\n  version: v1\n" in source
    changed = tmp_path / "krea.yaml"
    changed.write_text(source.replace("\n  version: v1\n", "\n  version: v2\n", 1), encoding="utf-8")
    assert script.render_record(client=False) == (ROOT / "krea" / "_spec_version.py").read_text(encoding="utf-8")
    assert script.render_record(client=True) == (ROOT / "generated" / "krea_api" / "_version.py").read_text("utf-8")
    for client in (False, True):
        record = script.render_record(client=client, source=changed)
        assert 'info_version="v2"' in record
        assert f'sha256="{hashlib.sha256(changed.read_bytes()).hexdigest()}"' in record
    assert f'__version__ = "{VERSION}"' in script.render_record(client=True, source=changed)
