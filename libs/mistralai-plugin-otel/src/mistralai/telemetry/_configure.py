"""Turning telemetry on for a client: a provider of the user's, the global one, or one of our
own exporting to Mistral (``MISTRAL_SDK_TELEMETRY`` / ``configure_telemetry``), as 2.x does."""

from __future__ import annotations

import logging
import os
import weakref
from typing import Any, Literal

from opentelemetry import trace
from opentelemetry.trace import TracerProvider

from mistralai.telemetry._middleware import OTEL_SERVICE_NAME, TelemetryMiddleware

logger = logging.getLogger("mistralai.telemetry")

MISTRAL_SDK_TELEMETRY_ENV = "MISTRAL_SDK_TELEMETRY"
MISTRAL_TELEMETRY_ENDPOINT = "https://api.mistral.ai/telemetry/v1/traces"
MISTRAL_OTLP_TRACES_ENDPOINT_ENV = "MISTRAL_OTLP_TRACES_ENDPOINT"
DEDICATED: Literal["dedicated"] = "dedicated"
GLOBAL: Literal["global"] = "global"
Mode = Literal["dedicated", "global"]


class TelemetryConfigurationError(RuntimeError):
    """Telemetry cannot be configured as asked (2.x name; a ``RuntimeError`` as in 2.x)."""


def parse_setting(value: bool | str, what: str = "telemetry setting") -> Mode | None:
    if isinstance(value, bool):
        return DEDICATED if value else None
    normalized = value.strip().lower()
    if normalized in (DEDICATED, GLOBAL):
        return normalized  # pyright: ignore[reportReturnType]
    if normalized == "false":
        return None
    raise TelemetryConfigurationError(
        f"Invalid {what} {value!r}. Expected one of: dedicated, false, global."
    )


def env_mode() -> Mode | None:
    value = os.environ.get(MISTRAL_SDK_TELEMETRY_ENV, "")
    if not value:
        return None
    return parse_setting(value, f"{MISTRAL_SDK_TELEMETRY_ENV}=")


def has_global_provider() -> bool:
    return not isinstance(trace.get_tracer_provider(), trace.ProxyTracerProvider)


def _bearer(value: str) -> str:
    return value if value.lower().startswith("bearer ") else f"Bearer {value}"


def dedicated_provider(authorization: str) -> TracerProvider:
    """Our own provider: batches spans to Mistral's OTLP endpoint with the client's key."""
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider as SDKTracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor

    endpoint = (
        os.environ.get(MISTRAL_OTLP_TRACES_ENDPOINT_ENV, "").strip() or MISTRAL_TELEMETRY_ENDPOINT
    )
    exporter = OTLPSpanExporter(endpoint=endpoint, headers={"Authorization": authorization})
    provider = SDKTracerProvider(resource=Resource.create({"service.name": OTEL_SERVICE_NAME}))
    provider.add_span_processor(BatchSpanProcessor(exporter))
    return provider


def shutdown_owned(middleware: TelemetryMiddleware) -> None:
    state = middleware.state
    if state.finalizer is not None:
        state.finalizer.detach()
        state.finalizer = None
    owned = state.owned
    if owned is not None:
        state.owned = None
        if state.provider is owned:
            state.provider = None
        owned.shutdown()


def attach_owned(middleware: TelemetryMiddleware, provider: Any, owner: object | None) -> None:
    shutdown_owned(middleware)
    state = middleware.state
    state.provider = provider
    state.owned = provider
    state.use_global = False
    state.resolved = True
    # Flush and stop the exporter when the client goes (or at exit).
    state.finalizer = weakref.finalize(
        owner if owner is not None else middleware, provider.shutdown
    )


def attach_custom(middleware: TelemetryMiddleware, provider: TracerProvider) -> None:
    shutdown_owned(middleware)
    state = middleware.state
    state.provider = provider
    state.use_global = False
    state.resolved = True


def use_global(middleware: TelemetryMiddleware) -> None:
    shutdown_owned(middleware)
    state = middleware.state
    state.provider = None
    state.use_global = True
    state.resolved = True


def disable(middleware: TelemetryMiddleware) -> None:
    shutdown_owned(middleware)
    state = middleware.state
    state.provider = None
    state.use_global = False
    state.resolved = True


def configure_from_env(middleware: TelemetryMiddleware, authorization: str | None) -> bool:
    """First call of a client: read ``MISTRAL_SDK_TELEMETRY`` once. ``dedicated`` (or ``true``)
    creates our provider unless the application already set a global one (then nothing, as
    2.x); ``global`` uses the global provider; unset or ``false``: no tracing."""
    state = middleware.state
    with state.lock:
        if state.resolved:
            return state.provider is not None or state.use_global
        try:
            mode = env_mode()
        except TelemetryConfigurationError:
            logger.warning("ignoring an invalid %s", MISTRAL_SDK_TELEMETRY_ENV, exc_info=True)
            mode = None
        if mode is None:
            state.resolved = True
            return False
        if mode == GLOBAL:
            use_global(middleware)
            return True
        if has_global_provider():
            logger.debug(
                "not configuring Mistral SDK telemetry: a global OpenTelemetry provider is set "
                "(configure_telemetry(client, provider='dedicated') forces it)"
            )
            state.resolved = True
            return False
        if not authorization:
            state.resolved = True
            return False
        attach_owned(middleware, dedicated_provider(_bearer(authorization)), None)
        return True
