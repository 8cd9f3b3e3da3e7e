# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (FetchFieldOptionCountsRequest, FetchFieldOptionCountsResponse, FieldOptionCountItem...)."""

from mistralai.api.observability._generated._models.filter_payload import FilterPayload
from mistralai.core.runtime import BaseModel

__all__ = [
    "FetchFieldOptionCountsRequest",
    "FetchFieldOptionCountsResponse",
    "FieldOptionCountItem",
]


class FieldOptionCountItem(BaseModel):
    __mistral_keep__ = frozenset()
    value: str
    count: int


class FetchFieldOptionCountsRequest(BaseModel):
    __mistral_keep__ = frozenset()
    filter_params: FilterPayload | None = None


class FetchFieldOptionCountsResponse(BaseModel):
    __mistral_keep__ = frozenset()
    counts: list[FieldOptionCountItem]
