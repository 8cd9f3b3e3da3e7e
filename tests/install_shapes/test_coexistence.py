"""The official ``mistralai`` monolith next to our packages, for real (Python 3.12, pip).

The monolith (``mistralai==2.5.1`` from the package index) ships ``mistralai/client``,
``mistralai/extra``, ``mistralai/azure/client`` and ``mistralai/gcp/client``, paths that
mistralai-core, mistralai-api-agents, mistralai-api-workflows and our providers also ship.
Whichever is installed last owns the shared files. ``mistralai.core`` refuses to import in
both orders (``mistralai.core._coexistence``), with a message naming the monolith, its version
and the fix, and the fix works. The last test installs Mistral's ``mistralai-workflows`` (which
depends on the monolith) next to our packages instead of the monolith and records how far it
gets (docs/coexistence.md, "Interop").
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from .conftest import python312
from .test_registry_collisions import EXPECTED_SHARING

ROOT = Path(__file__).resolve().parents[2]
MONOLITH = "mistralai==2.5.1"
WORKFLOWS = "mistralai-workflows==3.16.0"
TIMEOUT = 600
#: ours that share paths with the monolith (the collision test's table), in the order the error
#: message lists them: core first, then by name
SHARING = sorted(EXPECTED_SHARING, key=lambda name: (name != "mistralai-core", name))
FIX = "pip uninstall -y mistralai && pip install --force-reinstall " + " ".join(SHARING)


def clean_env() -> dict[str, str]:
    drop = {
        "VIRTUAL_ENV",
        "PYTHONPATH",
        "PYTHONHOME",
        "UV_PROJECT_ENVIRONMENT",
        "PIP_REQUIRE_VIRTUALENV",
    }
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env.setdefault("UV_LINK_MODE", "copy")
    env["PYTHONUTF8"] = "1"
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


def sh(*args: str | Path) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [str(a) for a in args],
        capture_output=True,
        text=True,
        env=clean_env(),
        timeout=TIMEOUT,
        check=False,
    )
    assert proc.returncode == 0, f"$ {' '.join(map(str, args))}\n{proc.stdout}\n{proc.stderr}"
    return proc


def uv() -> list[str]:
    found = shutil.which("uv")
    return [found] if found else [sys.executable, "-m", "uv"]


class Env:
    """A fresh Python 3.12 virtual environment with pip in it."""

    def __init__(self, path: Path) -> None:
        python = python312()
        if python is None:
            pytest.skip("no CPython 3.12 here")
        self.path = path
        sh(*uv(), "venv", path, "--python", python, "--seed", "-q")
        self.python = path / "bin" / "python"

    def uv_install(self, *args: str | Path) -> None:
        sh(*uv(), "pip", "install", "--python", self.python, "-q", *args)

    def pip(self, *args: str | Path) -> None:
        sh(self.python, "-m", "pip", *args)

    def run(self, script: str) -> dict[str, Any]:
        proc = sh(self.python, "-I", "-c", textwrap.dedent(script))
        result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
        return result


def our_dirs() -> list[Path]:
    """Every package we publish except the umbrella ``mistralai`` (same name as the monolith:
    installing one replaces the other, a different story)."""
    return [
        p.parent
        for parent in ("libs", "plugins")
        for p in sorted((ROOT / parent).glob("*/pyproject.toml"))
        if p.parent.name != "mistralai"
    ]


def install_ours(env: Env, wheels: Any, constraints: Path) -> list[Path]:
    files = [wheels.wheel(d.name) for d in our_dirs()]
    env.uv_install("--constraints", constraints, *files)
    return files


PROBE = """
import importlib, importlib.metadata as md, importlib.util, json, pathlib

def attempt(name):
    try:
        module = importlib.import_module(name)
    except BaseException as exc:
        return {"ok": False, "type": type(exc).__name__, "message": str(exc),
                "is_import_error": isinstance(exc, ImportError)}
    return {"ok": True, "file": getattr(module, "__file__", None)}

def client_init_owner():
    spec = importlib.util.find_spec("mistralai")
    for entry in spec.submodule_search_locations:
        path = pathlib.Path(entry) / "client" / "__init__.py"
        if path.is_file():
            text = path.read_text()
            return "ours" if "Compatibility facade" in text else "monolith"
    return None

out = {"client_init": client_init_owner()}
out["dists"] = {d.metadata["Name"]: d.version for d in md.distributions()
                if d.metadata["Name"].startswith("mistralai")}
for name in NAMES:
    out[name] = attempt(name)
try:
    from mistralai.client import Mistral
    out["Mistral"] = Mistral.__module__
