"""Testing helpers for the Mistral AI SDK: a fake API server (real HTTP and SSE on 127.0.0.1)
with injectable faults, and pytest fixtures (``fake_server``, ``fake_server_url``).

Names are imported lazily so that importing ``mistralai.testing`` stays cheap.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mistralai.testing._completions import schema_instance
    from mistralai.testing._faults import Fault
    from mistralai.testing._records import RecordedRequest, RequestLog
    from mistralai.testing._route_loading import ROUTES_GROUP
    from mistralai.testing._routing import (
        RequestContext,
        Response,
        StreamResponse,
        json_response,
        sse_event,
    )
    from mistralai.testing.process import FakeServerProcess
    from mistralai.testing.realtime import FakeRealtimeServer
    from mistralai.testing.realtime_voice import FakeRealtimeSpeechServer, FakeVoiceAgentRoom
    from mistralai.testing.server import FakeMistralServer

__all__ = [
    "ROUTES_GROUP",
    "Fault",
    "FakeRealtimeServer",
    "FakeRealtimeSpeechServer",
    "FakeVoiceAgentRoom",
    "FakeMistralServer",
    "FakeServerProcess",
    "RecordedRequest",
    "RequestContext",
    "RequestLog",
    "Response",
    "StreamResponse",
    "json_response",
    "schema_instance",
    "sse_event",
]

_LAZY: dict[str, str] = {
    "FakeMistralServer": "mistralai.testing.server",
    "FakeServerProcess": "mistralai.testing.process",
    "FakeRealtimeServer": "mistralai.testing.realtime",  # needs websockets (audio [realtime])
    "FakeRealtimeSpeechServer": "mistralai.testing.realtime_voice",  # needs websockets
    "FakeVoiceAgentRoom": "mistralai.testing.realtime_voice",
    "Fault": "mistralai.testing._faults",
    "RecordedRequest": "mistralai.testing._records",
    "RequestLog": "mistralai.testing._records",
    "ROUTES_GROUP": "mistralai.testing._route_loading",
    "RequestContext": "mistralai.testing._routing",
    "Response": "mistralai.testing._routing",
    "StreamResponse": "mistralai.testing._routing",
    "json_response": "mistralai.testing._routing",
    "sse_event": "mistralai.testing._routing",
    "schema_instance": "mistralai.testing._completions",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
