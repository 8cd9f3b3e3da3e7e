# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (EvaluationRunV2Response...)."""

from datetime import datetime
from typing import Any

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
from mistralai.core.runtime import BaseModel

__all__ = [
    "EvaluationRunV2Response",
]


class EvaluationRunV2Response(BaseModel):
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
