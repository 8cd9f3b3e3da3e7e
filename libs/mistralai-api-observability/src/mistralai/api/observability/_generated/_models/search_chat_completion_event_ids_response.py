# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (SearchChatCompletionEventIdsResponse...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "SearchChatCompletionEventIdsResponse",
]


class SearchChatCompletionEventIdsResponse(BaseModel):
    __mistral_keep__ = frozenset()
    completion_event_ids: list[str]
