"""Entry point of mistralai-api-audio: declares what it attaches; imports nothing heavy."""

from __future__ import annotations

from mistralai.api.audio._generated.attach import ATTACH
from mistralai.core.plugins import DomainSpec, domain_specs, hookimpl


@hookimpl
def mistralai_domains() -> list[DomainSpec]:
    return domain_specs(
        ATTACH, distribution="mistralai-api-audio", models="mistralai.api.audio.models"
    )
