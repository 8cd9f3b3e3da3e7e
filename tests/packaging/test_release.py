"""The release tool (``tools/release/release.py``) on a temporary clone of this repository.

The clone (``git clone`` of this repository) gets the working tree's packaging metadata on
top (root pyproject, uv.lock, every package's pyproject, CHANGELOG, README and ``__version__``
files; packages the clone lacks are copied whole), committed as a baseline, so the tests see
the packages as they are now. The tool runs against the clone (``--root``): its commits and
tags never touch this repository.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from packaging.version import Version  # noqa: E402

from tools.release.release import ReleaseError, main, release, tag_name  # noqa: E402
from tools.release.versions import cap_problems  # noqa: E402
from tools.release.workspace import find_packages, own_requirements  # noqa: E402

IGNORE = shutil.ignore_patterns("__pycache__", ".venv", "dist", "build", "*.egg-info")


def git(repo: Path, *args: str) -> str:
    proc = subprocess.run(
        ["git", *args], cwd=repo, capture_output=True, text=True, check=False, timeout=120
    )
    assert proc.returncode == 0, f"git {' '.join(args)}:\n{proc.stdout}{proc.stderr}"
    return proc.stdout


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    gitconfig = tmp_path / "gitconfig"
    gitconfig.write_text("[user]\n\tname = Release Test\n\temail = release@example.invalid\n")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(gitconfig))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    clone = tmp_path / "clone"
    proc = subprocess.run(
        ["git", "clone", "--quiet", "--no-hardlinks", str(ROOT), str(clone)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    for name in ("pyproject.toml", "uv.lock"):
        shutil.copy2(ROOT / name, clone / name)
    for package in find_packages(ROOT).values():
        target = clone / package.path.relative_to(ROOT)
        if not target.exists():
            shutil.copytree(package.path, target, ignore=IGNORE)
            continue
        files = [package.pyproject, package.changelog, package.path / "README.md"]
        for file in [*files, *package.version_files()]:
            if file.exists():
                (target / file.relative_to(package.path)).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(file, target / file.relative_to(package.path))
    git(clone, "add", "-A")
    git(clone, "commit", "--quiet", "--allow-empty", "-m", "baseline: working tree metadata")
    return clone


def locked_version(repo: Path, name: str) -> str:
    text = (repo / "uv.lock").read_text()
    block = text.split(f'\nname = "{name}"\n', 1)[1]
    return block.split('version = "', 1)[1].split('"', 1)[0]


def test_patch_bump_of_a_domain(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = find_packages(repo)
    files = before["mistralai-api-files"]
    old = files.version
    new = Version(f"{old.major}.{old.minor}.{old.micro + 1}")
    version_files = files.version_files()
    # the case of no notes written under "## Unreleased" (the tree's changelog may have some)
    log = files.changelog.read_text()
    if "## Unreleased\n" in log:
        head, _, rest = log.partition("## Unreleased\n")
        files.changelog.write_text(head + rest[rest.index("## ") :])
        git(repo, "commit", "--quiet", "-am", "no unreleased notes")

    assert main(["--root", str(repo), "mistralai-api-files", "patch"]) == 0

    after = find_packages(repo)
    assert after["mistralai-api-files"].version == new
    for file in version_files:
        assert f'__version__ = "{new}"' in file.read_text(), file
    changelog = files.changelog.read_text()
    assert changelog.startswith(f"# Changelog\n\n## {new}\n- TODO: describe this release"), (
        changelog
    )
    assert f"## {old}\n" in changelog
    # a patch is not breaking: nobody's cap moves, nothing else changes
    for name, package in before.items():
        if name != "mistralai-api-files":
            assert after[name].raw_requirements == package.raw_requirements, name
            assert after[name].version == package.version, name
    assert locked_version(repo, "mistralai-api-files") == str(new)
    # committed and tagged
    tag = "mistralai-api-files-v" + str(new)
    assert tag_name("mistralai-api-files", new) == tag
    assert git(repo, "tag", "--list").split() == [tag]
    assert git(repo, "rev-parse", f"{tag}^{{commit}}") == git(repo, "rev-parse", "HEAD")
    assert git(repo, "cat-file", "-t", tag).strip() == "tag"  # annotated
    assert git(repo, "log", "-1", "--format=%s").strip() == f"Release mistralai-api-files {new}"
    assert git(repo, "status", "--porcelain").strip() == ""
    changed = set(git(repo, "show", "--name-only", "--format=", "HEAD").split())
    expected = {
        str(p.relative_to(repo)) for p in [files.pyproject, files.changelog, *version_files]
    } | {"uv.lock"}
    assert changed == expected
    assert f"committed and tagged {tag}" in capsys.readouterr().out


def test_minor_bump_of_core_moves_every_dependents_cap(repo: Path) -> None:
    before = find_packages(repo)
    core = before["mistralai-core"]
    new = Version(f"{core.version.major}.{core.version.minor + 1}.0")
    dependents = {
        name
        for name, package in before.items()
        if any(r.target == "mistralai-core" for r in own_requirements(package, set(before)))
    }
    assert {"mistralai-api-chat", "mistralai-provider-azure", "mistralai-testing"} <= dependents

    result = release(repo, "mistralai-core", "minor", note="The new core contract.")

    assert result.new == new
    assert result.tag == f"mistralai-core-v{new}"
    assert {m.package for m in result.cap_moves} == dependents
    after = find_packages(repo)
    assert after["mistralai-core"].version == new
    cap = f">={new},<0.{new.minor + 1}" if new.major == 0 else f">={new},<{new.major + 1}"
    for name in dependents:
        package = after[name]
        reqs = [r for r in own_requirements(package, set(after)) if r.target == "mistralai-core"]
        for own in reqs:
            assert str(own.requirement.specifier) == str(type(own.requirement.specifier)(cap)), (
                f"{name}: {own.raw}"
            )
            # extras and markers survive the move
            assert own.raw.startswith(own.requirement.name), own.raw
        # the whole tree still follows the cap rule
        for own in own_requirements(package, set(after)):
            assert not cap_problems(own.requirement, after[own.target].version), own.raw
        # dependents keep their own version and note the move for their next release
        assert package.version == before[name].version
        unreleased = package.changelog.read_text().split("## Unreleased\n", 1)[1]
        unreleased = unreleased.split("\n## ", 1)[0]
        assert f"- Requires `mistralai-core{cap}` (was `mistralai-core>=" in unreleased, unreleased
    core_log = core.changelog.read_text()
    assert core_log.startswith(f"# Changelog\n\n## {new}\n- The new core contract.\n")
    assert locked_version(repo, "mistralai-core") == str(new)
    assert git(repo, "tag", "--list").split() == [f"mistralai-core-v{new}"]
    assert git(repo, "status", "--porcelain").strip() == ""
    message = git(repo, "log", "-1", "--format=%B")
    assert message.startswith(f"Release mistralai-core {new}\n\nCaps moved:\n")


def test_refuses_a_dirty_tree_or_an_existing_tag(repo: Path) -> None:
    core = find_packages(repo)["mistralai-core"]
    pyproject = core.pyproject.read_text()
    core.changelog.write_text(core.changelog.read_text() + "\nlocal edit\n")
    with pytest.raises(ReleaseError, match="uncommitted"):
        release(repo, "core", "patch", lock=False)
    assert core.pyproject.read_text() == pyproject
    git(repo, "checkout", "--", str(core.changelog.relative_to(repo)))

    v = core.version
    git(repo, "tag", f"mistralai-core-v{v.major}.{v.minor}.{v.micro + 1}")
    with pytest.raises(ReleaseError, match="already exists"):
        release(repo, "core", "patch", lock=False)
    assert core.pyproject.read_text() == pyproject
    with pytest.raises(ReleaseError, match="no package named"):
        release(repo, "nonexistent", "patch", lock=False)


def test_move_caps_on_request_raises_the_floor_only(repo: Path) -> None:
    """``--move-caps`` on a compatible release: dependents' floors move to it (they start using
    what it adds); the upper bound stays the same breaking boundary."""
    core = find_packages(repo)["mistralai-core"].version
    new = Version(f"{core.major}.{core.minor}.{core.micro + 1}")
    assert main(["--root", str(repo), "core", "patch", "--move-caps", "--no-lock", "--no-git"]) == 0
    after = find_packages(repo)
    chat = after["mistralai-api-chat"]
    reqs = [r for r in own_requirements(chat, set(after)) if r.target == "mistralai-core"]
    assert [r.raw for r in reqs] == [f"mistralai-core>={new},<{core.major}.{core.minor + 1}"]
    assert not git(repo, "tag", "--list").strip()  # --no-git: no commit, no tag
    assert git(repo, "status", "--porcelain").strip()
