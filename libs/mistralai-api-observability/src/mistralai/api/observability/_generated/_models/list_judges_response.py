# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (ListJudgesResponse, PaginatedResultJudgePreview...)."""

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING

from mistralai.api.observability._generated._models.judge import Judge
from mistralai.core.runtime import BaseModel, PagedModel

__all__ = [
    "ListJudgesResponse",
    "PaginatedResultJudgePreview",
]


class PaginatedResultJudgePreview(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"results"})
    results: list[Judge] | None = None
    count: int
    next: str | None = None
    previous: str | None = None


class ListJudgesResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[Judge]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[Judge]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[Judge]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    judges: PaginatedResultJudgePreview
