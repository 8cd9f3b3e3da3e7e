"""Entry point: declares ``future`` for the next plugin API version."""

from __future__ import annotations

from mistralai.core.plugins import PLUGIN_API_VERSION, DomainSpec, hookimpl


@hookimpl
def mistralai_domains() -> list[DomainSpec]:
    return [
        DomainSpec(
            attach="future",
            resource="acme_future.resources:Future",
            distribution="acme-future",
            api_version=PLUGIN_API_VERSION + 1,
        )
    ]
