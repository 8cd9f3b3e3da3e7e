"""Version arithmetic and the cap rule for dependencies between our packages.

The rule: a requirement on one of our distributions is ``>=L,<U`` where ``L`` is the first
release that has what the dependent uses and ``U`` is the next breaking release after ``L``:
in 0.x the next minor (``>=0.2.0,<0.3``), from 1.0 the next major (``>=1.4.0,<2``).
"""

from __future__ import annotations

from typing import Literal

from packaging.requirements import Requirement
from packaging.version import Version

BumpKind = Literal["major", "minor", "patch"]
BUMP_KINDS: tuple[BumpKind, ...] = ("major", "minor", "patch")


def bump(version: str | Version, kind: BumpKind) -> Version:
    """The next release of ``kind`` after ``version`` (pre/post/dev parts are dropped)."""
    v = Version(str(version))
    if kind == "major":
        return Version(f"{v.major + 1}.0.0")
    if kind == "minor":
        return Version(f"{v.major}.{v.minor + 1}.0")
    return Version(f"{v.major}.{v.minor}.{v.micro + 1}")


def next_breaking(version: str | Version) -> Version:
    """The first release that may break users of ``version``: next minor in 0.x, else next
    major. Written short (``0.3``, ``2``), as it appears in caps."""
    v = Version(str(version))
    if v.major == 0:
        return Version(f"0.{v.minor + 1}")
    return Version(f"{v.major + 1}")


def is_breaking(old: str | Version, new: str | Version) -> bool:
    """Whether going from ``old`` to ``new`` crosses a breaking boundary."""
    return Version(str(new)) >= next_breaking(old)


def cap_specifier(lower: str | Version) -> str:
    """``>=lower,<next breaking`` (lower bound first, the way we write them)."""
    return f">={lower},<{next_breaking(lower)}"


def format_requirement(req: Requirement, specifier: str) -> str:
    """``req`` with its version specifier replaced, keeping name (as written), extras, marker."""
    extras = f"[{','.join(sorted(req.extras))}]" if req.extras else ""
    marker = f"; {req.marker}" if req.marker is not None else ""
    return f"{req.name}{extras}{specifier}{marker}"


def bounds(req: Requirement) -> tuple[Version | None, Version | None, list[str]]:
    """The ``>=`` lower bound, the ``<`` upper bound, and any other clause (as text)."""
    lower: Version | None = None
    upper: Version | None = None
    other: list[str] = []
    for spec in req.specifier:
        if spec.operator == ">=" and lower is None:
            lower = Version(spec.version)
        elif spec.operator == "<" and upper is None:
            upper = Version(spec.version)
        else:
            other.append(str(spec))
    return lower, upper, other


def cap_problems(req: Requirement, current: str | Version) -> list[str]:
    """What is wrong with ``req`` (a requirement on one of ours, now at ``current``) under the
    rule; empty when it follows it."""
    cur = Version(str(current))
    lower, upper, other = bounds(req)
    problems: list[str] = []
    if other:
        problems.append(f"clauses other than one `>=` and one `<`: {', '.join(other)}")
    if lower is None:
        problems.append("no lower bound (`>=`)")
    if upper is None:
        problems.append("no upper bound (`<`)")
    if lower is None or upper is None:
        return problems
    if lower > cur:
        problems.append(f"lower bound {lower} is above the current version {cur}")
    expected = next_breaking(lower)
    if upper != expected:
        problems.append(
            f"upper bound {upper} is not the next breaking release after {lower} ({expected})"
        )
    if cur not in req.specifier:
        problems.append(f"the current version {cur} is outside {req.specifier}")
    return problems
