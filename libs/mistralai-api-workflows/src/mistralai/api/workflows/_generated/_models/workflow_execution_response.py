# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (WorkflowExecutionResponse...)."""

from datetime import datetime
from typing import Any

from mistralai.api.workflows._generated._models.workflow_execution_status import (
    WorkflowExecutionStatus,
)
from mistralai.core.runtime import BaseModel

__all__ = [
    "WorkflowExecutionResponse",
]


class WorkflowExecutionResponse(BaseModel):
    __mistral_keep__ = frozenset()
    workflow_name: str
    """The name of the workflow"""
    workflow_id: str | None = None
    """The ID of the workflow"""
    deployment_name: str | None = None
    """The name of the deployment that ran this execution"""
    execution_id: str
    """The ID of the workflow execution"""
    parent_execution_id: str | None = None
    """The parent execution ID of the workflow execution"""
    root_execution_id: str
    """The root execution ID of the workflow execution"""
    run_id: str | None = None
    """The unique run identifier (database UUID)"""
    user_id: str | None = None
    """The ID of the user who triggered the execution"""
    status: WorkflowExecutionStatus | None
    """The status of the workflow execution"""
    start_time: datetime
    """The start time of the workflow execution"""
    end_time: datetime | None
    """The end time of the workflow execution, if available"""
    total_duration_ms: int | None = None
    """The total duration of the trace in milliseconds"""
    result: Any
    """The result of the workflow execution, if available"""
