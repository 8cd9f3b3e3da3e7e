# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-chat distribution used by the same operations (ChatClassificationRequest, InstructRequest...)."""

from typing import Annotated, TypeAlias

from pydantic import Tag

from mistralai.core.models import AssistantMessage, SystemMessage, ToolMessage, UserMessage
from mistralai.core.runtime import UNKNOWN_TAG, BaseModel, UnknownVariant, open_discriminator

__all__ = [
    "ChatClassificationRequest",
    "ChatClassificationRequestInputs",
    "InstructRequest",
    "InstructRequestMessage",
]

InstructRequestMessage: TypeAlias = Annotated[
    Annotated[AssistantMessage, Tag("assistant")]
    | Annotated[SystemMessage, Tag("system")]
    | Annotated[ToolMessage, Tag("tool")]
    | Annotated[UserMessage, Tag("user")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("role", frozenset({"assistant", "system", "tool", "user"})),
]


class InstructRequest(BaseModel):
    __mistral_keep__ = frozenset()
    messages: list[InstructRequestMessage]


ChatClassificationRequestInputs: TypeAlias = InstructRequest | list[InstructRequest]
"""Chat to classify"""


class ChatClassificationRequest(BaseModel):
    __mistral_keep__ = frozenset()
    model: str
    input: ChatClassificationRequestInputs
