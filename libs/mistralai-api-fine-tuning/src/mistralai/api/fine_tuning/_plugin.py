"""Entry point of mistralai-api-fine-tuning: declares what it attaches; imports nothing heavy."""

from __future__ import annotations

from mistralai.api.fine_tuning._generated.attach import ATTACH
from mistralai.core.plugins import DomainSpec, domain_specs, hookimpl


@hookimpl
def mistralai_domains() -> list[DomainSpec]:
    return domain_specs(
        ATTACH,
        distribution="mistralai-api-fine-tuning",
        models="mistralai.api.fine_tuning.models",
    )
