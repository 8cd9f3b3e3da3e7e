"""Entry point of mistralai-provider-gcp (group ``mistralai.providers``); imports nothing heavy."""

from __future__ import annotations

from mistralai.core.plugins import ProviderSpec, hookimpl

PLUGIN_API = 1
"""The plugin API this package was built for: a literal fixed at build time, never imported
from core, so that core can tell an old or a new plugin (see docs/versioning.md)."""


@hookimpl
def mistralai_providers() -> list[ProviderSpec]:
    return [
        ProviderSpec(
            name="gcp",
            factory="mistralai.gcp.provider:GCPProvider",
            api_version=PLUGIN_API,
        )
    ]
