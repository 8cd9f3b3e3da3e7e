"""Where the fake server's domain routes come from: entry points, or an explicit list."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from importlib.metadata import EntryPoint
from pathlib import Path
from types import ModuleType

import httpx
import pytest

from mistralai.core.errors import PluginError
from mistralai.testing import (
    ROUTES_GROUP,
    FakeMistralServer,
    RequestContext,
    _route_loading,
    json_response,
)
from mistralai.testing._routing import Response

AUTH = {"Authorization": "Bearer test-key"}
THIRD_PARTY = "acme_fake_routes"


def _install_ping(server: FakeMistralServer) -> None:
    def ping(ctx: RequestContext) -> Response:
        return json_response({"pong": "acme"})

    server.add_route("GET", r"/v1/acme/ping", ping)


@pytest.fixture
def third_party(monkeypatch: pytest.MonkeyPatch) -> Iterator[ModuleType]:
    """An importable module standing for a third-party domain package's fake routes."""
    module = ModuleType(THIRD_PARTY)
    module.install = _install_ping  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, THIRD_PARTY, module)
    yield module


def _use_entry_points(monkeypatch: pytest.MonkeyPatch, **declared: str) -> None:
    entry_points = [EntryPoint(name, value, ROUTES_GROUP) for name, value in declared.items()]
    monkeypatch.setattr(_route_loading, "_entry_points", lambda: entry_points)


def _get(server: FakeMistralServer, path: str) -> httpx.Response:
    return httpx.get(f"{server.url}{path}", headers=AUTH, timeout=10)


def test_default_routes_are_the_entry_points_sorted_by_name(
    declared_route_entry_points: dict[str, str],
) -> None:
    with FakeMistralServer() as server:
        assert server.route_sources == tuple(sorted(declared_route_entry_points))
        assert _get(server, "/v1/webhooks").status_code == 200
        assert _get(server, "/v1/models").status_code == 200  # built-in, not an entry point


def test_installed_metadata_declares_the_pyproject_entry_points(
    declared_route_entry_points: dict[str, str],
    installed_route_entry_points: dict[str, str],
    route_metadata_stale: bool,
) -> None:
    if route_metadata_stale:
        pytest.skip("mistralai-testing's installed metadata predates its pyproject.toml: uv sync")
    assert declared_route_entry_points.items() <= installed_route_entry_points.items()


def test_server_module_names_no_domain_module() -> None:
    import mistralai.testing.server as server_module

    source = Path(server_module.__file__).read_text(encoding="utf-8")
    assert "testing.flows" not in source


def test_explicit_routes_install_only_those() -> None:
    with FakeMistralServer(routes=["mistralai.testing.flows.webhooks"]) as server:
        assert server.route_sources == ("mistralai.testing.flows.webhooks",)
        assert _get(server, "/v1/webhooks").status_code == 200
        assert _get(server, "/v1/audio/agents").status_code == 404
        assert _get(server, "/__fake__/requests").status_code == 200  # controls stay


def test_explicit_routes_accept_modules_functions_and_dotted_functions(
    third_party: ModuleType,
) -> None:
    for source in (third_party, _install_ping, f"{THIRD_PARTY}:install", THIRD_PARTY):
        with FakeMistralServer(routes=[source]) as server:
            assert _get(server, "/v1/acme/ping").json() == {"pong": "acme"}


def test_no_routes_leaves_the_builtin_ones() -> None:
    with FakeMistralServer(routes=[]) as server:
        assert server.route_sources == ()
        assert _get(server, "/v1/webhooks").status_code == 404
        assert _get(server, "/v1/models").status_code == 200


def test_a_third_party_entry_point_adds_its_routes(
    monkeypatch: pytest.MonkeyPatch, third_party: ModuleType
) -> None:
    _use_entry_points(monkeypatch, acme=THIRD_PARTY, webhooks="mistralai.testing.flows.webhooks")
    with FakeMistralServer() as server:
        assert server.route_sources == ("acme", "webhooks")
        assert _get(server, "/v1/acme/ping").json() == {"pong": "acme"}
        assert _get(server, "/v1/webhooks").json() == []


def test_entry_points_install_in_name_order_so_later_names_win(
    monkeypatch: pytest.MonkeyPatch, third_party: ModuleType
) -> None:
    def override(server: FakeMistralServer) -> None:
        server.add_route("GET", r"/v1/acme/ping", lambda ctx: json_response({"pong": "zeta"}))

    third_party.override = override  # type: ignore[attr-defined]
    # Declared out of order: the loader sorts, so "zeta" installs last and wins.
    _use_entry_points(monkeypatch, zeta=f"{THIRD_PARTY}:override", acme=THIRD_PARTY)
    with FakeMistralServer() as server:
        assert server.route_sources == ("acme", "zeta")
        assert _get(server, "/v1/acme/ping").json() == {"pong": "zeta"}


def test_a_broken_entry_point_is_a_plugin_error_naming_it(monkeypatch: pytest.MonkeyPatch) -> None:
    _use_entry_points(monkeypatch, broken="acme_missing_package.fake_routes")
    with pytest.raises(PluginError, match=r"'broken'.*acme_missing_package"):
        FakeMistralServer()


def test_a_module_without_install_is_a_plugin_error(
    monkeypatch: pytest.MonkeyPatch, third_party: ModuleType
) -> None:
    del third_party.install
    _use_entry_points(monkeypatch, acme=THIRD_PARTY)
    with pytest.raises(PluginError, match="no install"):
        FakeMistralServer()
    with pytest.raises(PluginError, match="no install"):
        FakeMistralServer(routes=[THIRD_PARTY])


def test_the_same_name_twice_is_one_entry_point_or_a_clash(
    monkeypatch: pytest.MonkeyPatch, third_party: ModuleType
) -> None:
    same = EntryPoint("acme", THIRD_PARTY, ROUTES_GROUP)
    monkeypatch.setattr(_route_loading, "_entry_points", lambda: [same, same])
    assert [name for name, _ in _route_loading.discover_route_installers()] == ["acme"]
    other = EntryPoint("acme", f"{THIRD_PARTY}:install", ROUTES_GROUP)
    monkeypatch.setattr(_route_loading, "_entry_points", lambda: [same, other])
    with pytest.raises(PluginError, match="declared twice"):
        _route_loading.discover_route_installers()
