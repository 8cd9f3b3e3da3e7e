"""Entry point (group ``mistralai.providers``): the ``acme`` provider."""

from __future__ import annotations

from mistralai.core.plugins import ProviderSpec, hookimpl


@hookimpl
def mistralai_providers() -> list[ProviderSpec]:
    return [
        ProviderSpec(
            name="acme",
            factory="acme_widgets.provider:AcmeProvider",
            distribution="acme-widgets",
        )
    ]
