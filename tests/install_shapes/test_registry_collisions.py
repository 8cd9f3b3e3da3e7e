"""Our distributions against the ones Mistral publishes in the same ``mistralai`` namespace.

``spec/registry/mistral_namespace.json`` (written by ``tools/packaging/registry_facts.py``)
lists every ``mistralai*`` distribution of Mistral's that the package index serves, with the
package directories its wheel ships, and the names that are taken although no wheel of them
can be read (``mistralai-azure``, ``mistralai-gcp``). Our wheels (built from libs/ and
plugins/) must not take one of those names, except the umbrella ``mistralai`` (no files),
and must not ship a file inside another distribution's package, except the 2.x import paths
the official monolith ``mistralai`` also ships (``mistralai/client``, ``mistralai/extra``,
``mistralai/azure``, ``mistralai/gcp``), which the import guard of ``mistralai.core`` handles.
The last test installs all of it into one Python 3.12 environment and asks
``importlib.metadata`` who owns what.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from tools.packaging.registry_facts import fold, normalize, record_paths

from .conftest import python312

ROOT = Path(__file__).resolve().parents[2]
FACTS = ROOT / "spec" / "registry" / "mistral_namespace.json"
UMBRELLA = "mistralai"
MONOLITH = "mistralai"
#: what the monolith and we both ship, by first two path segments
INTENDED_OVERLAP = {"mistralai/client", "mistralai/extra", "mistralai/azure", "mistralai/gcp"}
#: which of ours share which of those paths with the monolith (any change here is news)
EXPECTED_SHARING = {
    "mistralai-core": {"mistralai/client", "mistralai/extra"},
    "mistralai-api-agents": {"mistralai/extra"},  # extra.run, extra.mcp
    "mistralai-api-audio": {"mistralai/extra"},  # extra.realtime, extra.voice_agents
    "mistralai-api-chat": {"mistralai/extra"},  # extra.struct_chat, extra.utils
    "mistralai-api-connectors": {"mistralai/extra"},  # extra.connectors_gateway(_errors)
    "mistralai-api-workflows": {"mistralai/extra"},  # extra.workflows
    "mistralai-plugin-otel": {"mistralai/extra"},  # extra.observability
    "mistralai-provider-azure": {"mistralai/azure"},
    "mistralai-provider-gcp": {"mistralai/gcp"},
}
#: registry wheels installed next to all of ours in the real-install test
NEIGHBOURS = [
    "mistralai-agents",
    "mistralai-workflows",
    "mistralai-otel-observability",
    "mistralai-evaluations",
]
TIMEOUT = 600


def load_facts() -> dict[str, Any]:
    facts: dict[str, Any] = json.loads(FACTS.read_text(encoding="utf-8"))
    return facts


def registry_entries() -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = load_facts()["distributions"]
    return entries


def newest(name: str) -> str:
    """Version of ``name`` recorded as the newest one (the entry not pinned with ``==``)."""
    for entry in registry_entries():
        if entry["name"] == name and "==" not in entry["requirement"]:
            return str(entry["version"])
    raise AssertionError(f"{name} is not in {FACTS}")


def published_dirs() -> list[Path]:
    return [
        p.parent
        for parent in ("libs", "plugins")
        for p in sorted((ROOT / parent).glob("*/pyproject.toml"))
    ]


def wheel_contents(wheel: Path) -> tuple[str, list[str]]:
    """(normalized distribution name, installed paths without .dist-info) of a wheel."""
    name, _version, paths = record_paths(wheel)
    return normalize(name), [p for p in paths if not re.match(r"^[^/]+\.(dist-info|data)/", p)]


def inside(path: str, container: str) -> bool:
    """Whether ``path`` is ``container`` (a file) or lies in it (a directory ending in /)."""
    return path == container or (container.endswith("/") and path.startswith(container))


@pytest.fixture(scope="module")
def ours(wheels: Any) -> dict[str, list[str]]:
    """Normalized name -> installed paths, for every wheel we publish."""
    found: dict[str, list[str]] = {}
    for directory in published_dirs():
        name, paths = wheel_contents(wheels.wheel(directory.name))
        found[name] = paths
    return found


def test_registry_facts_are_complete() -> None:
    facts = load_facts()
    names = {e["name"] for e in facts["distributions"]}
    for expected in ("mistralai", "mistralai-agents", "mistralai-workflows", *NEIGHBOURS):
        assert expected in names
    reserved = {r["name"] for r in facts["reserved_names"]}
    assert reserved == {"mistralai-azure", "mistralai-gcp", "mistralai"}
    assert {"date", "command"} <= set(facts["provenance"])
    for entry in facts["distributions"]:
        assert entry["paths"], entry["name"]
        assert not any(p.startswith("mistralai/api/") for p in entry["paths"]), entry


def test_no_name_of_ours_is_taken(ours: dict[str, list[str]]) -> None:
    facts = load_facts()
    taken = {e["name"] for e in facts["distributions"]} | {
        normalize(r["name"]) for r in facts["reserved_names"]
    }
    clashes = sorted(set(ours) & taken)
    assert clashes in ([], [UMBRELLA]), f"names of ours Mistral already publishes: {clashes}"
    assert all(name.startswith("mistralai-") for name in set(ours) - {UMBRELLA}), sorted(ours)
    if UMBRELLA in ours:
        assert ours[UMBRELLA] == [], f"the umbrella must ship no file: {ours[UMBRELLA]}"


def test_no_file_of_ours_is_inside_a_registry_package(ours: dict[str, list[str]]) -> None:
    overlap: dict[str, set[str]] = {}
    foreign: list[str] = []
    for our_name, paths in ours.items():
        our_dirs = fold(paths)
        for entry in registry_entries():
            for theirs in entry["paths"]:
                hits = [p for p in paths if inside(p, theirs)]
                hits += [theirs] if any(inside(theirs, d) for d in our_dirs) else []
                for hit in hits:
                    root = "/".join(hit.split("/")[:2])
                    if entry["name"] == MONOLITH and root in INTENDED_OVERLAP:
                        overlap.setdefault(our_name, set()).add(root)
                    else:
                        foreign.append(f"{our_name} ships {hit}, in {entry['name']}'s {theirs}")
    assert not foreign, "\n".join(sorted(set(foreign)))
    assert set().union(*overlap.values()) == INTENDED_OVERLAP
    assert overlap == EXPECTED_SHARING


def test_guard_marker_and_namespace_stay_free(ours: dict[str, list[str]]) -> None:
    """The import guard recognizes the monolith by mistralai/client/sdk.py: never ours."""
    for name, paths in ours.items():
        assert "mistralai/client/sdk.py" not in paths, name
        assert "mistralai/__init__.py" not in paths, name
        assert "mistralai/api/__init__.py" not in paths, name


# -- a real install ------------------------------------------------------------------------------


def uv_run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"VIRTUAL_ENV", "PYTHONPATH", "UV_PROJECT_ENVIRONMENT"}
    }
    env.setdefault("UV_LINK_MODE", "copy")
    uv = shutil.which("uv")
    cmd = [uv] if uv else [sys.executable, "-m", "uv"]
    return subprocess.run(
        [*cmd, *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=TIMEOUT,
        check=False,
    )


OWNERS_SCRIPT = """
import collections, importlib.metadata as md, json
owners = collections.defaultdict(set)
for dist in md.distributions():
    for f in dist.files or ():
        owners[str(f.locate().resolve())].add(dist.metadata["Name"])
