"""Entry point of mistralai-api-agents: declares what it attaches; imports nothing heavy."""

from __future__ import annotations

from mistralai.api.agents._generated.attach import ATTACH
from mistralai.core.plugins import DomainSpec, domain_specs, hookimpl


@hookimpl
def mistralai_domains() -> list[DomainSpec]:
    return domain_specs(
        ATTACH,
        distribution="mistralai-api-agents",
        models="mistralai.api.agents.models",
    )
