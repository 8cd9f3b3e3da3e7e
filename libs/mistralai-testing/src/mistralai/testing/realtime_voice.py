"""Fakes of the two voice APIs the official SDK 3.7 reaches over sockets.

:class:`FakeRealtimeSpeechServer`: the realtime text-to-speech WebSocket
(``/v1/audio/speech/realtime``), a real WebSocket on 127.0.0.1 speaking the official messages:

- on connect: ``session.created`` (``model`` from the query string, ``pcm``, ``responsive``);
- ``session.update`` -> ``session.updated`` with the merged session; a ``voice`` listed in
  ``unknown_voices`` is refused the way the service refuses it: a close frame (1008) whose
  reason names the voice, no ``error`` message;
- ``input_text.append`` is buffered; ``input_text.flush`` (with its optional ``text``) and
  ``input_text.end`` turn each buffered piece, in order, into one ``speech.audio.delta``
  whose audio is the piece's UTF-8 bytes (so a test sends ``"hi"`` and hears ``b"hi"``);
- after ``input_text.end``: ``speech.audio.done`` (usage), then a normal close.

Faults: ``handshake="error"`` (an ``error`` message instead of ``session.created``),
``handshake="silent"``, ``abort_after_session=True`` (close 1011 after ``session.created``).

:class:`FakeVoiceAgentRoom`: a voice agent session. The official SDK creates it over REST
(``POST /v1/audio/sessions``, ``DELETE /v1/audio/sessions/{id}``) and then joins a LiveKit
room (WebRTC) with the returned ``server_url`` and ``participant_token``: agent events arrive
as data packets on the topic ``voice_agent.events``, function tools are LiveKit RPCs
``mistral.function_tool`` and live updates the RPC ``mistral.session_update``. LiveKit cannot
be faked on a loopback socket in a test, so the room is a WebSocket carrying exactly those
payloads in a small JSON envelope of its own (``{"kind": "data" | "rpc" | "rpc_result" |
"rpc_error" | "audio" | "agent_joined" | "input_enabled", ...}``), and
:meth:`FakeVoiceAgentRoom.transport_factory` is the client side of that envelope, given to
``VoiceAgentSession.connect(transport_factory=...)`` in place of the LiveKit transport.
:meth:`FakeVoiceAgentRoom.install` adds the two REST routes to a
:class:`~mistralai.testing.FakeMistralServer`.

Both servers run their own event loop in a thread, so they serve sync and async tests alike.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import itertools
import json
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Literal, Protocol

try:
    from websockets.asyncio.client import ClientConnection, connect
    from websockets.asyncio.server import ServerConnection
    from websockets.exceptions import ConnectionClosed
    from websockets.http11 import Request

    from mistralai.testing._socket_server import (
        Handshake,
        SocketRecord,
        ThreadedSocketServer,
        dumps,
        refuse,
    )
except ImportError as exc:  # the fake needs the same extra as the client it tests
    raise ImportError(
        "mistralai.testing.realtime_voice needs the `websockets` package (>=13.0): "
        'pip install "mistralai-api-audio[realtime]"'
    ) from exc

if TYPE_CHECKING:
    from mistralai.testing._routing import RequestContext
    from mistralai.testing._routing import Response as HttpResponse
    from mistralai.testing.server import FakeMistralServer

__all__ = [
    "REALTIME_SPEECH_PATH",
    "FakeRealtimeSpeechServer",
    "FakeVoiceAgentRoom",
    "SocketRecord",
]

REALTIME_SPEECH_PATH = "/v1/audio/speech/realtime"
EVENTS_TOPIC = "voice_agent.events"
FUNCTION_TOOL_RPC = "mistral.function_tool"
SESSION_UPDATE_RPC = "mistral.session_update"


# -- realtime speech ---------------------------------------------------------------------------


class FakeRealtimeSpeechServer(ThreadedSocketServer):
    """``with FakeRealtimeSpeechServer() as server: Mistral(server_url=server.url, ...)``."""

    path = REALTIME_SPEECH_PATH

    def __init__(
        self,
        *,
        api_key: str | None = None,
        handshake: Handshake = "ok",
        abort_after_session: bool = False,
        unknown_voices: frozenset[str] = frozenset({"no-such-voice"}),
        after_session: list[Any] | None = None,
    ) -> None:
        super().__init__(api_key=api_key)
        self.handshake: Handshake = handshake
        self.abort_after_session = abort_after_session
        self.unknown_voices = unknown_voices
        self.after_session = list(after_session or [])

    async def _converse(self, ws: ServerConnection, record: SocketRecord) -> None:
        session: dict[str, Any] = {
            "request_id": f"tts-{len(self.connections)}",
            "model": record.query.get("model", ""),
            "is_ref_audio": False,
            "streaming_mode": "responsive",
            "response_format": "pcm",
            "expressiveness": 1.0,
            "voice": None,
        }
        if not await self._open_session(
            ws,
            session,
            handshake=self.handshake,
            error_message={"detail": "Invalid model"},
            after_session=self.after_session,
            abort=self.abort_after_session,
        ):
            return
        pieces: list[str] = []
        spoken = ""
        async for message in ws:
            data: dict[str, Any] = json.loads(message)
            self._record(record, data)
            kind = data.get("type")
            if kind == "session.update":
                update: dict[str, Any] = data.get("session") or {}
                voice = update.get("voice")
                if voice in self.unknown_voices:
                    await ws.close(1008, f"Unknown voice: {voice}")
                    return
                session.update({k: v for k, v in update.items() if v is not None})
                session["is_ref_audio"] = session.get("ref_audio") is not None
                session.pop("ref_audio", None)
                await ws.send(dumps({"type": "session.updated", "session": session}))
            elif kind == "input_text.append":
                pieces.append(str(data["text"]))
            elif kind in ("input_text.flush", "input_text.end"):
                if data.get("text"):
                    pieces.append(str(data["text"]))
                for piece in pieces:
                    audio = base64.b64encode(piece.encode()).decode("ascii")
                    await ws.send(dumps({"type": "speech.audio.delta", "audio_data": audio}))
                    spoken += piece
                pieces = []
                if kind == "input_text.end":
                    usage = {"prompt_tokens": len(spoken), "total_tokens": len(spoken)}
                    await ws.send(dumps({"type": "speech.audio.done", "usage": usage}))
                    await ws.close(1000, "done")
                    return
            else:
                await refuse(ws, kind)


# -- voice agent session -----------------------------------------------------------------------


class _Hooks(Protocol):
    """What the session gives its transport (structural: see
    ``mistralai.api.audio.voice_agents.VoiceTransportHooks``)."""

    @property
    def on_data(self) -> Callable[[str], Awaitable[None]]: ...
    @property
    def on_audio(self) -> Callable[[bytes], Awaitable[None]]: ...
    @property
    def on_function_call(self) -> Callable[[str], Awaitable[str]]: ...
    @property
    def on_disconnected(self) -> Callable[[Literal["server_closed"]], Awaitable[None]]: ...


class _SessionResponse(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def server_url(self) -> str: ...
    @property
    def participant_token(self) -> str: ...


class FakeVoiceAgentRoom(ThreadedSocketServer):
    """The agent side of a voice session (see the module docstring).

    When the client joins: ``agent_joined``, then an ``agent.state.changed`` (``listening``).
    Each audio chunk the client sends is a user turn whose "speech" is the chunk's UTF-8 text:
    a final user ``transcription.segment``; for every function tool of the session (in the
    order declared) ``tool_call.started``, the RPC ``mistral.function_tool`` with
    ``tool_arguments[name]`` (``{}`` by default) and ``tool_call.ended`` with the handler's
    answer (or the RPC error); then an assistant segment ``"you said: <text>"``, its audio
    (those UTF-8 bytes) and ``agent.state.changed`` back to ``listening``. The RPC
    ``mistral.session_update`` is answered with a ``session.updated`` event (also broadcast).

    Faults: ``crash_after_join=True`` sends a fatal ``error`` event and closes the room with
    1011; ``reject_token=True`` refuses the join with HTTP 401.
    """

    path = "/room"

    def __init__(
        self,
        *,
        tool_arguments: Mapping[str, Mapping[str, Any]] | None = None,
        crash_after_join: bool = False,
        reject_token: bool = False,
    ) -> None:
        super().__init__()
        self.tool_arguments = {k: dict(v) for k, v in (tool_arguments or {}).items()}
        self.crash_after_join = crash_after_join
        self.reject_token = reject_token
        self.sessions: dict[str, dict[str, Any]] = {}
        """Created sessions by id: the request body and the answer."""
        self.deleted: list[str] = []
        """Ids of the sessions deleted through ``DELETE /v1/audio/sessions/{id}``, in order."""
        self._ids = itertools.count(1)

    @staticmethod
    def transport_factory(session: _SessionResponse, hooks: _Hooks) -> _RoomTransport:
        """Give to ``VoiceAgentSession.connect(transport_factory=...)``: joins this room."""
        return _RoomTransport(session, hooks)

    # -- REST --------------------------------------------------------------------------------
    def install(self, server: FakeMistralServer) -> None:
        """Serve ``POST /v1/audio/sessions`` and ``DELETE /v1/audio/sessions/{id}`` on
        ``server``; the created sessions point at this room."""
        server.add_route("POST", r"/v1/audio/sessions", self._create)
        server.add_route("DELETE", r"/v1/audio/sessions/(?P<session_id>[^/]+)", self._delete)

    def _create(self, ctx: RequestContext) -> HttpResponse:
        from mistralai.testing._routing import json_response

        body: dict[str, Any] = ctx.json() or {}
        session_id = f"voice-{next(self._ids)}"
        now = datetime.now(UTC)
        tools: list[dict[str, Any]] = body.get("tools") or []
        answer: dict[str, Any] = {
            "id": session_id,
            "participant_token": f"token-{session_id}",
            "server_url": f"ws://127.0.0.1:{self.port}{self.path}",
            "created_at": now.isoformat(),
            "expires_at": (now + timedelta(minutes=5)).isoformat(),
            "function_tools": [t for t in tools if t.get("type") == "function"],
        }
        with self._lock:
            self.sessions[session_id] = {"request": body, "response": answer}
        return json_response(answer)

    def _delete(self, ctx: RequestContext) -> HttpResponse:
        from mistralai.testing._routing import Response as HttpResponse

        with self._lock:
            self.deleted.append(ctx.params["session_id"])
        return HttpResponse(status=204)

    # -- the room ----------------------------------------------------------------------------
    def _authorized(self, request: Request) -> bool:
        token = request.headers.get("authorization", "").removeprefix("Bearer ")
        with self._lock:
            known = any(s["response"]["participant_token"] == token for s in self.sessions.values())
        return known and not self.reject_token

    async def _converse(self, ws: ServerConnection, record: SocketRecord) -> None:
        token = record.headers.get("authorization", "").removeprefix("Bearer ")
        with self._lock:
            session = next(
                s for s in self.sessions.values() if s["response"]["participant_token"] == token
            )
        tools = [t["function"]["name"] for t in session["response"]["function_tools"]]
        room = _RoomConversation(ws, record, self, tools)
        await room.run()


class _RoomConversation:
    """One client in the room: the script of :class:`FakeVoiceAgentRoom`."""

    def __init__(
        self,
        ws: ServerConnection,
        record: SocketRecord,
        room: FakeVoiceAgentRoom,
        tools: list[str],
    ) -> None:
        self.ws = ws
        self.record = record
        self.room = room
        self.tools = tools
        self.rpc_ids = itertools.count(1)
        self.rpc_answers: dict[int, asyncio.Future[dict[str, Any]]] = {}
        self.clock = itertools.count(1)
        self.turns = itertools.count(1)
        self.state = "initializing"

    async def event(self, payload: dict[str, Any]) -> None:
        payload.setdefault("ts", float(next(self.clock)))
        data = {"kind": "data", "topic": EVENTS_TOPIC, "payload": dumps(payload)}
        await self.ws.send(dumps(data))

    async def set_state(self, state: str) -> None:
        old, self.state = self.state, state
        await self.event({"type": "agent.state.changed", "old_state": old, "state": state})

    async def run(self) -> None:
        await self.ws.send(dumps({"kind": "agent_joined", "identity": "agent"}))
        if self.room.crash_after_join:
            crash = {
                "type": "error",
                "source": "agent",
                "code": "agent_crashed",
                "message": "the agent crashed",
                "fatal": True,
            }
            await self.event(crash)
            await self.ws.close(1011, "agent crashed")
            return
        await self.set_state("listening")
        turns: set[asyncio.Task[None]] = set()
        async for message in self.ws:
            data: dict[str, Any] = json.loads(message)
            self.room._record(self.record, data)  # pyright: ignore[reportPrivateUsage]
            kind = data.get("kind")
            if kind in ("rpc_result", "rpc_error"):
                answer = self.rpc_answers.pop(int(data["id"]), None)
                if answer is not None:
                    answer.set_result(data)
            elif kind == "audio":
                # A turn waits on the client's RPC answers: it runs beside this reader.
                text = base64.b64decode(str(data["data"])).decode("utf-8", errors="replace")
                task = asyncio.ensure_future(self.turn(text))
                turns.add(task)
                task.add_done_callback(turns.discard)
            elif kind == "rpc" and data.get("method") == SESSION_UPDATE_RPC:
                # The committed configuration: the patch over an empty one.
                update: dict[str, Any] = json.loads(str(data["payload"]))
                config: dict[str, Any] = {"llm": {}, "tts": {}, "stt": {}, "turn": {}, **update}
                updated: dict[str, Any] = {"type": "session.updated", "session": config, "ts": 0.0}
                await self.event(dict(updated))
                result = {"kind": "rpc_result", "id": data["id"], "payload": dumps(updated)}
                await self.ws.send(dumps(result))

    async def turn(self, text: str) -> None:
        turn = next(self.turns)
        user = {"id": f"u{turn}", "role": "user", "content": text, "final": True}
        await self.event({"type": "transcription.segment", **user})
        await self.set_state("thinking")
        for name in self.tools:
            await self.call_tool(f"call-{turn}-{name}", name)
        reply = f"you said: {text}"
        assistant = {"id": f"a{turn}", "role": "assistant", "content": reply, "final": True}
        await self.event({"type": "transcription.segment", **assistant})
        await self.set_state("speaking")
        audio = base64.b64encode(reply.encode()).decode("ascii")
        await self.ws.send(dumps({"kind": "audio", "data": audio}))
        await self.set_state("listening")

    async def call_tool(self, call_id: str, name: str) -> None:
        arguments = dumps(self.room.tool_arguments.get(name, {}))
        await self.event({"type": "tool_call.started", "id": call_id, "name": name})
        rpc_id = next(self.rpc_ids)
        answer: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self.rpc_answers[rpc_id] = answer
        payload = dumps({"name": name, "arguments": arguments})
        rpc = {"kind": "rpc", "id": rpc_id, "method": FUNCTION_TOOL_RPC, "payload": payload}
        await self.ws.send(dumps(rpc))
        result = await answer
        ok = result["kind"] == "rpc_result"
        ended = {
            "type": "tool_call.ended",
            "id": call_id,
            "name": name,
            "arguments": arguments,
            "status": "done" if ok else "error",
            "result": result["payload"] if ok else result["message"],
        }
        await self.event(ended)


# -- the client side of the room (stands in for the LiveKit transport) --------------------------


class _RoomTransport:
    """Implements the session's transport protocol over the room's envelope."""

    def __init__(self, session: _SessionResponse, hooks: _Hooks) -> None:
        self._session = session
        self._hooks = hooks
        self._ws: ClientConnection | None = None
        self._reader: asyncio.Task[None] | None = None
        self._agent = asyncio.Event()
        self._rpc_ids = itertools.count(1)
        self._rpc_answers: dict[int, asyncio.Future[dict[str, Any]]] = {}
        self._answering: set[asyncio.Future[None]] = set()
        self._closing = False

    async def start(self) -> None:
        headers = {"Authorization": f"Bearer {self._session.participant_token}"}
        self._ws = await connect(self._session.server_url, additional_headers=headers)
        self._reader = asyncio.ensure_future(self._read(self._ws))

    async def wait_for_agent(self) -> None:
        await self._agent.wait()

    async def send_audio(self, audio: bytes) -> None:
        await self._send({"kind": "audio", "data": base64.b64encode(audio).decode("ascii")})

    async def set_input_enabled(self, enabled: bool) -> None:
        await self._send({"kind": "input_enabled", "enabled": enabled})

    async def send_session_update(self, payload: str) -> str:
        await self.wait_for_agent()
        rpc_id = next(self._rpc_ids)
        answer: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._rpc_answers[rpc_id] = answer
        await self._send(
            {"kind": "rpc", "id": rpc_id, "method": SESSION_UPDATE_RPC, "payload": payload}
        )
        return str((await answer)["payload"])

    async def close(self) -> None:
        self._closing = True
        if self._ws is not None:
            await self._ws.close()
        if self._reader is not None:
            await asyncio.gather(self._reader, return_exceptions=True)

    async def _send(self, message: dict[str, Any]) -> None:
        if self._ws is None:
            raise RuntimeError("the room transport is not started")
        await self._ws.send(dumps(message))

    async def _read(self, ws: ClientConnection) -> None:
        try:
            async for message in ws:
                data: dict[str, Any] = json.loads(message)
                kind = data.get("kind")
                if kind == "agent_joined":
                    self._agent.set()
                elif kind == "data" and data.get("topic") == EVENTS_TOPIC:
                    await self._hooks.on_data(str(data["payload"]))
                elif kind == "audio":
                    await self._hooks.on_audio(base64.b64decode(str(data["data"])))
                elif kind == "rpc" and data.get("method") == FUNCTION_TOOL_RPC:
                    # Handlers may be slow (and call back into the room): answer beside the
                    # reader, keeping the task referenced until it is done.
                    task = asyncio.ensure_future(self._answer(data))
                    self._answering.add(task)
                    task.add_done_callback(self._answering.discard)
                elif kind == "rpc_result":
                    answer = self._rpc_answers.pop(int(data["id"]), None)
                    if answer is not None:
                        answer.set_result(data)
        except ConnectionClosed:
            pass
        if not self._closing:
            await self._hooks.on_disconnected("server_closed")

    async def _answer(self, rpc: dict[str, Any]) -> None:
        try:
            result = await self._hooks.on_function_call(str(rpc["payload"]))
            reply: dict[str, Any] = {"kind": "rpc_result", "id": rpc["id"], "payload": result}
        except Exception as exc:  # the session's typed error carries the RPC code
            code = getattr(exc, "code", 1)
            reply = {"kind": "rpc_error", "id": rpc["id"], "code": code, "message": str(exc)}
        with contextlib.suppress(ConnectionClosed):
            await self._send(reply)
