"""Entry point of mistralai-plugin-otel: gives each client the tracing middleware.

Imports nothing of OpenTelemetry: the middleware module is imported when a client is created.
"""

from __future__ import annotations

from mistralai.core.plugins import Middleware, hookimpl

PLUGIN_API = 1
"""The plugin API this package was built for: a literal fixed at build time, never imported
from core, so that core can tell an old or a new plugin (see docs/versioning.md)."""


@hookimpl
def mistralai_middleware() -> list[Middleware]:
    from mistralai.telemetry._middleware import TelemetryMiddleware

    return [TelemetryMiddleware()]
