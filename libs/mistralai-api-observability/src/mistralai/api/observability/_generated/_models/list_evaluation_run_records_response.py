# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (ListEvaluationRunRecordsResponse, PaginatedResultEvaluationRunRecordV2Response...)."""

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING

from mistralai.api.observability._generated._models.evaluation_run_record_v2_response import (
    EvaluationRunRecordV2Response,
)
from mistralai.core.runtime import BaseModel, PagedModel

__all__ = [
    "ListEvaluationRunRecordsResponse",
    "PaginatedResultEvaluationRunRecordV2Response",
]


class PaginatedResultEvaluationRunRecordV2Response(BaseModel):
    __mistral_keep__ = frozenset()
    count: int
    results: list[EvaluationRunRecordV2Response] | None = None
    next: str | None = None
    previous: str | None = None


class ListEvaluationRunRecordsResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[EvaluationRunRecordV2Response]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[EvaluationRunRecordV2Response]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[EvaluationRunRecordV2Response]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    records: PaginatedResultEvaluationRunRecordV2Response
