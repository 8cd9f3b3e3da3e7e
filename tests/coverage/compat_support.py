"""Shared data of the coverage tests: the spec, the mapping, the official 2.x surface, and the
tables of ``docs/compat.md`` (what is knowingly absent or different, with the reason).

Imported by the test modules of this folder (``conftest.py`` puts the folder on ``sys.path``).
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

#: The official 2.x SDK's surface, as data (spec/compat, copied from the team's shared folder).
SHARED_COMPAT = ROOT / "spec" / "compat"
COMPAT_DOC = ROOT / "docs" / "compat.md"

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

#: The per-call options every generated method ends with (2.x and here).
OPTIONS = ("retries", "server_url", "timeout_ms", "http_headers")


@cache
def spec() -> dict[str, Any]:
    from tools.prism.harness import overlay_module

    return overlay_module().overlaid_spec()


@cache
def spec_operation_ids() -> list[str]:
    doc = spec()
    return [
        op["operationId"]
        for item in doc["paths"].values()
        for method in HTTP_METHODS
        if isinstance(op := item.get(method), dict) and "operationId" in op
    ]


@cache
def mapping() -> dict[str, dict[str, Any]]:
    import yaml

    with (ROOT / "tools" / "codegen" / "mapping.yaml").open("rb") as f:
        data = yaml.safe_load(f)
    return {k: v for k, v in data.items() if isinstance(v, dict) and not k.startswith("_")}


def method_names(entry: dict[str, Any]) -> list[str]:
    """Every dotted method name the mapping gives one operation (none for an operation no
    method exposes, ``method: false``: a hand-written helper calls it)."""
    if entry.get("method", True) is False:
        return []
    names = [entry["name"]]
    if entry.get("stream"):
        names.append(entry["stream"])
    names += list(entry.get("also") or [])
    for by_value in (entry.get("fix") or {}).values():  # a path parameter fixed per method
        names += list(by_value.values())
    return names


def _shared_json(name: str) -> dict[str, Any]:
    path = SHARED_COMPAT / name
    if not path.exists():
        pytest.fail(f"{path} is missing: the official 2.x surface is needed for this test")
    return json.loads(path.read_text())


@cache
def official_surface() -> dict[str, Any]:
    return _shared_json("official_surface.json")


@cache
def official_methods() -> dict[str, dict[str, Any]]:
    return {m["dotted"]: m for m in official_surface()["methods"]}


@cache
def official_surface_3x() -> dict[str, Any]:
    """The newest official release's surface (3.7.0), in the same format."""
    return _shared_json("official_surface_3.7.0.json")


@cache
def official_methods_3x() -> dict[str, dict[str, Any]]:
    return {m["dotted"]: m for m in official_surface_3x()["methods"]}


@cache
def official_names_by_operation() -> dict[str, list[str]]:
    """operationId -> the official dotted names calling it (``spec_operations.json``)."""
    data = _shared_json("spec_operations.json")["operations"]
    return {entry["operationId"]: list(entry.get("official_2x") or []) for entry in data}


@cache
def official_model_names() -> list[str]:
    return list(_shared_json("import_paths.json")["imports"]["mistralai.client.models"])


# -- docs/compat.md ----------------------------------------------------------------------------


@dataclass(frozen=True)
class CompatRow:
    name: str
    cells: tuple[str, ...]  # the other cells of the row


_HEADING = re.compile(r"^(#+)\s+(.*?)\s*$")


@cache
def compat_tables() -> dict[str, list[CompatRow]]:
    """Section title -> rows of the (first) table under it; the first cell's ``code`` is the
    name."""
    if not COMPAT_DOC.exists():
        pytest.fail(f"{COMPAT_DOC} is missing")
    tables: dict[str, list[CompatRow]] = {}
    section = ""
    for line in COMPAT_DOC.read_text().splitlines():
        heading = _HEADING.match(line)
        if heading:
            section = heading.group(2)
            tables.setdefault(section, [])  # a section whose table is empty has no rows
            continue
        if not line.startswith("|"):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not cells or set(cells[0]) <= {"-", ":", " "}:
            continue  # the separator row
        name = re.fullmatch(r"`([^`]+)`", cells[0])
        if name is None:
            continue  # the header row
        tables.setdefault(section, []).append(CompatRow(name.group(1), tuple(cells[1:])))
    return tables


def compat_table(title: str) -> dict[str, CompatRow]:
    rows = compat_tables().get(title)
    assert rows is not None, f"docs/compat.md has no table under a heading {title!r}"
    return {row.name: row for row in rows}


# -- the client ------------------------------------------------------------------------------


_MISSING = object()


def lookup(client: Any, dotted: str) -> Any:
    """``client.<dotted>``, or a sentinel if any part is missing."""
    target = client
    for part in dotted.split("."):
        try:
            target = getattr(target, part)
        except AttributeError:
            return _MISSING
    return target


def is_missing(value: Any) -> bool:
    return value is _MISSING
