# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (PaginatedResultPipeline, PipelinesResponse...)."""

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING

from mistralai.api.observability._generated._models.pipeline import Pipeline
from mistralai.core.runtime import BaseModel, PagedModel

__all__ = [
    "PaginatedResultPipeline",
    "PipelinesResponse",
]


class PaginatedResultPipeline(BaseModel):
    __mistral_keep__ = frozenset()
    count: int
    results: list[Pipeline] | None = None
    next: str | None = None
    previous: str | None = None


class PipelinesResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[Pipeline]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[Pipeline]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[Pipeline]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    pipelines: PaginatedResultPipeline
