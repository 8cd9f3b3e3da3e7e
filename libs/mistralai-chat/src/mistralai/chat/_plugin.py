"""Entry point of mistralai-chat: declares what it attaches; imports nothing heavy."""

from __future__ import annotations

from mistralai.chat._generated.attach import ATTACH
from mistralai.core.plugins import DomainSpec, hookimpl

DISTRIBUTION = "mistralai-chat"
# Hand-written resources that extend a generated one (helpers such as chat.parse).
OVERRIDES = {"chat": "mistralai.chat._chat:Chat"}


@hookimpl
def mistralai_domains() -> list[DomainSpec]:
    return [
        DomainSpec(
            attach=attach,
            resource=OVERRIDES.get(attach, target),
            distribution=DISTRIBUTION,
            models="mistralai.chat.models",
        )
        for attach, target in ATTACH.items()
    ]
