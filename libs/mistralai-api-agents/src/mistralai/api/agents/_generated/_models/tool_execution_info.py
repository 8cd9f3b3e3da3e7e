# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution used by the same operations."""

from typing import Any, TypeAlias

__all__ = [
    "ToolExecutionInfo",
]

ToolExecutionInfo: TypeAlias = dict[str, Any]
