"""Providers: how the one client reaches a model (Mistral's API, Azure, GCP, self-hosted...).

A provider is chosen with ``Mistral(provider="name")`` and found through the
``mistralai.providers`` entry point group. It gives the base URL, authentication, and may
rewrite each request (query parameters, URL) and restrict what it serves.

This is the public contract of provider packages: :class:`Provider`, :class:`ProviderOptions`,
:class:`PreparedRequest` (what ``Provider.prepare`` receives) and the helpers below.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from mistralai.core._prepared import PreparedRequest
from mistralai.core.errors import ConfigurationError, NoCredentialsError

if TYPE_CHECKING:
    from mistralai.core._operation import Operation

__all__ = [
    "DEFAULT_SERVER",
    "SERVERS",
    "ApiKey",
    "PreparedRequest",
    "Provider",
    "ProviderOptions",
    "default_provider",
    "resolve_api_key",
    "resolve_server_url",
]

ApiKey = str | Callable[[], str | None] | None

SERVERS: Mapping[str, str] = {"eu": "https://api.mistral.ai"}
DEFAULT_SERVER = "eu"


@dataclass(slots=True)
class ProviderOptions:
    """What the client constructor was given, handed to a provider factory."""

    api_key: ApiKey = field(default=None, repr=False)
    server: str | None = None
    server_url: str | None = None
    url_params: Mapping[str, str] | None = None
    extra: dict[str, Any] = field(default_factory=lambda: {}, repr=False)
    """Provider-specific keyword arguments (``project_id``, ``region``, ``api_version``...)."""


class Provider:
    """Base provider: override what differs. Instances are created once per client.

    ``served_domains`` limits which domains (``chat``, ``ocr``...) this provider serves
    (``None``: all); ``supports`` can refine that per operation.
    """

    name: str = "mistral"
    served_domains: frozenset[str] | None = None
    served_operations: frozenset[str] | None = None

    def __init__(self, options: ProviderOptions) -> None:
        if options.extra:
            unknown = ", ".join(sorted(options.extra))
            raise ConfigurationError(f"provider '{self.name}' takes no option(s): {unknown}")
        self.options = options
        self.base_url = resolve_server_url(options)

    def supports(self, op: Operation[Any]) -> bool:
        if self.served_operations is not None:
            return op.operation_id in self.served_operations
        return self.served_domains is None or op.domain in self.served_domains

    def prepare(self, request: PreparedRequest) -> None:
        """Adjust a request before it is sent (once per call, not per attempt)."""

    def auth_headers(self) -> Mapping[str, str]:
        """Headers that authenticate one attempt (called before each attempt)."""
        return {"authorization": "Bearer " + resolve_api_key(self.options.api_key)}

    async def auth_headers_async(self) -> Mapping[str, str]:
        return self.auth_headers()

    def httpx_auth(self) -> Any:
        """An ``httpx.Auth`` for providers whose auth needs a request/response flow."""
        return None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name} {self.base_url}>"


def resolve_api_key(api_key: ApiKey, env: str = "MISTRAL_API_KEY") -> str:
    key = api_key() if callable(api_key) else api_key
    if not key:
        key = os.environ.get(env)
    if not key:
        raise NoCredentialsError(
            f"no API key: pass api_key= to the client or set {env} (nothing was sent)"
        )
    return key


def resolve_server_url(options: ProviderOptions) -> str:
    url = options.server_url
    if url is None:
        server = options.server or DEFAULT_SERVER
        if server not in SERVERS:
            known = ", ".join(SERVERS)
            raise ConfigurationError(f"unknown server '{server}' (known: {known})")
        url = SERVERS[server]
    if options.url_params:
        try:
            url = url.format_map(dict(options.url_params))
        except (KeyError, ValueError) as exc:
            raise ConfigurationError(f"url_params do not fill server_url {url!r}: {exc}") from exc
    if not url.startswith(("http://", "https://")):
        raise ConfigurationError(f"server_url must be an http(s) URL, got {url!r}")
    return url.rstrip("/")


def default_provider(options: ProviderOptions) -> Provider:
    return Provider(options)
