"""Every requirement of one of our packages (libs/*, plugins/*) on another one of ours is capped
below the next breaking release: ``>=L,<U`` with ``L`` at most the target's current version and
``U`` exactly the next breaking release after ``L`` (0.x: next minor; from 1.0: next major), so
that the current version is inside the range. See docs/releasing.md."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from packaging.requirements import Requirement  # noqa: E402

from tools.release.versions import bump, cap_problems, cap_specifier, next_breaking  # noqa: E402
from tools.release.workspace import find_packages, own_requirements  # noqa: E402

PACKAGES = find_packages(ROOT)


def test_every_package_of_ours_is_found() -> None:
    assert "mistralai-core" in PACKAGES
    assert "mistralai-api-chat" in PACKAGES
    assert "mistralai-provider-azure" in PACKAGES
    expected = {
        p.parent.name for d in ("libs", "plugins") for p in (ROOT / d).glob("*/pyproject.toml")
    }
    assert {p.path.name for p in PACKAGES.values()} == expected


@pytest.mark.parametrize("name", sorted(PACKAGES))
def test_requirements_on_our_packages_are_capped(name: str) -> None:
    package = PACKAGES[name]
    problems = [
        f"{package.pyproject.relative_to(ROOT)} [{own.section}] {own.raw!r}: {problem}"
        for own in own_requirements(package, set(PACKAGES))
        for problem in cap_problems(own.requirement, PACKAGES[own.target].version)
    ]
    assert not problems, "\n".join(problems)


def test_every_dependent_of_core_requires_it() -> None:
    """A package of ours that imports core must say so (domains, providers, testing, umbrella)."""
    missing = [
        name
        for name, package in PACKAGES.items()
        if name != "mistralai-core"
        and not any(
            own.target == "mistralai-core"
            for own in own_requirements(package, set(PACKAGES))
            if own.section == "dependencies"
        )
    ]
    assert not missing, f"no requirement on mistralai-core in {missing}"


@pytest.mark.parametrize(
    ("version", "breaking"),
    [("0.2.0", "0.3"), ("0.2.7", "0.3"), ("0.0.4", "0.1"), ("1.0.0", "2"), ("2.3.1", "3")],
)
def test_next_breaking(version: str, breaking: str) -> None:
    assert str(next_breaking(version)) == breaking
    assert cap_specifier(version) == f">={version},<{breaking}"


def test_bumps() -> None:
    assert str(bump("0.2.0", "patch")) == "0.2.1"
    assert str(bump("0.2.3", "minor")) == "0.3.0"
    assert str(bump("0.9.3", "major")) == "1.0.0"
    assert str(bump("1.4.2", "minor")) == "1.5.0"


@pytest.mark.parametrize(
    ("requirement", "current", "ok"),
    [
        ("mistralai-core>=0.2.0,<0.3", "0.2.0", True),
        ("mistralai-core>=0.2.0,<0.3", "0.2.5", True),
        ("mistralai-core[telemetry]>=0.2.0,<0.3; python_version>='3.11'", "0.2.0", True),
        ("mistralai-core>=1.2.0,<2", "1.7.0", True),
        ("mistralai-core>=0.1.0,<1", "0.2.0", False),  # the old, useless cap
        ("mistralai-core>=0.2.0", "0.2.0", False),  # no cap
        ("mistralai-core<0.3", "0.2.0", False),  # no floor
        ("mistralai-core>=0.2.0,<0.3", "0.3.0", False),  # current outside
        ("mistralai-core>=0.3.0,<0.4", "0.2.0", False),  # floor above current
        ("mistralai-core>=1.2.0,<1.3", "1.2.0", False),  # from 1.0 the cap is the next major
        ("mistralai-core==0.2.0", "0.2.0", False),
    ],
)
def test_cap_rule(requirement: str, current: str, ok: bool) -> None:
    problems = cap_problems(Requirement(requirement), current)
    assert (not problems) == ok, problems
