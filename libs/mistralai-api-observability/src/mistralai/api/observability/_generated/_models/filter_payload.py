# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (FilterCondition, FilterGroup, FilterPayload...)."""

from typing import Any, Literal, TypeAlias

from pydantic import Field

from mistralai.core.runtime import BaseModel

__all__ = [
    "FilterCondition",
    "FilterGroup",
    "FilterPayload",
    "Op",
]

Op: TypeAlias = (
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


class FilterCondition(BaseModel):
    __mistral_keep__ = frozenset()
    field: str
    op: Op
    value: Any


class FilterGroup(BaseModel):
    __mistral_keep__ = frozenset()
    and_: "list[FilterGroup | FilterCondition] | None" = Field(
        default=None, validation_alias="AND", serialization_alias="AND"
    )
    or_: "list[FilterGroup | FilterCondition] | None" = Field(
        default=None, validation_alias="OR", serialization_alias="OR"
    )


class FilterPayload(BaseModel):
    __mistral_keep__ = frozenset()
    filters: FilterGroup | FilterCondition | None
