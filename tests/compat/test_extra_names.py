"""Every 2.x ``mistralai.extra`` module and name (``spec/compat/official_extra_names.json``, a
copy of the official 2.5.1 surface) imports, with every package and extra installed (the
development environment).

Each module is also checked as a module (``<module>``), so a portion that does not import at
all is one clear failure.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

NAMES_FILE = Path(__file__).resolve().parents[2] / "spec" / "compat" / "official_extra_names.json"
OFFICIAL: dict[str, list[str]] = json.loads(NAMES_FILE.read_text())

MODULE = "<module>"
"""Stands for the module itself in a case."""

CASES = [(module, MODULE) for module in OFFICIAL] + [
    (module, name) for module, names in OFFICIAL.items() for name in names
]


def _available(module: str, name: str) -> tuple[bool, str]:
    try:
        imported = importlib.import_module(module)
    except ImportError as exc:
        return False, f"import {module} failed: {exc!r}"
    if name == MODULE:
        return True, ""
    try:
        getattr(imported, name)
    except AttributeError as exc:  # lazy exports raise here, with their reason
        return False, f"{module}.{name}: {exc}"
    except ImportError as exc:
        return False, f"{module}.{name}: {exc!r}"
    return True, ""


@pytest.mark.parametrize(("module", "name"), CASES, ids=[f"{m}:{n}" for m, n in CASES])
def test_name(module: str, name: str) -> None:
    ok, why = _available(module, name)
    assert ok, why
