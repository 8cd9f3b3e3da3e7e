"""Fixtures of mistralai-testing's own tests.

The fake server installs the routes of the ``mistralai.testing.routes`` entry points, read from
the installed metadata. An editable install keeps the metadata of its last sync: when that
predates an entry point declared in this package's ``pyproject.toml``, the declared entry points
stand in for the installed ones (here only), so these tests exercise the declarations through
the real loading path instead of failing on a stale environment.
"""

from __future__ import annotations

import tomllib
from importlib.metadata import EntryPoint, entry_points
from pathlib import Path

import pytest

from mistralai.core import Mistral
from mistralai.testing import FakeMistralServer, _route_loading
from mistralai.testing._route_loading import ROUTES_GROUP

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def declared_routes() -> dict[str, str]:
    """The ``mistralai.testing.routes`` entry points of this package's pyproject.toml."""
    data = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    return dict(data["project"]["entry-points"][ROUTES_GROUP])


def installed_routes() -> dict[str, str]:
    """The route entry points of the installed metadata (not the loader's patchable seam)."""
    return {ep.name: ep.value for ep in entry_points(group=ROUTES_GROUP)}


def metadata_is_stale() -> bool:
    return not declared_routes().items() <= installed_routes().items()


@pytest.fixture(autouse=True)
def _declared_route_entry_points(monkeypatch: pytest.MonkeyPatch) -> None:
    if metadata_is_stale():
        declared = [
            EntryPoint(name, value, ROUTES_GROUP) for name, value in declared_routes().items()
        ]
        monkeypatch.setattr(_route_loading, "_entry_points", lambda: declared)


@pytest.fixture
def declared_route_entry_points() -> dict[str, str]:
    """The ``mistralai.testing.routes`` entry points declared in pyproject.toml."""
    return declared_routes()


@pytest.fixture
def installed_route_entry_points() -> dict[str, str]:
    return installed_routes()


@pytest.fixture
def route_metadata_stale() -> bool:
    """Whether the installed metadata lacks some declared route entry point (not re-synced)."""
    return metadata_is_stale()


@pytest.fixture
def client(fake_server: FakeMistralServer) -> Mistral:
    """The real SDK client, talking to the fake server."""
    return Mistral(api_key="test-key", server_url=fake_server.url)
