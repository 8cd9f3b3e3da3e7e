"""Every model of the audio domain (generated), including the shared ones it uses from core,
and the hand-written models of the realtime transcription and speech WebSockets and of the
voice agent events (the spec does not describe those protocols; importing them needs no
``websockets``)."""

from typing import TYPE_CHECKING

from mistralai.api.audio._generated import models as _generated
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
from mistralai.api.audio.realtime_speech import (
    RealtimeSpeechError,
    RealtimeSpeechErrorDetail,
    RealtimeSpeechErrorDetailMessage,
    RealtimeSpeechInputTextAppend,
    RealtimeSpeechInputTextEnd,
    RealtimeSpeechInputTextFlush,
    RealtimeSpeechSession,
    RealtimeSpeechSessionCreated,
    RealtimeSpeechSessionUpdated,
    RealtimeSpeechSessionUpdateMessage,
    RealtimeSpeechSessionUpdatePayload,
    RealtimeSpeechStreamingMode,
)
from mistralai.api.audio.voice_agents import (
    VoiceAgentErrorEvent,
    VoiceAgentSessionUpdatedEvent,
    VoiceAgentStateChangedEvent,
    VoiceAgentToolCallEndedEvent,
    VoiceAgentToolCallStartedEvent,
    VoiceAgentTranscriptEvent,
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
    "RealtimeSpeechError",
    "RealtimeSpeechErrorDetail",
    "RealtimeSpeechErrorDetailMessage",
    "RealtimeSpeechInputTextAppend",
    "RealtimeSpeechInputTextEnd",
    "RealtimeSpeechInputTextFlush",
    "RealtimeSpeechSession",
    "RealtimeSpeechSessionCreated",
    "RealtimeSpeechSessionUpdateMessage",
    "RealtimeSpeechSessionUpdatePayload",
    "RealtimeSpeechSessionUpdated",
    "RealtimeSpeechStreamingMode",
    "VoiceAgentErrorEvent",
    "VoiceAgentSessionUpdatedEvent",
    "VoiceAgentStateChangedEvent",
    "VoiceAgentToolCallEndedEvent",
    "VoiceAgentToolCallStartedEvent",
    "VoiceAgentTranscriptEvent",
]
__all__ += _generated.__all__

if TYPE_CHECKING:
    from mistralai.api.audio._generated.models import *  # noqa: F403
else:
    from mistralai.core.runtime import forward

    __getattr__, __dir__ = forward(__name__, _generated)
