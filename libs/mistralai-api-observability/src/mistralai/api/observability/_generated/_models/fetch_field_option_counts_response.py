# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (FetchFieldOptionCountsResponse, FieldOptionCountItem...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "FetchFieldOptionCountsResponse",
    "FieldOptionCountItem",
]


class FieldOptionCountItem(BaseModel):
    __mistral_keep__ = frozenset()
    value: str
    count: int


class FetchFieldOptionCountsResponse(BaseModel):
    __mistral_keep__ = frozenset()
    counts: list[FieldOptionCountItem]
