# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (WorkflowExecutionTraceSummaryResponse, WorkflowExecutionTraceSummarySpan...)."""

from datetime import datetime
from typing import Any

from mistralai.api.workflows._generated._models.workflow_execution_status import (
    WorkflowExecutionStatus,
)
from mistralai.api.workflows._generated._models.workflow_execution_trace_event import (
    WorkflowExecutionTraceEvent,
    WorkflowExecutionTraceSummaryAttributesValues,
)
from mistralai.core.runtime import BaseModel

__all__ = [
    "WorkflowExecutionTraceSummaryResponse",
    "WorkflowExecutionTraceSummarySpan",
]


class WorkflowExecutionTraceSummarySpan(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"children"})
    span_id: str
    """The ID of the span"""
    name: str
    """The name of the span"""
    start_time_unix_nano: int
    """The start time of the span in nanoseconds since the Unix epoch"""
    end_time_unix_nano: int | None
    """The end time of the span in nanoseconds since the Unix epoch"""
    attributes: dict[str, WorkflowExecutionTraceSummaryAttributesValues]
    """The attributes of the span"""
    events: list[WorkflowExecutionTraceEvent]
    """The events of the span"""
    children: "list[WorkflowExecutionTraceSummarySpan] | None" = None
    """The child spans of the span"""


class WorkflowExecutionTraceSummaryResponse(BaseModel):
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
    span_tree: WorkflowExecutionTraceSummarySpan | None = None
    """The root span of the trace"""
