"""The one client object: ``Mistral``. Domains attach to it through plugins."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from mistralai.core import _options
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
    installed domain packages and load on first use. ``max_event_bytes`` bounds one stream
    event (default: no bound).

    Every option is checked here, before anything is sent: a wrong type, a value out of range
    or a malformed URL raises :class:`~mistralai.core.errors.ConfigurationError` (which never
    contains the API key). See docs/reliability.md.
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
        max_event_bytes: int | None = None,
        **provider_options: Any,
    ) -> None:
        _check_options(
            api_key, server, url_params, server_url, client, async_client, retry_config,
            timeout_ms, debug_logger,
        )  # fmt: skip
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
        if server_url is not None and resolved.name == "mistral":
            # the operations' paths start with /v1: a base URL ending with it would repeat it
            _options.check_server_url(resolved.base_url, "", ConfigurationError, v1_paths=True)
        super().__init__(
            provider=resolved,
            client=client,
            async_client=async_client,
            retry_config=retry_config,
            timeout_ms=timeout_ms,
            logger=debug_logger or logging.getLogger("mistralai"),
            middleware=[],
            max_event_bytes=max_event_bytes,
        )
        # The hook gets the client and its provider, so middleware is collected once both
        # exist (before the resources' twin is made: it shares this list).
        self._middleware.extend(self._registry.middleware(client=self, provider=resolved))
        # Resources hold this twin, not ``self``: ``self`` caches them, so holding ``self``
        # would make a cycle, and a client dropped without close() would keep its sockets
        # open until the garbage collector ran. The twin shares the transports and settings,
        # and closes the transports once neither this client nor any resource or stream
        # reaches it (see BaseClient._twin).
        self._engine = self._twin()

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

    if not TYPE_CHECKING:
        # Hidden from type checkers: they see only the typed attach points
        # (``ClientResources``), so a misspelt resource (``client.chta``) is a type error
        # rather than ``Any``. At run time this resolves resources through the registry.

        def __getattr__(self, name: str) -> Any:
            if name.startswith("_"):
                raise AttributeError(name)
            value = resolve(self._engine, self._registry, name)
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


def _check_options(
    api_key: object,
    server: object,
    url_params: object,
    server_url: object,
    client: object,
    async_client: object,
    retry_config: object,
    timeout_ms: object,
    debug_logger: object,
) -> None:
    _options.check_api_key(api_key)
    if server is not None and not isinstance(server, str):
        raise ConfigurationError(f"server must be a string, not {type(server).__name__}")
    if url_params is not None and not _str_mapping(url_params):
        raise ConfigurationError("url_params must be a mapping of str to str")
    if server_url is not None:
        if not isinstance(server_url, str):
            raise ConfigurationError(
                f"server_url must be a string, not {type(server_url).__name__}"
            )
        if url_params is None:  # with url_params the URL is a template, checked once filled
            _options.check_server_url(server_url, "", ConfigurationError, v1_paths=False)
    if client is not None or async_client is not None:
        from mistralai.core import _http

        _options.check_instance(client, "client", _http.is_sync_client, "httpx.Client")
        _options.check_instance(
            async_client, "async_client", _http.is_async_client, "httpx.AsyncClient"
        )
    _options.check_retry_config(retry_config, "retry_config ", ConfigurationError)
    _options.check_timeout_ms(timeout_ms, "", ConfigurationError)
    _options.check_logger(debug_logger)


def _str_mapping(value: object) -> bool:
    if not isinstance(value, Mapping):
        return False
    items: Mapping[object, object] = value  # pyright: ignore[reportUnknownVariableType]
    return all(isinstance(k, str) and isinstance(v, str) for k, v in items.items())
