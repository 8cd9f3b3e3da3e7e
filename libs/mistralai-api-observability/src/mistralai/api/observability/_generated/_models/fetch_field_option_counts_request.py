# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (FetchFieldOptionCountsRequest...)."""

from mistralai.api.observability._generated._models.filter_payload import FilterPayload
from mistralai.core.runtime import BaseModel

__all__ = [
    "FetchFieldOptionCountsRequest",
]


class FetchFieldOptionCountsRequest(BaseModel):
    __mistral_keep__ = frozenset()
    filter_params: FilterPayload | None = None
