"""Release one package of the monorepo: bump, changelog, caps of its dependents, lock, commit,
tag.

    python -m tools.release.release [--root DIR] <package> <major|minor|patch>
        [--note TEXT] [--move-caps] [--allow-dirty] [--no-lock] [--no-git]

1. ``<package>`` (distribution name, e.g. ``mistralai-api-chat``; ``api-chat`` or ``chat`` are
   accepted when unambiguous) goes to its next major, minor or patch version: ``version`` in
   its pyproject and every ``__version__ = "<old>"`` under its ``src/``.
2. Its CHANGELOG.md gets a ``## <version>`` section: the ``Unreleased`` section becomes it, or
   a new one holds ``--note`` or a placeholder line.
3. Every package of ours that depends on it and whose range excludes the new version (a
   breaking bump for it: 0.x minor, or major), or every dependent with ``--move-caps``, gets
   its requirement moved to ``>=<new>,<next breaking>`` and a line under ``Unreleased`` in its
   changelog (those dependents then need a release of their own; the tool lists them).
4. ``uv lock`` updates uv.lock; the changed files are committed and the commit is tagged
   ``<distribution>-v<version>`` (annotated).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from packaging.utils import canonicalize_name
from packaging.version import Version

from tools.release import changelog
from tools.release.versions import BUMP_KINDS, BumpKind, bump, cap_specifier, format_requirement
from tools.release.workspace import (
    Package,
    dependents,
    find_packages,
    replace_requirements,
    set_version,
)


class ReleaseError(Exception):
    """The release cannot be made as asked (raised before any file changes, except when
    ``uv lock`` or git fail at the end: then the edits are left for inspection)."""


@dataclass
class CapMove:
    package: str
    old: str
    new: str


@dataclass
class Release:
    package: str
    old: Version
    new: Version
    tag: str
    cap_moves: list[CapMove] = field(default_factory=lambda: [])
    changed: list[Path] = field(default_factory=lambda: [])
    committed: bool = False


def tag_name(distribution: str, version: Version | str) -> str:
    return f"{distribution}-v{version}"


def resolve_package(packages: dict[str, Package], name: str) -> Package:
    wanted = canonicalize_name(name)
    for candidate in (wanted, f"mistralai-{wanted}", f"mistralai-api-{wanted}"):
        if candidate in packages:
            return packages[candidate]
    matches = [p for n, p in packages.items() if n.endswith(f"-{wanted}")]
    if len(matches) == 1:
        return matches[0]
    raise ReleaseError(f"no package named {name!r}; ours: {', '.join(sorted(packages))}")


def git(root: Path, *args: str) -> str:
    proc = subprocess.run(
        ["git", *args], cwd=root, capture_output=True, text=True, check=False, timeout=120
    )
    if proc.returncode != 0:
        raise ReleaseError(f"git {' '.join(args)} failed:\n{proc.stdout}{proc.stderr}")
    return proc.stdout


def release(
    root: Path,
    name: str,
    kind: BumpKind,
    *,
    note: str | None = None,
    move_caps: bool = False,
    allow_dirty: bool = False,
    lock: bool = True,
    use_git: bool = True,
) -> Release:
    root = root.resolve()
    packages = find_packages(root)
    package = resolve_package(packages, name)
    new = bump(package.version, kind)
    plan = Release(package.name, package.version, new, tag_name(package.name, new))

    if use_git:
        if not allow_dirty and git(root, "status", "--porcelain", "--untracked-files=no").strip():
            raise ReleaseError("the working tree has uncommitted changes (or pass --allow-dirty)")
        if git(root, "tag", "--list", plan.tag).strip():
            raise ReleaseError(f"tag {plan.tag} already exists")

    # 1. version, 2. changelog
    plan.changed += set_version(package, new)
    changelog.add_release(package.changelog, str(new), note)
    plan.changed.append(package.changelog)

    # 3. caps of the dependents
    new_spec = cap_specifier(new)
    for dependent_name, reqs in sorted(dependents(packages, package.name).items()):
        dependent = packages[dependent_name]
        replacements: dict[str, str] = {}
        for own in reqs:
            if new in own.requirement.specifier and not move_caps:
                continue
            replacements[own.raw] = format_requirement(own.requirement, new_spec)
        if not replacements:
            continue
        replace_requirements(dependent.pyproject, replacements)
        for old_raw, new_raw in replacements.items():
            plan.cap_moves.append(CapMove(dependent_name, old_raw, new_raw))
        changelog.add_unreleased(
            dependent.changelog,
            *(
                f"Requires `{new_raw}` (was `{old_raw}`)."
                for old_raw, new_raw in replacements.items()
            ),
        )
        plan.changed += [dependent.pyproject, dependent.changelog]

    # 4. lock, commit, tag
    if lock:
        proc = subprocess.run(
            ["uv", "lock", "--quiet"], cwd=root, capture_output=True, text=True, check=False
        )
        if proc.returncode != 0:
            raise ReleaseError(f"uv lock failed:\n{proc.stdout}{proc.stderr}")
        plan.changed.append(root / "uv.lock")
    if use_git:
        files = sorted({str(p.relative_to(root)) for p in plan.changed})
        git(root, "add", "--", *files)
        message = f"Release {package.name} {new}"
        if plan.cap_moves:
            message += "\n\nCaps moved:\n" + "\n".join(
                f"- {m.package}: {m.old} -> {m.new}" for m in plan.cap_moves
            )
        git(root, "commit", "--quiet", "-m", message, "--", *files)
        git(root, "tag", "-a", plan.tag, "-m", f"{package.name} {new}")
        plan.committed = True
    return plan


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="release", description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("package", help="distribution name, e.g. mistralai-api-chat")
    parser.add_argument("kind", choices=BUMP_KINDS)
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="repository root")
    parser.add_argument("--note", help="the changelog line of this release")
    parser.add_argument(
        "--move-caps",
        action="store_true",
        help="move the dependents' requirements to the new version even when not breaking",
    )
    parser.add_argument("--allow-dirty", action="store_true")
    parser.add_argument("--no-lock", action="store_true", help="do not run `uv lock`")
    parser.add_argument("--no-git", action="store_true", help="edit files only: no commit, tag")
    args = parser.parse_args(argv)
    try:
        result = release(
            args.root,
            args.package,
            args.kind,
            note=args.note,
            move_caps=args.move_caps,
            allow_dirty=args.allow_dirty,
            lock=not args.no_lock,
            use_git=not args.no_git,
        )
    except (ReleaseError, ValueError) as exc:
        print(f"release: {exc}", file=sys.stderr)
        return 1
    print(f"{result.package}: {result.old} -> {result.new}")
    for move in result.cap_moves:
        print(f"  cap moved in {move.package}: {move.old} -> {move.new}")
    moved = sorted({m.package for m in result.cap_moves})
    if moved:
        print(f"  these need a release of their own to publish the new caps: {', '.join(moved)}")
    if result.committed:
        print(f"  committed and tagged {result.tag} (push with: git push --follow-tags)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
