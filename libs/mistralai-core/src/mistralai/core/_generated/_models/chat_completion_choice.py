# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the schemas shared by several domains used by the same operations (ChatCompletionChoice, CompletionChunk, CompletionEvent...)."""

from typing import Any, Literal, TypeAlias

from mistralai.core._generated._models.assistant_message import (
    AssistantMessage,
    ContentChunk,
    ToolCall,
)
from mistralai.core._generated._models.usage_info import UsageInfo
from mistralai.core.runtime import BaseModel

__all__ = [
    "ChatCompletionChoice",
    "ChatCompletionChoiceFinishReason",
    "CompletionChunk",
    "CompletionEvent",
    "CompletionResponseStreamChoice",
    "CompletionResponseStreamChoiceFinishReason",
    "DeltaMessage",
]

ChatCompletionChoiceFinishReason: TypeAlias = (
    Literal["stop", "length", "model_length", "error", "tool_calls"] | str
)


class DeltaMessage(BaseModel):
    __mistral_keep__ = frozenset()
    role: str | None = None
    content: str | list[ContentChunk] | None = None
    tool_calls: list[ToolCall] | None = None
    tool_call_id: str | None = None
    index: int | None = None
    """If the completion returns multiple messages, this is to specify which message this delta is for."""
    metadata: dict[str, Any] | None = None


class ChatCompletionChoice(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"message", "messages"})
    index: int
    message: AssistantMessage | None = None
    messages: list[DeltaMessage] | None = None
    finish_reason: ChatCompletionChoiceFinishReason


CompletionResponseStreamChoiceFinishReason: TypeAlias = (
    Literal["stop", "length", "error", "tool_calls"] | str
)


class CompletionResponseStreamChoice(BaseModel):
    __mistral_keep__ = frozenset()
    index: int
    delta: DeltaMessage
    finish_reason: CompletionResponseStreamChoiceFinishReason | None


class CompletionChunk(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"object", "created", "usage"})
    id: str
    object: str | None = None
    created: int | None = None
    model: str
    usage: UsageInfo | None = None
    choices: list[CompletionResponseStreamChoice]


class CompletionEvent(BaseModel):
    __mistral_keep__ = frozenset()
    data: CompletionChunk
