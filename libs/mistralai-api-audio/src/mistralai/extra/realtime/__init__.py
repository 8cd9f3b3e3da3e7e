"""2.x ``mistralai.extra.realtime``: realtime transcription over a WebSocket.

Needs the ``realtime`` extra (``pip install "mistralai[realtime]"``): without ``websockets``,
importing this package raises :class:`ImportError` naming it. Reached from the client as
``client.audio.realtime`` (a :class:`RealtimeTranscription`).
"""

from __future__ import annotations

from mistralai.api.audio.realtime import (
    AudioEncoding,
    AudioFormat,
    RealtimeConnectionClosedError,
    RealtimeHandshakeTimeoutError,
    RealtimeTranscriptionError,
    RealtimeTranscriptionErrorDetail,
    RealtimeTranscriptionException,
    RealtimeTranscriptionSession,
    RealtimeTranscriptionSessionCreated,
    RealtimeTranscriptionSessionUpdated,
    RealtimeTranscriptionWSError,
)

from .connection import (
    RealtimeConnection,
    RealtimeEvent,
    UnknownRealtimeEvent,
    parse_realtime_event,
)
from .transcription import RealtimeTranscription

__all__ = [
    "AudioEncoding",
    "AudioFormat",
    "RealtimeConnection",
    "RealtimeConnectionClosedError",
    "RealtimeEvent",
    "RealtimeHandshakeTimeoutError",
    "RealtimeTranscription",
    "RealtimeTranscriptionError",
    "RealtimeTranscriptionErrorDetail",
    "RealtimeTranscriptionException",
    "RealtimeTranscriptionSession",
    "RealtimeTranscriptionSessionCreated",
    "RealtimeTranscriptionSessionUpdated",
    "RealtimeTranscriptionWSError",
    "UnknownRealtimeEvent",
    "parse_realtime_event",
]
