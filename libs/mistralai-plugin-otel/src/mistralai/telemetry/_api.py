"""The public functions of :mod:`mistralai.telemetry` (imported lazily by the package)."""

from __future__ import annotations

from collections.abc import Generator
from contextlib import contextmanager
from typing import Any

from opentelemetry import trace as otel_trace
from opentelemetry.trace import Span, Tracer, TracerProvider

from mistralai.telemetry._configure import (
    DEDICATED,
    GLOBAL,
    MISTRAL_OTLP_TRACES_ENDPOINT_ENV,
    MISTRAL_SDK_TELEMETRY_ENV,
    MISTRAL_TELEMETRY_ENDPOINT,
    TelemetryConfigurationError,
    attach_custom,
    attach_owned,
    configure_from_env,
    dedicated_provider,
    disable,
    parse_setting,
    use_global,
)
from mistralai.telemetry._middleware import (
    CAPTURE_CONTENT_ENV,
    OTEL_SERVICE_NAME,
    TRACER_NAME,
    TelemetryMiddleware,
)

__all__ = [
    "CAPTURE_CONTENT_ENV",
    "MISTRAL_OTLP_TRACES_ENDPOINT_ENV",
    "MISTRAL_SDK_TELEMETRY_ENV",
    "MISTRAL_TELEMETRY_ENDPOINT",
    "OTEL_SERVICE_NAME",
    "TRACER_NAME",
    "TelemetryConfigurationError",
    "TelemetryMiddleware",
    "configure_telemetry",
    "get_telemetry_tracer",
    "middleware_of",
    "set_tracer_provider",
    "trace",
]


def middleware_of(client: Any) -> TelemetryMiddleware:
    """The tracing middleware of ``client``.

    It is the one this plugin's ``mistralai_middleware`` hook gave the client, found in its
    public ``middleware``; a client built with a registry lacking this plugin has none.
    """
    from mistralai.telemetry._plugin import TelemetryHook

    for middleware in getattr(client, "middleware", ()):
        if isinstance(middleware, TelemetryHook):
            real: TelemetryMiddleware = middleware.real
            return real
        if isinstance(middleware, TelemetryMiddleware):
            return middleware
    raise TelemetryConfigurationError(
        "this client has no telemetry middleware: mistralai-plugin-otel was not registered "
        "when it was created (reset_default_registry() after installing it, or pass a "
        "registry that includes it)"
    )


def configure_telemetry(
    client: Any,
    provider: str | TracerProvider = DEDICATED,
    *,
    capture_content: bool | None = None,
) -> bool:
    """Turn telemetry on for ``client``. ``"dedicated"`` (default): an SDK-owned provider
    exporting to Mistral with the client's API key (shut down with the client); ``"global"``:
    the application's global provider; a ``TracerProvider``: that one (not shut down by us).
    ``capture_content`` records prompts and answers (default: the
    ``OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT`` environment variable). Returns
    whether telemetry is on."""
    middleware = middleware_of(client)
    if capture_content is not None:
        middleware.state.capture_content = capture_content
    if isinstance(provider, bool):  # pyright: ignore[reportUnnecessaryIsInstance] - untyped callers
        raise TelemetryConfigurationError(
            "Invalid telemetry provider bool. Expected 'dedicated', 'global', or an "
            "OpenTelemetry TracerProvider."
        )
    if isinstance(provider, str):
        mode = parse_setting(provider, "telemetry provider")
        if mode is None:
            disable(middleware)
            return False
        if mode == GLOBAL:
            use_global(middleware)
            return True
        attach_owned(middleware, dedicated_provider(_authorization(client)), client)
        return True
    attach_custom(middleware, provider)
    return True


def _authorization(client: Any) -> str:
    source = getattr(client, "provider", None)
    try:
        headers = dict(source.auth_headers()) if source is not None else {}
    except Exception as exc:
        raise TelemetryConfigurationError(
            "Mistral telemetry requires an API key. Pass api_key=... to the client or set "
            "MISTRAL_API_KEY."
        ) from exc
    value = headers.get("authorization")
    if not value:
        raise TelemetryConfigurationError("Mistral telemetry requires an API key.")
    return value


def set_tracer_provider(client: Any, provider: TracerProvider) -> None:
    """Send ``client``'s spans to ``provider`` (2.x helper; ``configure_telemetry(client,
    provider=...)`` does the same)."""
    configure_telemetry(client, provider=provider)


def get_telemetry_tracer(client: Any, name: str | None = None) -> Tracer:
    """A tracer of the provider ``client`` traces with (to add spans of your own around
    calls). Raises :class:`TelemetryConfigurationError` if telemetry is off for it."""
    middleware = middleware_of(client)
    state = middleware.state
    if state.provider is None and not state.use_global and not state.resolved:
        try:
            authorization: str | None = _authorization(client)
        except TelemetryConfigurationError:
            authorization = None
        configure_from_env(middleware, authorization)
    tracer_name = name or TRACER_NAME
    if state.provider is not None:
        return state.provider.get_tracer(tracer_name)
    if state.use_global:
        return otel_trace.get_tracer(tracer_name)
    raise TelemetryConfigurationError(
        "Telemetry is not configured for this client. Call configure_telemetry(client) or "
        "configure_telemetry(client, provider='global') before requesting a telemetry tracer."
    )


@contextmanager
def trace(name: str, **kwargs: Any) -> Generator[Span]:
    """A span of the SDK's tracer (global provider) around a block: ``with trace("step"):``."""
    tracer = otel_trace.get_tracer(TRACER_NAME)
    with tracer.start_as_current_span(name, **kwargs) as span:
        yield span
