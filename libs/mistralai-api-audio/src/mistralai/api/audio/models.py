"""Every model of the audio domain (generated), including the shared ones it uses from core,
and the realtime transcription models (hand-written: the spec does not describe that
WebSocket API; importing them needs no ``websockets``)."""

from mistralai.api.audio._generated import models as _generated
from mistralai.api.audio._generated.models import *  # noqa: F403
from mistralai.api.audio.realtime import (
    AudioEncoding,
    AudioFormat,
    RealtimeTranscriptionError,
    RealtimeTranscriptionErrorDetail,
    RealtimeTranscriptionErrorDetailMessage,
    RealtimeTranscriptionInputAudioAppend,
    RealtimeTranscriptionInputAudioEnd,
    RealtimeTranscriptionInputAudioFlush,
    RealtimeTranscriptionSession,
    RealtimeTranscriptionSessionCreated,
    RealtimeTranscriptionSessionUpdated,
    RealtimeTranscriptionSessionUpdateMessage,
    RealtimeTranscriptionSessionUpdatePayload,
)

__all__ = [
    "AudioEncoding",
    "AudioFormat",
    "RealtimeTranscriptionError",
    "RealtimeTranscriptionErrorDetail",
    "RealtimeTranscriptionErrorDetailMessage",
    "RealtimeTranscriptionInputAudioAppend",
    "RealtimeTranscriptionInputAudioEnd",
    "RealtimeTranscriptionInputAudioFlush",
    "RealtimeTranscriptionSession",
    "RealtimeTranscriptionSessionCreated",
    "RealtimeTranscriptionSessionUpdateMessage",
    "RealtimeTranscriptionSessionUpdatePayload",
    "RealtimeTranscriptionSessionUpdated",
]
__all__ += _generated.__all__
