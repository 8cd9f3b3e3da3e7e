"""Realtime speech (``client.audio.realtime_speech``) against the WebSocket fake of
mistralai.testing (real sockets on 127.0.0.1), with the official SDK's messages."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import AsyncIterator, Iterator

import pytest

from mistralai.api.audio._realtime_speech import (
    RealtimeSpeech,
    RealtimeSpeechConnection,
    parse_realtime_speech_event,
)
from mistralai.api.audio.models import SpeechStreamAudioDelta, SpeechStreamDone
from mistralai.api.audio.realtime_speech import (
    RealtimeSpeechConnectionClosedError,
    RealtimeSpeechError,
    RealtimeSpeechException,
    RealtimeSpeechHandshakeTimeoutError,
    RealtimeSpeechSessionCreated,
    RealtimeSpeechSessionUpdated,
    RealtimeSpeechWSError,
    audio_bytes,
)
from mistralai.core import Mistral
from mistralai.extra.exceptions import MistralClientException
from mistralai.testing.realtime_voice import FakeRealtimeSpeechServer

KEY = "sk-speech"
MODEL = "voxtral-tts-realtime"


@pytest.fixture
def server() -> Iterator[FakeRealtimeSpeechServer]:
    with FakeRealtimeSpeechServer(api_key=KEY) as fake:
        yield fake


def client_for(server: FakeRealtimeSpeechServer, key: str = KEY) -> Mistral:
    return Mistral(api_key=key, server_url=server.url)


async def texts(*parts: str) -> AsyncIterator[str]:
    for part in parts:
        yield part


def test_attached_to_the_client_once(server: FakeRealtimeSpeechServer) -> None:
    audio = client_for(server).audio
    assert isinstance(audio.realtime_speech, RealtimeSpeech)
    assert audio.realtime_speech is audio.realtime_speech


async def test_connect_speak_and_receive_audio_in_order(
    server: FakeRealtimeSpeechServer,
) -> None:
    speech = client_for(server).audio.realtime_speech
    async with await speech.connect(
        MODEL, voice_id="amelie", response_format="wav", http_headers={"x-trace": "7"}
    ) as conn:
        assert isinstance(conn, RealtimeSpeechConnection)
        assert conn.request_id == "tts-1"
        await conn.send_text("Hello ")
        await conn.flush("there. ")
        await conn.send_text("Bye.")
        await conn.end()
        events = [event async for event in conn]
    assert conn.is_closed
    assert [getattr(e, "type", None) for e in events] == [
        "session.created",
        "session.updated",
        "speech.audio.delta",
        "speech.audio.delta",
        "speech.audio.delta",
        "speech.audio.done",
    ]
    assert isinstance(events[0], RealtimeSpeechSessionCreated)
    assert isinstance(events[1], RealtimeSpeechSessionUpdated)
    assert conn.session.voice == "amelie"  # session.updated applied
    assert conn.session.response_format == "wav"
    chunks = [audio_bytes(e) for e in events if isinstance(e, SpeechStreamAudioDelta)]
    assert chunks == [b"Hello ", b"there. ", b"Bye."]
    done = events[-1]
    assert isinstance(done, SpeechStreamDone)
    assert done.usage.prompt_tokens == len("Hello there. Bye.")
    # the wire: the official messages and fields (`voice`, not `voice_id`)
    assert server.received == [
        {"session": {"voice": "amelie", "response_format": "wav"}, "type": "session.update"},
        {"text": "Hello ", "type": "input_text.append"},
        {"type": "input_text.flush", "text": "there. "},
        {"text": "Bye.", "type": "input_text.append"},
        {"type": "input_text.end"},
    ]
    upgrade = server.connections[0]
    assert upgrade.query == {"model": MODEL}
    assert upgrade.headers["authorization"] == f"Bearer {KEY}"
    assert upgrade.headers["x-trace"] == "7"


async def test_speak_stream_yields_until_done(server: FakeRealtimeSpeechServer) -> None:
    speech = client_for(server).audio.realtime_speech
    events = [
        e
        async for e in speech.speak_stream(
            texts("one ", "two ", "three"), MODEL, streaming_mode="long_form", expressiveness=1.5
        )
    ]
    assert b"".join(audio_bytes(e) for e in events if isinstance(e, SpeechStreamAudioDelta)) == (
        b"one two three"
    )
    assert isinstance(events[-1], SpeechStreamDone)
    assert server.received[0] == {
        "session": {"streaming_mode": "long_form", "expressiveness": 1.5},
        "type": "session.update",
    }
    assert [m["type"] for m in server.received[1:]] == [
        "input_text.append",
        "input_text.append",
        "input_text.append",
        "input_text.end",
    ]


async def test_speak_stream_raises_what_the_text_source_raises(
    server: FakeRealtimeSpeechServer,
) -> None:
    async def broken() -> AsyncIterator[str]:
        yield "a"
        raise ValueError("the LLM stream broke")

    speech = client_for(server).audio.realtime_speech
    with pytest.raises(ValueError, match="the LLM stream broke"):
        async for _ in speech.speak_stream(broken(), MODEL):
            pass


async def test_unknown_voice_close_frame_is_a_typed_error(
    server: FakeRealtimeSpeechServer,
) -> None:
    # The service refuses a voice with a close frame (1008), not an `error` message.
    conn = await client_for(server).audio.realtime_speech.connect(MODEL, voice_id="no-such-voice")
    with pytest.raises(RealtimeSpeechConnectionClosedError) as info:
        async for _ in conn:
            pass
    assert info.value.code == 1008
    assert "Unknown voice: no-such-voice" in info.value.message
    assert isinstance(info.value, RealtimeSpeechException)
    assert conn.is_closed
    with pytest.raises(RuntimeError, match="closed"):
        await conn.send_text("x")
    await conn.end()  # ending a closed connection is harmless


async def test_handshake_error_message_is_typed() -> None:
    with (
        FakeRealtimeSpeechServer(handshake="error") as fake,
        pytest.raises(RealtimeSpeechWSError) as info,
    ):
        await client_for(fake).audio.realtime_speech.connect("nope")
    assert info.value.code == 4001
    assert info.value.message == "Invalid model"  # from error.message.detail
    assert isinstance(info.value.payload_typed, RealtimeSpeechError)
    assert isinstance(info.value, MistralClientException)


async def test_handshake_deadline() -> None:
    with (
        FakeRealtimeSpeechServer(handshake="silent") as fake,
        pytest.raises(RealtimeSpeechHandshakeTimeoutError) as info,
    ):
        await client_for(fake).audio.realtime_speech.connect(MODEL, timeout_ms=200)
    assert isinstance(info.value, TimeoutError)


async def test_refused_upgrade_is_typed(server: FakeRealtimeSpeechServer) -> None:
    with pytest.raises(RealtimeSpeechException) as info:
        await client_for(server, key="wrong").audio.realtime_speech.connect(MODEL)
    assert info.value.code == 401


async def test_abnormal_close_after_session_raises() -> None:
    with FakeRealtimeSpeechServer(abort_after_session=True) as fake:
        conn = await client_for(fake).audio.realtime_speech.connect(MODEL)
        with pytest.raises(RealtimeSpeechConnectionClosedError) as info:
            async for _ in conn:
                pass
    assert info.value.code == 1011


async def test_error_event_ends_speak_stream() -> None:
    error = {"type": "error", "error": {"message": "quota exceeded", "code": 4290}}
    with FakeRealtimeSpeechServer(after_session=[error]) as fake:
        events = [
            e async for e in client_for(fake).audio.realtime_speech.speak_stream(texts("x"), MODEL)
        ]
    assert isinstance(events[-1], RealtimeSpeechError)
    assert events[-1].error.code == 4290


def test_parse_realtime_speech_event() -> None:
    unknown = parse_realtime_speech_event({"type": "speech.audio.delta"})  # no audio_data
    assert getattr(unknown, "error", None) is not None
    assert parse_realtime_speech_event([]).type is None  # pyright: ignore[reportAttributeAccessIssue]
    delta = parse_realtime_speech_event({"type": "speech.audio.delta", "audio_data": "aGk="})
    assert isinstance(delta, SpeechStreamAudioDelta)
    assert audio_bytes(delta) == b"hi"


def test_without_websockets_access_names_the_extra() -> None:
    # A child interpreter where `websockets` cannot be imported (as if the extra were absent).
    code = (
        "import sys; sys.modules['websockets'] = None\n"
        "from mistralai.core import Mistral\n"
        "c = Mistral(api_key='k')\n"
        "c.audio.sessions\n"  # voice agent sessions do not need websockets
        "try:\n    c.audio.realtime_speech\nexcept ImportError as e:\n    print(e)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.startswith("realtime speech needs the `websockets` package")
    assert 'pip install "mistralai[realtime]"' in out
