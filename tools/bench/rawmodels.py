"""The raw baseline's response models: hand-written pydantic models of the chat shapes.

They are what a careful user of plain httpx + pydantic would write: the fields the API
documents for a chat completion and a stream chunk, with the tool-call and content-chunk
shapes, but none of the SDK machinery (no open unions, no extra="allow", no lazy building).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel


class FunctionCall(BaseModel):
    name: str
    arguments: str | dict[str, Any]


class ToolCall(BaseModel):
    id: str | None = None
    type: str | None = None
    function: FunctionCall
    index: int | None = None


class TextChunk(BaseModel):
    type: Literal["text"] = "text"
    text: str


class Usage(BaseModel):
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int


class AssistantMessage(BaseModel):
    role: Literal["assistant"] = "assistant"
    content: str | list[TextChunk] | None = None
    tool_calls: list[ToolCall] | None = None
    prefix: bool = False


class ChatCompletionChoice(BaseModel):
    index: int
    message: AssistantMessage
    finish_reason: str | None = None


class ChatCompletionResponse(BaseModel):
    id: str
    object: str
    model: str
    created: int
    usage: Usage
    choices: list[ChatCompletionChoice]


class DeltaMessage(BaseModel):
    role: str | None = None
    content: str | list[TextChunk] | None = None
    tool_calls: list[ToolCall] | None = None


class CompletionResponseStreamChoice(BaseModel):
    index: int
    delta: DeltaMessage
    finish_reason: str | None = None


class CompletionChunk(BaseModel):
    id: str
    object: str | None = None
    created: int | None = None
    model: str
    usage: Usage | None = None
    choices: list[CompletionResponseStreamChoice]
