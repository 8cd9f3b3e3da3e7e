"""Entry point (group ``mistralai.domains``): declares the attach points; imports nothing heavy."""

from __future__ import annotations

from mistralai.core.plugins import DomainSpec, hookimpl

PLUGIN_API = 1
"""The plugin API this package was built for: a literal fixed at build time, never imported
from core, so that core can tell an old or a new plugin (see docs/versioning.md)."""

DISTRIBUTION = "acme-widgets"
"""Stated by hand, as plugins written before core filled it in from the entry point did: still
accepted (the entry point's distribution is used either way)."""


@hookimpl
def mistralai_domains() -> list[DomainSpec]:
    return [
        DomainSpec(
            attach="widgets",
            resource="acme_widgets.resources:Widgets",
            distribution=DISTRIBUTION,
            api_version=PLUGIN_API,
        ),
        DomainSpec(
            attach="beta.widgets",
            resource="acme_widgets.resources:Widgets",
            distribution=DISTRIBUTION,
            api_version=PLUGIN_API,
        ),
    ]
