# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (BaseFieldDefinition, FieldGroup, ListChatCompletionFieldsResponse...)."""

from typing import Literal, TypeAlias

from mistralai.core.runtime import BaseModel

__all__ = [
    "BaseFieldDefinition",
    "BaseFieldDefinitionSupportedOperator",
    "BaseFieldDefinitionType",
    "FieldGroup",
    "ListChatCompletionFieldsResponse",
]

BaseFieldDefinitionType: TypeAlias = (
    Literal["ENUM", "TEXT", "INT", "FLOAT", "BOOL", "TIMESTAMP", "ARRAY", "MAP"] | str
)

BaseFieldDefinitionSupportedOperator: TypeAlias = (
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


class BaseFieldDefinition(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    label: str
    type: BaseFieldDefinitionType
    group: str | None = None
    supported_operators: list[BaseFieldDefinitionSupportedOperator]


class FieldGroup(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    label: str


class ListChatCompletionFieldsResponse(BaseModel):
    __mistral_keep__ = frozenset()
    field_definitions: list[BaseFieldDefinition]
    field_groups: list[FieldGroup]
