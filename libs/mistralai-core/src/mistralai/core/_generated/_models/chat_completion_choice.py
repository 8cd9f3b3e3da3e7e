# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the schemas shared by several domains used by the same operations (ChatCompletionChoice...)."""

from typing import Literal, TypeAlias

from mistralai.core._generated._models.assistant_message import AssistantMessage
from mistralai.core._generated._models.delta_message import DeltaMessage
from mistralai.core.runtime import BaseModel

__all__ = [
    "ChatCompletionChoice",
    "ChatCompletionChoiceFinishReason",
]

ChatCompletionChoiceFinishReason: TypeAlias = (
    Literal["stop", "length", "model_length", "error", "tool_calls"] | str
)


class ChatCompletionChoice(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"message", "messages"})
    index: int
    message: AssistantMessage | None = None
    messages: list[DeltaMessage] | None = None
    finish_reason: ChatCompletionChoiceFinishReason
