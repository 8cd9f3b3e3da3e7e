"""The one client object: ``Mistral``. Domains attach to it through plugins."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from mistralai.core._client import BaseClient
from mistralai.core._namespace import resolve
from mistralai.core._types import UNSET, Unset
from mistralai.core.errors import ConfigurationError, MistralError, PluginError
from mistralai.core.plugins import Registry, default_registry, import_string
from mistralai.core.provider import ApiKey, Provider, ProviderOptions
from mistralai.core.retries import RetryConfig

if TYPE_CHECKING:
    import httpx

    # Static types of the domain resources (``client.chat: Chat``...), generated; at run time
    # they come from the plugin registry through ``__getattr__``.
    from mistralai.core._generated.client_types import ClientResources
else:
    ClientResources = object


class Mistral(BaseClient, ClientResources):
    """Client for the Mistral AI API.

    Arguments are those of the 2.x SDK (same order), plus ``provider`` (``"mistral"`` by
    default; ``"azure"``, ``"gcp"`` or any installed provider plugin) and provider-specific
    keyword options. ``api_key`` may be a string or a callable returning one; when missing,
    ``MISTRAL_API_KEY`` is read at request time. Resources (``client.chat``...) come from the
    installed domain packages and load on first use.
    """

    def __init__(
        self,
        api_key: ApiKey = None,
        server: str | None = None,
        url_params: Mapping[str, str] | None = None,
        server_url: str | None = None,
        client: httpx.Client | None = None,
        async_client: httpx.AsyncClient | None = None,
        retry_config: RetryConfig | Unset | None = UNSET,
        timeout_ms: int | None = None,
        debug_logger: logging.Logger | None = None,
        *,
        provider: str | Provider | None = None,
        registry: Registry | None = None,
        **provider_options: Any,
    ) -> None:
        self._registry = registry or default_registry()
        options = ProviderOptions(
            api_key=api_key,
            server=server,
            server_url=server_url,
            url_params=url_params,
            extra=provider_options,
        )
        resolved = (
            provider
            if isinstance(provider, Provider)
            else self._provider_named(provider or "mistral", options)
        )
        super().__init__(
            provider=resolved,
            client=client,
            async_client=async_client,
            retry_config=retry_config,
            timeout_ms=timeout_ms,
            logger=debug_logger or logging.getLogger("mistralai"),
            middleware=self._registry.middleware(),
        )

    def _provider_named(self, name: str, options: ProviderOptions) -> Provider:
        spec = self._registry.provider(name)
        if spec is None:
            known = ", ".join(self._registry.providers()) or "none"
            broken = self._registry.broken_error()
            extra = f"; {broken}" if broken else ""
            raise ConfigurationError(f"unknown provider '{name}' (installed: {known}){extra}")
        try:
            factory = import_string(spec.factory)
        except Exception as exc:
            raise PluginError(
                f"provider '{name}' from {spec.distribution} failed to import: {exc}"
            ) from exc
        try:
            return factory(options)
        except MistralError:
            raise
        except Exception as exc:  # a provider's own dependency failing (google-auth...)
            raise ConfigurationError(f"provider '{name}' could not be set up: {exc}") from exc

    @property
    def provider(self) -> Provider:
        return self._provider

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        value = resolve(self, self._registry, name)
        setattr(self, name, value)  # cached: later accesses skip __getattr__
        return value

    def __dir__(self) -> list[str]:
        roots = {p.split(".", 1)[0] for p in self._registry.attach_points()}
        return sorted(roots | set(super().__dir__()))

    def __repr__(self) -> str:
        return f"Mistral(provider={self._provider.name!r}, server_url={self._provider.base_url!r})"

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
