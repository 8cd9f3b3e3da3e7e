# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (EvaluationRunGenerationV2, EvaluationRunOutputRecordV2, EvaluationRunRecordV2Response...)."""

from datetime import datetime
from typing import Any

from mistralai.api.observability._generated._models.evaluation_run_score_v2 import (
    EvaluationRunScoreV2,
)
from mistralai.api.observability._generated._models.evaluator_statistics import (
    EvaluatorStatistics,
    GoalResult,
)
from mistralai.core.runtime import BaseModel

__all__ = [
    "EvaluationRunGenerationV2",
    "EvaluationRunOutputRecordV2",
    "EvaluationRunRecordV2Response",
]


class EvaluationRunGenerationV2(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    output: Any
    metadata_: dict[str, Any]
    status: str
    error: str | None = None
    scores: dict[str, list[EvaluationRunScoreV2]] | None = None
    statistics: dict[str, EvaluatorStatistics] | None = None
    goal_results: dict[str, GoalResult] | None = None


class EvaluationRunOutputRecordV2(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    metadata_: dict[str, Any]
    record_info: dict[str, Any] | None = None
    generations: list[EvaluationRunGenerationV2] | None = None
    statistics: dict[str, EvaluatorStatistics] | None = None
    goal_results: dict[str, GoalResult] | None = None


class EvaluationRunRecordV2Response(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    input: Any
    dataset_record_id: str | None = None
    output_record: EvaluationRunOutputRecordV2 | None = None
