# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-files distribution used by the same operations (PaginationInfo...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "PaginationInfo",
]


class PaginationInfo(BaseModel):
    __mistral_keep__ = frozenset()
    total_items: int
    total_pages: int
    current_page: int
    page_size: int
    has_more: bool
