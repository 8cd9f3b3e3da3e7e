# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-context distribution used by the same operations (ReadRequest...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "ReadRequest",
]


class ReadRequest(BaseModel):
    __mistral_keep__ = frozenset()
    source_id: str
    start_offset: int | None = None
    end_offset: int | None = None
    top_k: int | None = 20
    content_type: str | None = "content"
