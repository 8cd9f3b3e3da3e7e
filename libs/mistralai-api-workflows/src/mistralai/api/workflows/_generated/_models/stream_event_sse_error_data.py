# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (StreamEventSseErrorData, StreamEventSsePayload, StreamEventWorkflowContext...)."""

from datetime import datetime
from typing import Any

from mistralai.api.workflows._generated._models.activity_task_completed_response import (
    ActivityTaskCompletedResponse,
    ActivityTaskFailedResponse,
    ActivityTaskRetryingResponse,
    ActivityTaskStartedResponse,
    CustomTaskCanceledResponse,
    CustomTaskCompletedResponse,
    CustomTaskFailedResponse,
    CustomTaskInProgressResponse,
    CustomTaskStartedResponse,
    CustomTaskTimedOutResponse,
    WorkflowExecutionCanceledResponse,
    WorkflowExecutionCompletedResponse,
    WorkflowExecutionContinuedAsNewResponse,
    WorkflowExecutionFailedResponse,
    WorkflowExecutionStartedResponse,
    WorkflowTaskFailedResponse,
    WorkflowTaskTimedOutResponse,
)
from mistralai.core.runtime import BaseModel

__all__ = [
    "StreamEventSseErrorData",
    "StreamEventSsePayload",
    "StreamEventWorkflowContext",
]


class StreamEventSseErrorData(BaseModel):
    __mistral_keep__ = frozenset()
    error: str
    reason: str


class StreamEventWorkflowContext(BaseModel):
    __mistral_keep__ = frozenset()
    namespace: str
    workflow_name: str
    workflow_exec_id: str
    parent_workflow_exec_id: str | None = None
    root_workflow_exec_id: str | None = None


class StreamEventSsePayload(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"timestamp", "metadata"})
    stream: str
    timestamp: datetime | None = None
    data: (
        WorkflowExecutionStartedResponse
        | WorkflowExecutionCompletedResponse
        | WorkflowExecutionFailedResponse
        | WorkflowExecutionCanceledResponse
        | WorkflowExecutionContinuedAsNewResponse
        | WorkflowTaskTimedOutResponse
        | WorkflowTaskFailedResponse
        | CustomTaskStartedResponse
        | CustomTaskInProgressResponse
        | CustomTaskCompletedResponse
        | CustomTaskFailedResponse
        | CustomTaskTimedOutResponse
        | CustomTaskCanceledResponse
        | ActivityTaskStartedResponse
        | ActivityTaskCompletedResponse
        | ActivityTaskRetryingResponse
        | ActivityTaskFailedResponse
    )
    workflow_context: StreamEventWorkflowContext
    metadata: dict[str, Any] | None = None
    broker_sequence: int
