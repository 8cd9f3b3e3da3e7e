"""Realtime transcription against the WebSocket fake of mistralai.testing (real sockets on
127.0.0.1), with the messages the official 2.x SDK sends and expects."""

from __future__ import annotations

import base64
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator

import pytest

from mistralai.api.audio.models import TranscriptionStreamDone, TranscriptionStreamTextDelta
from mistralai.core import Mistral
from mistralai.extra import exceptions as extra_exceptions
from mistralai.extra.realtime import (
    AudioFormat,
    RealtimeConnection,
    RealtimeConnectionClosedError,
    RealtimeHandshakeTimeoutError,
    RealtimeTranscription,
    RealtimeTranscriptionError,
    RealtimeTranscriptionException,
    RealtimeTranscriptionSessionCreated,
    RealtimeTranscriptionSessionUpdated,
    RealtimeTranscriptionWSError,
    UnknownRealtimeEvent,
    parse_realtime_event,
)
from mistralai.testing.realtime import FakeRealtimeServer

KEY = "sk-realtime"


@pytest.fixture
def server() -> Iterator[FakeRealtimeServer]:
    with FakeRealtimeServer(api_key=KEY) as fake:
        yield fake


def client_for(server: FakeRealtimeServer) -> Mistral:
    return Mistral(api_key=KEY, server_url=server.url)


async def chunks(*parts: bytes) -> AsyncIterator[bytes]:
    for part in parts:
        yield part


def test_attached_to_the_client(server: FakeRealtimeServer) -> None:
    realtime = client_for(server).audio.realtime
    assert isinstance(realtime, RealtimeTranscription)
    assert client_for(server).audio.transcriptions is not None  # the generated ones stay


async def test_connect_send_and_receive(server: FakeRealtimeServer) -> None:
    realtime = client_for(server).audio.realtime
    fmt = AudioFormat(encoding="pcm_s16le", sample_rate=24000)
    async with await realtime.connect(
        "voxtral-mini-transcribe-realtime", audio_format=fmt, http_headers={"x-trace": "1"}
    ) as conn:
        assert isinstance(conn, RealtimeConnection)
        assert conn.request_id == "req-1"
        await conn.send_audio(b"hello ")
        await conn.flush_audio()
        await conn.send_audio(bytearray(b"world"))
        await conn.end_audio()
        events = [event async for event in conn]
    assert conn.is_closed
    kinds = [getattr(e, "type", None) for e in events]
    assert kinds == [
        "session.created",
        "session.updated",
        "transcription.text.delta",
        "transcription.text.delta",
        "transcription.language",
        "transcription.segment",
        "transcription.done",
    ]
    assert isinstance(events[0], RealtimeTranscriptionSessionCreated)
    assert isinstance(events[1], RealtimeTranscriptionSessionUpdated)
    assert conn.audio_format.sample_rate == 24000  # session.updated applied
    done = events[-1]
    assert isinstance(done, TranscriptionStreamDone)
    assert done.text == "hello world"
    assert done.usage.prompt_tokens == 11
    # the wire: same messages, same fields as 2.x
    assert server.received == [
        {
            "session": {"audio_format": {"encoding": "pcm_s16le", "sample_rate": 24000}},
            "type": "session.update",
        },
        {"audio": base64.b64encode(b"hello ").decode(), "type": "input_audio.append"},
        {"type": "input_audio.flush"},
        {"audio": base64.b64encode(b"world").decode(), "type": "input_audio.append"},
        {"type": "input_audio.end"},
    ]
    upgrade = server.connections[0]
    assert upgrade.query == {"model": "voxtral-mini-transcribe-realtime"}
    assert upgrade.headers["authorization"] == f"Bearer {KEY}"
    assert upgrade.headers["x-trace"] == "1"


async def test_transcribe_stream(server: FakeRealtimeServer) -> None:
    realtime = client_for(server).audio.realtime
    events = [
        e
        async for e in realtime.transcribe_stream(
            chunks(b"one ", b"two"), "voxtral", target_streaming_delay_ms=300
        )
    ]
    deltas = [e.text for e in events if isinstance(e, TranscriptionStreamTextDelta)]
    assert deltas == ["one two"]
    assert isinstance(events[-1], TranscriptionStreamDone)
    assert server.received[0] == {
        "session": {"target_streaming_delay_ms": 300},
        "type": "session.update",
    }
    assert [m["type"] for m in server.received[-2:]] == ["input_audio.flush", "input_audio.end"]


