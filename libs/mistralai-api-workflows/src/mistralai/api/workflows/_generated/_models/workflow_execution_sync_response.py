# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (WorkflowExecutionSyncResponse...)."""

from typing import Any

from mistralai.core.runtime import BaseModel

__all__ = [
    "WorkflowExecutionSyncResponse",
]


class WorkflowExecutionSyncResponse(BaseModel):
    """Response model for synchronous workflow execution"""

    __mistral_keep__ = frozenset()
    workflow_name: str
    """Name of the workflow that was executed"""
    execution_id: str
    """ID of the workflow execution"""
    result: Any
    """The result of the workflow execution"""
