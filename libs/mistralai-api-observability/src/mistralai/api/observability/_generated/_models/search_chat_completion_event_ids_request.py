# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (SearchChatCompletionEventIdsRequest...)."""

from mistralai.api.observability._generated._models.filter_payload import FilterPayload
from mistralai.core.runtime import BaseModel

__all__ = [
    "SearchChatCompletionEventIdsRequest",
]


class SearchChatCompletionEventIdsRequest(BaseModel):
    __mistral_keep__ = frozenset()
    search_params: FilterPayload
    extra_fields: list[str] | None = None
