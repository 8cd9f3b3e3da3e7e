"""A provider that authenticates with an ``x-acme-key`` header and serves only widgets."""

from __future__ import annotations

from mistralai.core.provider import PreparedRequest, Provider, resolve_api_key


class AcmeProvider(Provider):
    name = "acme"
    served_domains = frozenset({"widgets"})

    def prepare_attempt(self, request: PreparedRequest) -> None:
        request.set_credential(
            "x-acme-key", resolve_api_key(self.options.api_key, env="ACME_API_KEY")
        )