names = sorted({d.metadata["Name"] for d in md.distributions()})
shared = {path: sorted(who) for path, who in owners.items() if len(who) > 1}
print(json.dumps({"names": names, "shared": shared}))
"""


def test_one_environment_no_file_owned_twice(
    wheels: Any, lock_constraints: Path, tmp_path: Path
) -> None:
    python = python312()
    if python is None:
        pytest.skip("no CPython 3.12 here (the registry wheels need >=3.12)")
    venv = tmp_path / "venv"
    proc = uv_run("venv", venv, "--python", python, "-q")
    assert proc.returncode == 0, proc.stderr
    py = venv / "bin" / "python"
    ours = [wheels.wheel(d.name) for d in published_dirs()]
    proc = uv_run("pip", "install", "--python", py, "-q", "--constraints", lock_constraints, *ours)
    assert proc.returncode == 0, proc.stderr
    theirs = [f"{name}=={newest(name)}" for name in NEIGHBOURS]
    proc = uv_run(
        "pip", "install", "--python", py, "-q", "--no-deps", "--prerelease=allow", *theirs
    )
    assert proc.returncode == 0, proc.stderr
    run = subprocess.run(
        [str(py), "-I", "-c", textwrap.dedent(OWNERS_SCRIPT)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout.strip().splitlines()[-1])
    installed = {normalize(n) for n in result["names"]}
    assert {normalize(w.name.split("-")[0]) for w in ours} <= installed
    assert set(NEIGHBOURS) <= installed
    assert result["shared"] == {}, json.dumps(result["shared"], indent=1)
