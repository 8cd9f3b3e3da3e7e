# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (ChatCompletionEvent, ChatTranscriptionEvent...)."""

from datetime import datetime
from typing import Any

from mistralai.core.runtime import BaseModel

__all__ = [
    "ChatCompletionEvent",
    "ChatTranscriptionEvent",
]


class ChatTranscriptionEvent(BaseModel):
    __mistral_keep__ = frozenset()
    audio_url: str
    model: str
    response_message: dict[str, Any]


class ChatCompletionEvent(BaseModel):
    __mistral_keep__ = frozenset()
    event_id: str
    correlation_id: str
    created_at: datetime
    extra_fields: dict[str, bool | int | float | str | datetime | list[str] | dict[str, str] | None]
    nb_input_tokens: int
    nb_output_tokens: int
    enabled_tools: list[dict[str, Any]]
    request_messages: list[dict[str, Any]]
    response_messages: list[dict[str, Any]]
    nb_messages: int
    chat_transcription_events: list[ChatTranscriptionEvent]
