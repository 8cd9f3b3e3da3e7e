# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations."""

from typing import Literal, TypeAlias

__all__ = [
    "GetWorkflowExecutionLogsOrder",
]

GetWorkflowExecutionLogsOrder: TypeAlias = Literal["asc", "desc"] | str
"""First-page sort order: 'asc' (oldest first) or 'desc'. Ignored when `cursor` is set."""
