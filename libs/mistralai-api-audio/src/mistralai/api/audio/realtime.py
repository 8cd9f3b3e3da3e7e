"""Realtime transcription: the WebSocket messages and the errors (no ``websockets`` needed).

The API spec does not describe the WebSocket protocol of ``/v1/audio/transcriptions/realtime``,
so these models are written by hand, with the names and wire shapes of the official 2.x SDK.
They live here, not in ``mistralai.extra.realtime``, so that they import without the
``realtime`` extra.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeAlias

from mistralai.core.runtime import BaseModel, ConstFieldsModel
from mistralai.extra.exceptions import (
    RealtimeTranscriptionException,
    RealtimeTranscriptionWSError,
)

__all__ = [
    "REALTIME_EXTRA_HINT",
    "AudioEncoding",
    "AudioFormat",
    "RealtimeConnectionClosedError",
    "RealtimeHandshakeTimeoutError",
    "RealtimeTranscriptionError",
    "RealtimeTranscriptionErrorDetail",
    "RealtimeTranscriptionErrorDetailMessage",
    "RealtimeTranscriptionException",
    "RealtimeTranscriptionInputAudioAppend",
    "RealtimeTranscriptionInputAudioEnd",
    "RealtimeTranscriptionInputAudioFlush",
    "RealtimeTranscriptionSession",
    "RealtimeTranscriptionSessionCreated",
    "RealtimeTranscriptionSessionUpdateMessage",
    "RealtimeTranscriptionSessionUpdatePayload",
    "RealtimeTranscriptionSessionUpdated",
    "RealtimeTranscriptionWSError",
]

REALTIME_EXTRA_HINT = (
    "realtime transcription needs the `websockets` package (>=13.0): "
    'pip install "mistralai[realtime]" (or "mistralai-api-audio[realtime]")'
)
"""The message of the ImportError raised without the ``realtime`` extra."""

AudioEncoding: TypeAlias = (
    Literal["pcm_s16le", "pcm_s32le", "pcm_f16le", "pcm_f32le", "pcm_mulaw", "pcm_alaw"] | str
)
"""Raw audio encodings the service accepts (an open enum: new values are kept)."""


class AudioFormat(BaseModel):
    encoding: AudioEncoding
    sample_rate: int


class RealtimeTranscriptionSession(BaseModel):
    request_id: str
    model: str
    audio_format: AudioFormat
    target_streaming_delay_ms: int | None = None


# -- server -> client ----------------------------------------------------------------------
class RealtimeTranscriptionSessionCreated(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "session.created"}
    session: RealtimeTranscriptionSession
    type: Literal["session.created"] = "session.created"


class RealtimeTranscriptionSessionUpdated(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "session.updated"}
    session: RealtimeTranscriptionSession
    type: Literal["session.updated"] = "session.updated"


RealtimeTranscriptionErrorDetailMessage: TypeAlias = str | dict[str, Any]
"""The server sends either a sentence or an object (``{"detail": ...}``)."""


class RealtimeTranscriptionErrorDetail(BaseModel):
    message: RealtimeTranscriptionErrorDetailMessage
    code: int


class RealtimeTranscriptionError(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "error"}
    error: RealtimeTranscriptionErrorDetail
    type: Literal["error"] = "error"


# -- client -> server ----------------------------------------------------------------------
class RealtimeTranscriptionInputAudioAppend(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "input_audio.append"}
    audio: str
    """Base64 of the raw audio bytes."""
    type: Literal["input_audio.append"] = "input_audio.append"


class RealtimeTranscriptionInputAudioFlush(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "input_audio.flush"}
    type: Literal["input_audio.flush"] = "input_audio.flush"


class RealtimeTranscriptionInputAudioEnd(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "input_audio.end"}
    type: Literal["input_audio.end"] = "input_audio.end"


class RealtimeTranscriptionSessionUpdatePayload(BaseModel):
    audio_format: AudioFormat | None = None
    target_streaming_delay_ms: int | None = None


class RealtimeTranscriptionSessionUpdateMessage(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "session.update"}
    session: RealtimeTranscriptionSessionUpdatePayload
    type: Literal["session.update"] = "session.update"


def wire(message: BaseModel) -> str:
    """The JSON text of a client message: fields not given are omitted, ``type`` always sent
    (the same bytes as 2.x sends)."""
    return message.model_dump_json(exclude_unset=True, by_alias=True)


# -- errors ----------------------------------------------------------------------------------
# The 2.x classes live in mistralai.extra.exceptions (core's 2.x module, where every 2.x helper
# error is): the ones raised here are those, so `except RealtimeTranscriptionException` from
# either path catches them. The two below are ours, narrower and compatible (subclasses).


class RealtimeHandshakeTimeoutError(RealtimeTranscriptionException, TimeoutError):
    """The connection was not open with a ``session.created`` message within the handshake
    deadline (``timeout_ms``). Also a :class:`TimeoutError`."""


class RealtimeConnectionClosedError(RealtimeTranscriptionException, RuntimeError):
    """Audio was sent on a closed connection, or the server closed it abnormally (``code`` is
    the close code). Also a :class:`RuntimeError`, which 2.x raised for a closed connection."""
