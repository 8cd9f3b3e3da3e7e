"""The artifact checks of ``nox -s build`` (``tools/release/dist.py``) on hand-made wheels and
sdists: what passes, and each problem they must catch."""

from __future__ import annotations

import io
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.release.dist import check  # noqa: E402

CORE_REQ = "mistralai-core>=0.2.0,<0.3"


def write_package(root: Path, name: str, version: str, deps: list[str]) -> None:
    path = root / "libs" / name
    path.mkdir(parents=True)
    quoted = ", ".join(f'"{d}"' for d in deps)
    path.joinpath("pyproject.toml").write_text(
        f'[project]\nname = "{name}"\nversion = "{version}"\ndependencies = [{quoted}]\n'
    )


def metadata(name: str, version: str, requires: list[str]) -> str:
    lines = ["Metadata-Version: 2.4", f"Name: {name}", f"Version: {version}"]
    return "\n".join([*lines, *(f"Requires-Dist: {r}" for r in requires)]) + "\n"


def write_wheel(out: Path, name: str, version: str, requires: list[str], files: list[str]) -> None:
    stem = f"{name.replace('-', '_')}-{version}"
    with zipfile.ZipFile(out / f"{stem}-py3-none-any.whl", "w") as archive:
        for file in files:
            archive.writestr(file, "")
        archive.writestr(f"{stem}.dist-info/METADATA", metadata(name, version, requires))


def write_sdist(out: Path, name: str, version: str, requires: list[str]) -> None:
    stem = f"{name.replace('-', '_')}-{version}"
    data = metadata(name, version, requires).encode()
    with tarfile.open(out / f"{stem}.tar.gz", "w:gz") as archive:
        info = tarfile.TarInfo(f"{stem}/PKG-INFO")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))


@pytest.fixture
def tree(tmp_path: Path) -> tuple[Path, Path]:
    root, out = tmp_path / "repo", tmp_path / "dist"
    out.mkdir()
    write_package(root, "mistralai-core", "0.2.0", ["httpx>=0.27,<1"])
    write_package(root, "mistralai-api-x", "0.2.0", [CORE_REQ])
    write_package(root, "mistralai", "0.2.0", [CORE_REQ, "mistralai-api-x>=0.2.0,<0.3"])
    core_files = ["mistralai/core/__init__.py", "mistralai/core/py.typed"]
    write_wheel(out, "mistralai-core", "0.2.0", ["httpx<1,>=0.27"], core_files)
    write_sdist(out, "mistralai-core", "0.2.0", ["httpx<1,>=0.27"])
    x_files = ["mistralai/api/x/__init__.py", "mistralai/api/x/py.typed"]
    write_wheel(out, "mistralai-api-x", "0.2.0", ["mistralai-core<0.3,>=0.2.0"], x_files)
    write_sdist(out, "mistralai-api-x", "0.2.0", [CORE_REQ])
    umbrella = [CORE_REQ, 'mistralai-api-x<0.3,>=0.2.0; extra == "x"']
    write_wheel(out, "mistralai", "0.2.0", umbrella, [])  # no code: no py.typed needed
    write_sdist(out, "mistralai", "0.2.0", umbrella)
    return root, out


def test_good_artifacts_pass(tree: tuple[Path, Path]) -> None:
    assert check(*tree) == []


@pytest.mark.parametrize(
    ("requires", "files", "version", "expected"),
    [
        ([CORE_REQ], ["mistralai/__init__.py", "mistralai/api/x/__init__.py"], "0.2.0", "ships"),
        (
            [CORE_REQ],
            ["mistralai/api/__init__.py", "mistralai/api/x/__init__.py"],
            "0.2.0",
            "ships",
        ),
        ([CORE_REQ], ["mistralai/api/x/__init__.py"], "0.2.0", "no py.typed"),
        (["mistralai-core>=0.2.0"], ["mistralai/api/x/py.typed"], "0.2.0", "no upper bound"),
        (["mistralai-core<1,>=0.1.0"], ["mistralai/api/x/py.typed"], "0.2.0", "upper bound"),
        ([CORE_REQ], ["mistralai/api/x/py.typed"], "0.2.1", "version"),
    ],
)
def test_problems_are_caught(
    tree: tuple[Path, Path], requires: list[str], files: list[str], version: str, expected: str
) -> None:
    root, out = tree
    (out / "mistralai_api_x-0.2.0-py3-none-any.whl").unlink()
    write_wheel(out, "mistralai-api-x", version, requires, files)
    problems = check(root, out)
    assert any(expected in p and "mistralai_api_x" in p for p in problems), problems


def test_missing_and_foreign_artifacts(tree: tuple[Path, Path]) -> None:
    root, out = tree
    (out / "mistralai_api_x-0.2.0.tar.gz").unlink()
    write_wheel(out, "requests", "2.0.0", [], ["requests/__init__.py"])
    problems = check(root, out)
    assert any("mistralai-api-x: expected one sdist" in p for p in problems), problems
    assert any("requests: built, but not a package" in p for p in problems), problems
