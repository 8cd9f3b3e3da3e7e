"""Entry point (group ``mistralai.domains``): declares the attach points; imports nothing heavy."""

from __future__ import annotations

from mistralai.core.plugins import DomainSpec, hookimpl

DISTRIBUTION = "acme-widgets"


@hookimpl
def mistralai_domains() -> list[DomainSpec]:
    return [
        DomainSpec(
            attach="widgets",
            resource="acme_widgets.resources:Widgets",
            distribution=DISTRIBUTION,
        ),
        DomainSpec(
            attach="beta.widgets",
            resource="acme_widgets.resources:Widgets",
            distribution=DISTRIBUTION,
        ),
    ]
