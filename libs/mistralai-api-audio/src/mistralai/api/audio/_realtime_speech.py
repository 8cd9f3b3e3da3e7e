"""``client.audio.realtime_speech``: text to speech over a WebSocket (the official SDK's
``RealtimeSpeech``). Needs the ``realtime`` extra.

The session: connect to ``/v1/audio/speech/realtime?model=...``, read ``session.created``, send
``session.update`` with the voice and format, then ``input_text.append`` /
``input_text.flush`` / ``input_text.end``; the server answers ``speech.audio.delta`` chunks
(base64 audio) and, after the end, ``speech.audio.done``.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Mapping
from contextlib import aclosing
from typing import Any, TypeAlias, cast

import pydantic

from mistralai.api.audio.realtime_speech import REALTIME_SPEECH_EXTRA_HINT

try:
    from websockets.asyncio.client import ClientConnection
    from websockets.exceptions import ConnectionClosedError
except ImportError as exc:
    raise ImportError(REALTIME_SPEECH_EXTRA_HINT) from exc

from mistralai.api.audio._generated.models import (
    SpeechOutputFormat,
    SpeechStreamAudioDelta,
    SpeechStreamDone,
)
from mistralai.api.audio._realtime_connection import (
    UnknownRealtimeEvent,
    decode_typed_event,
    parse_typed_event,
)
from mistralai.api.audio._session_connection import SessionConnection
from mistralai.api.audio._session_open import SessionErrors, open_session, read_greeting
from mistralai.api.audio._websocket import (
    provider_of,
    send_while_receiving,
)
from mistralai.api.audio.realtime import wire
from mistralai.api.audio.realtime_speech import (
    REALTIME_SPEECH_PATH,
    RealtimeSpeechConnectionClosedError,
    RealtimeSpeechError,
    RealtimeSpeechException,
    RealtimeSpeechHandshakeTimeoutError,
    RealtimeSpeechInputTextAppend,
    RealtimeSpeechInputTextEnd,
    RealtimeSpeechInputTextFlush,
    RealtimeSpeechSession,
    RealtimeSpeechSessionCreated,
    RealtimeSpeechSessionUpdated,
    RealtimeSpeechSessionUpdateMessage,
    RealtimeSpeechSessionUpdatePayload,
    RealtimeSpeechStreamingMode,
    RealtimeSpeechWSError,
)
from mistralai.core.runtime import BaseClient, Resource

__all__ = [
    "DEFAULT_HANDSHAKE_TIMEOUT_MS",
    "RealtimeSpeech",
    "RealtimeSpeechConnection",
    "RealtimeSpeechEvent",
    "parse_realtime_speech_event",
]

DEFAULT_HANDSHAKE_TIMEOUT_MS = 10_000
"""Deadline for the upgrade and ``session.created`` when neither the call nor the client gives
one: a server that accepts the socket and says nothing must not hang the caller."""

RealtimeSpeechEvent: TypeAlias = (
    RealtimeSpeechSessionCreated
    | RealtimeSpeechSessionUpdated
    | RealtimeSpeechError
    | SpeechStreamAudioDelta
    | SpeechStreamDone
    | UnknownRealtimeEvent
)

_MODELS: dict[str, type[pydantic.BaseModel]] = {
    "session.created": RealtimeSpeechSessionCreated,
    "session.updated": RealtimeSpeechSessionUpdated,
    "error": RealtimeSpeechError,
    "speech.audio.delta": SpeechStreamAudioDelta,
    "speech.audio.done": SpeechStreamDone,
}


def parse_realtime_speech_event(payload: Any) -> RealtimeSpeechEvent:
    """A decoded JSON message as its typed event, or an :class:`UnknownRealtimeEvent` (kept,
    not raised, so that a newer server's messages never break this client)."""
    return cast("RealtimeSpeechEvent", parse_typed_event(payload, _MODELS))


def _decode(message: str | bytes) -> RealtimeSpeechEvent:
    return cast("RealtimeSpeechEvent", decode_typed_event(message, _MODELS))


def _closed_error(exc: ConnectionClosedError, prefix: str) -> RealtimeSpeechConnectionClosedError:
    # The server refuses some settings (an unknown voice) with a close frame whose reason is
    # the only explanation it gives: keep it in the message.
    code = exc.rcvd.code if exc.rcvd is not None else None
    reason = exc.rcvd.reason if exc.rcvd is not None and exc.rcvd.reason else str(exc)
    return RealtimeSpeechConnectionClosedError(f"{prefix}: {reason}", code=code)


class RealtimeSpeechConnection(SessionConnection[RealtimeSpeechEvent, RealtimeSpeechSession]):
    """An open speech session. Send text with :meth:`send_text`, :meth:`flush` and
    :meth:`end`; read events by iterating (``async for event in connection``). Closing is
    idempotent; ``async with`` closes it."""

    _closed_error = RealtimeSpeechConnectionClosedError
    _session_events = (RealtimeSpeechSessionCreated, RealtimeSpeechSessionUpdated)

    def _decode(self, message: str | bytes) -> RealtimeSpeechEvent:
        return _decode(message)

    def _abnormal_close(self, exc: ConnectionClosedError) -> Exception:
        return _closed_error(exc, "the realtime speech connection was closed")

    async def send_text(self, text: str) -> None:
        """Append ``text`` to what the server will speak (``input_text.append``)."""
        await self._send(wire(RealtimeSpeechInputTextAppend(text=text)))

    async def flush(self, text: str | None = None) -> None:
        """Speak what is buffered now, with ``text`` appended first when given."""
        message = RealtimeSpeechInputTextFlush()
        if text is not None:  # only a given text is sent (exclude_unset), as upstream
            message.text = text
        await self._send(wire(message))

    async def end(self) -> None:
        """No more text: the server speaks the rest, then sends ``speech.audio.done``. A no-op
        on a closed connection (ending twice is harmless)."""
        if self._closed:
            return
        await self._send(wire(RealtimeSpeechInputTextEnd()))

    async def update_session(
        self,
        *,
        voice_id: str | None = None,
        ref_audio: str | None = None,
        response_format: SpeechOutputFormat | None = None,
        streaming_mode: RealtimeSpeechStreamingMode | None = None,
        expressiveness: float | None = None,
    ) -> None:
        """Change the voice (``voice_id`` or base64 ``ref_audio``), the audio format, the
        streaming mode or the expressiveness; the server answers ``session.updated``."""
        self._check_open()
        given: dict[str, object] = {
            "voice": voice_id,  # the wire name is `voice`
            "ref_audio": ref_audio,
            "response_format": response_format,
            "streaming_mode": streaming_mode,
            "expressiveness": expressiveness,
        }
        fields = {name: value for name, value in given.items() if value is not None}
        if not fields:
            raise ValueError("At least one session field must be provided")
        payload = RealtimeSpeechSessionUpdatePayload.model_validate(fields)
        await self._send(wire(RealtimeSpeechSessionUpdateMessage(session=payload)))


class RealtimeSpeech(Resource):
    """Realtime text to speech over a WebSocket (``websockets`` >= 13, the ``realtime``
    extra). :meth:`connect` opens a session; :meth:`speak_stream` sends an async iterable of
    text and yields the events. Async only, like the official SDK."""

    __slots__ = ()

    def __init__(self, client: BaseClient) -> None:
        super().__init__(client)

    async def connect(
        self,
        model: str,
        *,
        voice_id: str | None = None,
        ref_audio: str | None = None,
        response_format: SpeechOutputFormat | None = None,
        streaming_mode: RealtimeSpeechStreamingMode | None = None,
        expressiveness: float | None = None,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> RealtimeSpeechConnection:
        """Open a session with ``model``: connect, wait for ``session.created`` (within
        ``timeout_ms``, default :data:`DEFAULT_HANDSHAKE_TIMEOUT_MS`), then send the session
        settings given. Raises :class:`RealtimeSpeechWSError` if the server answers with an
        error, :class:`RealtimeSpeechHandshakeTimeoutError` past the deadline, and
        :class:`RealtimeSpeechException` for any other failure to connect."""
        provider = provider_of(self._client)
        if provider is None:
            raise RealtimeSpeechException(
                "realtime speech needs a Mistral client (client.audio.realtime_speech)"
            )

        async def ready(
            websocket: ClientConnection,
            greeting: tuple[RealtimeSpeechSession, list[RealtimeSpeechEvent]],
        ) -> RealtimeSpeechConnection:
            session, initial = greeting
            connection = RealtimeSpeechConnection(websocket, session, initial_events=initial)
            settings = (voice_id, ref_audio, response_format, streaming_mode, expressiveness)
            if any(value is not None for value in settings):
                await connection.update_session(
                    voice_id=voice_id,
                    ref_audio=ref_audio,
                    response_format=response_format,
                    streaming_mode=streaming_mode,
                    expressiveness=expressiveness,
                )
            return connection

        return await open_session(
            provider,
            path=REALTIME_SPEECH_PATH,
            model=model,
            server_url=server_url,
            timeout_ms=timeout_ms,
            default_timeout_ms=DEFAULT_HANDSHAKE_TIMEOUT_MS,
            http_headers=http_headers,
            handshake=_handshake,
            ready=ready,
            errors=_ERRORS,
        )

    async def speak_stream(
        self,
        text_stream: AsyncIterable[str],
        model: str,
        *,
        voice_id: str | None = None,
        ref_audio: str | None = None,
        response_format: SpeechOutputFormat | None = None,
        streaming_mode: RealtimeSpeechStreamingMode | None = None,
        expressiveness: float | None = None,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[RealtimeSpeechEvent]:
        """Open a session, send ``text_stream`` in the background (then end it) and yield the
        events until ``speech.audio.done`` or an ``error`` event (both yielded). An error
        raised by ``text_stream`` ends the iteration and is raised here, rather than leaving
        the caller waiting for audio that cannot come."""
        connection = await self.connect(
            model,
            voice_id=voice_id,
            ref_audio=ref_audio,
            response_format=response_format,
            streaming_mode=streaming_mode,
            expressiveness=expressiveness,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )
        async with connection:

            async def send_all() -> None:
                async for text in text_stream:
                    if connection.is_closed:
                        return
                    await connection.send_text(text)
                await connection.end()

            def is_last(event: RealtimeSpeechEvent) -> bool:
                return isinstance(event, RealtimeSpeechError | SpeechStreamDone)

            # aclosing: a caller that stops early still stops the sender now, not at GC.
            async with aclosing(send_while_receiving(send_all, connection.events(), is_last)) as it:
                async for event in it:
                    yield event


_ERRORS = SessionErrors(
    timeout=RealtimeSpeechHandshakeTimeoutError,
    failed=lambda message, code, payload: RealtimeSpeechException(
        message, code=code, payload=payload
    ),
    closed=lambda exc: _closed_error(exc, "Failed to connect"),
)


async def _handshake(
    websocket: ClientConnection,
) -> tuple[RealtimeSpeechSession, list[RealtimeSpeechEvent]]:
    return await read_greeting(
        websocket,
        _decode,
        error=RealtimeSpeechError,
        created=RealtimeSpeechSessionCreated,
        ws_error=RealtimeSpeechWSError,
        default_message="Realtime speech error",
    )
