"""Realtime speech (text to speech over a WebSocket): the messages and the errors, importable
without ``websockets``.

The API spec does not describe the WebSocket protocol of ``/v1/audio/speech/realtime``, so these
models are written by hand with the names and wire shapes of the official SDK (3.7). The audio
arrives as the generated :class:`~mistralai.api.audio.models.SpeechStreamAudioDelta` and
:class:`~mistralai.api.audio.models.SpeechStreamDone`, the events of the HTTP speech stream.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeAlias

from mistralai.api.audio._generated.models import SpeechOutputFormat, SpeechStreamAudioDelta
from mistralai.core.runtime import BaseModel, ConstFieldsModel
from mistralai.extra.exceptions import MistralClientException

__all__ = [
    "REALTIME_SPEECH_EXTRA_HINT",
    "REALTIME_SPEECH_PATH",
    "RealtimeSpeechConnectionClosedError",
    "RealtimeSpeechError",
    "RealtimeSpeechErrorDetail",
    "RealtimeSpeechErrorDetailMessage",
    "RealtimeSpeechException",
    "RealtimeSpeechHandshakeTimeoutError",
    "RealtimeSpeechInputTextAppend",
    "RealtimeSpeechInputTextEnd",
    "RealtimeSpeechInputTextFlush",
    "RealtimeSpeechSession",
    "RealtimeSpeechSessionCreated",
    "RealtimeSpeechSessionUpdateMessage",
    "RealtimeSpeechSessionUpdatePayload",
    "RealtimeSpeechSessionUpdated",
    "RealtimeSpeechStreamingMode",
    "RealtimeSpeechWSError",
    "audio_bytes",
]

REALTIME_SPEECH_PATH = "/v1/audio/speech/realtime"
REALTIME_SPEECH_EXTRA_HINT = (
    "realtime speech needs the `websockets` package (>=13.0): "
    'pip install "mistralai[realtime]" (or "mistralai-api-audio[realtime]")'
)
"""The message of the ImportError raised without the ``realtime`` extra."""

RealtimeSpeechStreamingMode: TypeAlias = Literal["responsive", "long_form"] | str
"""``responsive``: short chunks, for conversational turns; ``long_form``: chunks that grow as
the text goes on, for long texts. Open: a newer server's modes are kept."""


class RealtimeSpeechSession(BaseModel):
    request_id: str
    model: str
    is_ref_audio: bool
    streaming_mode: RealtimeSpeechStreamingMode
    response_format: SpeechOutputFormat
    expressiveness: float
    voice: str | None = None


# -- server -> client ----------------------------------------------------------------------
class RealtimeSpeechSessionCreated(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "session.created"}
    session: RealtimeSpeechSession
    type: Literal["session.created"] = "session.created"


class RealtimeSpeechSessionUpdated(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "session.updated"}
    session: RealtimeSpeechSession
    type: Literal["session.updated"] = "session.updated"


RealtimeSpeechErrorDetailMessage: TypeAlias = str | dict[str, Any]
"""The server sends either a sentence or an object (``{"detail": ...}``)."""


class RealtimeSpeechErrorDetail(BaseModel):
    message: RealtimeSpeechErrorDetailMessage
    code: int


class RealtimeSpeechError(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "error"}
    error: RealtimeSpeechErrorDetail
    type: Literal["error"] = "error"


# -- client -> server ----------------------------------------------------------------------
class RealtimeSpeechInputTextAppend(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "input_text.append"}
    text: str
    type: Literal["input_text.append"] = "input_text.append"


class RealtimeSpeechInputTextFlush(ConstFieldsModel):
    """Speak what is buffered now (plus ``text``, when given) without ending the input."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "input_text.flush"}
    type: Literal["input_text.flush"] = "input_text.flush"
    text: str | None = None


class RealtimeSpeechInputTextEnd(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "input_text.end"}
    type: Literal["input_text.end"] = "input_text.end"


class RealtimeSpeechSessionUpdatePayload(BaseModel):
    voice: str | None = None
    """Preset voice id; exclusive with ``ref_audio``."""
    ref_audio: str | None = None
    """Base64 of a reference recording to clone; exclusive with ``voice``."""
    streaming_mode: RealtimeSpeechStreamingMode | None = None
    response_format: SpeechOutputFormat | None = None
    """Encoding of the ``speech.audio.delta`` audio (``pcm``: 32-bit float LE mono)."""
    expressiveness: float | None = None


class RealtimeSpeechSessionUpdateMessage(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "session.update"}
    session: RealtimeSpeechSessionUpdatePayload
    type: Literal["session.update"] = "session.update"


def audio_bytes(event: SpeechStreamAudioDelta) -> bytes:
    """The audio of a ``speech.audio.delta`` event (sent base64-encoded)."""
    return base64.b64decode(event.audio_data)


# -- errors ----------------------------------------------------------------------------------
# The official SDK defines RealtimeSpeechException / RealtimeSpeechWSError in
# mistralai.extra.exceptions; core's copy of that module does not have them yet, so they live
# here (same names, same attributes, same base class MistralClientException).


class RealtimeSpeechException(MistralClientException):
    """Any failure of realtime speech. ``code`` is the server's error code (or the HTTP status
    of a refused upgrade, or the WebSocket close code); ``payload`` what it sent."""

    def __init__(
        self, message: str, *, code: int | None = None, payload: object | None = None
    ) -> None:
        super().__init__(message)
        self.code = code
        self.payload = payload


class RealtimeSpeechWSError(RealtimeSpeechException):
    """The server answered with an ``error`` message. ``payload_typed`` is the parsed
    :class:`RealtimeSpeechError` (``None`` if it did not validate), ``payload_raw`` the JSON."""

    def __init__(
        self,
        message: str,
        *,
        payload: RealtimeSpeechError | None = None,
        raw: object | None = None,
    ) -> None:
        code = payload.error.code if payload is not None else None
        super().__init__(message, code=code, payload=payload if payload is not None else raw)
        self.payload_typed = payload
        self.payload_raw = raw


class RealtimeSpeechHandshakeTimeoutError(RealtimeSpeechException, TimeoutError):
    """No ``session.created`` within the handshake deadline. Also a :class:`TimeoutError`."""


class RealtimeSpeechConnectionClosedError(RealtimeSpeechException, RuntimeError):
    """Text sent on a closed connection, or the server closed it abnormally (``code`` is the
    close code: an unknown voice, for one, is refused with a close frame, not an ``error``
    message). Also a :class:`RuntimeError`, which the official SDK raises for a closed one."""
