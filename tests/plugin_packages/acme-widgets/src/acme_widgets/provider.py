"""A provider that authenticates with an ``x-acme-key`` header and serves only widgets."""

from __future__ import annotations

from collections.abc import Mapping

from mistralai.core.provider import Provider, resolve_api_key


class AcmeProvider(Provider):
    name = "acme"
    served_domains = frozenset({"widgets"})

    def auth_headers(self) -> Mapping[str, str]:
        return {"x-acme-key": resolve_api_key(self.options.api_key, env="ACME_API_KEY")}
