# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (ListEvaluationRunsResponse, PaginatedResultEvaluationRunV2Response...)."""

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING

from mistralai.api.observability._generated._models.evaluation_run_v2_response import (
    EvaluationRunV2Response,
)
from mistralai.core.runtime import BaseModel, PagedModel

__all__ = [
    "ListEvaluationRunsResponse",
    "PaginatedResultEvaluationRunV2Response",
]


class PaginatedResultEvaluationRunV2Response(BaseModel):
    __mistral_keep__ = frozenset()
    count: int
    results: list[EvaluationRunV2Response] | None = None
    next: str | None = None
    previous: str | None = None


class ListEvaluationRunsResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[EvaluationRunV2Response]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[EvaluationRunV2Response]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[EvaluationRunV2Response]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    runs: PaginatedResultEvaluationRunV2Response
