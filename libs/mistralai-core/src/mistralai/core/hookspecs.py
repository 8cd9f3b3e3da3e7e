"""The hooks a plugin may implement: the pluggy hook specifications of the ``mistralai`` project.

A plugin module (the target of a ``mistralai.domains`` or ``mistralai.providers`` entry point)
implements some of them with :data:`hookimpl` (also exported by :mod:`mistralai.core.plugins`).
Core calls them through its plugin manager (``pm.hook.<name>``); a function decorated with
``@hookimpl`` whose name is not one of these is refused when the plugin is loaded
(``PluginManager.check_pending``), so a misspelled hook fails loudly with a
:class:`~mistralai.core.errors.PluginError` instead of being ignored.

An implementation may take fewer arguments than its specification (pluggy passes only those it
names): ``def mistralai_middleware(): ...`` written for plugin API 1 keeps working now that the
hook receives ``client`` and ``provider``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from mistralai.core.plugins import DomainSpec, Middleware, ProviderSpec
    from mistralai.core.provider import Provider

__all__ = [
    "PROJECT",
    "hookimpl",
    "hookspec",
    "mistralai_domains",
    "mistralai_middleware",
    "mistralai_providers",
]

PROJECT = "mistralai"
"""The pluggy project name: the markers below only match this project's hooks."""

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def mistralai_domains() -> list[DomainSpec]:  # pyright: ignore[reportReturnType]
    """Resources this package attaches to the client (called once, when the plugin loads).

    ``DomainSpec.distribution`` may be left out: core fills it in from the entry point's
    distribution."""


@hookspec
def mistralai_providers() -> list[ProviderSpec]:  # pyright: ignore[reportReturnType]
    """Providers this package offers (called once, when the plugin loads).

    ``ProviderSpec.distribution`` may be left out: core fills it in from the entry point's
    distribution."""


@hookspec
def mistralai_middleware(client: Any, provider: Provider) -> list[Middleware]:  # pyright: ignore[reportReturnType]
    """Middleware for one new client (called once per ``Mistral(...)``).

    ``client`` is the client being built (its :attr:`~mistralai.core.runtime.BaseClient.provider`
    is set; resources are not usable yet) and ``provider`` the provider it uses. Each
    middleware sees every attempt of that client (see
    :class:`~mistralai.core.plugins.Middleware`)."""
