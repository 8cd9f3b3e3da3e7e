# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-chat distribution used by the same operations (ChatModerationRequest...)."""

from typing import Annotated, TypeAlias

from pydantic import Tag

from mistralai.core.models import AssistantMessage, SystemMessage, ToolMessage, UserMessage
from mistralai.core.runtime import UNKNOWN_TAG, BaseModel, UnknownVariant, open_discriminator

__all__ = [
    "ChatModerationRequest",
    "ChatModerationRequestInput",
]

ChatModerationRequestInput: TypeAlias = Annotated[
    Annotated[AssistantMessage, Tag("assistant")]
    | Annotated[SystemMessage, Tag("system")]
    | Annotated[ToolMessage, Tag("tool")]
    | Annotated[UserMessage, Tag("user")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("role", frozenset({"assistant", "system", "tool", "user"})),
]


class ChatModerationRequest(BaseModel):
    __mistral_keep__ = frozenset()
    input: list[ChatModerationRequestInput] | list[list[ChatModerationRequestInput]]
    """Chat to classify"""
    model: str
