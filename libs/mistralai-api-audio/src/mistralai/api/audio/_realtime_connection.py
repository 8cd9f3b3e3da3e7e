"""One realtime transcription session: send audio, receive events (2.x ``RealtimeConnection``,
re-exported by ``mistralai.extra.realtime.connection``). Needs the ``realtime`` extra."""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping
from typing import Any, TypeAlias, cast

import pydantic

from mistralai.api.audio.realtime import REALTIME_EXTRA_HINT

try:  # websockets < 13 has no asyncio client either (the base connection imports it)
    from websockets.exceptions import ConnectionClosedError

    from mistralai.api.audio._session_connection import SessionConnection
except ImportError as exc:
    raise ImportError(REALTIME_EXTRA_HINT) from exc

from mistralai.api.audio.models import (
    TranscriptionStreamDone,
    TranscriptionStreamLanguage,
    TranscriptionStreamSegmentDelta,
    TranscriptionStreamTextDelta,
)
from mistralai.api.audio.realtime import (
    AudioFormat,
    RealtimeConnectionClosedError,
    RealtimeTranscriptionError,
    RealtimeTranscriptionInputAudioAppend,
    RealtimeTranscriptionInputAudioEnd,
    RealtimeTranscriptionInputAudioFlush,
    RealtimeTranscriptionSession,
    RealtimeTranscriptionSessionCreated,
    RealtimeTranscriptionSessionUpdated,
    RealtimeTranscriptionSessionUpdateMessage,
    RealtimeTranscriptionSessionUpdatePayload,
    wire,
)

__all__ = ["RealtimeConnection", "RealtimeEvent", "UnknownRealtimeEvent", "parse_realtime_event"]


class UnknownRealtimeEvent(pydantic.BaseModel):
    """A message this SDK cannot type: an unknown ``type`` (a newer server), a payload that is
    not a JSON object, or one that does not validate. Kept rather than raised, so that a newer
    server never breaks an older client; ``error`` says why it is unknown."""

    type: str | None
    content: Any
    error: str | None = None


RealtimeEvent: TypeAlias = (
    RealtimeTranscriptionSessionCreated
    | RealtimeTranscriptionSessionUpdated
    | RealtimeTranscriptionError
    | TranscriptionStreamLanguage
    | TranscriptionStreamSegmentDelta
    | TranscriptionStreamTextDelta
    | TranscriptionStreamDone
    | UnknownRealtimeEvent
)

_MODELS: dict[str, type[pydantic.BaseModel]] = {
    "session.created": RealtimeTranscriptionSessionCreated,
    "session.updated": RealtimeTranscriptionSessionUpdated,
    "error": RealtimeTranscriptionError,
    "transcription.language": TranscriptionStreamLanguage,
    "transcription.segment": TranscriptionStreamSegmentDelta,
    "transcription.text.delta": TranscriptionStreamTextDelta,
    "transcription.done": TranscriptionStreamDone,
}


def parse_typed_event(
    payload: Any, models: Mapping[str, type[pydantic.BaseModel]]
) -> pydantic.BaseModel:
    """A decoded JSON message as the model its ``type`` names in ``models``, or an
    :class:`UnknownRealtimeEvent` (kept, not raised, so that a newer server's messages never
    break this client). Shared by the transcription and speech connections."""
    if not isinstance(payload, dict):
        return UnknownRealtimeEvent(type=None, content=payload, error="expected JSON object")
    data: dict[str, Any] = payload  # pyright: ignore[reportUnknownVariableType]
    kind = data.get("type")
    if not isinstance(kind, str):
        return UnknownRealtimeEvent(type=None, content=data, error="missing/invalid 'type'")
    model = models.get(kind)
    if model is None:
        return UnknownRealtimeEvent(type=kind, content=data, error="unknown event type")
    try:
        return model.model_validate(data)
    except pydantic.ValidationError as exc:
        return UnknownRealtimeEvent(type=kind, content=data, error=str(exc))


def decode_typed_event(
    message: str | bytes, models: Mapping[str, type[pydantic.BaseModel]]
) -> pydantic.BaseModel:
    """One WebSocket message (text, or bytes holding UTF-8 JSON) as :func:`parse_typed_event`
    reads it."""
    text = message.decode("utf-8", errors="replace") if isinstance(message, bytes) else message
    try:
        payload = json.loads(text)
    except ValueError as exc:
        return UnknownRealtimeEvent(type=None, content=text, error=f"invalid JSON: {exc}")
    return parse_typed_event(payload, models)


def parse_realtime_event(payload: Any) -> RealtimeEvent:
    """A decoded JSON message as its typed event, or an :class:`UnknownRealtimeEvent`."""
    return cast("RealtimeEvent", parse_typed_event(payload, _MODELS))


def decode_message(message: str | bytes) -> RealtimeEvent:
    """One WebSocket message (text, or bytes holding UTF-8 JSON) as an event."""
    return cast("RealtimeEvent", decode_typed_event(message, _MODELS))


class RealtimeConnection(SessionConnection[RealtimeEvent, RealtimeTranscriptionSession]):
    """An open session. Send audio with :meth:`send_audio` (raw bytes in the session's
    :attr:`audio_format`), then :meth:`flush_audio` / :meth:`end_audio`; read events by
    iterating (``async for event in connection``). Closing is idempotent; ``async with``
    closes it."""

    _closed_error = RealtimeConnectionClosedError
    _session_events = (RealtimeTranscriptionSessionCreated, RealtimeTranscriptionSessionUpdated)

    def _decode(self, message: str | bytes) -> RealtimeEvent:
        return decode_message(message)

    def _abnormal_close(self, exc: ConnectionClosedError) -> Exception:
        code = exc.rcvd.code if exc.rcvd is not None else None
        return RealtimeConnectionClosedError(
            f"the realtime connection was closed abnormally: {exc}", code=code
        )

    @property
    def audio_format(self) -> AudioFormat:
        return self._session.audio_format

    async def send_audio(self, audio_bytes: bytes | bytearray | memoryview) -> None:
        """Append raw audio (sent base64-encoded in an ``input_audio.append`` message)."""
        self._check_open()
        audio = base64.b64encode(bytes(audio_bytes)).decode("ascii")
        await self._send(wire(RealtimeTranscriptionInputAudioAppend(audio=audio)))

    async def flush_audio(self) -> None:
        """Ask the server to transcribe what it has buffered so far."""
        await self._send(wire(RealtimeTranscriptionInputAudioFlush()))

    async def update_session(
        self,
        audio_format: AudioFormat | None = None,
        *,
        target_streaming_delay_ms: int | None = None,
    ) -> None:
        """Change the audio format and/or the target delay; the server answers with
        ``session.updated`` (which updates :attr:`session`)."""
        self._check_open()
        if audio_format is None and target_streaming_delay_ms is None:
            raise ValueError("At least one session field must be provided")
        payload = RealtimeTranscriptionSessionUpdatePayload()
        # Only the fields given are sent (exclude_unset), as 2.x does.
        if audio_format is not None:
            payload.audio_format = audio_format
        if target_streaming_delay_ms is not None:
            payload.target_streaming_delay_ms = target_streaming_delay_ms
        await self._send(wire(RealtimeTranscriptionSessionUpdateMessage(session=payload)))

    async def end_audio(self) -> None:
        """No more audio: the server finishes and sends ``transcription.done``. A no-op on a
        closed connection (ending twice is harmless)."""
        if self._closed:
            return
        await self._send(wire(RealtimeTranscriptionInputAudioEnd()))