async def test_transcribe_stream_raises_what_the_audio_source_raises(
    server: FakeRealtimeServer,
) -> None:
    async def broken() -> AsyncIterator[bytes]:
        yield b"a"
        raise OSError("microphone unplugged")

    realtime = client_for(server).audio.realtime
    with pytest.raises(OSError, match="microphone unplugged"):
        async for _ in realtime.transcribe_stream(broken(), "voxtral"):
            pass


async def test_handshake_error_is_typed() -> None:
    with (
        FakeRealtimeServer(handshake="error") as fake,
        pytest.raises(RealtimeTranscriptionWSError) as info,
    ):
        await client_for(fake).audio.realtime.connect("nope")
    assert info.value.code == 4001
    assert info.value.message == "Invalid model"
    # the 2.x classes: catchable from mistralai.extra.exceptions as in 2.x
    assert isinstance(info.value, extra_exceptions.RealtimeTranscriptionWSError)
    assert isinstance(info.value, extra_exceptions.MistralClientException)
    assert isinstance(info.value.payload, RealtimeTranscriptionError)


async def test_handshake_deadline() -> None:
    with (
        FakeRealtimeServer(handshake="silent") as fake,
        pytest.raises(RealtimeHandshakeTimeoutError) as info,
    ):
        await client_for(fake).audio.realtime.connect("voxtral", timeout_ms=200)
    assert isinstance(info.value, TimeoutError)
    assert isinstance(info.value, RealtimeTranscriptionException)


async def test_refused_upgrade_is_typed(server: FakeRealtimeServer) -> None:
    client = Mistral(api_key="wrong", server_url=server.url)
    with pytest.raises(RealtimeTranscriptionException) as info:
        await client.audio.realtime.connect("voxtral")
    assert info.value.code == 401


async def test_unknown_events_are_kept_and_prelude_replayed() -> None:
    prelude = [{"type": "server.hello", "v": 2}]
    after = ["not json", {"type": "transcription.text.delta"}]  # the second misses `text`
    with FakeRealtimeServer(prelude=prelude, after_session=after) as fake:
        conn = await client_for(fake).audio.realtime.connect("voxtral")
        await conn.end_audio()
        events = [e async for e in conn]
    assert isinstance(events[0], UnknownRealtimeEvent)
    assert events[0].type == "server.hello"
    assert events[0].error == "unknown event type"
    assert isinstance(events[1], RealtimeTranscriptionSessionCreated)
    assert isinstance(events[2], UnknownRealtimeEvent)
    assert events[2].error is not None and events[2].error.startswith("invalid JSON")
    assert isinstance(events[3], UnknownRealtimeEvent)
    assert events[3].type == "transcription.text.delta"
    assert isinstance(events[-1], TranscriptionStreamDone)


async def test_abnormal_close_raises_and_closed_connection_refuses_audio() -> None:
    with FakeRealtimeServer(abort_after_session=True) as fake:
        conn = await client_for(fake).audio.realtime.connect("voxtral")
        with pytest.raises(RealtimeConnectionClosedError) as info:
            async for _ in conn:
                pass
    assert info.value.code == 1011
    assert conn.is_closed
    with pytest.raises(RuntimeError, match="closed"):
        await conn.send_audio(b"x")
    await conn.end_audio()  # ending a closed connection is harmless, as in 2.x


def test_parse_realtime_event() -> None:
    assert isinstance(parse_realtime_event([1]), UnknownRealtimeEvent)
    assert parse_realtime_event({"x": 1}).error == "missing/invalid 'type'"  # type: ignore[union-attr]
    event = parse_realtime_event({"type": "transcription.text.delta", "text": "hi"})
    assert isinstance(event, TranscriptionStreamTextDelta)


def test_without_websockets_import_names_the_extra() -> None:
    # A child interpreter where `websockets` cannot be imported (as if the extra were absent).
    code = (
        "import sys; sys.modules['websockets'] = None\n"
        "try:\n    import mistralai.extra.realtime\nexcept ImportError as e:\n    print(e)\n"
        "from mistralai.core import Mistral\n"
        "c = Mistral(api_key='k')\n"
        "c.audio.speech\n"  # the rest of audio still works
        "try:\n    c.audio.realtime\nexcept ImportError as e:\n    print(e)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    lines = out.strip().splitlines()
    assert len(lines) == 2
    assert all('pip install "mistralai[realtime]"' in line for line in lines)
