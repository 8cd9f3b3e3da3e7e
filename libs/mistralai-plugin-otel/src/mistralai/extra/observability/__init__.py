"""2.x ``mistralai.extra.observability``: OpenTelemetry tracing of the SDK's calls.

Shipped by ``mistralai-plugin-otel`` (``pip install "mistralai[telemetry]"``); see
``mistralai.telemetry`` for how it hooks into the client and ``docs/telemetry.md``.
"""

from __future__ import annotations

from mistralai.telemetry import (
    TelemetryConfigurationError,
    configure_telemetry,
    get_telemetry_tracer,
    set_tracer_provider,
    trace,
)

__all__ = [
    "TelemetryConfigurationError",
    "configure_telemetry",
    "get_telemetry_tracer",
    "set_tracer_provider",
    "trace",
]
