# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-context distribution used by the same operations (GrepRequest...)."""

from typing import Literal, TypeAlias

from mistralai.core.runtime import BaseModel

__all__ = [
    "GrepRequest",
    "GrepRequestMode",
]

GrepRequestMode: TypeAlias = Literal["phrase", "term"] | str


class GrepRequest(BaseModel):
    __mistral_keep__ = frozenset()
    source_id: str
    pattern: str
    mode: GrepRequestMode | None = None
    top_k: int | None = 5
    content_type: str | None = "content"
