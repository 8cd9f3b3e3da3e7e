# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-context distribution used by the same operations (NavigationChunkResponse, NavigationResponse...)."""

from typing import Any

from mistralai.core.runtime import BaseModel

__all__ = [
    "NavigationChunkResponse",
    "NavigationResponse",
]


class NavigationChunkResponse(BaseModel):
    """Wire chunk for navigation: same atom fields as search, no rank fields."""

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


class NavigationResponse(BaseModel):
    """Unranked chunk list in reading order (ascending start_offset)."""

    __mistral_keep__ = frozenset()
    chunks: list[NavigationChunkResponse]
