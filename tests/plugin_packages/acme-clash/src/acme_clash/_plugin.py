"""Entry point: claims the ``widgets`` attach point (a clash with acme-widgets)."""

from __future__ import annotations

from mistralai.core.plugins import DomainSpec, hookimpl

PLUGIN_API = 1
"""The plugin API this package was built for: a literal fixed at build time, never imported
from core, so that core can tell an old or a new plugin (see docs/versioning.md)."""


@hookimpl
def mistralai_domains() -> list[DomainSpec]:
    return [
        DomainSpec(
            attach="widgets",
            resource="acme_clash.resources:Widgets",
            api_version=PLUGIN_API,
        )
    ]
