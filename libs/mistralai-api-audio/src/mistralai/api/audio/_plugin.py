"""Entry point of mistralai-api-audio: declares what it attaches; imports nothing heavy."""

from __future__ import annotations

from mistralai.api.audio._generated.attach import ATTACH, OPERATIONS
from mistralai.core.plugins import DomainSpec, domain_specs, hookimpl

PLUGIN_API = 1
"""The plugin API this package was built for: a literal fixed at build time, never imported
from core, so that core can tell an old or a new plugin (see docs/versioning.md)."""


@hookimpl
def mistralai_domains() -> list[DomainSpec]:
    return domain_specs(
        ATTACH,
        models="mistralai.api.audio.models",
        operations=OPERATIONS,
        api_version=PLUGIN_API,
    )
