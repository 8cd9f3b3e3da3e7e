"""Fake-server routes for audio: transcriptions (JSON and SSE), speech (JSON and SSE) and voices.

- ``POST /v1/audio/transcriptions`` (multipart, or url-encoded form fields without a file): ``model`` and one of ``file``/``file_url``/
  ``file_id`` are required (422 otherwise). The text is ``x-fake-content`` or a fixed sentence.
  With ``stream=true``: SSE ``transcription.language``, one ``transcription.text.delta`` per
  word, a ``transcription.segment`` when ``timestamp_granularities`` has ``segment``, then
  ``transcription.done`` with the whole answer. Each event has an ``event:`` line.
- ``POST /v1/audio/speech`` (JSON, ``input`` required): ``{"audio_data": <base64>}``; with
  ``"stream": true``: ``speech.audio.delta`` events of base64 chunks (``CHUNK_BYTES`` raw
  bytes each), then ``speech.audio.done`` with usage. The audio bytes are
  :func:`fake_audio` of the input and format, so tests can compare.
- ``GET/POST /v1/audio/voices``, ``GET/PATCH/DELETE /v1/audio/voices/{id}``,
  ``GET /v1/audio/voices/{id}/sample``: two preset voices, custom voices created by tests.

``x-fake-chunk-delay-ms: M`` sleeps M ms between stream events.
"""

from __future__ import annotations

import base64
import math
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import HTTP
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import parse_qs

from mistralai.testing import (
    RequestContext,
    Response,
    StreamResponse,
    as_dict,
    error_response,
    json_response,
    sse_event,
    validation_error,
)

if TYPE_CHECKING:
    from mistralai.testing import FakeMistralServer

__all__ = [
    "CHUNK_BYTES",
    "DEFAULT_TRANSCRIPT",
    "fake_audio",
    "install",
    "parse_multipart",
    "public_voice",
    "voice_store",
]

DEFAULT_TRANSCRIPT = "Hello from the fake transcription service"
CHUNK_BYTES = 24
HEADER_DELAY_MS = "x-fake-chunk-delay-ms"
HEADER_CONTENT = "x-fake-content"

_PRESETS: tuple[dict[str, Any], ...] = (
    {"id": "preset-ava", "name": "Ava", "slug": "ava", "languages": ["en"], "gender": "female"},
    {"id": "preset-leo", "name": "Leo", "slug": "leo", "languages": ["fr"], "gender": "male"},
)


def fake_audio(text: str, response_format: str = "mp3") -> bytes:
    """The deterministic "audio" the fake server returns for ``text``."""
    return f"FAKE-{response_format.upper()}|{text}|".encode() * 3


def parse_multipart(
    content_type: str, body: bytes
) -> tuple[dict[str, list[str]], dict[str, tuple[str | None, bytes]]]:
    """``(fields, files)`` of a ``multipart/form-data`` body; files map name to
    ``(filename, content)``."""
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + body)
    fields: dict[str, list[str]] = {}
    files: dict[str, tuple[str | None, bytes]] = {}
    if not message.is_multipart():
        return fields, files
    for part in message.iter_parts():
        part = cast(EmailMessage, part)
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        payload = part.get_payload(decode=True)
        content = payload if isinstance(payload, bytes) else b""
        filename = part.get_filename()
        if filename is not None:
            files[name] = (filename, content)
        else:
            fields.setdefault(name, []).append(content.decode("utf-8", "replace"))
    return fields, files


def _delay(ctx: RequestContext) -> float:
    raw = ctx.header(HEADER_DELAY_MS)
    try:
        return max(0, int(raw)) / 1000.0 if raw else 0.0
    except ValueError:
        return 0.0


def _missing(field: str) -> Response:
    return validation_error({"loc": ["body", field], "msg": "Field required", "type": "missing"})


# --------------------------------------------------------------------------- transcriptions


