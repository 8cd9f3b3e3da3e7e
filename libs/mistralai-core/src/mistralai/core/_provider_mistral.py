"""Entry point module of the default provider: Mistral's own API (registered like any other)."""

from __future__ import annotations

from mistralai.core.plugins import ProviderSpec, hookimpl

PLUGIN_API = 1
"""The plugin API this package was built for: a literal fixed at build time, never imported
from core, so that core can tell an old or a new plugin (see docs/versioning.md)."""


@hookimpl
def mistralai_providers() -> list[ProviderSpec]:
    return [
        ProviderSpec(
            name="mistral",
            factory="mistralai.core.provider:default_provider",
            api_version=PLUGIN_API,
        )
    ]
