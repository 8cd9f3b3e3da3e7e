"""OpenTelemetry tracing for the modular Mistral AI SDK (``mistralai-plugin-otel``).

Installing the package adds a middleware to every client (through core's
``mistralai_middleware`` hook). It traces nothing until telemetry is turned on for a client:
``configure_telemetry(client)`` (spans exported to Mistral), ``configure_telemetry(client,
provider=my_tracer_provider)``, ``configure_telemetry(client, provider="global")``, or the
``MISTRAL_SDK_TELEMETRY`` environment variable (``dedicated``/``global``), as in 2.x.

Spans follow the OpenTelemetry GenAI semantic conventions (chat, fim, embeddings, agents,
conversations, OCR; streamed calls included, ended at the stream's end, with token usage).
Prompts and answers are recorded only when enabled: ``capture_content=True`` or
``OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT=true``. Workflow executions always get a
sampled ``traceparent`` header. The 2.x API is ``mistralai.extra.observability``.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mistralai.telemetry._api import (
        CAPTURE_CONTENT_ENV,
        MISTRAL_OTLP_TRACES_ENDPOINT_ENV,
        MISTRAL_SDK_TELEMETRY_ENV,
        MISTRAL_TELEMETRY_ENDPOINT,
        OTEL_SERVICE_NAME,
        TRACER_NAME,
        TelemetryConfigurationError,
        TelemetryMiddleware,
        configure_telemetry,
        get_telemetry_tracer,
        middleware_of,
        set_tracer_provider,
        trace,
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


def __getattr__(name: str) -> Any:
    # Lazy: the plugin entry point (mistralai.telemetry._plugin) is imported whenever a client
    # loads its plugins, and must not pull in OpenTelemetry with this package.
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module("mistralai.telemetry._api"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
