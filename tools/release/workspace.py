"""Our packages as the release tooling sees them: every ``pyproject.toml`` under libs/ and
plugins/ of a repository root (tests/* are fixtures, never published).

Edits are textual (the files keep their layout and comments); ``tomllib`` only reads.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

PACKAGE_PARENTS = ("libs", "plugins")
VERSION_LINE = re.compile(r'^__version__ = "(?P<version>[^"]+)"$', re.MULTILINE)
PROJECT_VERSION_LINE = re.compile(r'^version = "(?P<version>[^"]+)"$', re.MULTILINE)


@dataclass(frozen=True)
class OwnRequirement:
    """A requirement of one of our packages on another one of ours."""

    section: str  # "dependencies" or "optional-dependencies.<extra>"
    raw: str  # as written in the pyproject
    requirement: Requirement

    @property
    def target(self) -> str:
        return canonicalize_name(self.requirement.name)


@dataclass(frozen=True)
class Package:
    name: str  # canonical distribution name
    path: Path
    version: Version
    raw_requirements: tuple[tuple[str, str], ...]  # (section, requirement string)

    @property
    def pyproject(self) -> Path:
        return self.path / "pyproject.toml"

    @property
    def changelog(self) -> Path:
        return self.path / "CHANGELOG.md"

    def version_files(self) -> list[Path]:
        """Python files under ``src/`` that set ``__version__`` to the package's version."""
        found: list[Path] = []
        src = self.path / "src"
        for file in sorted(src.rglob("*.py")) if src.is_dir() else []:
            if "_generated" in file.parts:
                continue
            match = VERSION_LINE.search(file.read_text(encoding="utf-8"))
            if match and match["version"] == str(self.version):
                found.append(file)
        return found

    def requirements(self) -> Iterator[tuple[str, str, Requirement]]:
        for section, raw in self.raw_requirements:
            yield section, raw, Requirement(raw)


def load_package(path: Path) -> Package:
    data = tomllib.loads((path / "pyproject.toml").read_text(encoding="utf-8"))
    project = cast(dict[str, Any], data["project"])
    raw: list[tuple[str, str]] = [
        ("dependencies", str(r)) for r in cast(list[str], project.get("dependencies", []))
    ]
    optional = cast(dict[str, list[str]], project.get("optional-dependencies", {}))
    for extra, reqs in optional.items():
        raw.extend((f"optional-dependencies.{extra}", str(r)) for r in reqs)
    return Package(
        name=canonicalize_name(str(project["name"])),
        path=path,
        version=Version(str(project["version"])),
        raw_requirements=tuple(raw),
    )


def find_packages(root: Path) -> dict[str, Package]:
    """Canonical distribution name -> package, for every published package under ``root``."""
    packages: dict[str, Package] = {}
    for parent in PACKAGE_PARENTS:
        for pyproject in sorted((root / parent).glob("*/pyproject.toml")):
            package = load_package(pyproject.parent)
            packages[package.name] = package
    return packages


def own_requirements(package: Package, ours: set[str]) -> list[OwnRequirement]:
    """``package``'s requirements on our distributions (not on itself: an extra that pulls in
    the package's own other extras names it without a version)."""
    found: list[OwnRequirement] = []
    for section, raw, req in package.requirements():
        name = canonicalize_name(req.name)
        if name in ours and name != package.name:
            found.append(OwnRequirement(section, raw, req))
    return found


def dependents(packages: dict[str, Package], target: str) -> dict[str, list[OwnRequirement]]:
    """Packages with at least one requirement on ``target``, with those requirements."""
    ours = set(packages)
    found: dict[str, list[OwnRequirement]] = {}
    for package in packages.values():
        reqs = [r for r in own_requirements(package, ours) if r.target == target]
        if reqs:
            found[package.name] = reqs
    return found


# -- edits -------------------------------------------------------------------------------------


def replace_once(text: str, pattern: re.Pattern[str], new: str, where: Path) -> str:
    result, count = pattern.subn(new, text, count=1)
    if count != 1:
        raise ValueError(f"{where}: no line matching {pattern.pattern}")
    return result


def set_version(package: Package, new: Version | str) -> list[Path]:
    """Write ``new`` into the pyproject and every ``__version__`` that held the old version;
    return the files changed."""
    changed = [package.pyproject]
    files = package.version_files()
    text = package.pyproject.read_text(encoding="utf-8")
    project_start = text.index("[project]")
    head, body = text[:project_start], text[project_start:]
    body = replace_once(body, PROJECT_VERSION_LINE, f'version = "{new}"', package.pyproject)
    package.pyproject.write_text(head + body, encoding="utf-8")
    for file in files:
        code = file.read_text(encoding="utf-8")
        file.write_text(replace_once(code, VERSION_LINE, f'__version__ = "{new}"', file), "utf-8")
        changed.append(file)
    return changed


def replace_requirements(pyproject: Path, replacements: dict[str, str]) -> None:
    """Replace requirement strings (``"old"`` -> ``"new"``, quoted) in a pyproject."""
    text = pyproject.read_text(encoding="utf-8")
    for old, new in replacements.items():
        quoted = f'"{old}"'
        if quoted not in text:
            raise ValueError(f"{pyproject}: requirement {quoted} not found as written")
        text = text.replace(quoted, f'"{new}"')
    pyproject.write_text(text, encoding="utf-8")
