# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (JudgeConversationRequest...)."""

from typing import Any

from mistralai.core.runtime import BaseModel

__all__ = [
    "JudgeConversationRequest",
]


class JudgeConversationRequest(BaseModel):
    __mistral_keep__ = frozenset()
    messages: list[dict[str, Any]]
    properties: dict[str, Any] | None = None
