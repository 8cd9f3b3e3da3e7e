# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations."""

from typing import Literal, TypeAlias

__all__ = [
    "Operator",
]

Operator: TypeAlias = (
    Literal[
        "lt",
        "lte",
        "gt",
        "gte",
        "startswith",
        "istartswith",
        "endswith",
        "iendswith",
        "contains",
        "icontains",
        "matches",
        "notcontains",
        "inotcontains",
        "eq",
        "neq",
        "isnull",
        "includes",
        "excludes",
        "len_eq",
    ]
    | str
)
"""The operator to use for filtering options"""