except BaseException as exc:
    out["Mistral"] = f"{type(exc).__name__}: {exc}"
print(json.dumps(out))
"""

NAMES = [
    "mistralai.core",
    "mistralai.client",
    "mistralai.api.chat",
    "mistralai.api.chat.models",
    "mistralai.azure",
    "mistralai.azure.provider",
    "mistralai.azure.client",
]


def probe(env: Env) -> dict[str, Any]:
    return env.run(f"NAMES = {NAMES!r}\n" + PROBE)


def summary(result: dict[str, Any]) -> dict[str, str]:
    """name -> "ok", "guard" (our MonolithInstalledError) or the other error."""
    out: dict[str, str] = {}
    for name in NAMES:
        outcome = result[name]
        if outcome["ok"]:
            out[name] = "ok"
        elif outcome["type"] == "MonolithInstalledError" and outcome["is_import_error"]:
            message: str = outcome["message"]
            assert "distribution mistralai 2.5.1" in message, message
            assert "/mistralai/client/sdk.py" in message, message
            assert FIX in message, message
            out[name] = "guard"
        else:
            out[name] = f"{outcome['type']}: {outcome['message']}"
    return out


#: what each import does with both installed. A domain's ``__init__`` holds no code (just
#: ``__version__``), so ``mistralai.api.chat`` imports; its first real use is guarded.
GUARDED = {
    "ours-then-official": {
        "mistralai.core": "guard",
        "mistralai.client": "ok",  # the monolith's own __init__, on disk
        "mistralai.api.chat": "ok",
        "mistralai.api.chat.models": "guard",
        "mistralai.azure": "ok",
        "mistralai.azure.provider": "guard",
        "mistralai.azure.client": "ok",  # the monolith's own __init__, on disk
    },
    "official-then-ours": {
        "mistralai.core": "guard",
        "mistralai.client": "guard",
        "mistralai.api.chat": "ok",
        "mistralai.api.chat.models": "guard",
        "mistralai.azure": "ok",
        "mistralai.azure.provider": "guard",
        "mistralai.azure.client": "guard",
    },
}


@pytest.mark.parametrize("order", ["ours-then-official", "official-then-ours"])
def test_monolith_next_to_ours_then_fix(
    order: str, wheels: Any, lock_constraints: Path, tmp_path: Path
) -> None:
    env = Env(tmp_path / "venv")
    if order == "ours-then-official":
        ours = install_ours(env, wheels, lock_constraints)
        env.pip("install", "-q", MONOLITH)
    else:
        env.pip("install", "-q", MONOLITH)
        ours = install_ours(env, wheels, lock_constraints)

    result = probe(env)
    assert result["dists"]["mistralai"] == "2.5.1"
    assert result["dists"]["mistralai-core"]
    assert summary(result) == GUARDED[order]
    if order == "ours-then-official":
        # The monolith wrote its mistralai/client/__init__.py over ours: the official client
        # loads, whole; everything of ours that needs mistralai.core refuses.
        assert result["client_init"] == "monolith"
        assert result["Mistral"] == "mistralai.client.sdk"
    else:
        # Our facade is on disk, next to the monolith's other files (client/sdk.py, ...).
        assert result["client_init"] == "ours"
        assert result["Mistral"].startswith("MonolithInstalledError: "), result["Mistral"]

    # The fix, in two steps as the message says (our wheels instead of the index: --no-deps).
    env.pip("uninstall", "-y", "mistralai")
    half = probe(env)
    assert "mistralai" not in half["dists"]
    # pip removed every file of the monolith's RECORD, the shared ones too: no
    # mistralai/client/__init__.py at all (mistralai.client is left a bare namespace).
    assert half["client_init"] is None
    assert summary(half) == dict.fromkeys(NAMES, "ok")
    assert half["Mistral"] == (
        "ImportError: cannot import name 'Mistral' from 'mistralai.client' (unknown location)"
    )

    by_name = {re.sub(r"[-_.]+", "-", w.name.split("-")[0]).lower(): w for w in ours}
    env.pip("install", "-q", "--force-reinstall", "--no-deps", *[by_name[n] for n in SHARING])
    fixed = probe(env)
    assert fixed["client_init"] == "ours"
    assert summary(fixed) == dict.fromkeys(NAMES, "ok")
    assert fixed["Mistral"] == "mistralai.core.mistral"
    smoke = env.run(
        """
        import json
        from mistralai.client import Mistral
        import mistralai.extra.run, mistralai.extra.workflows, mistralai.azure.client
        import mistralai.gcp.client
        client = Mistral(api_key="k")
        print(json.dumps({"chat": type(client.chat).__name__}))
        """
    )
    assert smoke["chat"]


# -- interop: Mistral's mistralai-workflows on our client ----------------------------------------

INTEROP = """
import ast, importlib, importlib.util, json, pathlib, traceback

