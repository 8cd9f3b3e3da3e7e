"""Adding a domain is one package: in a copy of the tree, the scaffold writes a new package's
shell (and registers it in the workspace's configuration), one mapping entry gives it an
operation, and the generator, the domain list, core's missing-package hints and the fake
server's route entry point all pick it up; no list is edited by hand."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from tools.packaging.domains import domain_packages

ROOT = Path(__file__).resolve().parents[2]


def _copy_tree(dest: Path) -> None:
    for name in ("tools", "spec"):
        shutil.copytree(ROOT / name, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", dest / "pyproject.toml")
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    for pyproject in ROOT.glob("libs/*/pyproject.toml"):
        target = dest / pyproject.relative_to(ROOT)
        target.parent.mkdir(parents=True)
        shutil.copy(pyproject, target)


def test_a_new_domain_needs_no_list_edited(tmp_path: Path) -> None:
    tree = tmp_path / "tree"
    _copy_tree(tree)
    run = [sys.executable]
    scaffold = subprocess.run(
        [*run, "tools/scaffold/new_domain.py", "mistralai-api-demo", "demo", "Demo"],
        cwd=tree,
        capture_output=True,
        text=True,
        check=False,
    )
    assert scaffold.returncode == 0, scaffold.stderr
    mapping = tree / "tools/codegen/mapping.yaml"
    text = mapping.read_text().replace(
        "list_models_v1_models_get: {package: mistralai-api-chat, name: models.list}",
        "list_models_v1_models_get: {package: mistralai-api-demo, name: demo.list_models}",
    )
    assert text != mapping.read_text()
    mapping.write_text(text)

    out = tmp_path / "out"
    generate = subprocess.run(
        [*run, "tools/codegen/generate.py", "--root", str(out), "--no-format"],
        cwd=tree,
        capture_output=True,
        text=True,
        check=False,
    )
    assert generate.returncode == 0, generate.stdout + generate.stderr
    generated = out / "libs/mistralai-api-demo/src/mistralai/api/demo/_generated"
    assert "def list_models(" in (generated / "resources.py").read_text()
    assert (
        '"demo": "mistralai.api.demo._generated.resources:' in (generated / "attach.py").read_text()
    )
    first_party = out / "libs/mistralai-core/src/mistralai/core/_generated/first_party.py"
    assert '"demo": "mistralai-api-demo"' in first_party.read_text()

    assert domain_packages(tree)["mistralai-api-demo"] == "demo"
    package = tomllib.loads((tree / "libs/mistralai-api-demo/pyproject.toml").read_text())
    routes = package["project"]["entry-points"]["mistralai.testing.routes"]
    assert routes == {"demo": "mistralai.api.demo._fake_routes"}
    assert "- libs/mistralai-api-demo/src" in (tree / "mkdocs.yml").read_text()
    umbrella = tomllib.loads((tree / "libs/mistralai/pyproject.toml").read_text())
    assert "mistralai-api-demo>=0.2.0,<0.3" in umbrella["project"]["dependencies"]
