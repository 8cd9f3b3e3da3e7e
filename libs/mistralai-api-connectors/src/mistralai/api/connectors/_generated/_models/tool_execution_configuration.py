# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-connectors distribution used by the same operations (LogicalExpression, ToolExecutionConfiguration, ToolProperties...)."""

from typing import Literal, TypeAlias

from mistralai.core.runtime import BaseModel

__all__ = [
    "LogicalExpression",
    "LogicalExpressionType",
    "ToolExecutionConfiguration",
    "ToolProperties",
]

LogicalExpressionType: TypeAlias = Literal["and", "or"] | str


class ToolProperties(BaseModel):
    __mistral_keep__ = frozenset()
    read_only: bool | None


class LogicalExpression(BaseModel):
    __mistral_keep__ = frozenset()
    type: LogicalExpressionType
    expressions: "list[list[str] | LogicalExpression | ToolProperties]"


class ToolExecutionConfiguration(BaseModel):
    __mistral_keep__ = frozenset()
    requires_confirmation: list[str] | LogicalExpression | ToolProperties | None = None
    skip_confirmation: list[str] | LogicalExpression | ToolProperties | None = None
    include: list[str] | None = None
    exclude: list[str] | None = None
