"""``client.audio.sessions.init`` (voice agent sessions): the REST calls against the fake
server, the agent's events and function tool calls through the fake room of
mistralai.testing (a WebSocket standing in for the LiveKit room, see its docstring)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

from mistralai.api.audio._generated.resources import AudioSessionsWithRawResponse
from mistralai.api.audio._sessions import AudioSessions
from mistralai.api.audio._voice_session import VoiceAgentSession
from mistralai.api.audio.voice_agents import (
    AudioInterface,
    ConnectedEvent,
    DisconnectedEvent,
    UnhandledToolEvent,
    VoiceAgentConfigurationError,
    VoiceAgentConnectionError,
    VoiceAgentError,
    VoiceAgentErrorEvent,
    VoiceAgentStateChangedEvent,
    VoiceAgentToolCallEndedEvent,
    VoiceAgentToolCallStartedEvent,
    VoiceAgentTranscriptEvent,
    VoiceEventName,
    parse_voice_agent_event,
)
from mistralai.api.audio.voice_tools import FunctionHandler, function_tool
from mistralai.core import Mistral
from mistralai.testing import FakeMistralServer
from mistralai.testing.realtime_voice import FakeVoiceAgentRoom


@pytest.fixture
def room(fake_server: FakeMistralServer) -> Iterator[FakeVoiceAgentRoom]:
    with FakeVoiceAgentRoom(tool_arguments={"get_weather": {"city": "Paris"}}) as fake:
        fake.install(fake_server)
        yield fake


@pytest.fixture
def client(fake_server: FakeMistralServer) -> Mistral:
    return Mistral(api_key="test-key", server_url=fake_server.url)


@function_tool(filler={"text": "Let me check"})
def get_weather(city: str) -> dict[str, Any]:
    """The weather in a city."""
    return {"city": city, "sky": "sunny"}


class Recorder:
    """Every event of the names given, in arrival order, with a way to wait for one."""

    def __init__(self, session: VoiceAgentSession, *names: VoiceEventName) -> None:
        self.events: list[tuple[str, Any]] = []
        self._changed = asyncio.Event()
        for name in names:
            session.on(name, lambda event, name=name: self._add(name, event))

    def _add(self, name: str, event: Any) -> None:
        self.events.append((name, event))
        self._changed.set()

    def of(self, name: str) -> list[Any]:
        return [event for n, event in self.events if n == name]

    async def until(self, name: str, predicate: Any = lambda _e: True) -> Any:
        async with asyncio.timeout(10):  # a safety net against a hang, not a timing check
            while True:
                found = [e for e in self.of(name) if predicate(e)]
                if found:
                    return found[0]
                self._changed.clear()
                await self._changed.wait()


def test_sessions_keeps_the_generated_methods(client: Mistral, room: FakeVoiceAgentRoom) -> None:
    sessions = client.audio.sessions
    assert isinstance(sessions, AudioSessions)
    assert sessions is client.audio.sessions
    assert isinstance(sessions.with_raw_response, AudioSessionsWithRawResponse)
    raw = sessions.with_raw_response.create(instructions="Be brief.")
    assert raw.status_code == 200
    created = raw.parse()
    assert created.participant_token == f"token-{created.id}"
    sessions.close(session_id=created.id)
    assert room.deleted == [created.id]


async def test_a_voice_turn_with_a_function_tool(
    client: Mistral, room: FakeVoiceAgentRoom, fake_server: FakeMistralServer
) -> None:
    session = await client.audio.sessions.init(
        instructions="Be brief.", tools=[get_weather], welcome_message="Hi!"
    )
    assert isinstance(session, VoiceAgentSession)
    # the REST call: the handler's declaration, with its schema, filler and timeout
    request = room.sessions[session.id]["request"]
    assert request["instructions"] == "Be brief."
    assert request["welcome_message"] == "Hi!"
    [declaration] = request["tools"]
    assert declaration["type"] == "function"
    assert declaration["function"]["name"] == "get_weather"
    assert declaration["function"]["description"] == "The weather in a city."
    assert declaration["function"]["parameters"]["required"] == ["city"]
    assert declaration["filler"] == {"text": "Let me check", "type": "static"}
    assert declaration["timeout_ms"] == 15_000

    recorder = Recorder(
        session,
        "connected",
        "transcript",
        "tool_call_started",
        "tool_call_ended",
        "agent_state_changed",
        "audio",
        "disconnected",
        "error",
    )
    await session.connect(transport_factory=room.transport_factory)
    async with session:  # connected already: entering is a no-op, leaving closes
        assert isinstance(recorder.of("connected")[0], ConnectedEvent)
        await session.send_audio(b"weather in Paris?")
        await recorder.until("audio")
        await recorder.until("agent_state_changed", lambda e: e.old_state == "speaking")
    # the turn, in order: user text, the tool call (run locally over the RPC), the answer
    names = [name for name, _ in recorder.events if name != "agent_state_changed"]
    assert names == [
        "connected",
        "transcript",
        "tool_call_started",
        "tool_call_ended",
        "transcript",
        "audio",
        "disconnected",
    ]
    ended = recorder.of("tool_call_ended")[0]
    assert isinstance(ended, VoiceAgentToolCallEndedEvent)
    assert ended.status == "done"
    assert ended.result == '{"city": "Paris", "sky": "sunny"}'
    assert isinstance(recorder.of("tool_call_started")[0], VoiceAgentToolCallStartedEvent)
    assert [t.content for t in session.transcript] == [
        "weather in Paris?",
        "you said: weather in Paris?",
    ]
    assert all(isinstance(t, VoiceAgentTranscriptEvent) for t in session.transcript)
    assert recorder.of("audio") == [b"you said: weather in Paris?"]
    states = [e.state for e in recorder.of("agent_state_changed")]
    assert isinstance(recorder.of("agent_state_changed")[0], VoiceAgentStateChangedEvent)
    assert states == ["listening", "thinking", "speaking", "listening"]
    assert recorder.of("error") == []
    # close() left the room and deleted the remote session
    assert room.deleted == [session.id]
    disconnected = recorder.of("disconnected")[0]
    assert isinstance(disconnected, DisconnectedEvent)
    assert disconnected.session_id == session.id
    # the room was joined with the participant token, not the API key
    assert room.connections[0].headers["authorization"] == f"Bearer token-{session.id}"
    await session.wait()  # ended cleanly: nothing raised


async def test_a_call_without_a_handler_is_reported_and_refused(
    client: Mistral, room: FakeVoiceAgentRoom
) -> None:
    declaration = {
        "type": "function",
        "function": {"name": "book", "parameters": {"type": "object", "properties": {}}},
    }
    session = await client.audio.sessions.init(tools=[declaration])
    recorder = Recorder(session, "unhandled_tool", "tool_call_ended", "error")
    await session.connect(transport_factory=room.transport_factory)
    try:
        # the declaration without a handler: a non-fatal configuration error at connect
        warning = recorder.of("error")[0]
        assert isinstance(warning, VoiceAgentErrorEvent)
        assert warning.code == "function_handler_configuration_error"
        assert not warning.fatal
        await session.send_audio(b"book a table")
        ended = await recorder.until("tool_call_ended")
    finally:
        await session.close()
    unhandled = recorder.of("unhandled_tool")[0]
    assert isinstance(unhandled, UnhandledToolEvent)
    assert unhandled.name == "book"
    assert ended.status == "error"
    assert ended.result == "No handler for function `book`"


async def test_update_is_confirmed_by_the_agent(client: Mistral, room: FakeVoiceAgentRoom) -> None:
    session = await client.audio.sessions.init()
    await session.connect(transport_factory=room.transport_factory)
    try:
        updated = await session.update(
            instructions="Speak French.", turn={"allow_interruptions": False}
        )
    finally:
        await session.close()
    assert updated.session.instructions == "Speak French."
    assert updated.session.turn.allow_interruptions is False
    rpc = [m for m in room.received if m.get("kind") == "rpc"]
    assert rpc[0]["method"] == "mistral.session_update"


async def test_agent_crash_is_a_fatal_error_that_ends_the_session(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    with FakeVoiceAgentRoom(crash_after_join=True) as room:
        room.install(fake_server)
        session = await client.audio.sessions.init()
        recorder = Recorder(session, "error", "disconnected")
        await session.connect(transport_factory=room.transport_factory)
        with pytest.raises(VoiceAgentConnectionError) as info:
            async with asyncio.timeout(10):  # a safety net against a hang
                await session.wait()
    assert info.value.message == "the agent crashed"
    assert info.value.error_event is not None
    assert info.value.error_event.code == "agent_crashed"
    assert recorder.of("disconnected")[0].reason == "error"
    assert room.deleted == [session.id]  # the session cleaned up after itself
    with pytest.raises(VoiceAgentConnectionError, match="not running"):
        await session.send_audio(b"x")


async def test_a_refused_join_closes_the_session(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    with FakeVoiceAgentRoom(reject_token=True) as room:
        room.install(fake_server)
        session = await client.audio.sessions.init()
        with pytest.raises(VoiceAgentConnectionError, match="Failed to start voice session"):
            await session.connect(transport_factory=room.transport_factory)
    assert room.deleted == [session.id]
    with pytest.raises(VoiceAgentConnectionError, match="closed voice session"):
        await session.connect(transport_factory=room.transport_factory)


async def test_without_a_media_transport_connect_says_so(
    client: Mistral, room: FakeVoiceAgentRoom
) -> None:
    session = await client.audio.sessions.init()
    with pytest.raises(VoiceAgentError, match="LiveKit"):
        await session.connect()
    assert room.deleted == [session.id]


async def test_configuration_errors_fail_before_the_session_is_created(
    client: Mistral, room: FakeVoiceAgentRoom
) -> None:
    with pytest.raises(VoiceAgentConfigurationError, match="requires agent_id"):
        await client.audio.sessions.init(agent_version=2)

    def other_weather(city: str) -> str:
        return city

    with pytest.raises(VoiceAgentConfigurationError, match="Different handlers"):
        await client.audio.sessions.init(
            tools=[get_weather],
            function_handlers=[FunctionHandler(other_weather, name="get_weather")],
        )
    assert room.sessions == {}


async def test_function_handler_validates_and_serialises() -> None:
    assert await get_weather.invoke('{"city": "Lyon"}') == '{"city": "Lyon", "sky": "sunny"}'
    assert get_weather("Nice") == {"city": "Nice", "sky": "sunny"}  # still the function
    assert get_weather.signature_mismatch({"properties": {"town": {}}}) == (
        "does not accept town; requires city, which the model never sends"
    )


class Devices(AudioInterface):
    """A microphone that says the given chunks, and a speaker that keeps what it plays."""

    def __init__(self, *said: bytes) -> None:
        self.said = said
        self.played: asyncio.Queue[bytes] = asyncio.Queue()
        self.calls: list[str] = []

    async def preflight(self) -> None:
        self.calls.append("preflight")

    async def start(self) -> None:
        self.calls.append("start")

    async def input_audio(self) -> AsyncIterator[bytes]:
        for chunk in self.said:
            yield chunk
        await asyncio.Event().wait()  # then silence, until the session stops reading

    async def output_audio(self, audio: bytes) -> None:
        self.played.put_nowait(audio)

    async def stop(self) -> None:
        self.calls.append("stop")


async def test_an_audio_interface_is_the_microphone_and_the_speaker(
    client: Mistral, room: FakeVoiceAgentRoom
) -> None:
    devices = Devices(b"hello")
    session = await client.audio.sessions.init(
        tools=(t for t in [get_weather]), audio_interface=devices
    )
    assert devices.calls == ["preflight"]  # before connecting: a missing device fails early
    await session.connect(transport_factory=room.transport_factory)
    try:
        async with asyncio.timeout(10):  # a safety net against a hang
            played = await devices.played.get()
    finally:
        await session.close()
    assert played == b"you said: hello"
    assert devices.calls == ["preflight", "start", "stop"]
    # the tools generator was read once for both the declaration and the local handler
    ended = [m for m in room.received if m.get("kind") == "rpc_result"]
    assert ended[0]["payload"] == '{"city": "Paris", "sky": "sunny"}'


def test_parse_voice_agent_event() -> None:
    name, event = parse_voice_agent_event(b'{"type": "agent.state.changed", "old_state": "idle"}')
    assert name == "unknown"  # misses `state` and `ts`: kept, not raised
    assert getattr(event, "type", None) == "agent.state.changed"
    name, event = parse_voice_agent_event('{"type": "future.thing"}')
    assert (name, getattr(event, "error", None)) == ("unknown", "unknown event type")
