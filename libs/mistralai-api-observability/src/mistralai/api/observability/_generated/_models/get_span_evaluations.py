# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (FeedResultGetSpanEvaluation, GetSpanEvaluation, GetSpanEvaluations...)."""

from collections.abc import AsyncIterator, Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from mistralai.core.runtime import BaseModel, PagedModel

__all__ = [
    "FeedResultGetSpanEvaluation",
    "GetSpanEvaluation",
    "GetSpanEvaluations",
]


class GetSpanEvaluation(BaseModel):
    __mistral_keep__ = frozenset()
    customer_id: str
    organization_id: str
    workspace_id: str
    user_id: str
    trace_id: str
    span_id: str
    response_id: str
    conversation_id: str
    timestamp: datetime
    evaluation_name: str
    score_value: float
    score_label: str
    explanation: str
    metadata: dict[str, str]


class FeedResultGetSpanEvaluation(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"results"})
    results: list[GetSpanEvaluation] | None = None
    next: str | None = None
    cursor: str | None = None


class GetSpanEvaluations(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[GetSpanEvaluation]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[GetSpanEvaluation]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[GetSpanEvaluation]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    span_evaluations: FeedResultGetSpanEvaluation
