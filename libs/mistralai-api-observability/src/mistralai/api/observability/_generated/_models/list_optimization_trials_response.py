# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (ListOptimizationTrialsResponse, OptimizationTrialObservation, OptimizationTrialWithObservations...)."""

from collections.abc import AsyncIterator, Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from mistralai.api.observability._generated._models.evaluation_run_v2_response import (
    EvaluationRunV2Response,
)
from mistralai.core.runtime import BaseModel, PagedModel

__all__ = [
    "ListOptimizationTrialsResponse",
    "OptimizationTrialObservation",
    "OptimizationTrialWithObservations",
    "PaginatedResultOptimizationTrialWithObservations",
]


class OptimizationTrialObservation(BaseModel):
    __mistral_keep__ = frozenset()
    run: EvaluationRunV2Response
    observation_type: str | None = None
    score: float | None = None
    metadata: dict[str, Any] | None = None


class OptimizationTrialWithObservations(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    optimization_id: str
    algorithm_trial_key: str
    status: str
    metadata_: dict[str, Any]
    parent_trial_id: str | None = None
    hypothesis: str | None = None
    resolution: str | None = None
    observations: list[OptimizationTrialObservation] | None = None


class PaginatedResultOptimizationTrialWithObservations(BaseModel):
    __mistral_keep__ = frozenset()
    count: int
    results: list[OptimizationTrialWithObservations] | None = None
    next: str | None = None
    previous: str | None = None


class ListOptimizationTrialsResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[OptimizationTrialWithObservations]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[OptimizationTrialWithObservations]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[OptimizationTrialWithObservations]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    trials: PaginatedResultOptimizationTrialWithObservations
