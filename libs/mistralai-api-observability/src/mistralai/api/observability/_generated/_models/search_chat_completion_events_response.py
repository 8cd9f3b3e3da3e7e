# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (FeedResultChatCompletionEventPreview, SearchChatCompletionEventsResponse...)."""

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING

from mistralai.api.observability._generated._models.chat_completion_event_preview import (
    ChatCompletionEventPreview,
)
from mistralai.core.runtime import BaseModel, PagedModel

__all__ = [
    "FeedResultChatCompletionEventPreview",
    "SearchChatCompletionEventsResponse",
]


class FeedResultChatCompletionEventPreview(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"results"})
    results: list[ChatCompletionEventPreview] | None = None
    next: str | None = None
    cursor: str | None = None


class SearchChatCompletionEventsResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[ChatCompletionEventPreview]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[ChatCompletionEventPreview]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[ChatCompletionEventPreview]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    completion_events: FeedResultChatCompletionEventPreview
