"""Where the fake server's domain routes come from: the ``mistralai.testing.routes`` entry points.

Each entry point names a route installer: a module with an ``install(server)`` function
(``name = "package.module"``) or the function itself (``name = "package.module:function"``).
The package that owns the operations ships their fake routes this way (the SDK's domain packages
point at their private ``_fake_routes`` module), and so can a third-party domain package, in its
``pyproject.toml``::

    [project.entry-points."mistralai.testing.routes"]
    my_domain = "my_package.fake_routes"

mistralai-testing names no domain: it installs what the entry points (or an explicit
``routes=[...]`` list, for tests and tools) give it, sorted by entry-point name so that the
order (later routes win) does not depend on how the environment was installed. Route modules
import what they need from the public names of :mod:`mistralai.testing`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from importlib.metadata import EntryPoint, entry_points
from types import ModuleType
from typing import TYPE_CHECKING, cast

from mistralai.core.errors import PluginError
from mistralai.core.plugins import import_string

if TYPE_CHECKING:
    from mistralai.testing.server import FakeMistralServer

__all__ = [
    "ROUTES_GROUP",
    "RouteInstaller",
    "RouteSource",
    "discover_route_installers",
    "resolve_route_installers",
]

ROUTES_GROUP = "mistralai.testing.routes"

RouteInstaller = Callable[["FakeMistralServer"], None]
"""Adds routes (and reset hooks) to a server."""

RouteSource = str | ModuleType | RouteInstaller
"""What ``FakeMistralServer(routes=...)`` accepts: ``"module"``/``"module:function"``, a module
with ``install``, or the installer itself."""


def _entry_points() -> list[EntryPoint]:
    # A seam of its own so tests can stand in for stale installed metadata.
    return list(entry_points(group=ROUTES_GROUP))


def _as_installer(obj: object, label: str) -> RouteInstaller:
    if isinstance(obj, ModuleType):
        install = getattr(obj, "install", None)
        if not callable(install):
            raise PluginError(f"fake-server routes {label!r}: module has no install(server)")
        return cast(RouteInstaller, install)
    if callable(obj):
        return cast(RouteInstaller, obj)
    raise PluginError(f"fake-server routes {label!r}: {obj!r} is neither a module nor callable")


def discover_route_installers() -> list[tuple[str, RouteInstaller]]:
    """``(entry-point name, installer)`` for every installed ``mistralai.testing.routes`` entry
    point, sorted by name. A broken entry point raises :class:`PluginError` naming it: a fake
    server silently missing a domain would only show up as puzzling 404s."""
    found: dict[str, EntryPoint] = {}
    for ep in _entry_points():
        # The same distribution can be seen twice (e.g. an editable and a regular install on
        # sys.path): identical declarations are one entry point, different ones a clash.
        seen = found.get(ep.name)
        if seen is not None and seen.value != ep.value:
            raise PluginError(
                f"fake-server routes {ep.name!r} declared twice: {seen.value!r} and {ep.value!r}"
            )
        found[ep.name] = ep
    installers: list[tuple[str, RouteInstaller]] = []
    for name in sorted(found):
        ep = found[name]
        try:
            obj = ep.load()
        except Exception as exc:
            raise PluginError(
                f"fake-server routes {name!r} ({ep.value}) failed to load: {exc!r}"
            ) from exc
        installers.append((name, _as_installer(obj, name)))
    return installers


def resolve_route_installers(
    routes: Iterable[RouteSource] | None,
) -> list[tuple[str, RouteInstaller]]:
    """The installers for ``routes`` in the given order (entry points when None)."""
    if routes is None:
        return discover_route_installers()
    installers: list[tuple[str, RouteInstaller]] = []
    for source in routes:
        if isinstance(source, str):
            installers.append((source, _as_installer(import_string(source), source)))
        elif isinstance(source, ModuleType):
            installers.append((source.__name__, _as_installer(source, source.__name__)))
        else:
            label = getattr(source, "__qualname__", repr(source))
            installers.append((label, _as_installer(source, label)))
    return installers
