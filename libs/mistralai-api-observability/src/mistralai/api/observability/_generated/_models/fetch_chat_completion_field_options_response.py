# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (FetchChatCompletionFieldOptionsResponse...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "FetchChatCompletionFieldOptionsResponse",
]


class FetchChatCompletionFieldOptionsResponse(BaseModel):
    __mistral_keep__ = frozenset()
    options: list[str | bool | None] | None = None
