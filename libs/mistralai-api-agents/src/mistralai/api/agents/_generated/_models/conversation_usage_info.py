# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution used by the same operations (ConversationUsageInfo...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "ConversationUsageInfo",
]


class ConversationUsageInfo(BaseModel):
    __mistral_keep__ = frozenset({"prompt_tokens", "completion_tokens", "total_tokens"})
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
    connector_tokens: int | None = None
    connectors: dict[str, int] | None = None
