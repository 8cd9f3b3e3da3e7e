"""mistralai-api-audio end to end against the fake server: transcriptions (JSON and SSE), speech
(JSON and SSE), voices."""

from __future__ import annotations

import base64
import time

import pytest

from mistralai.api.audio import models
from mistralai.api.audio._fake_routes import DEFAULT_TRANSCRIPT, fake_audio, parse_multipart
from mistralai.client import Mistral, errors
from mistralai.client.utils import BackoffStrategy, RetryConfig
from mistralai.core.errors import RequestValidationError, StreamInterruptedError
from mistralai.testing import FakeMistralServer

FAST = RetryConfig("backoff", BackoffStrategy(1, 5, 1.5, 5_000), True, max_retries=2)
AUDIO = {"file_name": "hello.mp3", "content": b"ID3\x00\x01fake-mp3-bytes"}


@pytest.fixture
def client(fake_server: FakeMistralServer) -> Mistral:
    return Mistral(api_key="test-key", server_url=fake_server.url, retry_config=FAST)


# --------------------------------------------------------------------------- transcriptions


def test_transcription_sends_the_file_as_multipart(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    res = client.audio.transcriptions.complete(
        model="voxtral-mini-latest", file=AUDIO, language="fr"
    )
    assert isinstance(res, models.TranscriptionResponse)
    assert res.text == DEFAULT_TRANSCRIPT
    assert res.language == "fr"
    assert res.model == "voxtral-mini-latest"
    assert res.segments is not None and res.segments[0].text == DEFAULT_TRANSCRIPT
    sent = fake_server.requests.snapshot()[-1]
    content_type = sent.header("content-type") or ""
    assert content_type.startswith("multipart/form-data")
    fields, files = parse_multipart(content_type, sent.body)
    assert fields["model"] == ["voxtral-mini-latest"]
    assert fields["stream"] == ["false"]
    assert files["file"] == ("hello.mp3", AUDIO["content"])


def test_transcription_without_a_source_is_a_422(client: Mistral) -> None:
    with pytest.raises(errors.HTTPValidationError) as caught:
        client.audio.transcriptions.complete(model="m")
    assert caught.value.status_code == 422


def test_transcription_stream_is_typed_and_incremental(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    started = time.monotonic()
    arrivals: list[float] = []
    deltas: list[str] = []
    kinds: list[str] = []
    done: models.TranscriptionStreamDone | None = None
    with client.audio.transcriptions.stream(
        model="voxtral-mini-latest",
        file=AUDIO,
        timestamp_granularities=["segment"],
        http_headers={"x-fake-chunk-delay-ms": "30", "x-fake-content": "one two three four"},
    ) as stream:
        for event in stream:
            arrivals.append(time.monotonic() - started)
            kinds.append(event.event)
            assert event.event == event.data.type  # type: ignore[union-attr]
            if isinstance(event.data, models.TranscriptionStreamTextDelta):
                deltas.append(event.data.text)
            elif isinstance(event.data, models.TranscriptionStreamDone):
                done = event.data
    assert kinds[0] == "transcription.language"
    assert kinds.count("transcription.text.delta") == 4
    assert kinds[-2:] == ["transcription.segment", "transcription.done"]
    assert "".join(deltas) == "one two three four"
    assert done is not None and done.text == "one two three four"
    assert arrivals[0] < arrivals[-1] - 0.1
    sent = fake_server.requests.snapshot()[-1]
    fields, _ = parse_multipart(sent.header("content-type") or "", sent.body)
    assert fields["stream"] == ["true"]
    assert sent.header("accept") == "text/event-stream"


async def test_transcription_async_json_and_stream(client: Mistral) -> None:
    res = await client.audio.transcriptions.complete_async(
        model="m", file_url="https://example.com/a.mp3"
    )
    assert res.text == DEFAULT_TRANSCRIPT
    stream = await client.audio.transcriptions.stream_async(model="m", file=AUDIO)
    async with stream:
        events = [event async for event in stream]
    assert isinstance(events[0].data, models.TranscriptionStreamLanguage)
    assert isinstance(events[-1].data, models.TranscriptionStreamDone)
    text = "".join(
        e.data.text for e in events if isinstance(e.data, models.TranscriptionStreamTextDelta)
    )
    assert text == DEFAULT_TRANSCRIPT == events[-1].data.text


def test_transcription_stream_cut_raises(client: Mistral, fake_server: FakeMistralServer) -> None:
    fake_server.inject_stream_cut(after_chunks=2, path=r"/v1/audio/transcriptions")
    received: list[str] = []
    with pytest.raises(StreamInterruptedError):
        for event in client.audio.transcriptions.stream(model="m", file=AUDIO):
            received.append(event.event)
    assert received == ["transcription.language", "transcription.text.delta"]


# --------------------------------------------------------------------------- speech


def test_speech_json(client: Mistral, fake_server: FakeMistralServer) -> None:
    res = client.audio.speech.complete(input="Bonjour tout le monde", response_format="wav")
    assert isinstance(res, models.SpeechV1AudioSpeechPostResponse)
    assert base64.b64decode(res.audio_data) == fake_audio("Bonjour tout le monde", "wav")
    assert fake_server.requests.snapshot()[-1].json() == {
        "input": "Bonjour tout le monde",
        "stream": False,
        "response_format": "wav",
    }


def test_speech_stream_chunks_add_up_to_the_audio(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    started = time.monotonic()
    arrivals: list[float] = []
    audio = b""
    done: models.SpeechStreamDone | None = None
    with client.audio.speech.stream(
        input="hello speech", http_headers={"x-fake-chunk-delay-ms": "40"}
    ) as stream:
        for event in stream:
            arrivals.append(time.monotonic() - started)
            if isinstance(event.data, models.SpeechStreamAudioDelta):
                assert event.event == "speech.audio.delta"
                audio += base64.b64decode(event.data.audio_data)
            else:
                assert isinstance(event.data, models.SpeechStreamDone)
                assert event.event == "speech.audio.done"
                done = event.data
    assert audio == fake_audio("hello speech", "mp3")
    assert done is not None and done.usage.total_tokens > 0
    assert len(arrivals) >= 3
    assert arrivals[0] < arrivals[-1] - 0.06
    assert fake_server.requests.snapshot()[-1].json()["stream"] is True


async def test_speech_async_json_and_stream(client: Mistral) -> None:
    res = await client.audio.speech.complete_async(input="async words")
    expected = fake_audio("async words", "mp3")
    assert base64.b64decode(res.audio_data) == expected
    stream = await client.audio.speech.stream_async(input="async words")
    chunks: list[bytes] = []
    async with stream:
        async for event in stream:
            if isinstance(event.data, models.SpeechStreamAudioDelta):
                chunks.append(base64.b64decode(event.data.audio_data))
            else:
                assert isinstance(event.data, models.SpeechStreamDone)
    assert len(chunks) > 1
    assert b"".join(chunks) == expected


def test_speech_without_input_fails_before_sending(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    with pytest.raises(TypeError):
        client.audio.speech.complete()  # type: ignore[call-arg]
    with pytest.raises(RequestValidationError, match="input"):
        client.audio.speech.complete(input=123)  # type: ignore[arg-type]
    assert len(fake_server.requests.snapshot()) == 0


# --------------------------------------------------------------------------- voices


def test_voices_list_get_create_delete(client: Mistral, fake_server: FakeMistralServer) -> None:
    page = client.audio.voices.list(limit=1)
    assert page.total == 2
    assert len(page.items) == 1
    assert [v.id for v in page] == ["preset-ava", "preset-leo"]  # every page, one at a time
    voice = client.audio.voices.get(voice_id="preset-leo")
    assert isinstance(voice, models.VoiceResponse)
    assert voice.name == "Leo"
    assert voice.user_id is None

    created = client.audio.voices.create(
        name="Mine", sample_audio=base64.b64encode(b"RIFF-sample").decode(), languages=["en"]
    )
    assert created.user_id is not None
    custom = client.audio.voices.list(type_="custom")
    assert [v.id for v in custom.items] == [created.id]
    assert fake_server.requests.snapshot()[-1].query_params["type"] == ["custom"]
    assert client.audio.voices.get_sample_audio(voice_id=created.id) == b"RIFF-sample"
    deleted = client.audio.voices.delete(voice_id=created.id)
    assert deleted.id == created.id
    with pytest.raises(errors.SDKError) as caught:
        client.audio.voices.get(voice_id=created.id)
    assert getattr(caught.value, "status_code", None) == 404


async def test_voices_async(client: Mistral) -> None:
    page = await client.audio.voices.list_async(type_="preset")
    assert {v.name for v in page.items} == {"Ava", "Leo"}
    voice = await client.audio.voices.get_async(voice_id="preset-ava")
    assert voice.languages == ["en"]
