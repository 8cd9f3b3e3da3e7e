# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-chat distribution used by the same operations (EmbeddingResponse, EmbeddingResponseData...)."""

from mistralai.core.models import UsageInfo
from mistralai.core.runtime import BaseModel

__all__ = [
    "EmbeddingResponse",
    "EmbeddingResponseData",
]


class EmbeddingResponseData(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"object", "embedding", "index"})
    object: str | None = None
    embedding: list[float] | None = None
    index: int | None = None


class EmbeddingResponse(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    object: str
    model: str
    usage: UsageInfo
    data: list[EmbeddingResponseData]
