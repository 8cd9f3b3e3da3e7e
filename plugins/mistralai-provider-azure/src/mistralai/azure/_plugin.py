"""Entry point of mistralai-provider-azure (group ``mistralai.providers``); imports nothing heavy."""

from __future__ import annotations

from mistralai.core.plugins import ProviderSpec, hookimpl


@hookimpl
def mistralai_providers() -> list[ProviderSpec]:
    return [
        ProviderSpec(
            name="azure",
            factory="mistralai.azure.provider:AzureProvider",
            distribution="mistralai-provider-azure",
        )
    ]
