"""Entry point: claims the ``widgets`` attach point (a clash with acme-widgets)."""

from __future__ import annotations

from mistralai.core.plugins import DomainSpec, hookimpl


@hookimpl
def mistralai_domains() -> list[DomainSpec]:
    return [
        DomainSpec(
            attach="widgets",
            resource="acme_clash.resources:Widgets",
            distribution="acme-clash",
        )
    ]
