"""Providers: how the one client reaches a model (Mistral's API, Azure, GCP, self-hosted...).

A provider is chosen with ``Mistral(provider="name")`` and found through the
``mistralai.providers`` entry point group. It is a :class:`Provider` subclass declaring:

- ``name``, and what it serves (``served_operations`` / ``served_domains``, or ``supports``);
- its keyword options, as a dataclass (``options_type``): core builds it from the keywords
  given to ``Mistral(...)`` (an unknown one is a :class:`ConfigurationError`) and the provider
  reads it as ``self.settings``;
- its default base URL (``default_server_url``), when ``server_url=`` is not given;
- one per-attempt hook, ``prepare_attempt(request)``: authenticate the attempt and shape the
  request (:class:`PreparedRequest`: base URL, path template and parameters, query, headers).
  It may be ``async``: it is awaited in async calls and driven without an event loop in sync
  ones (``request.is_async`` says which, so that it can wait on a thread lock in one and an
  ``asyncio`` lock in the other).

This is the public contract of provider packages: :class:`Provider`, :class:`ProviderOptions`,
:class:`PreparedRequest`, :class:`NoOptions` and the helpers below.
"""

from __future__ import annotations

import dataclasses
import inspect
import os
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from mistralai.core._prepared import PreparedRequest
from mistralai.core.errors import ConfigurationError, NoCredentialsError, PluginError

if TYPE_CHECKING:
    from mistralai.core._operation import Operation

__all__ = [
    "DEFAULT_SERVER",
    "SERVERS",
    "ApiKey",
    "NoOptions",
    "PreparedRequest",
    "Provider",
    "ProviderOptions",
    "default_provider",
    "resolve_api_key",
    "resolve_server_url",
    "run_attempt_hook",
    "run_attempt_hook_async",
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
    """Provider-specific keyword arguments (``project_id``, ``region``, ``api_version``...):
    the provider's ``options_type`` is built from them."""


@dataclass(frozen=True, slots=True)
class NoOptions:
    """The options of a provider that takes none (the default ``options_type``)."""


class Provider:
    """Base provider: Mistral's API with a bearer API key. Subclasses override what differs.

    Instances are created once per client, by the provider's factory (usually the class
    itself) with the :class:`ProviderOptions` given to the client.
    """

    name: ClassVar[str] = "mistral"
    served_operations: ClassVar[frozenset[str] | None] = None
    """Operation ids this provider serves (``None``: see :attr:`served_domains`)."""
    served_domains: ClassVar[frozenset[str] | None] = None
    """Namespaces (``chat``, ``ocr``...: the operation's :attr:`Operation.namespace`) this
    provider serves when :attr:`served_operations` is ``None`` (``None``: all)."""
    options_type: ClassVar[type[Any]] = NoOptions
    """The dataclass of this provider's keyword options. Its ``__post_init__`` may validate
    them (raise :class:`ConfigurationError`). An option given as ``None`` takes its default."""

    options: ProviderOptions
    settings: Any
    """The instance of :attr:`options_type` built from the client's keyword options
    (subclasses annotate it with their own type)."""
    base_url: str

    def __init__(self, options: ProviderOptions) -> None:
        self.options = options
        self.settings = _build_settings(self, options.extra)
        self.base_url = resolve_server_url(
            options, default=None if options.server_url else self.default_server_url()
        )

    def default_server_url(self) -> str | None:
        """The base URL when ``server_url=`` is not given (``None``: from ``server=``, Mistral's
        servers). Called after :attr:`settings` is set; may raise :class:`ConfigurationError`
        when the provider needs ``server_url=``."""
        return None

    def supports(self, op: Operation[Any]) -> bool:
        if self.served_operations is not None:
            return op.operation_id in self.served_operations
        return self.served_domains is None or op.namespace in self.served_domains

    def prepare_attempt(self, request: PreparedRequest) -> Awaitable[None] | None:
        """Authenticate one attempt and shape its request (runs before each attempt, before
        middleware and the debug log). May be ``async def``: in a sync call it is driven
        without an event loop, so it must not await anything then (``request.is_async`` is
        false: use blocking calls). Raise :class:`NoCredentialsError` when there is no
        credential: nothing is sent."""
        legacy = _legacy_hooks(type(self))
        if legacy:
            return self._legacy_attempt(request, legacy)
        placements = request.op.key_headers
        if any(request.caller_gave(header) for header, _ in placements):
            # the call brings its own credentials (``security=`` or ``http_headers=``): the
            # client's key is not sent beside them
            return None
        key = resolve_api_key(self.options.api_key)
        for header, prefix in placements:
            request.set_credential(header, prefix + key)
        return None

    # -- the hooks of providers written before prepare_attempt (still supported) -----------
    def prepare(self, request: PreparedRequest) -> None:
        """Deprecated (override :meth:`prepare_attempt`): a once-per-call adjustment, still
        called for providers that override it (``request.url`` and ``request.params`` may be
        set as before)."""

    def httpx_auth(self) -> Any:
        """Deprecated (override :meth:`prepare_attempt`, which may set
        ``request.retry_unauthorized``): an ``httpx.Auth`` used for the send, still honoured
        for providers that override it."""
        return None

    async def _legacy_attempt(self, request: PreparedRequest, legacy: frozenset[str]) -> None:
        # Plugin API 1 providers overrode prepare / auth_headers[_async] / httpx_auth: they
        # keep working, translated to the one hook (see docs/versioning.md).
        if "prepare" in legacy and request.attempt == 0 and not request.reauthenticated:
            self.prepare(request)
        if request.is_async and "auth_headers_async" in legacy:
            headers = await self.auth_headers_async()
        elif "auth_headers" in legacy:
            headers = self.auth_headers()
        else:
            headers = {"authorization": "Bearer " + resolve_api_key(self.options.api_key)}
        for name, value in headers.items():
            request.set_credential(name, value)

    # -- derived helpers (not hooks) -------------------------------------------------------
    def auth_headers(self) -> dict[str, str]:
        """The credential headers the hook adds, for connections outside the HTTP pipeline
        (WebSockets, telemetry exporters)."""
        request = self._credentials_request(is_async=False)
        run_attempt_hook(self, request)
        return request.credentials()

    async def auth_headers_async(self) -> dict[str, str]:
        request = self._credentials_request(is_async=True)
        await run_attempt_hook_async(self, request)
        return request.credentials()

    def _credentials_request(self, *, is_async: bool) -> PreparedRequest:
        from mistralai.core._operation import Operation

        op: Operation[Any] = Operation(
            operation_id="", method="GET", path="", response=None, namespace=""
        )
        return PreparedRequest(op, self.base_url, is_async=is_async)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name} {self.base_url}>"


