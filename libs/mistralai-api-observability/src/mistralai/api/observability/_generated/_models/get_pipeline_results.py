# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (FeedResultGetPipelineResult, GetPipelineResults, PipelineResult...)."""

from collections.abc import AsyncIterator, Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from mistralai.core.runtime import BaseModel, PagedModel

__all__ = [
    "FeedResultGetPipelineResult",
    "GetPipelineResults",
    "PipelineResult",
]


class PipelineResult(BaseModel):
    __mistral_keep__ = frozenset()
    trace_id: str
    span_id: str
    span_name: str
    duration_ns: int
    evaluated_at: datetime
    judge_scores: dict[str, float]
    judge_labels: dict[str, str]
    judge_explanations: dict[str, str]


class FeedResultGetPipelineResult(BaseModel):
    __mistral_keep__ = frozenset()
    results: list[PipelineResult] | None = None
    next: str | None = None
    cursor: str | None = None


class GetPipelineResults(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[PipelineResult]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[PipelineResult]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[PipelineResult]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    pipeline_results: FeedResultGetPipelineResult
