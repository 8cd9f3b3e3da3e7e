"""Core's public contract: what other packages may import from ``mistralai.core``.

Every package but core (``libs/*/src``, ``plugins/*/src``, and the test packages under
``tests/provider_packages`` and ``tests/plugin_packages``, which stand for third parties) may
import only core's public modules. This scans their sources (AST, no import) and fails with
``file:line`` for:

- any import of a private core module: a dotted segment after ``mistralai.core`` that starts
  with ``_`` (``mistralai.core._client``, ``mistralai.core._generated.models``), including
  ``from mistralai.core import _x``;
- any import of a ``mistralai.core.<module>`` that is not in :data:`PUBLIC_MODULES`, or of a
  name from ``mistralai.core`` that is neither a public module nor a top-level public name.

:data:`PUBLIC_MODULES` is the documented list: ``docs/architecture.md`` ("Core's public
contract") must list exactly these modules, and core's source tree must hold no other
non-underscored module, so the code, the doc and this list cannot drift apart.
"""

from __future__ import annotations

import ast
import importlib
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORE_SRC = ROOT / "libs" / "mistralai-core" / "src"
ARCHITECTURE = ROOT / "docs" / "architecture.md"
CONTRACT_HEADING = "## Core's public contract"

PUBLIC_MODULES: dict[str, str] = {
    "mistralai.core": "top-level names (`Mistral`, `BaseModel`, `UNSET`, `RetryConfig`...)",
    "mistralai.core.runtime": "what generated and hand-written domain code uses",
    "mistralai.core.models": "the models shared by several domains",
    "mistralai.core.plugins": "the plugin API: hooks, specs, registry",
    "mistralai.core.hookspecs": "the pluggy hook specifications plugins implement",
    "mistralai.core.provider": "the provider contract",
    "mistralai.core.errors": "the exception hierarchy",
    "mistralai.core.retries": "retry configuration",
    "mistralai.core.mistral": "the `Mistral` client class",
    "mistralai.core.bulk": "many online calls at adaptive, rate-limit-aware concurrency",
    "mistralai.core.raw": "raw responses (`with_raw_response`): status, headers, rate limits",
    "mistralai.core.polling": "one polling engine (sans I/O) with sync and async runners",
}
"""Core's public modules (the documented list), with what each holds."""

CORE = "mistralai.core"


def scanned_files() -> list[Path]:
    """Every ``.py`` of the packages that are not core (their sources only)."""
    roots = [
        *(p for p in sorted((ROOT / "libs").glob("*/src")) if p.parent.name != "mistralai-core"),
        *sorted((ROOT / "plugins").glob("*/src")),
        ROOT / "tests" / "provider_packages",
        ROOT / "tests" / "plugin_packages",
    ]
    files: list[Path] = []
    for root in roots:
        files += [
            p
            for p in sorted(root.rglob("*.py"))
            if not {".venv", "build", "dist", "__pycache__"} & set(p.relative_to(root).parts)
        ]
    return files


@dataclass(frozen=True)
class CoreImport:
    where: str
    """``path:line`` relative to the repository."""
    module: str
    """The ``mistralai.core...`` module imported (for ``from mistralai.core import x``:
    ``mistralai.core.x`` when ``x`` is a module of core, ``mistralai.core`` otherwise)."""
    name: str | None = None
    """The name taken from ``mistralai.core`` itself, for ``from mistralai.core import name``."""


def is_core(module: str) -> bool:
    return module == CORE or module.startswith(CORE + ".")


def core_submodule_exists(name: str) -> bool:
    base = CORE_SRC / "mistralai" / "core" / name
    return base.with_suffix(".py").is_file() or (base / "__init__.py").is_file()


def core_imports(path: Path) -> list[CoreImport]:
    return core_imports_in(path.read_text(encoding="utf-8"), path.relative_to(ROOT).as_posix())


def core_imports_in(source: str, rel: str) -> list[CoreImport]:
    tree = ast.parse(source, filename=rel)
    found: list[CoreImport] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if is_core(alias.name):
                    found.append(CoreImport(f"{rel}:{node.lineno}", alias.name))
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if not is_core(node.module):
                continue
            if node.module != CORE:
                found.append(CoreImport(f"{rel}:{node.lineno}", node.module))
                continue
            for alias in node.names:
                if alias.name.startswith("_") or core_submodule_exists(alias.name):
                    module = f"{CORE}.{alias.name}"
                    found.append(CoreImport(f"{rel}:{node.lineno}", module))
                else:
                    found.append(CoreImport(f"{rel}:{node.lineno}", CORE, alias.name))
    return found


def is_private(module: str) -> bool:
    return any(part.startswith("_") for part in module.split(".")[2:])