_LEGACY = ("prepare", "auth_headers", "auth_headers_async", "httpx_auth")
_legacy_cache: dict[type[Provider], frozenset[str]] = {}


def _legacy_hooks(cls: type[Provider]) -> frozenset[str]:
    """The pre-``prepare_attempt`` hooks ``cls`` overrides (cached per class)."""
    found = _legacy_cache.get(cls)
    if found is None:
        if cls.prepare_attempt is not Provider.prepare_attempt:
            found = frozenset[str]()  # written for the current contract
        else:
            found = frozenset(n for n in _LEGACY if getattr(cls, n) is not getattr(Provider, n))
        _legacy_cache[cls] = found
    return found


def _build_settings(provider: Provider, extra: Mapping[str, Any]) -> Any:
    """``provider.options_type`` built from the client's keyword options; an unknown option is
    a :class:`ConfigurationError` naming the accepted ones."""
    options_type = type(provider).options_type
    accepted = [f.name for f in dataclasses.fields(options_type) if f.init]
    unknown = sorted(set(extra) - set(accepted))
    if unknown:
        takes = f" (it takes {', '.join(accepted)})" if accepted else ""
        raise ConfigurationError(
            f"provider '{provider.name}' takes no option(s): {', '.join(unknown)}{takes}"
        )
    return options_type(**{k: v for k, v in extra.items() if v is not None})


def run_attempt_hook(provider: Provider, request: PreparedRequest) -> None:
    """Run ``provider.prepare_attempt`` in a sync call: an ``async def`` hook is driven to its
    end without an event loop (it must not await: ``request.is_async`` is false)."""
    result = provider.prepare_attempt(request)
    if result is None:
        return
    if not inspect.iscoroutine(result):
        raise PluginError(
            f"provider '{provider.name}': prepare_attempt must return None or be async"
        )
    try:
        result.send(None)
    except StopIteration:
        return
    result.close()
    raise PluginError(
        f"provider '{provider.name}': prepare_attempt awaited something in a sync call "
        "(check request.is_async and use blocking calls then)"
    )


async def run_attempt_hook_async(provider: Provider, request: PreparedRequest) -> None:
    result = provider.prepare_attempt(request)
    if result is not None:
        await result


def resolve_api_key(api_key: ApiKey, env: str = "MISTRAL_API_KEY") -> str:
    key = api_key() if callable(api_key) else api_key
    if not key:
        key = os.environ.get(env)
    if not key:
        raise NoCredentialsError(
            f"no API key: pass api_key= to the client or set {env} (nothing was sent)"
        )
    return key


def resolve_server_url(options: ProviderOptions, *, default: str | None = None) -> str:
    """The base URL: ``server_url`` (with ``url_params`` filled in), else ``default``, else the
    URL of ``server`` (Mistral's servers)."""
    url = options.server_url or default
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
