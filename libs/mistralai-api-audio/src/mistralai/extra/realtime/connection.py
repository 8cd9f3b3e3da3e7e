"""2.x ``mistralai.extra.realtime.connection`` (needs the ``realtime`` extra)."""

from __future__ import annotations

from mistralai.api.audio._realtime_connection import (
    RealtimeConnection,
    RealtimeEvent,
    UnknownRealtimeEvent,
    parse_realtime_event,
)

__all__ = ["RealtimeConnection", "RealtimeEvent", "UnknownRealtimeEvent", "parse_realtime_event"]
