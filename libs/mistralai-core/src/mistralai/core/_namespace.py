"""Lazy attachment of domain resources to the client (``client.chat``, ``client.beta.agents``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mistralai.core._generated.first_party import FIRST_PARTY
from mistralai.core.errors import MissingDomainError, PluginError
from mistralai.core.plugins import Registry, import_string, installed_version

if TYPE_CHECKING:
    from mistralai.core._client import BaseClient


def resolve(client: BaseClient, registry: Registry, dotted: str) -> Any:
    """The resource or namespace at ``dotted``; raises ``MissingDomainError`` (an
    ``AttributeError``) when no installed package provides it."""
    spec = registry.domain(dotted)
    if spec is not None:
        # Any failure, not only ImportError: an AttributeError (a wrong class name) escaping
        # ``__getattr__`` would read as "no such attribute" and ``hasattr`` would hide it.
        try:
            cls = import_string(spec.resource)
        except Exception as exc:
            raise PluginError(
                f"{spec.distribution} failed to import {spec.resource}: {exc}"
            ) from exc
        return cls(client)
    prefix = dotted + "."
    if any(point.startswith(prefix) for point in registry.attach_points()):
        return Namespace(client, registry, dotted)
    distribution = registry.declared_by(dotted) or FIRST_PARTY.get(dotted)
    if distribution is None and any(p.startswith(prefix) for p in FIRST_PARTY):
        return Namespace(client, registry, dotted)
    if distribution is not None and distribution in registry.broken:
        cause = registry.broken[distribution]
        # Most often a package built for another core (installed without its caps being
        # honoured, or released before them): name both versions and the fix.
        raise PluginError(
            f"'{dotted}' comes from {distribution} {installed_version(distribution)}, which failed to "
            f"load with mistralai-core {installed_version('mistralai-core')}: {cause!r}; if it was "
            f"built for another mistralai-core, run: pip install --upgrade {distribution}"
        ) from cause
    error = MissingDomainError(dotted, distribution)
    broken = registry.broken_error()
    if distribution is None and broken is not None:
        # A third-party attach point may belong to the plugin that failed: say so.
        error.message = f"{error.message}; {broken.message}"
        error.args = (error.message,)
    raise error


class Namespace:
    """A grouping node such as ``beta``: its children come from several packages."""

    def __init__(self, client: BaseClient, registry: Registry, dotted: str) -> None:
        self._client = client
        self._registry = registry
        self._dotted = dotted

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        value = resolve(self._client, self._registry, f"{self._dotted}.{name}")
        setattr(self, name, value)  # next access is a plain attribute lookup
        return value

    def __dir__(self) -> list[str]:
        prefix = self._dotted + "."
        children = {
            p[len(prefix) :].split(".", 1)[0]
            for p in self._registry.attach_points()
            if p.startswith(prefix)
        }
        return sorted(children | set(super().__dir__()))

    def __repr__(self) -> str:
        return f"<Namespace {self._dotted}>"
