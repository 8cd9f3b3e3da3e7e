# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the schemas shared by several domains used by the same operations (CompletionChunk, CompletionEvent, CompletionResponseStreamChoice...)."""

from typing import Literal, TypeAlias

from mistralai.core._generated._models.delta_message import DeltaMessage
from mistralai.core._generated._models.usage_info import UsageInfo
from mistralai.core.runtime import BaseModel

__all__ = [
    "CompletionChunk",
    "CompletionEvent",
    "CompletionResponseStreamChoice",
    "CompletionResponseStreamChoiceFinishReason",
]

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
