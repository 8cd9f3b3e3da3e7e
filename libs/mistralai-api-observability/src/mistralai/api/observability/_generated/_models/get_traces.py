# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (FeedResultGetTrace, GetTraces...)."""

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING

from mistralai.api.observability._generated._models.get_trace import GetTrace
from mistralai.core.runtime import BaseModel, PagedModel

__all__ = [
    "FeedResultGetTrace",
    "GetTraces",
]


class FeedResultGetTrace(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"results"})
    results: list[GetTrace] | None = None
    next: str | None = None
    cursor: str | None = None


class GetTraces(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[GetTrace]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[GetTrace]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[GetTrace]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    traces: FeedResultGetTrace
