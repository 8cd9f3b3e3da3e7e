"""A fake of the realtime transcription WebSocket (``/v1/audio/transcriptions/realtime``).

Real WebSocket on 127.0.0.1 (the ``websockets`` package: install ``mistralai-api-audio[realtime]``),
speaking the messages the official 2.x SDK sends and expects:

- on connect: ``session.created`` with the ``model`` of the query string;
- ``session.update`` -> ``session.updated`` with the merged session;
- ``input_audio.append`` (base64) is buffered; ``input_audio.flush`` -> a
  ``transcription.text.delta`` with what was buffered since the last flush;
- ``input_audio.end`` -> ``transcription.language``, the last text delta, one
  ``transcription.segment`` and ``transcription.done`` (text and usage), then a normal close.

The "transcript" is the audio bytes decoded as UTF-8, so a test sends ``b"hello"`` and expects
``"hello"``. Faults: ``handshake="error"`` (an ``error`` message instead of ``session.created``),
``handshake="silent"`` (nothing: the client's handshake deadline must fire),
``abort_after_session=True`` (an abnormal close, code 1011, after ``session.created``),
``prelude``/``after_session`` (extra raw messages, e.g. unknown event types). Every message
received is recorded in :attr:`FakeRealtimeServer.received`, with the upgrade request's headers
and query in :attr:`FakeRealtimeServer.connections`.

The server runs its own event loop in a thread, so it serves sync and async tests alike.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import parse_qsl, urlsplit

try:
    from websockets.asyncio.server import Server, ServerConnection, serve
    from websockets.datastructures import Headers
    from websockets.exceptions import ConnectionClosed
    from websockets.http11 import Request, Response
except ImportError as exc:  # the fake needs the same extra as the client it tests
    raise ImportError(
        "mistralai.testing.realtime needs the `websockets` package (>=13.0): "
        'pip install "mistralai-api-audio[realtime]"'
    ) from exc

__all__ = ["REALTIME_PATH", "FakeRealtimeServer", "RealtimeConnectionRecord"]

REALTIME_PATH = "/v1/audio/transcriptions/realtime"
Handshake = Literal["ok", "error", "silent"]


@dataclass
class RealtimeConnectionRecord:
    """One WebSocket upgrade the server accepted: its headers and query parameters."""

    headers: dict[str, str]
    query: dict[str, str]
    messages: list[dict[str, Any]] = field(default_factory=lambda: [])


def _dumps(value: object) -> str:
    return json.dumps(value, separators=(",", ":"))


class FakeRealtimeServer:
    """``with FakeRealtimeServer() as server: Mistral(server_url=server.url, api_key="k")``."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        handshake: Handshake = "ok",
        abort_after_session: bool = False,
        prelude: list[Any] | None = None,
        after_session: list[Any] | None = None,
        audio_format: Mapping[str, Any] | None = None,
        language: str = "en",
    ) -> None:
        self.api_key = api_key
        """When set, upgrades without ``Authorization: Bearer <api_key>`` get HTTP 401."""
        self.handshake: Handshake = handshake
        self.abort_after_session = abort_after_session
        self.prelude = list(prelude or [])
        self.after_session = list(after_session or [])
        self.audio_format = dict(audio_format or {"encoding": "pcm_s16le", "sample_rate": 16000})
        self.language = language
        self.connections: list[RealtimeConnectionRecord] = []
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: Server | None = None
        self._thread: threading.Thread | None = None
        self._stopped: asyncio.Event | None = None
        self.port = 0

    # -- lifecycle ---------------------------------------------------------------------------
    @property
    def url(self) -> str:
        """The HTTP base URL to give the client as ``server_url`` (it switches to ``ws://``)."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def received(self) -> list[dict[str, Any]]:
        """Every JSON message received, over all connections, in order."""
        with self._lock:
            return [m for c in self.connections for m in c.messages]

    def start(self) -> FakeRealtimeServer:
        ready = threading.Event()
        errors: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            try:
                loop.run_until_complete(self._serve(ready))
            except BaseException as exc:  # reported to start(), which is waiting
                errors.append(exc)
                ready.set()
            finally:
                loop.close()

        self._thread = threading.Thread(target=run, name="fake-realtime-server", daemon=True)
        self._thread.start()
        ready.wait()
        if errors:
            raise errors[0]
        return self

    async def _serve(self, ready: threading.Event) -> None:
        self._stopped = asyncio.Event()
        async with serve(
            self._handle, "127.0.0.1", 0, process_request=self._process_request
        ) as server:
            self._server = server
            self.port = next(iter(server.sockets)).getsockname()[1]
            ready.set()
            await self._stopped.wait()

    def stop(self) -> None:
        loop, stopped = self._loop, self._stopped
        if loop is not None and stopped is not None and not loop.is_closed():
            loop.call_soon_threadsafe(stopped.set)
        if self._thread is not None:
            self._thread.join(timeout=10)

    def __enter__(self) -> FakeRealtimeServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- protocol ----------------------------------------------------------------------------
    def _process_request(self, connection: ServerConnection, request: Request) -> Response | None:
        path = urlsplit(request.path).path
        if path != REALTIME_PATH:
            return connection.respond(404, f"no WebSocket at {path}\n")
        expected = None if self.api_key is None else f"Bearer {self.api_key}"
        if expected is not None and request.headers.get("authorization") != expected:
            return connection.respond(401, '{"message":"Unauthorized"}\n')
        return None

    async def _handle(self, ws: ServerConnection) -> None:
        request = ws.request
        assert request is not None
        record = RealtimeConnectionRecord(
            headers=_headers(request.headers),
            query=dict(parse_qsl(urlsplit(request.path).query, keep_blank_values=True)),
        )
        with self._lock:
            self.connections.append(record)
        with contextlib.suppress(ConnectionClosed):  # the client went away: nothing to say
            await self._converse(ws, record)

    async def _converse(self, ws: ServerConnection, record: RealtimeConnectionRecord) -> None:
        for raw in self.prelude:
            await ws.send(raw if isinstance(raw, str) else _dumps(raw))
        if self.handshake == "silent":
            await ws.wait_closed()
            return
        if self.handshake == "error":
            error = {"message": "Invalid model", "code": 4001}
            await ws.send(_dumps({"type": "error", "error": error}))
            await ws.close(1008, "invalid model")
            return
        session: dict[str, Any] = {
            "request_id": f"req-{len(self.connections)}",
            "model": record.query.get("model", ""),
            "audio_format": dict(self.audio_format),
            "target_streaming_delay_ms": None,
        }
        await ws.send(_dumps({"type": "session.created", "session": session}))
        for raw in self.after_session:
            await ws.send(raw if isinstance(raw, str) else _dumps(raw))
        if self.abort_after_session:
            await ws.close(1011, "internal error")
            return
        buffered = b""
        transcript = ""
        async for message in ws:
            data: dict[str, Any] = json.loads(message)
            with self._lock:
                record.messages.append(data)
            kind = data.get("type")
            if kind == "session.update":
                update: dict[str, Any] = data.get("session") or {}
                session.update({k: v for k, v in update.items() if v is not None})
                await ws.send(_dumps({"type": "session.updated", "session": session}))
            elif kind == "input_audio.append":
                buffered += base64.b64decode(str(data["audio"]))
            elif kind in ("input_audio.flush", "input_audio.end"):
                if buffered:
                    text = buffered.decode("utf-8", errors="replace")
                    transcript += text
                    buffered = b""
                    await ws.send(_dumps({"type": "transcription.text.delta", "text": text}))
                if kind == "input_audio.end":
                    await self._finish(ws, session, transcript)
                    return
            else:
                error = {"message": f"unknown message type {kind!r}", "code": 4000}
                await ws.send(_dumps({"type": "error", "error": error}))

    async def _finish(self, ws: ServerConnection, session: dict[str, Any], text: str) -> None:
        await ws.send(_dumps({"type": "transcription.language", "audio_language": self.language}))
        end = float(len(text))
        segment = {"type": "transcription.segment", "text": text, "start": 0.0, "end": end}
        await ws.send(_dumps(segment))
        words = len(text.split())
        usage = {
            "prompt_tokens": len(text),
            "completion_tokens": words,
            "total_tokens": len(text) + words,
        }
        done = {
            "type": "transcription.done",
            "model": session["model"],
            "text": text,
            "language": self.language,
            "segments": [{"text": text, "start": 0.0, "end": end, "type": "transcription_segment"}],
            "usage": usage,
        }
        await ws.send(_dumps(done))
        await ws.close(1000, "done")


def _headers(headers: Headers) -> dict[str, str]:
    return {name.lower(): value for name, value in headers.raw_items()}
