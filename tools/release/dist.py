"""Build every published package (libs/*, plugins/*) into ``dist/`` and check what was built.

    python -m tools.release.dist [--root DIR] [--out DIR] [--no-build] [--no-twine]

Checks, for each package: one wheel and one sdist, whose metadata name and version are the
pyproject's; every requirement on one of our packages follows the cap rule (both bounds, see
``tools/release/versions.py``); no wheel ships ``mistralai/__init__.py`` or
``mistralai/api/__init__.py`` (``mistralai`` and ``mistralai.api`` are shared PEP 420
namespaces); each wheel with code ships a ``py.typed`` in every top-level package it owns.
Then ``twine check --strict`` on everything (when twine is installed).
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Sequence
from email.message import Message
from email.parser import Parser
from pathlib import Path, PurePosixPath

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name, parse_sdist_filename, parse_wheel_filename
from packaging.version import Version

from tools.release.versions import cap_problems
from tools.release.workspace import Package, find_packages

NAMESPACE_INITS = ("mistralai/__init__.py", "mistralai/api/__init__.py")


def build(root: Path, out: Path) -> None:
    """Empty ``out`` of earlier artifacts and build every workspace member into it."""
    out.mkdir(parents=True, exist_ok=True)
    for old in [*out.glob("*.whl"), *out.glob("*.tar.gz")]:
        old.unlink()
    subprocess.run(
        ["uv", "build", "--all-packages", "--out-dir", str(out), "--quiet"], cwd=root, check=True
    )


def top_level_packages(names: Sequence[str]) -> set[str]:
    """The topmost packages a wheel owns (folders with an ``__init__.py`` whose parent has
    none)."""
    inits = {
        str(PurePosixPath(n).parent)
        for n in names
        if n.endswith("/__init__.py") and not n.split("/", 1)[0].endswith(".dist-info")
    }
    return {p for p in inits if str(PurePosixPath(p).parent) not in inits}


def metadata_problems(
    label: str, meta: Message, package: Package, packages: dict[str, Package]
) -> list[str]:
    problems: list[str] = []
    name, version = meta.get("Name", ""), meta.get("Version", "")
    if canonicalize_name(name) != package.name:
        problems.append(f"{label}: metadata name {name!r} is not {package.name!r}")
    if Version(version or "0") != package.version:
        problems.append(f"{label}: metadata version {version!r} is not {package.version}")
    for raw in meta.get_all("Requires-Dist") or []:
        req = Requirement(str(raw))
        target = canonicalize_name(req.name)
        if target not in packages or target == package.name:
            continue
        for problem in cap_problems(req, packages[target].version):
            problems.append(f"{label}: requirement {raw!r}: {problem}")
    return problems


def wheel_problems(wheel: Path, package: Package, packages: dict[str, Package]) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        metas = [n for n in names if n.count("/") == 1 and n.endswith(".dist-info/METADATA")]
        if len(metas) != 1:
            return [f"{wheel.name}: expected one .dist-info/METADATA, found {metas}"]
        meta = Parser().parsestr(archive.read(metas[0]).decode("utf-8"))
    problems = metadata_problems(wheel.name, meta, package, packages)
    problems += [f"{wheel.name}: ships {init}" for init in NAMESPACE_INITS if init in names]
    if any(n.endswith(".py") for n in names):
        untyped = sorted(p for p in top_level_packages(names) if f"{p}/py.typed" not in names)
        problems += [f"{wheel.name}: no py.typed in {p}" for p in untyped]
    return problems


def sdist_problems(sdist: Path, package: Package, packages: dict[str, Package]) -> list[str]:
    with tarfile.open(sdist) as archive:
        infos = [m for m in archive.getmembers() if m.name.count("/") == 1]
        pkg_info = next((m for m in infos if m.name.endswith("/PKG-INFO")), None)
        if pkg_info is None:
            return [f"{sdist.name}: no PKG-INFO"]
        handle = archive.extractfile(pkg_info)
        assert handle is not None
        meta = Parser().parsestr(handle.read().decode("utf-8"))
    return metadata_problems(sdist.name, meta, package, packages)


def check(root: Path, out: Path) -> list[str]:
    """Every problem found in ``out`` for the packages of ``root`` (empty: all good)."""
    packages = find_packages(root)
    problems: list[str] = []
    wheels: dict[str, list[Path]] = {}
    sdists: dict[str, list[Path]] = {}
    for wheel in sorted(out.glob("*.whl")):
        wheels.setdefault(canonicalize_name(parse_wheel_filename(wheel.name)[0]), []).append(wheel)
    for sdist in sorted(out.glob("*.tar.gz")):
        sdists.setdefault(canonicalize_name(parse_sdist_filename(sdist.name)[0]), []).append(sdist)
    for unknown in sorted((set(wheels) | set(sdists)) - set(packages)):
        problems.append(f"{unknown}: built, but not a package of libs/ or plugins/")
    for name, package in sorted(packages.items()):
        for kind, found in (("wheel", wheels.get(name, [])), ("sdist", sdists.get(name, []))):
            if len(found) != 1:
                problems.append(f"{name}: expected one {kind}, found {[f.name for f in found]}")
                continue
            artifact = found[0]
            if kind == "wheel":
                problems += wheel_problems(artifact, package, packages)
            else:
                problems += sdist_problems(artifact, package, packages)
    return problems


def twine_check(out: Path) -> bool:
    files = sorted(str(p) for p in [*out.glob("*.whl"), *out.glob("*.tar.gz")])
    proc = subprocess.run([sys.executable, "-m", "twine", "check", "--strict", *files], check=False)
    return proc.returncode == 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="dist", description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=Path.cwd())
    parser.add_argument("--out", type=Path, default=None, help="default: <root>/dist")
    parser.add_argument("--no-build", action="store_true", help="check what is in --out")
    parser.add_argument("--no-twine", action="store_true")
    args = parser.parse_args(argv)
    root: Path = args.root.resolve()
    out: Path = (args.out or root / "dist").resolve()
    if not args.no_build:
        build(root, out)
    problems = check(root, out)
    for problem in problems:
        print(f"dist: {problem}", file=sys.stderr)
    ok = not problems
    if not args.no_twine and importlib.util.find_spec("twine") is not None:
        ok = twine_check(out) and ok
    count = len(list(out.glob("*.whl"))) + len(list(out.glob("*.tar.gz")))
    print(f"dist: {count} files in {out}: {'ok' if ok else 'PROBLEMS'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
