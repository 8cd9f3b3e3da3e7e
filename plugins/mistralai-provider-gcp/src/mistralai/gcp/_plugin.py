"""Entry point of mistralai-provider-gcp (group ``mistralai.providers``); imports nothing heavy."""

from __future__ import annotations

from mistralai.core.plugins import ProviderSpec, hookimpl


@hookimpl
def mistralai_providers() -> list[ProviderSpec]:
    return [
        ProviderSpec(
            name="gcp",
            factory="mistralai.gcp.provider:GCPProvider",
            distribution="mistralai-provider-gcp",
        )
    ]
