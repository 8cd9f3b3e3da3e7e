"""The ``acme`` provider: Mistral models served by a self-hosted OpenAI-compatible server.

* ``server_url`` is required (there is no public endpoint); requests go to
  ``{server_url}{path_prefix}/v1/chat/completions`` (``path_prefix`` option, default
  ``/openai``).
* The key (``api_key=``, else the ``ACME_API_KEY`` variable) is sent as ``x-acme-key``, set
  with ``set_credential``: the SDK redacts it from its debug log.
* Only chat is served; any other call fails before sending (``UnsupportedOperationError``).
"""

from __future__ import annotations

from dataclasses import dataclass

from mistralai.core.errors import ConfigurationError
from mistralai.core.provider import PreparedRequest, Provider, resolve_api_key

__all__ = ["AcmeOptions", "AcmeProvider"]

HEADER = "x-acme-key"
ENV = "ACME_API_KEY"


@dataclass(frozen=True, slots=True, kw_only=True)
class AcmeOptions:
    path_prefix: str = "/openai"

    def __post_init__(self) -> None:
        prefix = self.path_prefix
        untyped = not isinstance(prefix, str)  # pyright: ignore[reportUnnecessaryIsInstance]
        if untyped or (prefix and not prefix.startswith("/")):
            raise ConfigurationError("provider 'acme': path_prefix must start with '/'")


class AcmeProvider(Provider):
    name = "acme"
    served_domains = frozenset({"chat"})
    options_type = AcmeOptions
    settings: AcmeOptions

    def default_server_url(self) -> str | None:
        raise ConfigurationError("provider 'acme' needs server_url= (your server's address)")

    def prepare_attempt(self, request: PreparedRequest) -> None:
        # "/v1/chat/completions" -> "/openai/v1/chat/completions" (the base URL is untouched:
        # a per-call server_url= keeps working)
        request.path = self.settings.path_prefix.rstrip("/") + request.op.path
        request.set_credential(HEADER, resolve_api_key(self.options.api_key, env=ENV))