@pytest.fixture(scope="module")
def imports() -> list[CoreImport]:
    files = scanned_files()
    assert len(files) > 50, f"the scan found only {len(files)} files: is ROOT right? ({ROOT})"
    out: list[CoreImport] = []
    for path in files:
        out += core_imports(path)
    assert out, "no import of mistralai.core found at all: the scan is broken"
    return out


def test_no_package_imports_a_private_core_module(imports: list[CoreImport]) -> None:
    bad = [f"{i.where}: {i.module}" for i in imports if is_private(i.module)]
    assert not bad, (
        "imports of core's private modules (use a public module, see docs/architecture.md, "
        "Core's public contract):\n" + "\n".join(bad)
    )


def test_every_imported_core_module_is_public(imports: list[CoreImport]) -> None:
    bad = [
        f"{i.where}: {i.module}"
        for i in imports
        if not is_private(i.module) and i.module not in PUBLIC_MODULES
    ]
    assert not bad, (
        "imports of core modules that are not in the public list (make them public: "
        "PUBLIC_MODULES here and docs/architecture.md; or import from a public module):\n"
        + "\n".join(bad)
    )


def test_top_level_names_imported_from_core_are_public(imports: list[CoreImport]) -> None:
    import mistralai.core

    exported = set(mistralai.core.__all__)
    bad = [
        f"{i.where}: from mistralai.core import {i.name}"
        for i in imports
        if i.name is not None and i.name not in exported
    ]
    assert not bad, "names that mistralai.core does not export (__all__):\n" + "\n".join(bad)


def test_the_scanner_sees_every_form_of_private_import() -> None:
    source = (
        "import mistralai.core._client\n"
        "import mistralai.core._generated.models as m\n"
        "from mistralai.core import _types, errors, Mistral\n"
        "from mistralai.core._prepared import PreparedRequest\n"
        "from mistralai.core.runtime import BaseClient\n"
        "def f():\n"
        "    from mistralai.core._operation import StreamOperation\n"
    )
    found = core_imports_in(source, "sample.py")
    private = sorted((i.where, i.module) for i in found if is_private(i.module))
    assert private == [
        ("sample.py:1", "mistralai.core._client"),
        ("sample.py:2", "mistralai.core._generated.models"),
        ("sample.py:3", "mistralai.core._types"),
        ("sample.py:4", "mistralai.core._prepared"),
        ("sample.py:7", "mistralai.core._operation"),
    ]
    public = {(i.module, i.name) for i in found if not is_private(i.module)}
    assert public == {
        ("mistralai.core.errors", None),
        ("mistralai.core", "Mistral"),
        ("mistralai.core.runtime", None),
    }


def documented_modules() -> set[str]:
    text = ARCHITECTURE.read_text(encoding="utf-8")
    assert CONTRACT_HEADING in text, f"docs/architecture.md has no '{CONTRACT_HEADING}' section"
    section = text.split(CONTRACT_HEADING, 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^\|\s*`(mistralai\.core(?:\.[a-z][a-z0-9_]*)?)`\s*\|", section, re.M))


def test_architecture_doc_lists_exactly_the_public_modules() -> None:
    documented = documented_modules()
    missing = sorted(set(PUBLIC_MODULES) - documented)
    extra = sorted(documented - set(PUBLIC_MODULES))
    assert not missing and not extra, (
        f"docs/architecture.md ({CONTRACT_HEADING}) and PUBLIC_MODULES differ: "
        f"not documented {missing}, documented but not in the list {extra}"
    )


def test_core_holds_no_undocumented_public_module() -> None:
    package = CORE_SRC / "mistralai" / "core"
    on_disk = {CORE} | {
        f"{CORE}.{p.stem if p.is_file() else p.name}"
        for p in package.iterdir()
        if not p.name.startswith("_")
        and ((p.is_file() and p.suffix == ".py") or (p / "__init__.py").is_file())
    }
    assert on_disk == set(PUBLIC_MODULES), (
        "core's non-underscored modules are its public contract: "
        f"undocumented {sorted(on_disk - set(PUBLIC_MODULES))}, "
        f"listed but absent {sorted(set(PUBLIC_MODULES) - on_disk)}"
    )


@pytest.mark.parametrize("module", sorted(PUBLIC_MODULES))
def test_public_module_imports(module: str) -> None:
    importlib.import_module(module)


def test_public_modules_export_what_packages_need() -> None:
    from mistralai.core import provider, runtime

    assert runtime.BaseClient.__module__ == "mistralai.core._client"
    assert "BaseClient" in runtime.__all__ and "StreamOperation" in runtime.__all__
    assert "PreparedRequest" in provider.__all__
    shared = importlib.import_module("mistralai.core.models")
    generated = importlib.import_module("mistralai.core._generated.models")
    # the generated shared models, plus the narrowing helpers for open unions
    assert list(shared.__all__) == [*generated.__all__, "is_unknown", "narrow"]
    for name in generated.__all__:
        assert getattr(shared, name) is getattr(generated, name), name
