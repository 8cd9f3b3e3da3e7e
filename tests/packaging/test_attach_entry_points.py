"""Each first-party domain lists its attach points as ``mistralai.attach`` entry points, so
that core imports its plugin on first use: the list must be the package's generated
``ATTACH`` table, each pointing at the module its ``mistralai.domains`` entry names (core
refuses a plugin providing anything else than it declared, at run time)."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.packaging.domains import attach_points, domain_packages  # noqa: E402


@pytest.mark.parametrize("distribution", sorted(domain_packages()))
def test_entry_points_declare_exactly_the_generated_attach_points(distribution: str) -> None:
    pyproject = ROOT / "libs" / distribution / "pyproject.toml"
    entry_points = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["entry-points"]
    (plugin,) = entry_points["mistralai.domains"].values()
    declared = entry_points.get("mistralai.attach", {})
    assert sorted(declared) == sorted(attach_points(distribution)), (
        f'{pyproject}: [project.entry-points."mistralai.attach"] must list the attach points '
        f"of _generated/attach.py, each = {plugin!r}"
    )
    assert set(declared.values()) == {plugin}
