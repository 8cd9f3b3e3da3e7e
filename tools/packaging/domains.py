"""The first-party domain packages, found from the tree: every ``libs/*`` package declaring a
``mistralai.domains`` entry point into ``mistralai.api.<name>``. Tests and tools read the list
here; nothing keeps it by hand (a new package is found; ``tools/scaffold`` registers it where
configuration files must name it)."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def domain_packages(root: Path = ROOT) -> dict[str, str]:
    """Distribution -> its module under ``mistralai.api`` (``mistralai-api-chat`` -> ``chat``),
    in directory order."""
    packages: dict[str, str] = {}
    for pyproject in sorted((root / "libs").glob("*/pyproject.toml")):
        project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
        entry = project.get("entry-points", {}).get("mistralai.domains", {})
        for target in entry.values():
            module = str(target).split(":")[0].removesuffix("._plugin")
            if module.startswith("mistralai.api."):
                packages[project["name"]] = module.removeprefix("mistralai.api.")
    return packages


def attach_points(distribution: str, root: Path = ROOT) -> list[str]:
    """The attach points a domain declares (keys of ``ATTACH`` in its generated attach.py)."""
    import ast

    module = domain_packages(root)[distribution]
    path = root / "libs" / distribution / "src" / "mistralai" / "api" / module
    tree = ast.parse((path / "_generated" / "attach.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.value, ast.Dict):
            return [k.value for k in node.value.keys if isinstance(k, ast.Constant)]
    raise AssertionError(f"{path}: no ATTACH table")
