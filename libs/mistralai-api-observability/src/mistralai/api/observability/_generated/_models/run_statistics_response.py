# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (RunStatisticsResponse...)."""

from mistralai.api.observability._generated._models.evaluator_statistics import (
    EvaluatorStatistics,
    GoalResult,
)
from mistralai.core.runtime import BaseModel

__all__ = [
    "RunStatisticsResponse",
]


class RunStatisticsResponse(BaseModel):
    __mistral_keep__ = frozenset()
    run_id: str
    statistics: dict[str, EvaluatorStatistics]
    goal_results: dict[str, GoalResult] | None = None
    passed: bool | None = None
