"""``client.audio.realtime``: open realtime transcription sessions (2.x ``RealtimeTranscription``,
re-exported by ``mistralai.extra.realtime.transcription``). Needs the ``realtime`` extra."""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Mapping
from contextlib import aclosing

from mistralai.api.audio.realtime import REALTIME_EXTRA_HINT

try:
    from websockets.asyncio.client import ClientConnection
except ImportError as exc:
    raise ImportError(REALTIME_EXTRA_HINT) from exc

from mistralai.api.audio._realtime_connection import (
    RealtimeConnection,
    RealtimeEvent,
    decode_message,
)
from mistralai.api.audio._session_open import SessionErrors, open_session, read_greeting
from mistralai.api.audio._websocket import (
    provider_of,
    send_while_receiving,
)
from mistralai.api.audio.realtime import (
    AudioFormat,
    RealtimeHandshakeTimeoutError,
    RealtimeTranscriptionError,
    RealtimeTranscriptionException,
    RealtimeTranscriptionSession,
    RealtimeTranscriptionSessionCreated,
    RealtimeTranscriptionWSError,
)
from mistralai.core.provider import Provider
from mistralai.core.runtime import BaseClient, Resource

__all__ = ["DEFAULT_HANDSHAKE_TIMEOUT_MS", "REALTIME_PATH", "RealtimeTranscription"]

REALTIME_PATH = "/v1/audio/transcriptions/realtime"
DEFAULT_HANDSHAKE_TIMEOUT_MS = 10_000
"""Deadline for opening the WebSocket and receiving ``session.created`` when neither the call
nor the client gives one: a server that accepts the socket and then says nothing must not
hang the caller forever."""
_DEFAULT_ERROR = "Realtime transcription error"


class RealtimeTranscription(Resource):
    """Realtime transcription over a WebSocket (``websockets`` >= 13, the ``realtime`` extra).

    :meth:`connect` opens a session (a :class:`RealtimeConnection`);
    :meth:`transcribe_stream` sends an async iterable of audio chunks and yields the events.
    Async only, like 2.x.
    """

    __slots__ = ()

    def __init__(self, client: BaseClient) -> None:
        super().__init__(client)

    def _provider(self) -> Provider:
        provider = provider_of(self._client)
        if provider is None:
            raise RealtimeTranscriptionException(
                "realtime transcription needs a Mistral client (client.audio.realtime)"
            )
        return provider

    async def connect(
        self,
        model: str,
        audio_format: AudioFormat | None = None,
        target_streaming_delay_ms: int | None = None,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> RealtimeConnection:
        """Open a session with ``model``: connect, wait for ``session.created`` (within
        ``timeout_ms``, default :data:`DEFAULT_HANDSHAKE_TIMEOUT_MS`), then send the session
        settings given. Raises :class:`RealtimeTranscriptionWSError` if the server answers with
        an error, :class:`RealtimeHandshakeTimeoutError` past the deadline, and
        :class:`RealtimeTranscriptionException` for any other failure to connect."""

        async def ready(
            websocket: ClientConnection,
            greeting: tuple[RealtimeTranscriptionSession, list[RealtimeEvent]],
        ) -> RealtimeConnection:
            session, initial = greeting
            connection = RealtimeConnection(websocket, session, initial_events=initial)
            if audio_format is not None or target_streaming_delay_ms is not None:
                await connection.update_session(
                    audio_format, target_streaming_delay_ms=target_streaming_delay_ms
                )
            return connection

        return await open_session(
            self._provider(),
            path=REALTIME_PATH,
            model=model,
            server_url=server_url,
            timeout_ms=timeout_ms,
            default_timeout_ms=DEFAULT_HANDSHAKE_TIMEOUT_MS,
            http_headers=http_headers,
            handshake=_handshake,
            ready=ready,
            errors=_ERRORS,
        )

    async def transcribe_stream(
        self,
        audio_stream: AsyncIterable[bytes],
        model: str,
        audio_format: AudioFormat | None = None,
        target_streaming_delay_ms: int | None = None,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[RealtimeEvent]:
        """Open a session, send ``audio_stream`` in the background (then flush and end it) and
        yield the events until ``transcription.done`` or an ``error`` event (both yielded).
        An error raised by ``audio_stream`` ends the iteration and is raised here, rather than
        leaving the caller waiting for a transcript that cannot come."""
        connection = await self.connect(
            model=model,
            audio_format=audio_format,
            target_streaming_delay_ms=target_streaming_delay_ms,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )
        async with connection:

            async def send_all() -> None:
                async for chunk in audio_stream:
                    if connection.is_closed:
                        return
                    await connection.send_audio(chunk)
                await connection.flush_audio()
                await connection.end_audio()

            def is_last(event: RealtimeEvent) -> bool:
                if isinstance(event, RealtimeTranscriptionError):
                    return True
                return getattr(event, "type", None) == "transcription.done"

            # aclosing: a caller that stops early still stops the sender now, not at GC.
            async with aclosing(send_while_receiving(send_all, connection.events(), is_last)) as it:
                async for event in it:
                    yield event


_ERRORS = SessionErrors(
    timeout=RealtimeHandshakeTimeoutError,
    failed=lambda message, code, payload: RealtimeTranscriptionException(
        message, code=code, payload=payload
    ),
)


async def _handshake(
    websocket: ClientConnection,
) -> tuple[RealtimeTranscriptionSession, list[RealtimeEvent]]:
    return await read_greeting(
        websocket,
        decode_message,
        error=RealtimeTranscriptionError,
        created=RealtimeTranscriptionSessionCreated,
        ws_error=RealtimeTranscriptionWSError,
        default_message=_DEFAULT_ERROR,
    )
