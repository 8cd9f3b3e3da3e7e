# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (OtelFieldDefinition...)."""

from typing import Literal, TypeAlias

from mistralai.api.observability._generated._models.metric_aggregation import MetricAggregation
from mistralai.core.runtime import BaseModel

__all__ = [
    "OtelFieldDefinition",
    "OtelFieldDefinitionSupportedOperator",
    "OtelFieldDefinitionType",
]

OtelFieldDefinitionType: TypeAlias = (
    Literal["ENUM", "TEXT", "INT", "FLOAT", "BOOL", "TIMESTAMP", "ARRAY", "MAP"] | str
)

OtelFieldDefinitionSupportedOperator: TypeAlias = (
    Literal[
        "eq",
        "neq",
        "lt",
        "lte",
        "gt",
        "gte",
        "like",
        "ilike",
        "not_like",
        "not_ilike",
        "between",
        "not_between",
        "in",
        "not_in",
        "exists",
        "not_exists",
        "regexp",
        "not_regexp",
        "contains",
        "not_contains",
        "has",
        "hasAny",
        "hasAll",
        "hasToken",
    ]
    | str
)


class OtelFieldDefinition(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    label: str
    type: OtelFieldDefinitionType
    group: str | None = None
    supported_operators: list[OtelFieldDefinitionSupportedOperator]
    supported_aggregations: list[MetricAggregation]
