"""``mistralai.extra.realtime``: realtime transcription (2.x) and speech (3.x) over a
WebSocket.

Needs the ``realtime`` extra (``pip install "mistralai[realtime]"``): without ``websockets``,
importing this package raises :class:`ImportError` naming it. Reached from the client as
``client.audio.realtime`` (a :class:`RealtimeTranscription`).
"""

from __future__ import annotations

from mistralai.api.audio._realtime_speech import (
    RealtimeSpeech,
    RealtimeSpeechConnection,
    RealtimeSpeechEvent,
)
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
from mistralai.api.audio.realtime_speech import (
    RealtimeSpeechError,
    RealtimeSpeechErrorDetail,
    RealtimeSpeechSession,
    RealtimeSpeechSessionCreated,
    RealtimeSpeechSessionUpdated,
    RealtimeSpeechStreamingMode,
    audio_bytes,
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
    "RealtimeSpeech",
    "RealtimeSpeechConnection",
    "RealtimeSpeechError",
    "RealtimeSpeechErrorDetail",
    "RealtimeSpeechEvent",
    "RealtimeSpeechSession",
    "RealtimeSpeechSessionCreated",
    "RealtimeSpeechSessionUpdated",
    "RealtimeSpeechStreamingMode",
    "RealtimeTranscription",
    "RealtimeTranscriptionError",
    "RealtimeTranscriptionErrorDetail",
    "RealtimeTranscriptionException",
    "RealtimeTranscriptionSession",
    "RealtimeTranscriptionSessionCreated",
    "RealtimeTranscriptionSessionUpdated",
    "RealtimeTranscriptionWSError",
    "UnknownRealtimeEvent",
    "audio_bytes",
    "parse_realtime_event",
]
