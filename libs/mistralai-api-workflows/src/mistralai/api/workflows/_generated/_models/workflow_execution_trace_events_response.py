# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (WorkflowExecutionProgressTraceEvent, WorkflowExecutionTraceEventsResponse...)."""

from datetime import datetime
from typing import Any, Literal, TypeAlias

from mistralai.api.workflows._generated._models.workflow_execution_status import (
    WorkflowExecutionStatus,
)
from mistralai.api.workflows._generated._models.workflow_execution_trace_event import (
    EventType,
    WorkflowExecutionTraceEvent,
    WorkflowExecutionTraceSummaryAttributesValues,
)
from mistralai.core.runtime import BaseModel

__all__ = [
    "EventProgressStatus",
    "WorkflowExecutionProgressTraceEvent",
    "WorkflowExecutionTraceEventsResponse",
]

EventProgressStatus: TypeAlias = Literal["RUNNING", "COMPLETED", "FAILED"] | str


class WorkflowExecutionProgressTraceEvent(BaseModel):
    __mistral_keep__ = frozenset({"internal"})
    type: EventType = "EVENT_PROGRESS"
    name: str
    """Name of the event"""
    id: str
    """The ID of the event"""
    timestamp_unix_nano: int
    """The timestamp of the event in nanoseconds since the Unix epoch"""
    attributes: dict[str, WorkflowExecutionTraceSummaryAttributesValues]
    """The attributes of the event"""
    internal: bool = False
    """Whether the event is internal"""
    status: EventProgressStatus = "RUNNING"
    """The progress message"""
    start_time_unix_ms: int
    """The start time of the event in milliseconds since the Unix epoch"""
    end_time_unix_ms: int | None = None
    """The end time of the event in milliseconds since the Unix epoch"""
    error: str | None = None
    """The error message, if any"""


class WorkflowExecutionTraceEventsResponse(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"events"})
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
    events: list[WorkflowExecutionTraceEvent | WorkflowExecutionProgressTraceEvent] | None = None
    """The events of the workflow execution"""
