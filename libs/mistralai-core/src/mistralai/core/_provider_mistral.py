"""Entry point module of the default provider: Mistral's own API (registered like any other)."""

from __future__ import annotations

from mistralai.core.plugins import ProviderSpec, hookimpl


@hookimpl
def mistralai_providers() -> list[ProviderSpec]:
    return [
        ProviderSpec(
            name="mistral",
            factory="mistralai.core.provider:default_provider",
            distribution="mistralai-core",
        )
    ]
