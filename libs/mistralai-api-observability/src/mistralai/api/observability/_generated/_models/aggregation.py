# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (Aggregation, AggregationMeta, AggregationRow...)."""

from datetime import datetime
from typing import Any

from mistralai.core.runtime import BaseModel

__all__ = [
    "Aggregation",
    "AggregationMeta",
    "AggregationRow",
]


class AggregationMeta(BaseModel):
    __mistral_keep__ = frozenset()
    from_timestamp: datetime
    to_timestamp: datetime
    granularity_seconds: int | None = None


class AggregationRow(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"dimensions"})
    time_bucket: datetime | None = None
    dimensions: dict[str, Any] | None = None
    metric_name: str
    metric_value: float | int | None = None


class Aggregation(BaseModel):
    __mistral_keep__ = frozenset()
    data: list[AggregationRow]
    meta: AggregationMeta