def _transcribe(ctx: RequestContext) -> Response | StreamResponse:
    content_type = ctx.header("content-type") or ""
    if content_type.startswith("multipart/form-data"):
        fields, files = parse_multipart(content_type, ctx.body)
    elif content_type.startswith("application/x-www-form-urlencoded"):
        # Form fields without a file: accepted like the API's form parser does.
        fields = parse_qs(ctx.body.decode("utf-8", "replace"), keep_blank_values=True)
        files = {}
    else:
        return validation_error(
            {"loc": ["body"], "msg": "expected multipart/form-data", "type": "value_error"}
        )
    model = (fields.get("model") or [""])[0]
    if not model:
        return _missing("model")
    if "file" not in files and not fields.get("file_url") and not fields.get("file_id"):
        return validation_error(
            {
                "loc": ["body"],
                "msg": "one of file, file_url or file_id is required",
                "type": "value_error",
            }
        )
    text = ctx.header(HEADER_CONTENT) or DEFAULT_TRANSCRIPT
    language = (fields.get("language") or ["en"])[0]
    words = text.split(" ")
    duration = float(len(words))
    segments = [{"type": "transcription_segment", "text": text, "start": 0.0, "end": duration}]
    usage = {
        "prompt_audio_seconds": math.ceil(duration),
        "prompt_tokens": 4,
        "completion_tokens": len(words),
        "total_tokens": 4 + len(words),
    }
    granularities = fields.get("timestamp_granularities") or []
    answer: dict[str, Any] = {
        "model": model,
        "text": text,
        "language": language,
        "segments": segments,
        "usage": usage,
    }
    stream = (fields.get("stream") or ["false"])[0].lower() == "true"
    if not stream:
        return json_response(answer)

    def events() -> Iterator[bytes]:
        yield _typed_event({"type": "transcription.language", "audio_language": language})
        for index, word in enumerate(words):
            piece = word if index == len(words) - 1 else word + " "
            yield _typed_event({"type": "transcription.text.delta", "text": piece})
        if "segment" in granularities:
            yield _typed_event(
                {"type": "transcription.segment", "text": text, "start": 0.0, "end": duration}
            )
        yield _typed_event({"type": "transcription.done", **answer})

    return StreamResponse(events(), delay_s=_delay(ctx))


def _typed_event(data: dict[str, Any]) -> bytes:
    return sse_event(data, event=str(data["type"]))


# --------------------------------------------------------------------------- speech


def _speech(ctx: RequestContext) -> Response | StreamResponse:
    try:
        body = as_dict(ctx.json())
    except ValueError:
        body = None
    if body is None:
        return validation_error(
            {"loc": ["body"], "msg": "expected an object", "type": "type_error"}
        )
    text = body.get("input")
    if not isinstance(text, str):
        return _missing("input")
    response_format = body.get("response_format") or "mp3"
    audio = fake_audio(text, str(response_format))
    if body.get("stream") is not True:
        return json_response({"audio_data": base64.b64encode(audio).decode()})

    def events() -> Iterator[bytes]:
        for start in range(0, len(audio), CHUNK_BYTES):
            chunk = base64.b64encode(audio[start : start + CHUNK_BYTES]).decode()
            yield _typed_event({"type": "speech.audio.delta", "audio_data": chunk})
        words = len(text.split())
        yield _typed_event(
            {
                "type": "speech.audio.done",
                "usage": {
                    "prompt_tokens": words,
                    "completion_tokens": len(audio),
                    "total_tokens": words + len(audio),
                },
            }
        )

    return StreamResponse(events(), delay_s=_delay(ctx))


# --------------------------------------------------------------------------- voices


def voice_store(server: FakeMistralServer) -> dict[str, dict[str, Any]]:
    """The voices by id, the presets included (call with ``server.lock`` held)."""
    voices: dict[str, dict[str, Any]] = server.state.setdefault("audio_voices", {})
    if not voices:
        created = "2025-01-01T00:00:00Z"
        for preset in _PRESETS:
            voices[preset["id"]] = {
                "retention_notice": 30,
                "age": None,
                "tags": ["preset"],
                "color": None,
                "description": f"Preset voice {preset['name']}",
                "created_at": created,
                "user_id": None,
                **preset,
            }
    return voices


def public_voice(voice: dict[str, Any]) -> dict[str, Any]:
    """A stored voice as the API shows it (without the fake's private ``_`` fields)."""
    return {k: v for k, v in voice.items() if not k.startswith("_")}


