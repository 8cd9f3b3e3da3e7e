"""Entry point (group ``mistralai.providers``): names the provider; imports nothing heavy."""

from __future__ import annotations

from mistralai.core.plugins import ProviderSpec, hookimpl


@hookimpl
def mistralai_providers() -> list[ProviderSpec]:
    return [
        ProviderSpec(
            name="acme",
            factory="acme_openai_compat.provider:AcmeProvider",
            distribution="acme-openai-compat",
        )
    ]
