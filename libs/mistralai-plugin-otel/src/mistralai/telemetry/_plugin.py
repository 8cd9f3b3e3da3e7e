"""Entry point of mistralai-plugin-otel: gives each client the tracing middleware.

Imports nothing heavy: core calls every hook when it loads the plugins (``Mistral()``), so the
middleware returned here is a light stand-in that builds the real one (OpenTelemetry, httpx)
only when tracing may be needed: telemetry configured for the client, ``MISTRAL_SDK_TELEMETRY``
set, or a workflow execution (which gets a ``traceparent``).
"""

from __future__ import annotations

import os
import re
import threading
from typing import TYPE_CHECKING, Any

from mistralai.core.plugins import Middleware, hookimpl

if TYPE_CHECKING:
    from mistralai.core.provider import Provider

PLUGIN_API = 1
"""The plugin API this package was built for: a literal fixed at build time, never imported
from core, so that core can tell an old or a new plugin (see docs/versioning.md)."""

_WORKFLOW_EXECUTE = re.compile(r"/v1/workflows/(registrations/)?[^/]+/execute$")
_LOCK = threading.Lock()


class TelemetryHook:
    """The middleware each client gets; :attr:`real` is the
    :class:`~mistralai.telemetry._middleware.TelemetryMiddleware` behind it."""

    __slots__ = ("_real",)

    def __init__(self) -> None:
        self._real: Any = None

    @property
    def real(self) -> Any:
        real = self._real
        if real is None:
            with _LOCK:  # one real middleware per client, however many threads ask at once
                real = self._real
                if real is None:
                    from mistralai.telemetry._middleware import TelemetryMiddleware

                    real = self._real = TelemetryMiddleware()
        return real

    def before_send(self, request: Any) -> None:
        # Telemetry off for this client: only workflow executions need anything.
        if (
            self._real is None
            and not os.environ.get("MISTRAL_SDK_TELEMETRY")
            and not _WORKFLOW_EXECUTE.search(request.url.path)
        ):
            return
        self.real.before_send(request)

    def after_response(self, response: Any) -> None:
        if self._real is not None:
            self._real.after_response(response)

    def on_error(self, request: Any, exc: BaseException) -> None:
        if self._real is not None:
            self._real.on_error(request, exc)


@hookimpl
def mistralai_middleware(client: Any, provider: Provider) -> list[Middleware]:
    # One per client: the client finds it again in ``client.middleware`` (configure_telemetry).
    return [TelemetryHook()]
