# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-chat distribution used by the same operations (FIMCompletionResponse...)."""

from mistralai.core.models import ChatCompletionChoice, UsageInfo
from mistralai.core.runtime import BaseModel

__all__ = [
    "FIMCompletionResponse",
]


class FIMCompletionResponse(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    object: str
    model: str
    usage: UsageInfo
    created: int
    choices: list[ChatCompletionChoice]
