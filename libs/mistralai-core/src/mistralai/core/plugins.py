"""The plugin system: pluggy hook specifications, the specs plugins return, and the loader.

Domain packages and providers register through entry points (groups ``mistralai.domains``
and ``mistralai.providers``) that name a small ``_plugin`` module implementing the hooks
below. Core's own default provider is registered the same way: there is no special case.

The loader imports each entry point on its own: a plugin that fails to import does not break
the others; its error is raised when something it would have provided is used. Two plugins
claiming one name, or a plugin built for another plugin API version, are errors raised when
that name is used, naming the distributions involved.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

import pluggy

from mistralai.core.errors import PluginError

PROJECT = "mistralai"
DOMAINS_GROUP = "mistralai.domains"
PROVIDERS_GROUP = "mistralai.providers"
PLUGIN_API_VERSION = 1
"""Bumped when the contract between core and plugins changes incompatibly."""

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@dataclass(frozen=True, slots=True)
class DomainSpec:
    """One resource a domain package attaches to the client.

    ``attach`` is a dotted attach point (``chat``, ``beta.agents``); ``resource`` an import
    string ``"package.module:Class"`` loaded on first use; ``models`` the module holding the
    domain's models (for the ``mistralai.client.models`` facade).
    """

    attach: str
    resource: str
    distribution: str
    api_version: int = PLUGIN_API_VERSION
    models: str | None = None


def domain_specs(attach: dict[str, str], *, distribution: str, models: str) -> list[DomainSpec]:
    """The specs of a domain package from its generated attach table (attach point ->
    ``"module:Class"``, hand-written classes included: see ``tools/codegen/resources.yaml``)."""
    return [
        DomainSpec(attach=point, resource=target, distribution=distribution, models=models)
        for point, target in attach.items()
    ]


@dataclass(frozen=True, slots=True)
class ProviderSpec:
    """A provider: ``factory`` is an import string of a callable taking
    :class:`~mistralai.core.provider.ProviderOptions` and returning a
    :class:`~mistralai.core.provider.Provider`."""

    name: str
    factory: str
    distribution: str
    api_version: int = PLUGIN_API_VERSION


class Middleware(Protocol):
    """Sees every attempt: ``before_send`` may add headers; ``after_response`` observes."""

    def before_send(self, request: Any) -> None: ...

    def after_response(self, response: Any) -> None: ...


class HookSpecs:
    """The hooks a plugin module may implement (with ``@hookimpl``)."""

    @hookspec
    def mistralai_domains(self) -> list[DomainSpec]:  # pyright: ignore[reportReturnType]
        """Resources this package attaches to the client."""

    @hookspec
    def mistralai_providers(self) -> list[ProviderSpec]:  # pyright: ignore[reportReturnType]
        """Providers this package offers."""

    @hookspec
    def mistralai_middleware(self) -> list[Middleware]:  # pyright: ignore[reportReturnType]
        """Middleware added to every client (collected once per client)."""


@dataclass(slots=True)
class _Claim:
    spec: Any
    others: list[str] = field(default_factory=lambda: [])


def import_string(target: str) -> Any:
    """``"package.module:Attr"`` → the attribute."""
    module_name, _, attr = target.partition(":")
    module = importlib.import_module(module_name)
    return getattr(module, attr) if attr else module


class Registry:
    """What the installed plugins provide, loaded once from entry points (or given directly)."""

    def __init__(self) -> None:
        self.manager = pluggy.PluginManager(PROJECT)
        self.manager.add_hookspecs(HookSpecs)
        self._domains: dict[str, _Claim] = {}
        self._providers: dict[str, _Claim] = {}
        self.broken: dict[str, BaseException] = {}
        """Distribution (or entry point) name → the error that kept it from loading."""

    # -- loading ---------------------------------------------------------------------------
    def load_entry_points(self) -> None:
        from importlib.metadata import entry_points

        for group in (DOMAINS_GROUP, PROVIDERS_GROUP):
            for ep in entry_points(group=group):
                dist = ep.dist.name if ep.dist is not None else ep.name
                if self.manager.has_plugin(f"{group}:{ep.name}:{dist}"):
                    continue
                try:
                    plugin = ep.load()
                except Exception as exc:  # a broken plugin must not break the others
                    self.broken[dist] = exc
                    continue
                self.register(plugin, name=f"{group}:{ep.name}:{dist}", distribution=dist)

    def register(self, plugin: object, *, name: str | None = None, distribution: str = "") -> None:
        """Register a plugin object or module implementing the hooks (also used by tests)."""
        plugin_name = self.manager.register(plugin, name=name)
        if plugin_name is None:
            return
        for impl in self.manager.get_hookcallers(plugin) or ():
            hook_name = impl.name
            for hook_impl in impl.get_hookimpls():
                if hook_impl.plugin is not plugin:
                    continue
                try:
                    produced: Any = hook_impl.function()
                    self._absorb(hook_name, list(produced or ()))
                except Exception as exc:
                    self.broken[distribution or plugin_name] = exc

    def _absorb(self, hook_name: str, specs: list[Any]) -> None:
        if hook_name == "mistralai_domains":
            for spec in specs:
                _claim(self._domains, spec.attach, spec)
        elif hook_name == "mistralai_providers":
            for spec in specs:
                _claim(self._providers, spec.name, spec)

    # -- queries ---------------------------------------------------------------------------
    def domain(self, attach: str) -> DomainSpec | None:
        claim = self._domains.get(attach)
        if claim is None:
            return None
        _check(claim, "attach point", attach)
        return claim.spec

    def domains(self) -> list[DomainSpec]:
        return [claim.spec for claim in self._domains.values()]

    def attach_points(self) -> frozenset[str]:
        return frozenset(self._domains)

    def provider(self, name: str) -> ProviderSpec | None:
        claim = self._providers.get(name)
        if claim is None:
            return None
        _check(claim, "provider", name)
        return claim.spec

    def providers(self) -> list[str]:
        return sorted(self._providers)

    def middleware(self) -> list[Middleware]:
        collected: list[Middleware] = []
        for produced in self.manager.hook.mistralai_middleware():
            collected.extend(produced)
        return collected

    def broken_error(self) -> PluginError | None:
        if not self.broken:
            return None
        listing = "; ".join(
            f"{dist}: {type(exc).__name__}: {exc}" for dist, exc in self.broken.items()
        )
        return PluginError(f"some plugins failed to load ({listing})")


def _claim(table: dict[str, _Claim], key: str, spec: Any) -> None:
    existing = table.get(key)
    if existing is None:
        table[key] = _Claim(spec)
    elif existing.spec.distribution != spec.distribution:
        existing.others.append(spec.distribution)


def _check(claim: _Claim, what: str, key: str) -> None:
    spec = claim.spec
    if claim.others:
        names = ", ".join([spec.distribution, *claim.others])
        raise PluginError(f"{what} '{key}' is claimed by more than one package: {names}")
    if spec.api_version != PLUGIN_API_VERSION:
        if spec.api_version > PLUGIN_API_VERSION:
            advice = "upgrade mistralai-core"
        else:
            advice = f"upgrade {spec.distribution}"
        raise PluginError(
            f"{spec.distribution} was built for plugin API {spec.api_version}, but this "
            f"mistralai-core speaks plugin API {PLUGIN_API_VERSION}: {advice}"
        )


_default: Registry | None = None
_default_lock = threading.Lock()


def default_registry() -> Registry:
    """The process-wide registry, loaded from entry points on first use."""
    global _default
    registry = _default
    if registry is None:
        with _default_lock:
            registry = _default
            if registry is None:
                registry = Registry()
                registry.load_entry_points()
                _default = registry
    return registry


def reset_default_registry() -> None:
    """Forget the loaded plugins (after installing a package at run time, or in tests)."""
    global _default
    with _default_lock:
        _default = None


Factory = Callable[..., Any]
