# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (SearchChatCompletionEventIdsRequest, SearchChatCompletionEventIdsResponse...)."""

from mistralai.api.observability._generated._models.filter_payload import FilterPayload
from mistralai.core.runtime import BaseModel

__all__ = [
    "SearchChatCompletionEventIdsRequest",
    "SearchChatCompletionEventIdsResponse",
]


class SearchChatCompletionEventIdsResponse(BaseModel):
    __mistral_keep__ = frozenset()
    completion_event_ids: list[str]


class SearchChatCompletionEventIdsRequest(BaseModel):
    __mistral_keep__ = frozenset()
    search_params: FilterPayload
    extra_fields: list[str] | None = None
