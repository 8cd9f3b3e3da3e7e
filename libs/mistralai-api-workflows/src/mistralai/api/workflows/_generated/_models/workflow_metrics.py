# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (ScalarMetric, TimeSeriesMetric, WorkflowMetrics...)."""

from typing import Any

from mistralai.core.runtime import BaseModel

__all__ = [
    "ScalarMetric",
    "TimeSeriesMetric",
    "WorkflowMetrics",
]


class ScalarMetric(BaseModel):
    """Scalar metric with a single value."""

    __mistral_keep__ = frozenset()
    value: int | float


class TimeSeriesMetric(BaseModel):
    """Time-series metric with timestamp-value pairs."""

    __mistral_keep__ = frozenset()
    value: list[list[Any]]


class WorkflowMetrics(BaseModel):
    """Complete metrics for a specific workflow. This type combines all metric categories."""

    __mistral_keep__ = frozenset()
    execution_count: ScalarMetric
    success_count: ScalarMetric
    error_count: ScalarMetric
    average_latency_ms: ScalarMetric
    latency_over_time: TimeSeriesMetric
    retry_rate: ScalarMetric
