"""Where the fake server's domain routes come from: entry points, or an explicit list."""

from __future__ import annotations

import ast
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
    Response,
    _route_loading,
    json_response,
)

AUTH = {"Authorization": "Bearer test-key"}
THIRD_PARTY = "acme_fake_routes"
WEBHOOKS_ROUTES = "mistralai.api.webhooks._fake_routes"
SRC = Path(__file__).resolve().parents[1] / "src"


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
) -> None:
    missing = declared_route_entry_points.items() - installed_route_entry_points.items()
    assert not missing, (
        f"route entry points declared but not installed: {sorted(missing)}; the installed "
        "metadata predates a pyproject.toml: run `uv sync --all-packages`"
    )


def test_mistralai_testing_declares_no_domain_routes(
    own_route_entry_points: dict[str, str],
    declared_route_entry_points_by_package: dict[str, dict[str, str]],
) -> None:
    assert own_route_entry_points == {}
    assert "mistralai-testing" not in declared_route_entry_points_by_package
    # The SDK's domains ship theirs (at least these, whose operations the fake serves).
    assert {
        "mistralai-api-agents",
        "mistralai-api-files",
        "mistralai-api-fine-tuning",
        "mistralai-api-webhooks",
        "mistralai-api-workflows",
    } <= set(declared_route_entry_points_by_package)


def test_each_package_ships_only_its_own_routes(
    declared_route_entry_points_by_package: dict[str, dict[str, str]],
) -> None:
    """An entry point names a module of the declaring package (``src/``), never one of another
    package's: a package's fake routes live and change with its operations."""
    root = Path(__file__).resolve().parents[3]
    foreign: list[str] = []
    for package, routes in declared_route_entry_points_by_package.items():
        src = next(
            (
                root / d / package / "src"
                for d in ("libs", "plugins")
                if (root / d / package / "src").is_dir()
            ),
            None,
        )
        for name, value in routes.items():
            module = value.partition(":")[0].replace(".", "/")
            if src is None or not (
                (src / f"{module}.py").is_file() or (src / module / "__init__.py").is_file()
            ):
                foreign.append(f"{package}: {name} = {value!r}")
    assert not foreign, foreign


def _runtime_imports(tree: ast.Module) -> Iterator[str]:
    """Modules imported by ``tree`` outside ``if TYPE_CHECKING:`` blocks."""

    def visit(node: ast.AST) -> Iterator[str]:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.orelse:
                yield from visit(child)
            return
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module
        for child in ast.iter_child_nodes(node):
            yield from visit(child)

    yield from visit(tree)


def test_mistralai_testing_names_no_domain_module() -> None:
    """No module of mistralai-testing imports a domain package or its fake routes (at run time:
    type-only imports are free), and the server module names none at all."""
    found: list[str] = []
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [
            f"{path.relative_to(SRC)}: {module}"
            for module in _runtime_imports(tree)
            if module.startswith("mistralai.api") or "_fake_routes" in module
        ]
    assert not found, found
    assert not (SRC / "mistralai" / "testing" / "flows").exists()
    import mistralai.testing.server as server_module

    source = Path(server_module.__file__).read_text(encoding="utf-8")
    assert "mistralai.api" not in source and "_fake_routes" not in source


def test_the_scanner_sees_runtime_imports_only() -> None:
    tree = ast.parse(
        "from typing import TYPE_CHECKING\n"
        "import mistralai.api.chat\n"
        "if TYPE_CHECKING:\n"
        "    from mistralai.api.audio import models\n"
        "def f():\n"
        "    from mistralai.api.files._fake_routes import install\n"
    )
    assert list(_runtime_imports(tree)) == [
        "typing",
        "mistralai.api.chat",
        "mistralai.api.files._fake_routes",
    ]


def test_explicit_routes_install_only_those() -> None:
    with FakeMistralServer(routes=[WEBHOOKS_ROUTES]) as server:
        assert server.route_sources == (WEBHOOKS_ROUTES,)
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
    _use_entry_points(monkeypatch, acme=THIRD_PARTY, webhooks=WEBHOOKS_ROUTES)
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


def _route_module_files(
    declared_route_entry_points_by_package: dict[str, dict[str, str]],
) -> Iterator[tuple[str, str, Path]]:
    """``(package, import package of its routes, file)`` for every source file of the declared
    route modules of the workspace."""
    root = Path(__file__).resolve().parents[3]
    for package, routes in declared_route_entry_points_by_package.items():
        src = root / "libs" / package / "src"
        for value in routes.values():
            module = value.partition(":")[0]
            base = src / module.replace(".", "/")
            files = sorted(base.rglob("*.py")) if base.is_dir() else [base.with_suffix(".py")]
            for file in files:
                yield package, module, file


def test_route_modules_use_only_public_testing_names_and_their_own_modules(
    declared_route_entry_points_by_package: dict[str, dict[str, str]],
) -> None:
    files = list(_route_module_files(declared_route_entry_points_by_package))
    assert len({package for package, _, _ in files}) >= 5, "the scan found no route modules"
    problems: list[str] = []
    for package, own, file in files:
        tree = ast.parse(file.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules = [node.module]
            elif isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            else:
                continue
            for module in modules:
                private_testing = module.startswith("mistralai.testing.") and any(
                    part.startswith("_") for part in module.split(".")[2:]
                )
                foreign_routes = "_fake_routes" in module and not module.startswith(own)
                if private_testing or foreign_routes:
                    problems.append(f"{package}: {file.name}:{node.lineno}: {module}")
    assert not problems, problems


def test_every_public_name_of_mistralai_testing_resolves() -> None:
    import mistralai.testing as testing

    assert set(testing.__all__) == set(testing._LAZY)  # pyright: ignore[reportPrivateUsage]
    for name in testing.__all__:
        if name in {"FakeRealtimeServer", "FakeRealtimeSpeechServer", "FakeVoiceAgentRoom"}:
            continue  # need the optional websockets
        assert getattr(testing, name) is not None, name
