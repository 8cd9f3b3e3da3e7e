"""Entry point: declares ``future`` for a plugin API version newer than core supports."""

from __future__ import annotations

from mistralai.core.plugins import DomainSpec, hookimpl

PLUGIN_API = 2
"""The plugin API this package was built for: a literal (one more than core's current one),
never imported from core, as a real plugin built against a newer core would state it."""


@hookimpl
def mistralai_domains() -> list[DomainSpec]:
    return [
        DomainSpec(
            attach="future",
            resource="acme_future.resources:Future",
            api_version=PLUGIN_API,
        )
    ]
