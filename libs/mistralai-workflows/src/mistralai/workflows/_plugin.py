"""Entry point of mistralai-workflows: declares what it attaches; imports nothing heavy."""

from __future__ import annotations

from mistralai.core.plugins import DomainSpec, domain_specs, hookimpl
from mistralai.workflows._generated.attach import ATTACH


@hookimpl
def mistralai_domains() -> list[DomainSpec]:
    return domain_specs(
        ATTACH,
        distribution="mistralai-workflows",
        models="mistralai.workflows.models",
    )
