# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the schemas shared by several domains used by the same operations (ChatCompletionResponse...)."""

from mistralai.core._generated._models.chat_completion_choice import ChatCompletionChoice
from mistralai.core._generated._models.usage_info import UsageInfo
from mistralai.core.runtime import BaseModel

__all__ = [
    "ChatCompletionResponse",
]


class ChatCompletionResponse(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    object: str
    model: str
    usage: UsageInfo
    created: int
    choices: list[ChatCompletionChoice]
