# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations."""

from typing import Literal, TypeAlias

__all__ = [
    "MetricAggregation",
]

MetricAggregation: TypeAlias = (
    Literal["count", "count_distinct", "sum", "avg", "min", "max", "p50", "p90", "p95", "p99"] | str
)
