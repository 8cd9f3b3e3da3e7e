"""Entry point of mistralai-api-workflows: declares what it attaches; imports nothing heavy."""

from __future__ import annotations

from mistralai.api.workflows._generated.attach import ATTACH
from mistralai.core.plugins import DomainSpec, domain_specs, hookimpl


@hookimpl
def mistralai_domains() -> list[DomainSpec]:
    return domain_specs(
        ATTACH,
        distribution="mistralai-api-workflows",
        models="mistralai.api.workflows.models",
    )
