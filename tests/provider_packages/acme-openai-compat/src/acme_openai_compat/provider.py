"""The ``acme`` provider: Mistral models served by a self-hosted OpenAI-compatible server.

* ``server_url`` is required (there is no public endpoint); requests go to
  ``{server_url}{path_prefix}/v1/chat/completions`` (``path_prefix`` option, default
  ``/openai``).
* The key (``api_key=``, else the ``ACME_API_KEY`` variable) is sent as ``x-acme-key``. The
  header is added by an ``httpx.Auth`` (``httpx_auth``), inside the send: the SDK's debug log
  of the request is written before that, so the key never reaches it.
* Only chat is served; any other call fails before sending (``UnsupportedOperationError``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Generator, Mapping
from typing import TYPE_CHECKING

import httpx

from mistralai.core.errors import ConfigurationError
from mistralai.core.provider import Provider, ProviderOptions, resolve_api_key

if TYPE_CHECKING:
    from mistralai.core.provider import PreparedRequest

__all__ = ["AcmeProvider"]

HEADER = "x-acme-key"
ENV = "ACME_API_KEY"


class _AcmeKeyAuth(httpx.Auth):
    def __init__(self, provider: AcmeProvider) -> None:
        self._provider = provider

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[HEADER] = self._provider.api_key()
        yield request


class AcmeProvider(Provider):
    name = "acme"
    served_domains = frozenset({"chat"})

    def __init__(self, options: ProviderOptions) -> None:
        extra = dict(options.extra)
        prefix = extra.pop("path_prefix", "/openai")
        if extra:
            raise ConfigurationError(f"provider 'acme' takes no option(s): {', '.join(extra)}")
        if not options.server_url:
            raise ConfigurationError("provider 'acme' needs server_url= (your server's address)")
        if not isinstance(prefix, str) or (prefix and not prefix.startswith("/")):
            raise ConfigurationError("provider 'acme': path_prefix must start with '/'")
        super().__init__(dataclasses.replace(options, extra={}))
        self.path_prefix = prefix.rstrip("/")
        self._auth = _AcmeKeyAuth(self)

    def api_key(self) -> str:
        return resolve_api_key(self.options.api_key, env=ENV)

    def prepare(self, request: PreparedRequest) -> None:
        # ".../v1/chat/completions" -> ".../openai/v1/chat/completions"
        base = request.url.removesuffix(request.op.path)
        request.url = base + self.path_prefix + request.op.path

    def auth_headers(self) -> Mapping[str, str]:
        self.api_key()  # fail before sending when there is no key (NoCredentialsError)
        return {}

    def httpx_auth(self) -> httpx.Auth:
        return self._auth
