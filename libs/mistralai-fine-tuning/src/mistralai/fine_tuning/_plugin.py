"""Entry point of mistralai-fine-tuning: declares what it attaches; imports nothing heavy."""

from __future__ import annotations

from mistralai.core.plugins import DomainSpec, domain_specs, hookimpl
from mistralai.fine_tuning._generated.attach import ATTACH


@hookimpl
def mistralai_domains() -> list[DomainSpec]:
    return domain_specs(
        ATTACH,
        distribution="mistralai-fine-tuning",
        models="mistralai.fine_tuning.models",
    )