def _list_voices(ctx: RequestContext) -> Response:
    params = ctx.query_params
    try:
        limit = int((params.get("limit") or ["10"])[0])
        offset = int((params.get("offset") or ["0"])[0])
    except ValueError:
        return validation_error(
            {"loc": ["query", "limit"], "msg": "not an integer", "type": "int_parsing"}
        )
    kind = (params.get("type") or ["all"])[0]
    with ctx.server.lock:
        voices = list(voice_store(ctx.server).values())
    if kind == "preset":
        voices = [v for v in voices if v["user_id"] is None]
    elif kind == "custom":
        voices = [v for v in voices if v["user_id"] is not None]
    page_size = max(1, limit)
    items = [public_voice(v) for v in voices[offset : offset + limit]]
    return json_response(
        {
            "items": items,
            "total": len(voices),
            "page": offset // page_size + 1,
            "page_size": page_size,
            "total_pages": max(1, math.ceil(len(voices) / page_size)),
        }
    )


def _create_voice(ctx: RequestContext) -> Response:
    try:
        body = as_dict(ctx.json())
    except ValueError:
        body = None
    if body is None:
        return validation_error(
            {"loc": ["body"], "msg": "expected an object", "type": "type_error"}
        )
    for field in ("name", "sample_audio"):
        if not isinstance(body.get(field), str):
            return _missing(field)
    try:
        sample = base64.b64decode(str(body["sample_audio"]), validate=True)
    except ValueError:
        return validation_error(
            {"loc": ["body", "sample_audio"], "msg": "not base64", "type": "value_error"}
        )
    voice_id = f"voice-{uuid.uuid4().hex[:12]}"
    voice: dict[str, Any] = {
        "id": voice_id,
        "name": body["name"],
        "slug": body.get("slug"),
        "languages": body.get("languages") or [],
        "gender": body.get("gender"),
        "age": body.get("age"),
        "tags": body.get("tags"),
        "color": body.get("color"),
        "description": body.get("description"),
        "retention_notice": body.get("retention_notice", 30),
        "created_at": datetime.now(UTC).isoformat().replace("+00:00", "Z"),
        "user_id": "fake-user",
        "_sample": sample,
    }
    with ctx.server.lock:
        voice_store(ctx.server)[voice_id] = voice
    return json_response(public_voice(voice))


def _voice_or_404(ctx: RequestContext) -> dict[str, Any] | Response:
    voice_id = ctx.params["voice_id"]
    voice = voice_store(ctx.server).get(voice_id)
    if voice is None:
        return error_response(404, f"Voice '{voice_id}' not found", type="not_found")
    return voice


def _get_voice(ctx: RequestContext) -> Response:
    with ctx.server.lock:
        voice = _voice_or_404(ctx)
    return voice if isinstance(voice, Response) else json_response(public_voice(voice))


def _update_voice(ctx: RequestContext) -> Response:
    try:
        body = as_dict(ctx.json())
    except ValueError:
        body = None
    if body is None:
        return validation_error(
            {"loc": ["body"], "msg": "expected an object", "type": "type_error"}
        )
    with ctx.server.lock:
        voice = _voice_or_404(ctx)
        if isinstance(voice, Response):
            return voice
        for key in ("name", "languages", "gender", "age", "tags", "description"):
            if key in body and body[key] is not None:
                voice[key] = body[key]
        return json_response(public_voice(voice))


def _delete_voice(ctx: RequestContext) -> Response:
    with ctx.server.lock:
        voice = _voice_or_404(ctx)
        if isinstance(voice, Response):
            return voice
        del voice_store(ctx.server)[voice["id"]]
    return json_response(public_voice(voice))


def _voice_sample(ctx: RequestContext) -> Response:
    with ctx.server.lock:
        voice = _voice_or_404(ctx)
    if isinstance(voice, Response):
        return voice
    sample = voice.get("_sample") or fake_audio(str(voice["name"]), "wav")
    return Response(200, bytes(sample), None, "audio/wav")


def install(server: FakeMistralServer) -> None:
    """Add these routes to ``server``."""
    server.add_route("POST", r"/v1/audio/transcriptions", _transcribe)
    server.add_route("POST", r"/v1/audio/speech", _speech)
    server.add_route("GET", r"/v1/audio/voices", _list_voices)
    server.add_route("POST", r"/v1/audio/voices", _create_voice)
    voice = r"/v1/audio/voices/(?P<voice_id>[^/]+)"
    server.add_route("GET", voice, _get_voice)
    server.add_route("PATCH", voice, _update_voice)
    server.add_route("DELETE", voice, _delete_voice)
    server.add_route("GET", voice + r"/sample", _voice_sample)
