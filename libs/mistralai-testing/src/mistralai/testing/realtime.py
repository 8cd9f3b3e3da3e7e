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

import base64
import json
from collections.abc import Mapping
from typing import Any

try:
    from websockets.asyncio.server import ServerConnection

    from mistralai.testing._socket_server import (
        Handshake,
        SocketRecord,
        ThreadedSocketServer,
        dumps,
        refuse,
        send_raw,
    )
except ImportError as exc:  # the fake needs the same extra as the client it tests
    raise ImportError(
        "mistralai.testing.realtime needs the `websockets` package (>=13.0): "
        'pip install "mistralai-api-audio[realtime]"'
    ) from exc

__all__ = ["REALTIME_PATH", "FakeRealtimeServer", "RealtimeConnectionRecord"]

REALTIME_PATH = "/v1/audio/transcriptions/realtime"

RealtimeConnectionRecord = SocketRecord
"""One WebSocket upgrade the server accepted: its headers, query and the JSON it received (the
record every WebSocket fake keeps)."""


class FakeRealtimeServer(ThreadedSocketServer):
    """``with FakeRealtimeServer() as server: Mistral(server_url=server.url, api_key="k")``."""

    path = REALTIME_PATH

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
        super().__init__(api_key=api_key)
        self.handshake: Handshake = handshake
        self.abort_after_session = abort_after_session
        self.prelude = list(prelude or [])
        self.after_session = list(after_session or [])
        self.audio_format = dict(audio_format or {"encoding": "pcm_s16le", "sample_rate": 16000})
        self.language = language

    async def _converse(self, ws: ServerConnection, record: SocketRecord) -> None:
        await send_raw(ws, self.prelude)
        session: dict[str, Any] = {
            "request_id": f"req-{len(self.connections)}",
            "model": record.query.get("model", ""),
            "audio_format": dict(self.audio_format),
            "target_streaming_delay_ms": None,
        }
        if not await self._open_session(
            ws,
            session,
            handshake=self.handshake,
            error_message="Invalid model",
            after_session=self.after_session,
            abort=self.abort_after_session,
        ):
            return
        buffered = b""
        transcript = ""
        async for message in ws:
            data: dict[str, Any] = json.loads(message)
            self._record(record, data)
            kind = data.get("type")
            if kind == "session.update":
                update: dict[str, Any] = data.get("session") or {}
                session.update({k: v for k, v in update.items() if v is not None})
                await ws.send(dumps({"type": "session.updated", "session": session}))
            elif kind == "input_audio.append":
                buffered += base64.b64decode(str(data["audio"]))
            elif kind in ("input_audio.flush", "input_audio.end"):
                if buffered:
                    text = buffered.decode("utf-8", errors="replace")
                    transcript += text
                    buffered = b""
                    await ws.send(dumps({"type": "transcription.text.delta", "text": text}))
                if kind == "input_audio.end":
                    await self._finish(ws, session, transcript)
                    return
            else:
                await refuse(ws, kind)

    async def _finish(self, ws: ServerConnection, session: dict[str, Any], text: str) -> None:
        await ws.send(dumps({"type": "transcription.language", "audio_language": self.language}))
        end = float(len(text))
        segment = {"type": "transcription.segment", "text": text, "start": 0.0, "end": end}
        await ws.send(dumps(segment))
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
        await ws.send(dumps(done))
        await ws.close(1000, "done")
