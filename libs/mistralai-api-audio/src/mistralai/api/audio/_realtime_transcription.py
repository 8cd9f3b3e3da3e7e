"""``client.audio.realtime``: open realtime transcription sessions (2.x ``RealtimeTranscription``,
re-exported by ``mistralai.extra.realtime.transcription``). Needs the ``realtime`` extra."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterable, AsyncIterator, Mapping
from typing import Any, cast
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from mistralai.api.audio.realtime import REALTIME_EXTRA_HINT

try:
    from websockets.asyncio.client import ClientConnection, connect
    from websockets.exceptions import InvalidStatus, WebSocketException
except ImportError as exc:
    raise ImportError(REALTIME_EXTRA_HINT) from exc

from mistralai.api.audio._realtime_connection import (
    RealtimeConnection,
    RealtimeEvent,
    UnknownRealtimeEvent,
    decode_message,
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
from mistralai.core.errors import MistralError
from mistralai.core.provider import Provider
from mistralai.core.runtime import BaseClient, Resource

__all__ = ["DEFAULT_HANDSHAKE_TIMEOUT_MS", "REALTIME_PATH", "RealtimeTranscription"]

REALTIME_PATH = "/v1/audio/transcriptions/realtime"
DEFAULT_HANDSHAKE_TIMEOUT_MS = 10_000
"""Deadline for opening the WebSocket and receiving ``session.created`` when neither the call
nor the client gives one: a server that accepts the socket and then says nothing must not
hang the caller forever."""
_USER_AGENT = "mistralai-modular-python/0.2.0"


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
        # The provider gives the base URL and the credentials. `Mistral.provider` is public,
        # but resources hold the client's transport twin (a BaseClient), which exposes it
        # only as `_provider`: core has no public accessor on BaseClient yet (reported).
        client: object = self._client
        provider = getattr(client, "provider", None)  # BaseClient.provider (public)
        if not isinstance(provider, Provider):
            raise RealtimeTranscriptionException(
                "realtime transcription needs a Mistral client (client.audio.realtime)"
            )
        return provider

    def _url(self, provider: Provider, model: str, server_url: str | None) -> str:
        base = (server_url or provider.base_url).rstrip("/")
        parts = urlsplit(base + REALTIME_PATH)
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        query["model"] = model
        scheme = {"https": "wss", "http": "ws"}.get(parts.scheme, parts.scheme)
        return urlunsplit(parts._replace(scheme=scheme, query=urlencode(query)))

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
        provider = self._provider()
        headers: dict[str, str] = dict(await provider.auth_headers_async())
        if http_headers is not None:
            headers.update(http_headers)
        url = self._url(provider, model, server_url)
        timeout_s = (timeout_ms if timeout_ms is not None else DEFAULT_HANDSHAKE_TIMEOUT_MS) / 1000
        websocket: ClientConnection | None = None
        try:
            # One deadline covers both the WebSocket upgrade and session.created.
            async with asyncio.timeout(timeout_s):
                websocket = await connect(
                    url,
                    additional_headers=headers,
                    open_timeout=None,
                    user_agent_header=_USER_AGENT,
                )
                session, initial = await _handshake(websocket)
            connection = RealtimeConnection(websocket, session, initial_events=initial)
            if audio_format is not None or target_streaming_delay_ms is not None:
                await connection.update_session(
                    audio_format, target_streaming_delay_ms=target_streaming_delay_ms
                )
            return connection
        except TimeoutError as exc:
            await _close(websocket)
            raise RealtimeHandshakeTimeoutError(
                f"Timeout waiting for session creation ({timeout_s:g} s)."
            ) from exc
        except MistralError:
            await _close(websocket)
            raise
        except InvalidStatus as exc:
            status = exc.response.status_code
            raise RealtimeTranscriptionException(
                f"Failed to connect: the server refused the WebSocket with HTTP {status}",
                code=status,
                payload=exc.response.body,
            ) from exc
        except (OSError, WebSocketException) as exc:
            await _close(websocket)
            raise RealtimeTranscriptionException(f"Failed to connect: {exc}") from exc

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

            sender = asyncio.ensure_future(send_all())
            events = connection.events()  # an async generator: closed below
            pending: asyncio.Future[RealtimeEvent] | None = None
            try:
                while True:
                    pending = asyncio.ensure_future(anext(events))
                    waiting: set[asyncio.Future[Any]] = {pending}
                    if not sender.done():
                        waiting.add(sender)
                    await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
                    # The audio source failed (now or while an event was being handed out): no
                    # transcript can complete, so its error ends the iteration.
                    failure = sender.exception() if sender.done() else None
                    if failure is not None:
                        raise failure
                    if not pending.done():
                        await asyncio.wait({pending})
                    try:
                        event = pending.result()
                    except StopAsyncIteration:
                        return
                    finally:
                        pending = None
                    yield event
                    if isinstance(event, RealtimeTranscriptionError):
                        return
                    if getattr(event, "type", None) == "transcription.done":
                        return
            finally:
                # Wait for the cancelled tasks to finish before closing the event generator
                # (it cannot be closed while a task is still running it).
                tasks: list[asyncio.Future[Any]] = [sender]
                if pending is not None:
                    tasks.append(pending)
                for task in tasks:
                    task.cancel()
                await asyncio.gather(*tasks, return_exceptions=True)
                await events.aclose()


async def _close(websocket: ClientConnection | None) -> None:
    if websocket is not None:
        await websocket.close()


def _error_message(payload: object) -> str:
    """The server's sentence: ``error.message``, or ``error.message.detail``."""
    error = cast(dict[str, Any], payload).get("error") if isinstance(payload, dict) else None
    message = cast(dict[str, Any], error).get("message") if isinstance(error, dict) else None
    if isinstance(message, dict):
        message = cast(dict[str, Any], message).get("detail")
    return message if isinstance(message, str) else "Realtime transcription error"


async def _handshake(
    websocket: ClientConnection,
) -> tuple[RealtimeTranscriptionSession, list[RealtimeEvent]]:
    """Read until ``session.created`` (returned with every message read so far, replayed to the
    caller) or an ``error`` message (raised)."""
    initial: list[RealtimeEvent] = []
    while True:
        message = await websocket.recv()
        event = decode_message(message)
        if isinstance(event, RealtimeTranscriptionError):
            raise RealtimeTranscriptionWSError(
                _error_message(event.model_dump()), payload=event, raw=event.model_dump()
            )
        if isinstance(event, UnknownRealtimeEvent) and event.type == "error":
            raw: object = event.content
            raise RealtimeTranscriptionWSError(_error_message(raw), payload=None, raw=raw)
        initial.append(event)
        if isinstance(event, RealtimeTranscriptionSessionCreated):
            return event.session, initial
