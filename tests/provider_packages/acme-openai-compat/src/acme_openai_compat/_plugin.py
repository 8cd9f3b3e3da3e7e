"""Entry point (group ``mistralai.providers``): names the provider; imports nothing heavy."""

from __future__ import annotations

from mistralai.core.plugins import ProviderSpec, hookimpl

PLUGIN_API = 1
"""The plugin API this package was built for: a literal fixed at build time, never imported
from core, so that core can tell an old or a new plugin (see docs/versioning.md)."""


@hookimpl
def mistralai_providers() -> list[ProviderSpec]:
    return [
        ProviderSpec(
            name="acme",
            factory="acme_openai_compat.provider:AcmeProvider",
            api_version=PLUGIN_API,
        )
    ]
