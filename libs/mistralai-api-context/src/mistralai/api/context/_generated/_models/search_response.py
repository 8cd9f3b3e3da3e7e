# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-context distribution used by the same operations (SearchChunkResponse, SearchHitResponse, SearchResponse...)."""

from typing import Any

from mistralai.core.runtime import BaseModel

__all__ = [
    "SearchChunkResponse",
    "SearchHitResponse",
    "SearchResponse",
]


class SearchChunkResponse(BaseModel):
    """Wire chunk: atom fields plus any custom fields (via ``extra``)."""

    __mistral_keep__ = frozenset()
    id: str
    source_id: str
    locator: str
    start_offset: int | None
    end_offset: int | None
    chunk_type: str
    content: str
    parent_ref: str | None = None
    metadata: dict[str, Any] | None = None


class SearchHitResponse(BaseModel):
    __mistral_keep__ = frozenset()
    chunk: SearchChunkResponse
    score: float
    index_name: str
    distance: float | None = None


class SearchResponse(BaseModel):
    __mistral_keep__ = frozenset()
    hits: list[SearchHitResponse]