out = {}
try:
    import mistralai.workflows
    out["import"] = {"ok": True}
except BaseException as exc:
    tb = traceback.extract_tb(exc.__traceback__)
    out["import"] = {"ok": False, "type": type(exc).__name__, "message": str(exc),
                     "raised_in": pathlib.Path(tb[-1].filename).as_posix().split("site-packages/")[-1]}

# Every ``from mistralai.client... / mistralai.extra... import NAME`` in its sources, probed.
spec = importlib.util.find_spec("mistralai.workflows")
root = pathlib.Path(spec.submodule_search_locations[0])
wanted = {}
for f in sorted(root.rglob("*.py")):
    for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module and \
                node.module.split(".")[:2] in (["mistralai", "client"], ["mistralai", "extra"]):
            wanted.setdefault(node.module, set()).update(a.name for a in node.names)
probe = {}
for mod, names in sorted(wanted.items()):
    try:
        module = importlib.import_module(mod)
    except BaseException as exc:
        probe[mod] = f"{type(exc).__name__}: {exc}"
        continue
    missing = []
    for name in sorted(names):
        if hasattr(module, name):
            continue
        try:
            importlib.import_module(f"{mod}.{name}")
        except BaseException:
            missing.append(name)
    probe[mod] = {"missing": missing} if missing else "ok"
out["probe"] = probe
print(json.dumps(out))
"""

EXPECTED_IMPORT = {
    "ok": False,
    "type": "ImportError",
    # the message's file path (in the test's venv) is cut off before comparing
    "message": "cannot import name 'AttributeRedactionPolicy' from 'mistralai.extra.observability'",
    "raised_in": "mistralai/workflows/core/tracing/_otel_config.py",
}
#: what mistralai-workflows 3.16.0 imports from the client, and what ours answers: every 2.5.1
#: name is there; the three observability names came after 2.5.1 (redaction of span attributes)
EXPECTED_PROBE: dict[str, Any] = {
    "mistralai.client": "ok",
    "mistralai.client.errors": "ok",
    "mistralai.client.models": "ok",
    "mistralai.client.sdk": "ModuleNotFoundError: No module named 'mistralai.client.sdk'",
    "mistralai.client.types": "ok",
    "mistralai.client.utils": "ok",
    "mistralai.extra.exceptions": "ok",
    "mistralai.extra.observability": {
        "missing": ["AttributeRedactionPolicy", "RedactingSpanExporter", "default_redaction_policy"]
    },
    "mistralai.extra.observability.telemetry": "ok",
    "mistralai.extra.workflows": "ok",
    **{
        f"mistralai.extra.workflows.encoding{suffix}": "ok"
        for suffix in (
            "",
            ".config",
            ".models",
            ".payload_compressor",
            ".payload_encoder",
            ".storage.blob_storage",
        )
    },
}


def third_party_requirements(env: Env, distribution: str) -> Sequence[str]:
    """Unconditional requirements of an installed distribution, except the monolith."""
    result = env.run(
        f"""
        import importlib.metadata as md, json
        print(json.dumps({{"requires": md.requires({distribution!r}) or []}}))
        """
    )
    keep: list[str] = []
    for requirement in result["requires"]:
        if ";" in requirement:
            continue
        name = re.split(r"[<>=!~\[ ]", requirement, maxsplit=1)[0]
        if re.sub(r"[-_.]+", "-", name).lower() != "mistralai":
            keep.append(requirement)
    return keep


def test_registry_workflows_on_our_client(
    wheels: Any, lock_constraints: Path, tmp_path: Path
) -> None:
    env = Env(tmp_path / "venv")
    install_ours(env, wheels, lock_constraints)
    env.uv_install("--no-deps", WORKFLOWS)
    requirements = third_party_requirements(env, "mistralai-workflows")
    assert "temporalio<1.30.0,>=1.29.0" in requirements
    env.uv_install(*requirements)
    result = env.run(INTEROP)
    observed = json.dumps({"import": result["import"], "probe": result["probe"]}, indent=1)
    imported = dict(result["import"])
    imported["message"] = re.sub(r" \(/.*\)$", "", str(imported.get("message", "")))
    assert imported == EXPECTED_IMPORT, observed
    assert result["probe"] == EXPECTED_PROBE, observed
