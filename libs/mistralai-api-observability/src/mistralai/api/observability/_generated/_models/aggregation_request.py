# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (AggregationRequest, MetricDefinition, OrderByClause...)."""

from typing import Literal, TypeAlias

from pydantic import Field

from mistralai.api.observability._generated._models.metric_aggregation import MetricAggregation
from mistralai.core.runtime import BaseModel

__all__ = [
    "AggregationRequest",
    "Granularity",
    "MetricDefinition",
    "OrderByClause",
    "OrderByClauseDirection",
    "TimeDimension",
]

Granularity: TypeAlias = Literal["auto", "second", "minute", "hour", "day", "week", "month"] | str


class MetricDefinition(BaseModel):
    __mistral_keep__ = frozenset()
    measure: str
    aggregation: MetricAggregation


OrderByClauseDirection: TypeAlias = Literal["asc", "desc"] | str


class OrderByClause(BaseModel):
    __mistral_keep__ = frozenset()
    field: str
    direction: OrderByClauseDirection = "asc"


class TimeDimension(BaseModel):
    __mistral_keep__ = frozenset()
    granularity: Granularity = "auto"


class AggregationRequest(BaseModel):
    __mistral_keep__ = frozenset()
    metric: MetricDefinition
    dimensions: list[str] = Field(default=[])
    time_dimension: TimeDimension | None = None
    search_expression: str | None = None
    order_by: list[OrderByClause] | None = None
    limit: int = 1000
