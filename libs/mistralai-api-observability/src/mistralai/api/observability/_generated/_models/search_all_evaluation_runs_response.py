# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (EvaluationRunV2WithRefsResponse, PaginatedResultEvaluationRunV2WithRefsResponse, RunEvaluationSummary...)."""

from collections.abc import AsyncIterator, Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from mistralai.api.observability._generated._models.evaluation_run_score_v2 import (
    EvaluationRunScoreV2,
)
from mistralai.api.observability._generated._models.evaluator_statistics import (
    EvaluatorStatistics,
    GoalResult,
)
from mistralai.api.observability._generated._models.evaluator_v2 import (
    EvaluatorV2,
    RunOptimizationRef,
    SystemV2,
)
from mistralai.core.runtime import BaseModel, PagedModel

__all__ = [
    "EvaluationRunV2WithRefsResponse",
    "PaginatedResultEvaluationRunV2WithRefsResponse",
    "RunEvaluationSummary",
    "RunProjectSummary",
    "SearchAllEvaluationRunsResponse",
]


class RunEvaluationSummary(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    name: str
    slug: str


class RunProjectSummary(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    name: str
    slug: str


class EvaluationRunV2WithRefsResponse(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    creator_id: str
    evaluation_id: str
    name: str
    description: str | None
    tags: list[str]
    metadata_: dict[str, Any]
    num_generations: int
    evaluators: list[EvaluatorV2]
    run_info: dict[str, Any] | None = None
    status: str | None = "completed"
    dataset_id: str | None = None
    run_evaluators: list[EvaluatorV2] | None = None
    system: SystemV2 | None = None
    statistics: dict[str, EvaluatorStatistics] | None = None
    goal_results: dict[str, GoalResult] | None = None
    passed: bool | None = None
    run_scores: dict[str, EvaluationRunScoreV2] | None = None
    optimization: RunOptimizationRef | None = None
    evaluation: RunEvaluationSummary | None = None
    project: RunProjectSummary | None = None


class PaginatedResultEvaluationRunV2WithRefsResponse(BaseModel):
    __mistral_keep__ = frozenset()
    count: int
    results: list[EvaluationRunV2WithRefsResponse] | None = None
    next: str | None = None
    previous: str | None = None


class SearchAllEvaluationRunsResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[EvaluationRunV2WithRefsResponse]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[EvaluationRunV2WithRefsResponse]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[EvaluationRunV2WithRefsResponse]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    runs: PaginatedResultEvaluationRunV2WithRefsResponse
