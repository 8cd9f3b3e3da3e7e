# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-context distribution used by the same operations (NavigateRequest...)."""

from typing import Literal, TypeAlias

from mistralai.core.runtime import BaseModel

__all__ = [
    "NavigateRequest",
    "NavigateRequestDirection",
]

NavigateRequestDirection: TypeAlias = Literal["next", "previous"] | str


class NavigateRequest(BaseModel):
    __mistral_keep__ = frozenset()
    source_id: str
    start_offset: int
    end_offset: int
    direction: NavigateRequestDirection
    top_k: int | None = 1
    content_type: str | None = "content"
