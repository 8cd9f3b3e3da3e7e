"""Fixtures of mistralai-testing's own tests.

The fake server installs the routes of the ``mistralai.testing.routes`` entry points, which the
domain packages of the workspace declare in their ``pyproject.toml`` (this package declares
none). An editable install keeps the metadata of its last sync, so the tests compare the two:
when the installed metadata lacks a declared entry point, ``uv sync --all-packages`` is due.
"""

from __future__ import annotations

import tomllib
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, cast

import pytest

from mistralai.core import Mistral
from mistralai.testing import ROUTES_GROUP, FakeMistralServer

WORKSPACE = Path(__file__).resolve().parents[3]
PACKAGE = Path(__file__).resolve().parents[1]


def _route_entry_points(pyproject: Path) -> dict[str, str]:
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    groups = cast(dict[str, Any], data.get("project", {}).get("entry-points", {}))
    return dict(cast(dict[str, str], groups.get(ROUTES_GROUP, {})))


def declared_routes() -> dict[str, dict[str, str]]:
    """The ``mistralai.testing.routes`` entry points declared by each package of the workspace
    (``libs/*``, ``plugins/*``), by package directory; packages declaring none are left out."""
    declared: dict[str, dict[str, str]] = {}
    for pyproject in sorted(WORKSPACE.glob("*/*/pyproject.toml")):
        if pyproject.parent.parent.name not in ("libs", "plugins"):
            continue
        routes = _route_entry_points(pyproject)
        if routes:
            declared[pyproject.parent.name] = routes
    return declared


def installed_routes() -> dict[str, str]:
    """The route entry points of the installed metadata (not the loader's patchable seam)."""
    return {ep.name: ep.value for ep in entry_points(group=ROUTES_GROUP)}


@pytest.fixture
def own_route_entry_points() -> dict[str, str]:
    """The route entry points of mistralai-testing's own pyproject.toml (there should be none)."""
    return _route_entry_points(PACKAGE / "pyproject.toml")


@pytest.fixture
def declared_route_entry_points_by_package() -> dict[str, dict[str, str]]:
    return declared_routes()


@pytest.fixture
def declared_route_entry_points() -> dict[str, str]:
    """Every ``mistralai.testing.routes`` entry point declared in the workspace, by name."""
    merged: dict[str, str] = {}
    for routes in declared_routes().values():
        merged.update(routes)
    return merged


@pytest.fixture
def installed_route_entry_points() -> dict[str, str]:
    return installed_routes()


@pytest.fixture
def client(fake_server: FakeMistralServer) -> Mistral:
    """The real SDK client, talking to the fake server."""
    return Mistral(api_key="test-key", server_url=fake_server.url)
