"""Entry point of mistralai-audio: declares what it attaches; imports nothing heavy."""

from __future__ import annotations

from mistralai.audio._generated.attach import ATTACH
from mistralai.core.plugins import DomainSpec, domain_specs, hookimpl


@hookimpl
def mistralai_domains() -> list[DomainSpec]:
    return domain_specs(ATTACH, distribution="mistralai-audio", models="mistralai.audio.models")
