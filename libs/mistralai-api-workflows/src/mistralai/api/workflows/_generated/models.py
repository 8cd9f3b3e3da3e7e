# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution (from the API spec)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from datetime import datetime
from typing import (
    TYPE_CHECKING,
    Annotated,
    Any,
    ClassVar,
    Literal,
    NotRequired,
    Required,
    TypeAlias,
)

from pydantic import Field, Tag
from typing_extensions import TypedDict

from mistralai.core.models import (
    HTTPValidationError,
    ValidationError,
)
from mistralai.core.runtime import (
    UNKNOWN_TAG,
    BaseModel,
    ConstFieldsModel,
    PagedModel,
    UnknownVariant,
    open_discriminator,
)

__all__ = [
    "ActivityTaskCompletedAttributesResponse",
    "ActivityTaskCompletedResponse",
    "ActivityTaskFailedAttributes",
    "ActivityTaskFailedResponse",
    "ActivityTaskRetryingAttributes",
    "ActivityTaskRetryingResponse",
    "ActivityTaskStartedAttributesResponse",
    "ActivityTaskStartedResponse",
    "BatchExecutionBody",
    "BatchExecutionBodyTypedDict",
    "BatchExecutionResponse",
    "BatchExecutionResult",
    "CreateDeploymentRequest",
    "CreateDeploymentRequestTypedDict",
    "CustomTaskCanceledAttributes",
    "CustomTaskCanceledResponse",
    "CustomTaskCompletedAttributesResponse",
    "CustomTaskCompletedResponse",
    "CustomTaskFailedAttributes",
    "CustomTaskFailedResponse",
    "CustomTaskInProgressAttributesResponse",
    "CustomTaskInProgressAttributesResponsePayload",
    "CustomTaskInProgressResponse",
    "CustomTaskStartedAttributesResponse",
    "CustomTaskStartedResponse",
    "CustomTaskTimedOutAttributes",
    "CustomTaskTimedOutResponse",
    "DeploymentArchiveResponse",
    "DeploymentBuildState",
    "DeploymentDetailResponse",
    "DeploymentListResponse",
    "DeploymentLocation",
    "DeploymentLogRecord",
    "DeploymentLogSearchResponse",
    "DeploymentObservedState",
    "DeploymentResourceConfig",
    "DeploymentResourceConfigTypedDict",
    "DeploymentResourceConfigUpdate",
    "DeploymentResourceConfigUpdateTypedDict",
    "DeploymentResponse",
    "DeploymentStatus",
    "DeploymentWorkerListResponse",
    "DeploymentWorkerResponse",
    "DeploymentWorkerSpecInput",
    "DeploymentWorkerSpecInputTypedDict",
    "DeploymentWorkerSpecResponse",
    "EncodedPayloadOptions",
    "EncryptedPatchValue",
    "EventProgressStatus",
    "EventSource",
    "EventType",
    "ExecutionLogRecord",
    "ExecutionLogSearchResponse",
    "ExecutionTraceInfoResponse",
    "Failure",
    "GetDeploymentLogsLogType",
    "GetDeploymentLogsOrder",
    "GetSchedulesV1WorkflowsSchedulesGetResponse",
    "GetSchedulesV1WorkflowsSchedulesGetStatus",
    "GetStreamEventsV1WorkflowsEventsStreamGetEvent",
    "GetStreamEventsV1WorkflowsEventsStreamGetResponseBody",
    "GetWorkflowExecutionLogsOrder",
    "GetWorkflowsV1WorkflowsGetOrder",
    "GetWorkflowsV1WorkflowsGetResponse",
    "GitCommitAuthor",
    "GitCommitMetadata",
    "HTTPValidationError",
    "JSONPatch",
    "JSONPatchAdd",
    "JSONPatchAppend",
    "JSONPatchPayloadResponse",
    "JSONPatchPayloadValueResponse",
    "JSONPatchRemove",
    "JSONPatchReplace",
    "JSONPayloadResponse",
    "ListDeploymentWorkersV1WorkflowsDeploymentsNameWorkersGetWorkerStatus",
    "ListDeploymentsV1WorkflowsDeploymentsGetLocationType",
    "ListDeploymentsV1WorkflowsDeploymentsGetOrder",
    "ListDeploymentsV1WorkflowsDeploymentsGetOrderBy",
    "ListRunsV1WorkflowsRunsGetOrder",
    "ListRunsV1WorkflowsRunsGetResponse",
    "ListWorkflowEventResponse",
    "LocationType",
    "ManagedDeploymentResponse",
    "NetworkEncodedInput",
    "NetworkEncodedInputTypedDict",
    "PartialScheduleDefinition",
    "PartialScheduleDefinitionTypedDict",
    "QueryDefinition",
    "QueryInvocationBody",
    "QueryInvocationBodyTypedDict",
    "QueryWorkflowResponse",
    "ResetInvocationBody",
    "ResetInvocationBodyTypedDict",
    "ScalarMetric",
    "ScheduleCalendar",
    "ScheduleCalendarTypedDict",
    "ScheduleDefinition",
    "ScheduleDefinitionOutput",
    "ScheduleDefinitionTypedDict",
    "ScheduleFutureExecution",
    "ScheduleInterval",
    "ScheduleIntervalTypedDict",
    "ScheduleOverlapPolicy",
    "SchedulePolicy",
    "SchedulePolicyTypedDict",
    "ScheduleRange",
    "ScheduleRangeTypedDict",
    "ScheduleRecentExecution",
    "Scope",
    "SignalDefinition",
    "SignalInvocationBody",
    "SignalInvocationBodyTypedDict",
    "SignalWorkflowResponse",
    "SortBy",
    "StreamDeploymentLogsEvent",
    "StreamDeploymentLogsEventEvent",
    "StreamDeploymentLogsResponseBody",
    "StreamError",
    "StreamEventSseErrorData",
    "StreamEventSsePayload",
    "StreamEventWorkflowContext",
    "StreamV1WorkflowsExecutionsExecutionIDStreamGetResponseBody",
    "StreamV1WorkflowsExecutionsExecutionIdStreamGetEvent",
    "StreamWorkflowExecutionLogsEvent",
    "StreamWorkflowExecutionLogsEventEvent",
    "StreamWorkflowExecutionLogsResponseBody",
    "TempoGetTraceResponse",
    "TempoTraceAttribute",
    "TempoTraceAttributeArrayContainer",
    "TempoTraceAttributeArrayElement",
    "TempoTraceAttributeArrayValue",
    "TempoTraceAttributeBoolValue",
    "TempoTraceAttributeIntValue",
    "TempoTraceAttributeStringValue",
    "TempoTraceBatch",
    "TempoTraceEvent",
    "TempoTraceResource",
    "TempoTraceScope",
    "TempoTraceScopeKind",
    "TempoTraceScopeSpan",
    "TempoTraceSpan",
    "TimeSeriesMetric",
    "UpdateDefinition",
    "UpdateDeploymentRequest",
    "UpdateDeploymentRequestTypedDict",
    "UpdateInvocationBody",
    "UpdateInvocationBodyTypedDict",
    "UpdateWorkflowResponse",
    "ValidationError",
    "Workflow",
    "WorkflowArchiveResponse",
    "WorkflowBasicDefinition",
    "WorkflowBulkArchiveRequest",
    "WorkflowBulkArchiveRequestTypedDict",
    "WorkflowBulkArchiveResponse",
    "WorkflowBulkError",
    "WorkflowBulkUnarchiveRequest",
    "WorkflowBulkUnarchiveRequestTypedDict",
    "WorkflowBulkUnarchiveResponse",
    "WorkflowCodeDefinition",
    "WorkflowEventType",
    "WorkflowExecutionCanceledAttributes",
    "WorkflowExecutionCanceledResponse",
    "WorkflowExecutionCompletedAttributesResponse",
    "WorkflowExecutionCompletedResponse",
    "WorkflowExecutionContinuedAsNewAttributesResponse",
    "WorkflowExecutionContinuedAsNewResponse",
    "WorkflowExecutionFailedAttributes",
    "WorkflowExecutionFailedResponse",
    "WorkflowExecutionListResponse",
    "WorkflowExecutionProgressTraceEvent",
    "WorkflowExecutionRequest",
    "WorkflowExecutionRequestTypedDict",
    "WorkflowExecutionResponse",
    "WorkflowExecutionStartedAttributesResponse",
    "WorkflowExecutionStartedResponse",
    "WorkflowExecutionStatus",
    "WorkflowExecutionSyncResponse",
    "WorkflowExecutionTraceEvent",
    "WorkflowExecutionTraceEventsResponse",
    "WorkflowExecutionTraceOTelResponse",
    "WorkflowExecutionTraceSummaryAttributesValues",
    "WorkflowExecutionTraceSummaryResponse",
    "WorkflowExecutionTraceSummarySpan",
    "WorkflowExecutionWithoutResultResponse",
    "WorkflowGetResponse",
    "WorkflowListResponse",
    "WorkflowMetadata",
    "WorkflowMetrics",
    "WorkflowRegistration",
    "WorkflowRegistrationGetResponse",
    "WorkflowRegistrationListResponse",
    "WorkflowRegistrationWithWorkerStatus",
    "WorkflowScheduleListResponse",
    "WorkflowSchedulePauseRequest",
    "WorkflowSchedulePauseRequestTypedDict",
    "WorkflowScheduleRequest",
    "WorkflowScheduleRequestTypedDict",
    "WorkflowScheduleResponse",
    "WorkflowScheduleTriggerRequest",
    "WorkflowScheduleTriggerRequestTypedDict",
    "WorkflowScheduleUpdateRequest",
    "WorkflowScheduleUpdateRequestTypedDict",
    "WorkflowTagsAddRequest",
    "WorkflowTagsAddRequestTypedDict",
    "WorkflowTaskFailedAttributes",
    "WorkflowTaskFailedResponse",
    "WorkflowTaskTimedOutAttributes",
    "WorkflowTaskTimedOutResponse",
    "WorkflowType",
    "WorkflowUnarchiveResponse",
    "WorkflowUpdateRequest",
    "WorkflowUpdateRequestTypedDict",
    "WorkflowUpdateResponse",
    "WorkflowWithWorkerStatus",
    "WorkflowsWorkerSpecUpdate",
    "WorkflowsWorkerSpecUpdateTypedDict",
]


class ActivityTaskCompletedResponse(ConstFieldsModel):
    """Emitted when an activity task completes successfully. Contains timing information about the successful execution."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"event_type": "ACTIVITY_TASK_COMPLETED"}
    __mistral_keep__ = frozenset({"event_type"})
    event_id: str
    """Unique identifier for this event instance."""
    event_timestamp: int
    """Unix timestamp in nanoseconds when the event was created."""
    root_workflow_exec_id: str
    """Execution ID of the root workflow that initiated this execution chain."""
    parent_workflow_exec_id: str | None
    """Execution ID of the parent workflow that initiated this execution. If this is a root workflow, this field is not set."""
    continued_run_id: str | None
    """Run ID of the execution this run continued from. Non-null for continue-as-new runs."""
    first_execution_run_id: str | None
    """Run ID of the first execution in this workflow chain. Equals workflow_run_id on fresh starts and resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to the original first run."""
    schedule_id: str | None
    """Temporal schedule ID that triggered this execution, if any."""
    workflow_exec_id: str
    """Execution ID of the workflow that emitted this event."""
    workflow_run_id: str
    """Run ID of the workflow execution. Changes on continue-as-new while workflow_exec_id stays the same."""
    workflow_name: str
    """The registered name of the workflow that emitted this event."""
    event_type: Literal["ACTIVITY_TASK_COMPLETED"] = "ACTIVITY_TASK_COMPLETED"
    """Event type discriminator."""
    attributes: ActivityTaskCompletedAttributesResponse
    """Event-specific attributes."""


class ActivityTaskCompletedAttributesResponse(BaseModel):
    """Attributes for activity task completed events."""

    __mistral_keep__ = frozenset()
    task_id: str
    """Unique identifier for the activity task within the workflow."""
    activity_name: str
    """The registered name of the activity being executed."""
    result: JSONPayloadResponse
    """The result returned by the activity."""


class ActivityTaskFailedResponse(ConstFieldsModel):
    """Emitted when an activity task fails after exhausting all retry attempts. This is a terminal event indicating the activity could not complete successfully."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"event_type": "ACTIVITY_TASK_FAILED"}
    __mistral_keep__ = frozenset({"event_type"})
    event_id: str
    """Unique identifier for this event instance."""
    event_timestamp: int
    """Unix timestamp in nanoseconds when the event was created."""
    root_workflow_exec_id: str
    """Execution ID of the root workflow that initiated this execution chain."""
    parent_workflow_exec_id: str | None
    """Execution ID of the parent workflow that initiated this execution. If this is a root workflow, this field is not set."""
    continued_run_id: str | None
    """Run ID of the execution this run continued from. Non-null for continue-as-new runs."""
    first_execution_run_id: str | None
    """Run ID of the first execution in this workflow chain. Equals workflow_run_id on fresh starts and resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to the original first run."""
    schedule_id: str | None
    """Temporal schedule ID that triggered this execution, if any."""
    workflow_exec_id: str
    """Execution ID of the workflow that emitted this event."""
    workflow_run_id: str
    """Run ID of the workflow execution. Changes on continue-as-new while workflow_exec_id stays the same."""
    workflow_name: str
    """The registered name of the workflow that emitted this event."""
    event_type: Literal["ACTIVITY_TASK_FAILED"] = "ACTIVITY_TASK_FAILED"
    """Event type discriminator."""
    attributes: ActivityTaskFailedAttributes
    """Event-specific attributes."""


class ActivityTaskFailedAttributes(BaseModel):
    """Attributes for activity task failed events (final failure after all retries)."""

    __mistral_keep__ = frozenset()
    task_id: str
    """Unique identifier for the activity task within the workflow."""
    activity_name: str
    """The registered name of the activity being executed."""
    attempt: int
    """The final attempt number that failed (1-indexed)."""
    failure: Failure
    """Details about the failure that caused the activity to fail."""


class ActivityTaskRetryingResponse(ConstFieldsModel):
    """Emitted when an activity task fails and will be retried. Contains information about the failed attempt and the error that occurred."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"event_type": "ACTIVITY_TASK_RETRYING"}
    __mistral_keep__ = frozenset({"event_type"})
    event_id: str
    """Unique identifier for this event instance."""
    event_timestamp: int
    """Unix timestamp in nanoseconds when the event was created."""
    root_workflow_exec_id: str
    """Execution ID of the root workflow that initiated this execution chain."""
    parent_workflow_exec_id: str | None
    """Execution ID of the parent workflow that initiated this execution. If this is a root workflow, this field is not set."""
    continued_run_id: str | None
    """Run ID of the execution this run continued from. Non-null for continue-as-new runs."""
    first_execution_run_id: str | None
    """Run ID of the first execution in this workflow chain. Equals workflow_run_id on fresh starts and resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to the original first run."""
    schedule_id: str | None
    """Temporal schedule ID that triggered this execution, if any."""
    workflow_exec_id: str
    """Execution ID of the workflow that emitted this event."""
    workflow_run_id: str
    """Run ID of the workflow execution. Changes on continue-as-new while workflow_exec_id stays the same."""
    workflow_name: str
    """The registered name of the workflow that emitted this event."""
    event_type: Literal["ACTIVITY_TASK_RETRYING"] = "ACTIVITY_TASK_RETRYING"
    """Event type discriminator."""
    attributes: ActivityTaskRetryingAttributes
    """Event-specific attributes."""


class ActivityTaskRetryingAttributes(BaseModel):
    """Attributes for activity task retrying events."""

    __mistral_keep__ = frozenset()
    task_id: str
    """Unique identifier for the activity task within the workflow."""
    activity_name: str
    """The registered name of the activity being executed."""
    attempt: int
    """The attempt number that failed (1-indexed)."""
    failure: Failure
    """Details about the failure that caused the retry."""


class ActivityTaskStartedResponse(ConstFieldsModel):
    """Emitted when an activity task begins execution. This is the first event for an activity, emitted on the first attempt only. Subsequent retry attempts emit ACTIVITY_TASK_RETRYING instead."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"event_type": "ACTIVITY_TASK_STARTED"}
    __mistral_keep__ = frozenset({"event_type"})
    event_id: str
    """Unique identifier for this event instance."""
    event_timestamp: int
    """Unix timestamp in nanoseconds when the event was created."""
    root_workflow_exec_id: str
    """Execution ID of the root workflow that initiated this execution chain."""
    parent_workflow_exec_id: str | None
    """Execution ID of the parent workflow that initiated this execution. If this is a root workflow, this field is not set."""
    continued_run_id: str | None
    """Run ID of the execution this run continued from. Non-null for continue-as-new runs."""
    first_execution_run_id: str | None
    """Run ID of the first execution in this workflow chain. Equals workflow_run_id on fresh starts and resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to the original first run."""
    schedule_id: str | None
    """Temporal schedule ID that triggered this execution, if any."""
    workflow_exec_id: str
    """Execution ID of the workflow that emitted this event."""
    workflow_run_id: str
    """Run ID of the workflow execution. Changes on continue-as-new while workflow_exec_id stays the same."""
    workflow_name: str
    """The registered name of the workflow that emitted this event."""
    event_type: Literal["ACTIVITY_TASK_STARTED"] = "ACTIVITY_TASK_STARTED"
    """Event type discriminator."""
    attributes: ActivityTaskStartedAttributesResponse
    """Event-specific attributes."""


class ActivityTaskStartedAttributesResponse(BaseModel):
    """Attributes for activity task started events."""

    __mistral_keep__ = frozenset()
    task_id: str
    """Unique identifier for the activity task within the workflow."""
    activity_name: str
    """The registered name of the activity being executed."""
    input: JSONPayloadResponse
    """The input arguments passed to the activity."""


class BatchExecutionBody(BaseModel):
    __mistral_keep__ = frozenset()
    execution_ids: list[str]
    """List of execution IDs to process"""


class BatchExecutionResponse(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"results"})
    results: dict[str, BatchExecutionResult] | None = None
    """Mapping of execution_id to result with status and optional error message"""


class BatchExecutionResult(BaseModel):
    __mistral_keep__ = frozenset()
    status: str
    """Status of the operation (success/failure)"""
    error: str | None = None
    """Error message if operation failed"""


class CreateDeploymentRequest(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    spec: DeploymentWorkerSpecInput
    resources: DeploymentResourceConfig | None = None
    hardened: bool = False


class CustomTaskCanceledResponse(ConstFieldsModel):
    """Emitted when a custom task is canceled. Indicates the task was explicitly stopped before completion."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"event_type": "CUSTOM_TASK_CANCELED"}
    __mistral_keep__ = frozenset({"event_type"})
    event_id: str
    """Unique identifier for this event instance."""
    event_timestamp: int
    """Unix timestamp in nanoseconds when the event was created."""
    root_workflow_exec_id: str
    """Execution ID of the root workflow that initiated this execution chain."""
    parent_workflow_exec_id: str | None
    """Execution ID of the parent workflow that initiated this execution. If this is a root workflow, this field is not set."""
    continued_run_id: str | None
    """Run ID of the execution this run continued from. Non-null for continue-as-new runs."""
    first_execution_run_id: str | None
    """Run ID of the first execution in this workflow chain. Equals workflow_run_id on fresh starts and resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to the original first run."""
    schedule_id: str | None
    """Temporal schedule ID that triggered this execution, if any."""
    workflow_exec_id: str
    """Execution ID of the workflow that emitted this event."""
    workflow_run_id: str
    """Run ID of the workflow execution. Changes on continue-as-new while workflow_exec_id stays the same."""
    workflow_name: str
    """The registered name of the workflow that emitted this event."""
    event_type: Literal["CUSTOM_TASK_CANCELED"] = "CUSTOM_TASK_CANCELED"
    """Event type discriminator."""
    attributes: CustomTaskCanceledAttributes
    """Event-specific attributes."""


class CustomTaskCanceledAttributes(BaseModel):
    """Attributes for custom task canceled events."""

    __mistral_keep__ = frozenset()
    custom_task_id: str
    """Unique identifier for the custom task within the workflow."""
    custom_task_type: str
    """The type/category of the custom task (e.g., 'llm_call', 'api_request')."""
    reason: str | None = None
    """Optional reason provided for the cancellation."""


class CustomTaskCompletedResponse(ConstFieldsModel):
    """Emitted when a custom task completes successfully. Contains the final result of the task execution."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"event_type": "CUSTOM_TASK_COMPLETED"}
    __mistral_keep__ = frozenset({"event_type"})
    event_id: str
    """Unique identifier for this event instance."""
    event_timestamp: int
    """Unix timestamp in nanoseconds when the event was created."""
    root_workflow_exec_id: str
    """Execution ID of the root workflow that initiated this execution chain."""
    parent_workflow_exec_id: str | None
    """Execution ID of the parent workflow that initiated this execution. If this is a root workflow, this field is not set."""
    continued_run_id: str | None
    """Run ID of the execution this run continued from. Non-null for continue-as-new runs."""
    first_execution_run_id: str | None
    """Run ID of the first execution in this workflow chain. Equals workflow_run_id on fresh starts and resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to the original first run."""
    schedule_id: str | None
    """Temporal schedule ID that triggered this execution, if any."""
    workflow_exec_id: str
    """Execution ID of the workflow that emitted this event."""
    workflow_run_id: str
    """Run ID of the workflow execution. Changes on continue-as-new while workflow_exec_id stays the same."""
    workflow_name: str
    """The registered name of the workflow that emitted this event."""
    event_type: Literal["CUSTOM_TASK_COMPLETED"] = "CUSTOM_TASK_COMPLETED"
    """Event type discriminator."""
    attributes: CustomTaskCompletedAttributesResponse
    """Event-specific attributes."""


class CustomTaskCompletedAttributesResponse(BaseModel):
    """Attributes for custom task completed events."""

    __mistral_keep__ = frozenset()
    custom_task_id: str
    """Unique identifier for the custom task within the workflow."""
    custom_task_type: str
    """The type/category of the custom task (e.g., 'llm_call', 'api_request')."""
    payload: JSONPayloadResponse
    """The final result of the custom task."""


class CustomTaskFailedResponse(ConstFieldsModel):
    """Emitted when a custom task fails. Contains details about the failure for debugging and error handling."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"event_type": "CUSTOM_TASK_FAILED"}
    __mistral_keep__ = frozenset({"event_type"})
    event_id: str
    """Unique identifier for this event instance."""
    event_timestamp: int
    """Unix timestamp in nanoseconds when the event was created."""
    root_workflow_exec_id: str
    """Execution ID of the root workflow that initiated this execution chain."""
    parent_workflow_exec_id: str | None
    """Execution ID of the parent workflow that initiated this execution. If this is a root workflow, this field is not set."""
    continued_run_id: str | None
    """Run ID of the execution this run continued from. Non-null for continue-as-new runs."""
    first_execution_run_id: str | None
    """Run ID of the first execution in this workflow chain. Equals workflow_run_id on fresh starts and resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to the original first run."""
    schedule_id: str | None
    """Temporal schedule ID that triggered this execution, if any."""
    workflow_exec_id: str
    """Execution ID of the workflow that emitted this event."""
    workflow_run_id: str
    """Run ID of the workflow execution. Changes on continue-as-new while workflow_exec_id stays the same."""
    workflow_name: str
    """The registered name of the workflow that emitted this event."""
    event_type: Literal["CUSTOM_TASK_FAILED"] = "CUSTOM_TASK_FAILED"
    """Event type discriminator."""
    attributes: CustomTaskFailedAttributes
    """Event-specific attributes."""


class CustomTaskFailedAttributes(BaseModel):
    """Attributes for custom task failed events."""

    __mistral_keep__ = frozenset()
    custom_task_id: str
    """Unique identifier for the custom task within the workflow."""
    custom_task_type: str
    """The type/category of the custom task (e.g., 'llm_call', 'api_request')."""
    failure: Failure
    """Details about the failure that caused the task to fail."""


class CustomTaskInProgressResponse(ConstFieldsModel):
    """Emitted during custom task execution to report progress. This event supports streaming updates via JSON or JSON Patch payloads, enabling real-time progress tracking for long-running tasks."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"event_type": "CUSTOM_TASK_IN_PROGRESS"}
    __mistral_keep__ = frozenset({"event_type"})
    event_id: str
    """Unique identifier for this event instance."""
    event_timestamp: int
    """Unix timestamp in nanoseconds when the event was created."""
    root_workflow_exec_id: str
    """Execution ID of the root workflow that initiated this execution chain."""
    parent_workflow_exec_id: str | None
    """Execution ID of the parent workflow that initiated this execution. If this is a root workflow, this field is not set."""
    continued_run_id: str | None
    """Run ID of the execution this run continued from. Non-null for continue-as-new runs."""
    first_execution_run_id: str | None
    """Run ID of the first execution in this workflow chain. Equals workflow_run_id on fresh starts and resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to the original first run."""
    schedule_id: str | None
    """Temporal schedule ID that triggered this execution, if any."""
    workflow_exec_id: str
    """Execution ID of the workflow that emitted this event."""
    workflow_run_id: str
    """Run ID of the workflow execution. Changes on continue-as-new while workflow_exec_id stays the same."""
    workflow_name: str
    """The registered name of the workflow that emitted this event."""
    event_type: Literal["CUSTOM_TASK_IN_PROGRESS"] = "CUSTOM_TASK_IN_PROGRESS"
    """Event type discriminator."""
    attributes: CustomTaskInProgressAttributesResponse
    """Event-specific attributes."""


class CustomTaskInProgressAttributesResponse(BaseModel):
    """Attributes for custom task in-progress events with streaming updates."""

    __mistral_keep__ = frozenset()
    custom_task_id: str
    """Unique identifier for the custom task within the workflow."""
    custom_task_type: str
    """The type/category of the custom task (e.g., 'llm_call', 'api_request')."""
    payload: CustomTaskInProgressAttributesResponsePayload
    """The current state or incremental update for the task."""


class CustomTaskStartedResponse(ConstFieldsModel):
    """Emitted when a custom task begins execution. Custom tasks represent user-defined units of work within a workflow, such as LLM calls, API requests, or data processing steps."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"event_type": "CUSTOM_TASK_STARTED"}
    __mistral_keep__ = frozenset({"event_type"})
    event_id: str
    """Unique identifier for this event instance."""
    event_timestamp: int
    """Unix timestamp in nanoseconds when the event was created."""
    root_workflow_exec_id: str
    """Execution ID of the root workflow that initiated this execution chain."""
    parent_workflow_exec_id: str | None
    """Execution ID of the parent workflow that initiated this execution. If this is a root workflow, this field is not set."""
    continued_run_id: str | None
    """Run ID of the execution this run continued from. Non-null for continue-as-new runs."""
    first_execution_run_id: str | None
    """Run ID of the first execution in this workflow chain. Equals workflow_run_id on fresh starts and resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to the original first run."""
    schedule_id: str | None
    """Temporal schedule ID that triggered this execution, if any."""
    workflow_exec_id: str
    """Execution ID of the workflow that emitted this event."""
    workflow_run_id: str
    """Run ID of the workflow execution. Changes on continue-as-new while workflow_exec_id stays the same."""
    workflow_name: str
    """The registered name of the workflow that emitted this event."""
    event_type: Literal["CUSTOM_TASK_STARTED"] = "CUSTOM_TASK_STARTED"
    """Event type discriminator."""
    attributes: CustomTaskStartedAttributesResponse
    """Event-specific attributes."""


class CustomTaskStartedAttributesResponse(BaseModel):
    """Attributes for custom task started events."""

    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"payload"})
    custom_task_id: str
    """Unique identifier for the custom task within the workflow."""
    custom_task_type: str
    """The type/category of the custom task (e.g., 'llm_call', 'api_request')."""
    payload: JSONPayloadResponse | None = None
    """The initial state or payload for the custom task."""


class CustomTaskTimedOutResponse(ConstFieldsModel):
    """Emitted when a custom task exceeds its timeout. Indicates the task did not complete within its configured time limit."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"event_type": "CUSTOM_TASK_TIMED_OUT"}
    __mistral_keep__ = frozenset({"event_type"})
    event_id: str
    """Unique identifier for this event instance."""
    event_timestamp: int
    """Unix timestamp in nanoseconds when the event was created."""
    root_workflow_exec_id: str
    """Execution ID of the root workflow that initiated this execution chain."""
    parent_workflow_exec_id: str | None
    """Execution ID of the parent workflow that initiated this execution. If this is a root workflow, this field is not set."""
    continued_run_id: str | None
    """Run ID of the execution this run continued from. Non-null for continue-as-new runs."""
    first_execution_run_id: str | None
    """Run ID of the first execution in this workflow chain. Equals workflow_run_id on fresh starts and resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to the original first run."""
    schedule_id: str | None
    """Temporal schedule ID that triggered this execution, if any."""
    workflow_exec_id: str
    """Execution ID of the workflow that emitted this event."""
    workflow_run_id: str
    """Run ID of the workflow execution. Changes on continue-as-new while workflow_exec_id stays the same."""
    workflow_name: str
    """The registered name of the workflow that emitted this event."""
    event_type: Literal["CUSTOM_TASK_TIMED_OUT"] = "CUSTOM_TASK_TIMED_OUT"
    """Event type discriminator."""
    attributes: CustomTaskTimedOutAttributes
    """Event-specific attributes."""


class CustomTaskTimedOutAttributes(BaseModel):
    """Attributes for custom task timed out events."""

    __mistral_keep__ = frozenset()
    custom_task_id: str
    """Unique identifier for the custom task within the workflow."""
    custom_task_type: str
    """The type/category of the custom task (e.g., 'llm_call', 'api_request')."""
    timeout_type: str | None = None
    """The type of timeout that occurred."""


class DeploymentBuildState(BaseModel):
    __mistral_keep__ = frozenset()
    phase: str | None = None
    commit_sha: str | None = None
    image: str | None = None
    message: str | None = None
    started_at: datetime | None = None
    finished_at: datetime | None = None


class DeploymentDetailResponse(BaseModel):
    __mistral_keep__ = frozenset({"is_hardened"})
    __mistral_drop_none__ = frozenset({"locations"})
    id: str
    """Unique identifier of the deployment"""
    name: str
    """Deployment name"""
    is_active: bool
    """Whether at least one worker is currently live"""
    is_hardened: bool = False
    """Whether the deployment has at least one authorized credential"""
    created_at: datetime
    """When the deployment was first registered"""
    updated_at: datetime
    """When the deployment was last updated"""
    location: DeploymentLocation | None = None
    """Where the deployment is running"""
    worker_count: int = 0
    """Number of workers registered to the deployment"""
    active_worker_count: int = 0
    """Number of workers currently live within the liveness cutoff"""
    locations: list[LocationType] | None = None
    """Distinct location types reported by the deployment's workers"""
    managed: ManagedDeploymentResponse | None = None
    """Live managed service state for managed deployments; null for self-hosted deployments or when managed services are unavailable"""
    workers: list[DeploymentWorkerResponse]
    """Workers registered for the deployment"""


class DeploymentListResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[DeploymentResponse]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[DeploymentResponse]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[DeploymentResponse]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    deployments: list[DeploymentResponse]
    """List of deployments"""
    next_cursor: str | None
    """Cursor for the next page of results"""
    workspace_id: str
    """Workspace ID the results are scoped to"""


class DeploymentLocation(BaseModel):
    __mistral_keep__ = frozenset()
    location_type: LocationType
    """Where the deployment runs: 'local', 'k8s', or 'managed'"""
    k8s_cluster: str | None = None
    """K8s cluster name, if applicable"""
    k8s_namespace: str | None = None
    """K8s namespace, if applicable"""


class DeploymentLogRecord(BaseModel):
    __mistral_keep__ = frozenset()
    timestamp: datetime
    trace_id: str
    span_id: str
    severity_text: str
    body: str
    log_attributes: dict[str, str]


class DeploymentLogSearchResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[DeploymentLogRecord]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[DeploymentLogRecord]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[DeploymentLogRecord]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    results: list[DeploymentLogRecord]
    next_cursor: str | None = None


class DeploymentObservedState(BaseModel):
    __mistral_keep__ = frozenset()
    phase: str | None = None
    available_replicas: int = 0
    ready_replicas: int = 0
    endpoint: str | None = None
    message: str | None = None
    last_seen: datetime | None = None
    deployed_revision: str | None = None
    generation: int | None = None
    build_state: DeploymentBuildState | None = None


class DeploymentResourceConfig(BaseModel):
    __mistral_keep__ = frozenset()
    replicas: int | None = None
    cpu_request: str | None = None
    cpu_limit: str | None = None
    memory_request: str | None = None
    memory_limit: str | None = None


class DeploymentResourceConfigUpdate(BaseModel):
    __mistral_keep__ = frozenset()
    replicas: int | None = None
    cpu_request: str | None = None
    cpu_limit: str | None = None
    memory_request: str | None = None
    memory_limit: str | None = None


class DeploymentResponse(BaseModel):
    __mistral_keep__ = frozenset({"is_hardened"})
    __mistral_drop_none__ = frozenset({"locations"})
    id: str
    """Unique identifier of the deployment"""
    name: str
    """Deployment name"""
    is_active: bool
    """Whether at least one worker is currently live"""
    is_hardened: bool = False
    """Whether the deployment has at least one authorized credential"""
    created_at: datetime
    """When the deployment was first registered"""
    updated_at: datetime
    """When the deployment was last updated"""
    location: DeploymentLocation | None = None
    """Where the deployment is running"""
    worker_count: int = 0
    """Number of workers registered to the deployment"""
    active_worker_count: int = 0
    """Number of workers currently live within the liveness cutoff"""
    locations: list[LocationType] | None = None
    """Distinct location types reported by the deployment's workers"""
    managed: ManagedDeploymentResponse | None = None
    """Live managed service state for managed deployments; null for self-hosted deployments or when managed services are unavailable"""


class DeploymentWorkerListResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[DeploymentWorkerResponse]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[DeploymentWorkerResponse]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[DeploymentWorkerResponse]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    workers: list[DeploymentWorkerResponse]
    """Workers registered for the deployment"""
    next_cursor: str | None
    """Cursor for the next page of results"""


class DeploymentWorkerResponse(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    """Worker name"""
    created_at: datetime
    """When the worker first registered"""
    updated_at: datetime
    """When the worker last registered"""
    is_active: bool
    """Whether this worker's liveness key is currently alive"""
    location: DeploymentLocation | None = None
    """Where the worker is running; null if the worker did not report a location"""


class DeploymentWorkerSpecInput(BaseModel):
    __mistral_keep__ = frozenset()
    github_url: str
    revision: str | None = "main"
    entrypoint: str | None = "worker:main"
    working_dir: str | None = None


class DeploymentWorkerSpecResponse(BaseModel):
    __mistral_keep__ = frozenset()
    github_url: str
    type: str = "workflows_worker"
    revision: str | None = None
    entrypoint: str | None = None
    working_dir: str | None = None
    restarted_at: str | None = None
    commit_sha: str | None = None
    commit: GitCommitMetadata | None = None


class EncryptedPatchValue(ConstFieldsModel):
    """Wrapper for encrypted patch values in selective json_patch encryption. When partial encryption mode is enabled and a patch targets an EncryptedStrField, the patch value is encrypted and wrapped in this structure. The type field acts as a discriminator to distinguish this from user data."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "__encrypted__"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["__encrypted__"] = "__encrypted__"
    value: str


class ExecutionLogRecord(BaseModel):
    __mistral_keep__ = frozenset()
    timestamp: datetime
    trace_id: str
    span_id: str
    severity_text: str
    body: str
    log_attributes: dict[str, str]


class ExecutionLogSearchResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[ExecutionLogRecord]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[ExecutionLogRecord]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[ExecutionLogRecord]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    results: list[ExecutionLogRecord]
    next_cursor: str | None = None


class ExecutionTraceInfoResponse(BaseModel):
    __mistral_keep__ = frozenset({"has_trace_data"})
    otel_trace_id: str | None = None
    """The ID of the trace, if available"""
    has_trace_data: bool = False
    """Whether trace data is available in the trace backend for this execution"""


class Failure(BaseModel):
    """Represents an error or exception that occurred during execution."""

    __mistral_keep__ = frozenset()
    message: str
    """A human-readable description of the failure."""


class GitCommitAuthor(BaseModel):
    __mistral_keep__ = frozenset()
    name: str | None = None
    username: str | None = None
    html_url: str | None = None


class GitCommitMetadata(BaseModel):
    __mistral_keep__ = frozenset()
    sha: str
    message: str | None = None
    author: GitCommitAuthor | None = None
    html_url: str | None = None


class JSONPatchAdd(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"op": "add"}
    __mistral_keep__ = frozenset({"op"})
    path: str
    """A JSON Pointer (RFC 6901) identifying the target location within the document. Can be a string path (e.g., '/foo/bar'), '/', '', or an empty list [] for root-level operations."""
    value: Any
    """The value to use for the operation"""
    op: Literal["add"] = "add"
    """Add operation"""


class JSONPatchAppend(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"op": "append"}
    __mistral_keep__ = frozenset({"op"})
    path: str
    """A JSON Pointer (RFC 6901) identifying the target location within the document. Can be a string path (e.g., '/foo/bar'), '/', '', or an empty list [] for root-level operations."""
    value: str | EncryptedPatchValue
    """The value to use for the operation. A string to append to the existing value, or an EncryptedPatchValue wrapper when encryption is applied."""
    op: Literal["append"] = "append"
    """'append' is an extension for efficient string concatenation in streaming scenarios."""


class JSONPatchPayloadResponse(ConstFieldsModel):
    """A payload containing a list of JSON Patch operations. Used for streaming incremental updates to workflow state. When encrypted, the value field contains base64-encoded encrypted data and encoding_options indicates the type of encryption applied."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "json_patch"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["json_patch"] = "json_patch"
    """Discriminator indicating this is a JSON Patch payload."""
    value: JSONPatchPayloadValueResponse
    """The list of JSON Patch operations. When encrypted, contains base64-encoded data."""
    encoding_options: list[EncodedPayloadOptions] | None = None
    """Encoding options applied to the payload."""


class JSONPatchRemove(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"op": "remove"}
    __mistral_keep__ = frozenset({"op"})
    path: str
    """A JSON Pointer (RFC 6901) identifying the target location within the document. Can be a string path (e.g., '/foo/bar'), '/', '', or an empty list [] for root-level operations."""
    value: Any
    """The value to use for the operation"""
    op: Literal["remove"] = "remove"
    """Remove operation"""


class JSONPatchReplace(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"op": "replace"}
    __mistral_keep__ = frozenset({"op"})
    path: str
    """A JSON Pointer (RFC 6901) identifying the target location within the document. Can be a string path (e.g., '/foo/bar'), '/', '', or an empty list [] for root-level operations."""
    value: Any
    """The value to use for the operation"""
    op: Literal["replace"] = "replace"
    """Replace operation"""


class JSONPayloadResponse(ConstFieldsModel):
    """A payload containing arbitrary JSON data. Used for complete state snapshots or final results. When encrypted, the value field contains base64-encoded encrypted data and encoding_options indicates the type of encryption applied."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "json"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["json"] = "json"
    """Discriminator indicating this is a raw JSON payload."""
    value: Any
    """The JSON-serializable payload value. When encrypted, contains base64-encoded data."""
    encoding_options: list[EncodedPayloadOptions] | None = None
    """Encoding options applied to the payload."""


class ListWorkflowEventResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(
            self,
        ) -> Iterator[
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
        ]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(
            self,
        ) -> AsyncIterator[
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
        ]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(
            self,
        ) -> Sequence[
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
        ]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    events: list[
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
    ]
    """List of workflow events."""
    next_cursor: str | None = None
    """Cursor for pagination."""


class ManagedDeploymentResponse(BaseModel):
    __mistral_keep__ = frozenset()
    service_id: str
    name: str
    spec: DeploymentWorkerSpecResponse
    resources: DeploymentResourceConfig
    status: DeploymentObservedState
    created_at: datetime
    updated_at: datetime
    stopped: bool = False
    rollout_status: str | None = None
    created_by: str | None = None
    updated_by: str | None = None
    deployed_by: str | None = None
    deployed_at: datetime | None = None
    is_hardened: bool = False


class NetworkEncodedInput(BaseModel):
    __mistral_keep__ = frozenset({"empty"})
    __mistral_drop_none__ = frozenset({"encoding_options"})
    b64payload: str
    """The encoded payload"""
    encoding_options: list[EncodedPayloadOptions] | None = None
    """The encoding of the payload"""
    empty: bool = False
    """Whether the payload is empty"""


class PartialScheduleDefinition(BaseModel):
    """Schedule definition for partial updates. All fields are optional (inherited from _ScheduleRequestBase). Only explicitly-set fields are applied during an update; unset fields preserve the existing schedule values."""

    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset(
        {"input", "calendars", "intervals", "cron_expressions", "skip", "policy"}
    )
    input: Any = None
    """Input to provide to the workflow when starting it."""
    calendars: list[ScheduleCalendar] | None = None
    """Calendar-based specification of times."""
    intervals: list[ScheduleInterval] | None = None
    """Interval-based specification of times."""
    cron_expressions: list[str] | None = None
    """Cron-based specification of times."""
    skip: list[ScheduleCalendar] | None = None
    """Set of calendar times to skip."""
    start_at: datetime | None = None
    """Time after which the first action may be run."""
    end_at: datetime | None = None
    """Time after which no more actions will be run."""
    jitter: str | None = None
    """Jitter to apply each action. An action's scheduled time will be incremented by a random value between 0 and this value if present (but not past the next schedule)."""
    time_zone_name: str | None = None
    """IANA time zone name, for example ``US/Central``."""
    policy: SchedulePolicy | None = None
    """Policy for the schedule."""
    max_executions: int | None = None
    """Maximum number of times this schedule will trigger a workflow execution. Once this limit is reached, no further executions are triggered automatically. null means unlimited."""


class QueryDefinition(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    """Name of the query"""
    description: str | None = None
    """Description of the query"""
    input_schema: dict[str, Any]
    """Input JSON schema of the query's model"""
    output_schema: dict[str, Any] | None = None
    """Output JSON schema of the query's model"""


class QueryInvocationBody(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    """The name of the query to request"""
    input: NetworkEncodedInput | dict[str, Any] | None = None
    """Input data for the query, matching its schema"""


class QueryWorkflowResponse(BaseModel):
    __mistral_keep__ = frozenset()
    query_name: str
    result: Any
    """The result of the Query workflow call"""


class ResetInvocationBody(BaseModel):
    __mistral_keep__ = frozenset({"exclude_signals", "exclude_updates"})
    event_id: int
    """The event ID to reset the workflow execution to"""
    reason: str | None = None
    """Reason for resetting the workflow execution"""
    exclude_signals: bool = False
    """Whether to exclude signals that happened after the reset point"""
    exclude_updates: bool = False
    """Whether to exclude updates that happened after the reset point"""


class ScalarMetric(BaseModel):
    """Scalar metric with a single value."""

    __mistral_keep__ = frozenset()
    value: int | float


class ScheduleCalendar(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset(
        {"second", "minute", "hour", "day_of_month", "month", "year", "day_of_week"}
    )
    second: list[ScheduleRange] | None = None
    minute: list[ScheduleRange] | None = None
    hour: list[ScheduleRange] | None = None
    day_of_month: list[ScheduleRange] | None = None
    month: list[ScheduleRange] | None = None
    year: list[ScheduleRange] | None = None
    day_of_week: list[ScheduleRange] | None = None
    comment: str | None = None


class ScheduleDefinition(BaseModel):
    """Specification of the times scheduled actions may occur. The times are the union of :py:attr:`calendars`, :py:attr:`intervals`, and :py:attr:`cron_expressions` excluding anything in :py:attr:`skip`. Used for input where schedule_id is optional (can be provided or auto-generated)."""

    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset(
        {"calendars", "intervals", "cron_expressions", "skip", "policy"}
    )
    input: Any
    """Input to provide to the workflow when starting it."""
    calendars: list[ScheduleCalendar] | None = None
    """Calendar-based specification of times."""
    intervals: list[ScheduleInterval] | None = None
    """Interval-based specification of times."""
    cron_expressions: list[str] | None = None
    """Cron-based specification of times."""
    skip: list[ScheduleCalendar] | None = None
    """Set of calendar times to skip."""
    start_at: datetime | None = None
    """Time after which the first action may be run."""
    end_at: datetime | None = None
    """Time after which no more actions will be run."""
    jitter: str | None = None
    """Jitter to apply each action. An action's scheduled time will be incremented by a random value between 0 and this value if present (but not past the next schedule)."""
    time_zone_name: str | None = None
    """IANA time zone name, for example ``US/Central``."""
    policy: SchedulePolicy | None = None
    """Policy for the schedule."""
    max_executions: int | None = None
    """Maximum number of times this schedule will trigger a workflow execution. Once this limit is reached, no further executions are triggered automatically. null means unlimited."""
    schedule_id: str | None = None
    """Unique identifier for the schedule."""


class ScheduleDefinitionOutput(BaseModel):
    """Output representation of a schedule with required schedule_id. Used when returning schedules from the API where schedule_id is always present."""

    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset(
        {
            "calendars",
            "intervals",
            "cron_expressions",
            "skip",
            "policy",
            "future_executions",
            "recent_executions",
        }
    )
    input: Any
    """Input to provide to the workflow when starting it."""
    calendars: list[ScheduleCalendar] | None = None
    """Calendar-based specification of times."""
    intervals: list[ScheduleInterval] | None = None
    """Interval-based specification of times."""
    cron_expressions: list[str] | None = None
    """Cron-based specification of times."""
    skip: list[ScheduleCalendar] | None = None
    """Set of calendar times to skip."""
    start_at: datetime | None = None
    """Time after which the first action may be run."""
    end_at: datetime | None = None
    """Time after which no more actions will be run."""
    jitter: str | None = None
    """Jitter to apply each action. An action's scheduled time will be incremented by a random value between 0 and this value if present (but not past the next schedule)."""
    time_zone_name: str | None = None
    """IANA time zone name, for example ``US/Central``."""
    policy: SchedulePolicy | None = None
    """Policy for the schedule."""
    schedule_id: str
    """Unique identifier for the schedule."""
    remaining_executions: int | None = None
    """Remaining workflow executions before this schedule stops triggering automatically. null means unlimited; 0 means the limit has been reached and the schedule is exhausted."""
    workflow_name: str
    """Name of the workflow this schedule triggers."""
    deployment_name: str | None = None
    """Name of the deployment this schedule targets."""
    paused: bool
    """Whether the schedule is currently paused."""
    note: str | None = None
    """Human-readable note associated with the current pause or resume state."""
    future_executions: list[ScheduleFutureExecution] | None = None
    """Upcoming scheduled executions (10 next executions, earliest first)."""
    recent_executions: list[ScheduleRecentExecution] | None = None
    """Most recent scheduled executions (10 most recent, newest last)."""


class ScheduleFutureExecution(BaseModel):
    __mistral_keep__ = frozenset()
    scheduled_at: datetime
    """Time the execution is scheduled to run."""


class ScheduleInterval(BaseModel):
    __mistral_keep__ = frozenset()
    every: str
    offset: str | None = None


class SchedulePolicy(BaseModel):
    __mistral_keep__ = frozenset({"catchup_window_seconds", "pause_on_failure"})
    __mistral_drop_none__ = frozenset({"overlap"})
    catchup_window_seconds: int = 31536000
    """After a Temporal server is unavailable, amount of time in seconds in the past to execute missed actions."""
    overlap: ScheduleOverlapPolicy | None = None
    """Policy controlling what to do when a workflow is already running."""
    pause_on_failure: bool = False
    """Whether to pause the schedule after a workflow failure."""


class ScheduleRange(BaseModel):
    __mistral_keep__ = frozenset({"end", "step"})
    start: int
    end: int = 0
    step: int = 0


class ScheduleRecentExecution(BaseModel):
    __mistral_keep__ = frozenset()
    scheduled_at: datetime
    """Time the execution was scheduled to run."""
    started_at: datetime
    """Actual time the execution started."""
    execution_id: str
    """ID of the workflow execution that was started."""


class SignalDefinition(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    """Name of the signal"""
    description: str | None = None
    """Description of the signal"""
    input_schema: dict[str, Any]
    """Input JSON schema of the signal's model"""


class SignalInvocationBody(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    """The name of the signal to send"""
    input: NetworkEncodedInput | dict[str, Any] | None = None
    """Input data for the signal, matching its schema"""


class SignalWorkflowResponse(BaseModel):
    __mistral_keep__ = frozenset({"message"})
    message: str = "Signal accepted"


class StreamEventSseErrorData(BaseModel):
    __mistral_keep__ = frozenset()
    error: str
    reason: str


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


class StreamEventWorkflowContext(BaseModel):
    __mistral_keep__ = frozenset()
    namespace: str
    workflow_name: str
    workflow_exec_id: str
    parent_workflow_exec_id: str | None = None
    root_workflow_exec_id: str | None = None


class TempoGetTraceResponse(BaseModel):
    """Trace response in OpenTelemetry format. This is the unified trace format used across all trace providers (Tempo, ClickHouse, etc.). Regardless of the underlying backend, all trace data is normalized to this Tempo-compatible OpenTelemetry format to ensure consistency in the API response structure."""

    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"batches"})
    batches: list[TempoTraceBatch] | None = None
    """The batches of the trace"""


class TempoTraceAttribute(BaseModel):
    __mistral_keep__ = frozenset()
    key: str
    """The key of the attribute"""
    value: (
        TempoTraceAttributeStringValue
        | TempoTraceAttributeIntValue
        | TempoTraceAttributeBoolValue
        | TempoTraceAttributeArrayValue
    )
    """The value of the attribute"""


class TempoTraceAttributeArrayContainer(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"values"})
    values: list[TempoTraceAttributeArrayElement] | None = None
    """The values of the array"""


class TempoTraceAttributeArrayElement(BaseModel):
    __mistral_keep__ = frozenset()
    string_value: str | None = Field(
        default=None, validation_alias="stringValue", serialization_alias="stringValue"
    )
    """A string element in the array"""
    int_value: str | None = Field(
        default=None, validation_alias="intValue", serialization_alias="intValue"
    )
    """An integer element in the array"""
    bool_value: bool | None = Field(
        default=None, validation_alias="boolValue", serialization_alias="boolValue"
    )
    """A boolean element in the array"""


class TempoTraceAttributeArrayValue(BaseModel):
    __mistral_keep__ = frozenset()
    array_value: TempoTraceAttributeArrayContainer = Field(
        validation_alias="arrayValue", serialization_alias="arrayValue"
    )
    """The array value of the attribute"""


class TempoTraceAttributeBoolValue(BaseModel):
    __mistral_keep__ = frozenset()
    bool_value: bool = Field(validation_alias="boolValue", serialization_alias="boolValue")
    """The boolean value of the attribute"""


class TempoTraceAttributeIntValue(BaseModel):
    __mistral_keep__ = frozenset()
    int_value: str = Field(validation_alias="intValue", serialization_alias="intValue")
    """The integer value of the attribute"""


class TempoTraceAttributeStringValue(BaseModel):
    __mistral_keep__ = frozenset()
    string_value: str = Field(validation_alias="stringValue", serialization_alias="stringValue")
    """The string value of the attribute"""


class TempoTraceBatch(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"scopeSpans"})
    resource: TempoTraceResource
    """The resource of the batch"""
    scope_spans: list[TempoTraceScopeSpan] | None = Field(
        default=None, validation_alias="scopeSpans", serialization_alias="scopeSpans"
    )
    """The spans of the scope"""


class TempoTraceEvent(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"attributes"})
    name: str
    """The name of the event"""
    time_unix_nano: str = Field(validation_alias="timeUnixNano", serialization_alias="timeUnixNano")
    """The time of the event in Unix nano"""
    attributes: list[TempoTraceAttribute] | None = None
    """The attributes of the event"""


class TempoTraceResource(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"attributes"})
    attributes: list[TempoTraceAttribute] | None = None
    """The attributes of the resource"""


class TempoTraceScope(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    """The name of the span"""


class TempoTraceScopeSpan(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"spans"})
    scope: TempoTraceScope
    """The scope of the span"""
    spans: list[TempoTraceSpan] | None = None
    """The spans of the scope"""


class TempoTraceSpan(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"attributes", "events"})
    trace_id: str = Field(validation_alias="traceId", serialization_alias="traceId")
    """The trace ID of the scope"""
    span_id: str = Field(validation_alias="spanId", serialization_alias="spanId")
    """The span ID of the scope"""
    parent_span_id: str | None = Field(
        default=None, validation_alias="parentSpanId", serialization_alias="parentSpanId"
    )
    """The parent span ID of the scope"""
    name: str
    """The name of the scope"""
    kind: TempoTraceScopeKind
    """The kind of the scope"""
    start_time_unix_nano: str = Field(
        validation_alias="startTimeUnixNano", serialization_alias="startTimeUnixNano"
    )
    """The start time of the scope in Unix nano"""
    end_time_unix_nano: str = Field(
        validation_alias="endTimeUnixNano", serialization_alias="endTimeUnixNano"
    )
    """The end time of the scope in Unix nano"""
    attributes: list[TempoTraceAttribute] | None = None
    """The attributes of the scope"""
    events: list[TempoTraceEvent] | None = None
    """The events of the scope"""


class TimeSeriesMetric(BaseModel):
    """Time-series metric with timestamp-value pairs."""

    __mistral_keep__ = frozenset()
    value: list[list[Any]]


class UpdateDefinition(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    """Name of the update"""
    description: str | None = None
    """Description of the update"""
    input_schema: dict[str, Any]
    """Input JSON schema of the update's model"""
    output_schema: dict[str, Any] | None = None
    """Output JSON schema of the update's model"""


class UpdateDeploymentRequest(BaseModel):
    __mistral_keep__ = frozenset()
    spec: WorkflowsWorkerSpecUpdate | None = None
    resources: DeploymentResourceConfigUpdate | None = None


class UpdateInvocationBody(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    """The name of the update to request"""
    input: NetworkEncodedInput | dict[str, Any] | None = None
    """Input data for the update, matching its schema"""


class UpdateWorkflowResponse(BaseModel):
    __mistral_keep__ = frozenset()
    update_name: str
    result: Any
    """The result of the Update workflow call"""


class Workflow(BaseModel):
    __mistral_keep__ = frozenset({"available_in_chat_assistant", "is_technical", "archived"})
    __mistral_drop_none__ = frozenset({"tags"})
    id: str
    """Unique identifier of the workflow"""
    name: str
    """Name of the workflow"""
    display_name: str
    """Display name of the workflow"""
    type: WorkflowType
    """Type of the workflow"""
    description: str | None = None
    """Description of the workflow"""
    customer_id: str
    """Customer ID of the workflow"""
    workspace_id: str
    """Workspace ID of the workflow"""
    shared_namespace: str | None = None
    """Reserved namespace for shared workflows (e.g., 'shared:my-shared-workflow')"""
    available_in_chat_assistant: bool = False
    """Whether the workflow is available in chat assistant"""
    is_technical: bool = False
    """Whether the workflow is technical (e.g. SDK-managed)"""
    archived: bool = False
    """Whether the workflow is archived"""
    tags: list[str] | None = None
    """Tags for filtering and discovery"""


class WorkflowArchiveResponse(BaseModel):
    __mistral_keep__ = frozenset()
    workflow: Workflow
    """The workflow spec"""


class WorkflowBasicDefinition(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"metadata", "tags"})
    id: str
    name: str
    """The name of the workflow"""
    display_name: str
    """The display name of the workflow"""
    description: str | None = None
    """A description of the workflow"""
    metadata: WorkflowMetadata | None = None
    """Workflow metadata"""
    archived: bool
    """Whether the workflow is archived"""
    tags: list[str] | None = None
    """Workflow tags"""


class WorkflowBulkArchiveRequest(BaseModel):
    __mistral_keep__ = frozenset()
    workflow_ids: list[str]
    """List of workflow IDs to archive"""


class WorkflowBulkArchiveResponse(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"errored"})
    archived: list[Workflow]
    """Workflows that were successfully archived or were already archived"""
    errored: list[WorkflowBulkError] | None = None
    """Workflows that could not be archived and the corresponding error messages"""


class WorkflowBulkError(BaseModel):
    __mistral_keep__ = frozenset()
    workflow_id: str
    """The requested workflow ID"""
    workflow: Workflow | None = None
    """The workflow, if found"""
    message: str
    """Error message describing why the operation failed"""


class WorkflowBulkUnarchiveRequest(BaseModel):
    __mistral_keep__ = frozenset()
    workflow_ids: list[str]
    """List of workflow IDs to unarchive"""


class WorkflowBulkUnarchiveResponse(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"errored"})
    unarchived: list[Workflow]
    """Workflows that were successfully unarchived or were already unarchived"""
    errored: list[WorkflowBulkError] | None = None
    """Workflows that could not be unarchived and the corresponding error messages"""


class WorkflowCodeDefinition(BaseModel):
    __mistral_keep__ = frozenset({"enforce_determinism", "on_behalf_of"})
    __mistral_drop_none__ = frozenset({"signals", "queries", "updates", "execution_timeout"})
    input_schema: dict[str, Any]
    """Input schema of the workflow's run method"""
    output_schema: dict[str, Any] | None = None
    """Output schema of the workflow's run method"""
    signals: list[SignalDefinition] | None = None
    """Signal handlers defined by the workflow"""
    queries: list[QueryDefinition] | None = None
    """Query handlers defined by the workflow"""
    updates: list[UpdateDefinition] | None = None
    """Update handlers defined by the workflow"""
    enforce_determinism: bool = False
    """Whether the workflow enforces deterministic execution"""
    on_behalf_of: bool = False
    """Whether the workflow must run associated to a user's identity"""
    execution_timeout: float | None = None
    """Maximum total execution time including retries and continue-as-new"""
    plugin_metadata: dict[str, Any] | None = None
    """Plugin-specific metadata (e.g. connector declarations)"""


class WorkflowExecutionCanceledResponse(ConstFieldsModel):
    """Emitted when a workflow execution is canceled. This is a terminal event indicating the workflow was explicitly canceled."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {
        "event_type": "WORKFLOW_EXECUTION_CANCELED"
    }
    __mistral_keep__ = frozenset({"event_type"})
    event_id: str
    """Unique identifier for this event instance."""
    event_timestamp: int
    """Unix timestamp in nanoseconds when the event was created."""
    root_workflow_exec_id: str
    """Execution ID of the root workflow that initiated this execution chain."""
    parent_workflow_exec_id: str | None
    """Execution ID of the parent workflow that initiated this execution. If this is a root workflow, this field is not set."""
    continued_run_id: str | None
    """Run ID of the execution this run continued from. Non-null for continue-as-new runs."""
    first_execution_run_id: str | None
    """Run ID of the first execution in this workflow chain. Equals workflow_run_id on fresh starts and resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to the original first run."""
    schedule_id: str | None
    """Temporal schedule ID that triggered this execution, if any."""
    workflow_exec_id: str
    """Execution ID of the workflow that emitted this event."""
    workflow_run_id: str
    """Run ID of the workflow execution. Changes on continue-as-new while workflow_exec_id stays the same."""
    workflow_name: str
    """The registered name of the workflow that emitted this event."""
    event_type: Literal["WORKFLOW_EXECUTION_CANCELED"] = "WORKFLOW_EXECUTION_CANCELED"
    """Event type discriminator."""
    attributes: WorkflowExecutionCanceledAttributes
    """Event-specific attributes."""


class WorkflowExecutionCanceledAttributes(BaseModel):
    """Attributes for workflow execution canceled events."""

    __mistral_keep__ = frozenset()
    task_id: str
    """Unique identifier for the task within the workflow execution."""
    reason: str | None = None
    """Optional reason provided for the cancellation."""
    attempt: int = 1
    """Workflow retry attempt number. 1 on first run and CAN; >1 on workflow-level retries."""


class WorkflowExecutionCompletedResponse(ConstFieldsModel):
    """Emitted when a workflow execution completes successfully. This is a terminal event indicating the workflow finished without errors."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {
        "event_type": "WORKFLOW_EXECUTION_COMPLETED"
    }
    __mistral_keep__ = frozenset({"event_type"})
    event_id: str
    """Unique identifier for this event instance."""
    event_timestamp: int
    """Unix timestamp in nanoseconds when the event was created."""
    root_workflow_exec_id: str
    """Execution ID of the root workflow that initiated this execution chain."""
    parent_workflow_exec_id: str | None
    """Execution ID of the parent workflow that initiated this execution. If this is a root workflow, this field is not set."""
    continued_run_id: str | None
    """Run ID of the execution this run continued from. Non-null for continue-as-new runs."""
    first_execution_run_id: str | None
    """Run ID of the first execution in this workflow chain. Equals workflow_run_id on fresh starts and resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to the original first run."""
    schedule_id: str | None
    """Temporal schedule ID that triggered this execution, if any."""
    workflow_exec_id: str
    """Execution ID of the workflow that emitted this event."""
    workflow_run_id: str
    """Run ID of the workflow execution. Changes on continue-as-new while workflow_exec_id stays the same."""
    workflow_name: str
    """The registered name of the workflow that emitted this event."""
    event_type: Literal["WORKFLOW_EXECUTION_COMPLETED"] = "WORKFLOW_EXECUTION_COMPLETED"
    """Event type discriminator."""
    attributes: WorkflowExecutionCompletedAttributesResponse
    """Event-specific attributes."""


class WorkflowExecutionCompletedAttributesResponse(BaseModel):
    """Attributes for workflow execution completed events."""

    __mistral_keep__ = frozenset()
    task_id: str
    """Unique identifier for the task within the workflow execution."""
    result: JSONPayloadResponse
    """The final result returned by the workflow."""
    attempt: int = 1
    """Workflow retry attempt number. 1 on first run and CAN; >1 on workflow-level retries."""


class WorkflowExecutionContinuedAsNewResponse(ConstFieldsModel):
    """Emitted when a workflow continues as a new execution. This occurs when a workflow uses continue-as-new to reset its history while maintaining logical continuity."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {
        "event_type": "WORKFLOW_EXECUTION_CONTINUED_AS_NEW"
    }
    __mistral_keep__ = frozenset({"event_type"})
    event_id: str
    """Unique identifier for this event instance."""
    event_timestamp: int
    """Unix timestamp in nanoseconds when the event was created."""
    root_workflow_exec_id: str
    """Execution ID of the root workflow that initiated this execution chain."""
    parent_workflow_exec_id: str | None
    """Execution ID of the parent workflow that initiated this execution. If this is a root workflow, this field is not set."""
    continued_run_id: str | None
    """Run ID of the execution this run continued from. Non-null for continue-as-new runs."""
    first_execution_run_id: str | None
    """Run ID of the first execution in this workflow chain. Equals workflow_run_id on fresh starts and resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to the original first run."""
    schedule_id: str | None
    """Temporal schedule ID that triggered this execution, if any."""
    workflow_exec_id: str
    """Execution ID of the workflow that emitted this event."""
    workflow_run_id: str
    """Run ID of the workflow execution. Changes on continue-as-new while workflow_exec_id stays the same."""
    workflow_name: str
    """The registered name of the workflow that emitted this event."""
    event_type: Literal["WORKFLOW_EXECUTION_CONTINUED_AS_NEW"] = (
        "WORKFLOW_EXECUTION_CONTINUED_AS_NEW"
    )
    """Event type discriminator."""
    attributes: WorkflowExecutionContinuedAsNewAttributesResponse
    """Event-specific attributes."""


class WorkflowExecutionContinuedAsNewAttributesResponse(BaseModel):
    """Attributes for workflow execution continued-as-new events."""

    __mistral_keep__ = frozenset()
    task_id: str
    """Unique identifier for the task within the workflow execution."""
    new_execution_run_id: str
    """The run ID of the new workflow execution that continues this workflow."""
    workflow_name: str
    """The registered name of the continued workflow."""
    input: JSONPayloadResponse
    """The input arguments passed to the new workflow execution."""


class WorkflowExecutionFailedResponse(ConstFieldsModel):
    """Emitted when a workflow execution fails due to an unhandled exception. This is a terminal event indicating the workflow ended with an error."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"event_type": "WORKFLOW_EXECUTION_FAILED"}
    __mistral_keep__ = frozenset({"event_type"})
    event_id: str
    """Unique identifier for this event instance."""
    event_timestamp: int
    """Unix timestamp in nanoseconds when the event was created."""
    root_workflow_exec_id: str
    """Execution ID of the root workflow that initiated this execution chain."""
    parent_workflow_exec_id: str | None
    """Execution ID of the parent workflow that initiated this execution. If this is a root workflow, this field is not set."""
    continued_run_id: str | None
    """Run ID of the execution this run continued from. Non-null for continue-as-new runs."""
    first_execution_run_id: str | None
    """Run ID of the first execution in this workflow chain. Equals workflow_run_id on fresh starts and resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to the original first run."""
    schedule_id: str | None
    """Temporal schedule ID that triggered this execution, if any."""
    workflow_exec_id: str
    """Execution ID of the workflow that emitted this event."""
    workflow_run_id: str
    """Run ID of the workflow execution. Changes on continue-as-new while workflow_exec_id stays the same."""
    workflow_name: str
    """The registered name of the workflow that emitted this event."""
    event_type: Literal["WORKFLOW_EXECUTION_FAILED"] = "WORKFLOW_EXECUTION_FAILED"
    """Event type discriminator."""
    attributes: WorkflowExecutionFailedAttributes
    """Event-specific attributes."""


class WorkflowExecutionFailedAttributes(BaseModel):
    """Attributes for workflow execution failed events."""

    __mistral_keep__ = frozenset()
    task_id: str
    """Unique identifier for the task within the workflow execution."""
    failure: Failure
    """Details about the failure that caused the workflow to fail."""
    attempt: int = 1
    """Workflow retry attempt number. 1 on first run and CAN; >1 on workflow-level retries."""


class WorkflowExecutionListResponse(PagedModel):
    """Deprecated: use WorkflowRunListResponse instead. Will be removed in the next major version."""

    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[WorkflowExecutionWithoutResultResponse]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[WorkflowExecutionWithoutResultResponse]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[WorkflowExecutionWithoutResultResponse]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    executions: list[WorkflowExecutionWithoutResultResponse]
    """A list of workflow executions"""
    next_page_token: str | None = None
    """Token to use for fetching the next page of results. Null if this is the last page."""


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


class WorkflowExecutionRequest(BaseModel):
    __mistral_keep__ = frozenset({"wait_for_result"})
    execution_id: str | None = None
    """Allows you to specify a custom execution ID. If not provided, a random ID will be generated."""
    input: dict[str, Any] | None = None
    """The input to the workflow. This should be a dictionary or a BaseModel that matches the workflow's input schema."""
    wait_for_result: bool = False
    """If true, wait for the workflow to complete and return the result directly."""
    timeout_seconds: float | None = None
    """Maximum time to wait for completion when wait_for_result is true."""
    custom_tracing_attributes: dict[str, str] | None = None
    force_new_trace: bool = False
    """If true, ignore the caller's trace context and start a new, independent trace for this execution instead of joining the caller's trace."""
    extensions: dict[str, Any] | None = None
    """Plugin-specific data to propagate into WorkflowContext.extensions at execution time."""
    task_queue: str | None = None
    """Deprecated. Use deployment_name instead."""
    deployment_name: str | None = None
    """Name of the deployment to route this execution to"""
    traceparent: str | None = None


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


class WorkflowExecutionStartedResponse(ConstFieldsModel):
    """Emitted when a workflow execution begins. This is the first event in any workflow execution lifecycle."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {
        "event_type": "WORKFLOW_EXECUTION_STARTED"
    }
    __mistral_keep__ = frozenset({"event_type"})
    event_id: str
    """Unique identifier for this event instance."""
    event_timestamp: int
    """Unix timestamp in nanoseconds when the event was created."""
    root_workflow_exec_id: str
    """Execution ID of the root workflow that initiated this execution chain."""
    parent_workflow_exec_id: str | None
    """Execution ID of the parent workflow that initiated this execution. If this is a root workflow, this field is not set."""
    continued_run_id: str | None
    """Run ID of the execution this run continued from. Non-null for continue-as-new runs."""
    first_execution_run_id: str | None
    """Run ID of the first execution in this workflow chain. Equals workflow_run_id on fresh starts and resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to the original first run."""
    schedule_id: str | None
    """Temporal schedule ID that triggered this execution, if any."""
    workflow_exec_id: str
    """Execution ID of the workflow that emitted this event."""
    workflow_run_id: str
    """Run ID of the workflow execution. Changes on continue-as-new while workflow_exec_id stays the same."""
    workflow_name: str
    """The registered name of the workflow that emitted this event."""
    event_type: Literal["WORKFLOW_EXECUTION_STARTED"] = "WORKFLOW_EXECUTION_STARTED"
    """Event type discriminator."""
    attributes: WorkflowExecutionStartedAttributesResponse
    """Event-specific attributes."""


class WorkflowExecutionStartedAttributesResponse(BaseModel):
    """Attributes for workflow execution started events."""

    __mistral_keep__ = frozenset()
    task_id: str
    """Unique identifier for the task within the workflow execution."""
    workflow_name: str
    """The registered name of the workflow being executed."""
    display_name: str | None = None
    """The user-friendly display name of the workflow, if available."""
    input: JSONPayloadResponse
    """The input arguments passed to the workflow."""
    attempt: int = 1
    """Workflow retry attempt number. 1 on first run and CAN; >1 on workflow-level retries."""


class WorkflowExecutionSyncResponse(BaseModel):
    """Response model for synchronous workflow execution"""

    __mistral_keep__ = frozenset()
    workflow_name: str
    """Name of the workflow that was executed"""
    execution_id: str
    """ID of the workflow execution"""
    result: Any
    """The result of the workflow execution"""


class WorkflowExecutionTraceEvent(BaseModel):
    __mistral_keep__ = frozenset({"internal"})
    type: EventType = "EVENT"
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


class WorkflowExecutionTraceOTelResponse(BaseModel):
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
    data_source: str
    """The data source of the trace"""
    otel_trace_id: str | None = None
    """The ID of the trace"""
    otel_trace_data: TempoGetTraceResponse | None = None
    """The raw OpenTelemetry trace data"""


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
    children: list[WorkflowExecutionTraceSummarySpan] | None = None
    """The child spans of the span"""


class WorkflowExecutionWithoutResultResponse(BaseModel):
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


class WorkflowGetResponse(BaseModel):
    __mistral_keep__ = frozenset()
    workflow: WorkflowWithWorkerStatus
    """The workflow spec"""


class WorkflowListResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[WorkflowBasicDefinition]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[WorkflowBasicDefinition]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[WorkflowBasicDefinition]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    workflows: list[WorkflowBasicDefinition]
    """A list of workflows"""
    next_cursor: str | None


class WorkflowMetadata(BaseModel):
    __mistral_keep__ = frozenset()
    shared_namespace: str | None = None
    """Namespace for shared workflows, None if user-owned"""


class WorkflowMetrics(BaseModel):
    """Complete metrics for a specific workflow. This type combines all metric categories."""

    __mistral_keep__ = frozenset()
    execution_count: ScalarMetric
    success_count: ScalarMetric
    error_count: ScalarMetric
    average_latency_ms: ScalarMetric
    latency_over_time: TimeSeriesMetric
    retry_rate: ScalarMetric


class WorkflowRegistration(BaseModel):
    __mistral_keep__ = frozenset({"compatible_with_chat_assistant"})
    id: str
    """Unique identifier of the workflow registration"""
    deployment_id: str | None = None
    """Deprecated. Use deployment_name instead. Will be removed in a future release."""
    task_queue: str | None = None
    """Deprecated. Use deployment_name instead. Will be removed in a future release."""
    definition: WorkflowCodeDefinition
    workflow_id: str
    """Workflow ID of the workflow"""
    workflow: Workflow | None = None
    """Workflow of the workflow registration"""
    deployment_name: str | None = None
    """Name of the deployment this registration belongs to"""
    compatible_with_chat_assistant: bool = False
    """Whether the workflow is compatible with chat assistant"""


class WorkflowRegistrationGetResponse(BaseModel):
    __mistral_keep__ = frozenset()
    workflow_registration: WorkflowRegistrationWithWorkerStatus
    """The workflow registration"""
    workflow_version: WorkflowRegistrationWithWorkerStatus
    """Deprecated: use workflow_registration"""


class WorkflowRegistrationListResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[WorkflowRegistration]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[WorkflowRegistration]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[WorkflowRegistration]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    workflow_registrations: list[WorkflowRegistration]
    """A list of workflow registrations"""
    next_cursor: str | None
    workflow_versions: list[WorkflowRegistration]
    """Deprecated: use workflow_registrations"""


class WorkflowRegistrationWithWorkerStatus(BaseModel):
    __mistral_keep__ = frozenset({"compatible_with_chat_assistant"})
    id: str
    """Unique identifier of the workflow registration"""
    deployment_id: str | None = None
    """Deprecated. Use deployment_name instead. Will be removed in a future release."""
    task_queue: str | None = None
    """Deprecated. Use deployment_name instead. Will be removed in a future release."""
    definition: WorkflowCodeDefinition
    workflow_id: str
    """Workflow ID of the workflow"""
    workflow: Workflow | None = None
    """Workflow of the workflow registration"""
    deployment_name: str | None = None
    """Name of the deployment this registration belongs to"""
    compatible_with_chat_assistant: bool = False
    """Whether the workflow is compatible with chat assistant"""
    active: bool
    """Whether the workflow registration is active"""


class WorkflowScheduleListResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[ScheduleDefinitionOutput]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[ScheduleDefinitionOutput]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[ScheduleDefinitionOutput]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    schedules: list[ScheduleDefinitionOutput]
    """A list of workflow schedules"""
    next_page_token: str | None = None
    """Token for the next page of results"""


class WorkflowSchedulePauseRequest(BaseModel):
    __mistral_keep__ = frozenset()
    note: str | None = None
    """Optional note recorded in Temporal when pausing or resuming a schedule"""


class WorkflowScheduleRequest(BaseModel):
    __mistral_keep__ = frozenset()
    schedule: ScheduleDefinition
    """The schedule definition"""
    workflow_registration_id: str | None = None
    """The ID of the workflow registration to schedule"""
    workflow_version_id: str | None = None
    """Deprecated: use workflow_registration_id"""
    workflow_identifier: str | None = None
    """The name or ID of the workflow to schedule"""
    workflow_task_queue: str | None = None
    """Deprecated. Use deployment_name instead."""
    schedule_id: str | None = None
    """Allows you to specify a custom schedule ID. If not provided, a random ID will be generated."""
    deployment_name: str | None = None
    """Name of the deployment to route this schedule to"""


class WorkflowScheduleResponse(BaseModel):
    __mistral_keep__ = frozenset()
    schedule_id: str
    """The ID of the schedule"""


class WorkflowScheduleTriggerRequest(BaseModel):
    __mistral_keep__ = frozenset()
    overlap: ScheduleOverlapPolicy | None = None
    """Optional overlap policy override to use for the immediate trigger."""


class WorkflowScheduleUpdateRequest(BaseModel):
    __mistral_keep__ = frozenset()
    schedule: PartialScheduleDefinition
    """Partial schedule definition to update. Unset fields preserve existing values."""


class WorkflowTaskFailedResponse(ConstFieldsModel):
    """Emitted when a workflow task fails. This indicates an error occurred during workflow task execution, which may trigger a retry depending on configuration."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"event_type": "WORKFLOW_TASK_FAILED"}
    __mistral_keep__ = frozenset({"event_type"})
    event_id: str
    """Unique identifier for this event instance."""
    event_timestamp: int
    """Unix timestamp in nanoseconds when the event was created."""
    root_workflow_exec_id: str
    """Execution ID of the root workflow that initiated this execution chain."""
    parent_workflow_exec_id: str | None
    """Execution ID of the parent workflow that initiated this execution. If this is a root workflow, this field is not set."""
    continued_run_id: str | None
    """Run ID of the execution this run continued from. Non-null for continue-as-new runs."""
    first_execution_run_id: str | None
    """Run ID of the first execution in this workflow chain. Equals workflow_run_id on fresh starts and resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to the original first run."""
    schedule_id: str | None
    """Temporal schedule ID that triggered this execution, if any."""
    workflow_exec_id: str
    """Execution ID of the workflow that emitted this event."""
    workflow_run_id: str
    """Run ID of the workflow execution. Changes on continue-as-new while workflow_exec_id stays the same."""
    workflow_name: str
    """The registered name of the workflow that emitted this event."""
    event_type: Literal["WORKFLOW_TASK_FAILED"] = "WORKFLOW_TASK_FAILED"
    """Event type discriminator."""
    attributes: WorkflowTaskFailedAttributes
    """Event-specific attributes."""


class WorkflowTaskFailedAttributes(BaseModel):
    """Attributes for workflow task failed events."""

    __mistral_keep__ = frozenset()
    task_id: str
    """Unique identifier for the task within the workflow execution."""
    failure: Failure
    """Details about the failure that caused the task to fail."""


class WorkflowTaskTimedOutResponse(ConstFieldsModel):
    """Emitted when a workflow task times out. This indicates the workflow task (a unit of workflow execution) exceeded its configured timeout."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"event_type": "WORKFLOW_TASK_TIMED_OUT"}
    __mistral_keep__ = frozenset({"event_type"})
    event_id: str
    """Unique identifier for this event instance."""
    event_timestamp: int
    """Unix timestamp in nanoseconds when the event was created."""
    root_workflow_exec_id: str
    """Execution ID of the root workflow that initiated this execution chain."""
    parent_workflow_exec_id: str | None
    """Execution ID of the parent workflow that initiated this execution. If this is a root workflow, this field is not set."""
    continued_run_id: str | None
    """Run ID of the execution this run continued from. Non-null for continue-as-new runs."""
    first_execution_run_id: str | None
    """Run ID of the first execution in this workflow chain. Equals workflow_run_id on fresh starts and resets (chain anchor resets on reset); differs on CAN and Retry runs where it stays anchored to the original first run."""
    schedule_id: str | None
    """Temporal schedule ID that triggered this execution, if any."""
    workflow_exec_id: str
    """Execution ID of the workflow that emitted this event."""
    workflow_run_id: str
    """Run ID of the workflow execution. Changes on continue-as-new while workflow_exec_id stays the same."""
    workflow_name: str
    """The registered name of the workflow that emitted this event."""
    event_type: Literal["WORKFLOW_TASK_TIMED_OUT"] = "WORKFLOW_TASK_TIMED_OUT"
    """Event type discriminator."""
    attributes: WorkflowTaskTimedOutAttributes
    """Event-specific attributes."""


class WorkflowTaskTimedOutAttributes(BaseModel):
    """Attributes for workflow task timed out events."""

    __mistral_keep__ = frozenset()
    task_id: str
    """Unique identifier for the task within the workflow execution."""
    timeout_type: str | None = None
    """The type of timeout that occurred (e.g., 'START_TO_CLOSE', 'SCHEDULE_TO_START')."""


class WorkflowUnarchiveResponse(BaseModel):
    __mistral_keep__ = frozenset()
    workflow: Workflow
    """The workflow spec"""


class WorkflowUpdateRequest(BaseModel):
    __mistral_keep__ = frozenset()
    display_name: str | None = None
    """New display name value"""
    description: str | None = None
    """New description value"""
    available_in_chat_assistant: bool | None = None
    """Whether to make the workflow available in the chat assistant"""
    tags: list[str] | None = None
    """New tags. Replaces the existing tag list."""


class WorkflowUpdateResponse(BaseModel):
    __mistral_keep__ = frozenset()
    workflow: Workflow
    """Updated workflow"""


class WorkflowWithWorkerStatus(BaseModel):
    __mistral_keep__ = frozenset({"available_in_chat_assistant", "is_technical", "archived"})
    __mistral_drop_none__ = frozenset({"tags"})
    id: str
    """Unique identifier of the workflow"""
    name: str
    """Name of the workflow"""
    display_name: str
    """Display name of the workflow"""
    type: WorkflowType
    """Type of the workflow"""
    description: str | None = None
    """Description of the workflow"""
    customer_id: str
    """Customer ID of the workflow"""
    workspace_id: str
    """Workspace ID of the workflow"""
    shared_namespace: str | None = None
    """Reserved namespace for shared workflows (e.g., 'shared:my-shared-workflow')"""
    available_in_chat_assistant: bool = False
    """Whether the workflow is available in chat assistant"""
    is_technical: bool = False
    """Whether the workflow is technical (e.g. SDK-managed)"""
    archived: bool = False
    """Whether the workflow is archived"""
    tags: list[str] | None = None
    """Tags for filtering and discovery"""
    active: bool
    """Whether the workflow is active"""


class WorkflowsWorkerSpecUpdate(BaseModel):
    __mistral_keep__ = frozenset()
    github_url: str | None = None
    revision: str | None = None
    entrypoint: str | None = None
    working_dir: str | None = None


class StreamError(BaseModel):
    __mistral_keep__ = frozenset()
    error: str
    reason: str


class DeploymentArchiveResponse(BaseModel):
    """The archive a managed deployment builds from, with a signed URL to download it."""

    __mistral_keep__ = frozenset()
    archive_id: str
    download_url: str | None = None


class WorkflowTagsAddRequest(BaseModel):
    __mistral_keep__ = frozenset()
    tags: list[str]


class StreamV1WorkflowsExecutionsExecutionIDStreamGetResponseBody(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"event", "data", "id", "retry"})
    event: str | None = None
    data: StreamEventSsePayload | StreamEventSseErrorData | None = None
    id: str | None = None
    retry: int | None = None


class StreamWorkflowExecutionLogsResponseBody(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"event", "id", "data"})
    event: StreamWorkflowExecutionLogsEventEvent | None = None
    id: str | None = None
    data: ExecutionLogRecord | StreamError | None = None


class GetStreamEventsV1WorkflowsEventsStreamGetResponseBody(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"event", "data", "id", "retry"})
    event: str | None = None
    data: StreamEventSsePayload | StreamEventSseErrorData | None = None
    id: str | None = None
    retry: int | None = None


class StreamDeploymentLogsResponseBody(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"event", "id", "data"})
    event: StreamDeploymentLogsEventEvent | None = None
    id: str | None = None
    data: DeploymentLogRecord | StreamError | None = None


class BatchExecutionBodyTypedDict(TypedDict):
    """Dict form of :class:`BatchExecutionBody`."""

    execution_ids: Required[Sequence[str]]


class CreateDeploymentRequestTypedDict(TypedDict):
    """Dict form of :class:`CreateDeploymentRequest`."""

    name: Required[str]
    spec: Required[DeploymentWorkerSpecInputTypedDict]
    resources: NotRequired[DeploymentResourceConfigTypedDict | None]
    hardened: NotRequired[bool]


class DeploymentResourceConfigTypedDict(TypedDict):
    """Dict form of :class:`DeploymentResourceConfig`."""

    replicas: NotRequired[int | None]
    cpu_request: NotRequired[str | None]
    cpu_limit: NotRequired[str | None]
    memory_request: NotRequired[str | None]
    memory_limit: NotRequired[str | None]


class DeploymentResourceConfigUpdateTypedDict(TypedDict):
    """Dict form of :class:`DeploymentResourceConfigUpdate`."""

    replicas: NotRequired[int | None]
    cpu_request: NotRequired[str | None]
    cpu_limit: NotRequired[str | None]
    memory_request: NotRequired[str | None]
    memory_limit: NotRequired[str | None]


class DeploymentWorkerSpecInputTypedDict(TypedDict):
    """Dict form of :class:`DeploymentWorkerSpecInput`."""

    github_url: Required[str]
    revision: NotRequired[str | None]
    entrypoint: NotRequired[str | None]
    working_dir: NotRequired[str | None]


class NetworkEncodedInputTypedDict(TypedDict):
    """Dict form of :class:`NetworkEncodedInput`."""

    b64payload: Required[str]
    encoding_options: NotRequired[Sequence[EncodedPayloadOptions]]
    empty: NotRequired[bool]


class PartialScheduleDefinitionTypedDict(TypedDict):
    """Dict form of :class:`PartialScheduleDefinition`."""

    input: NotRequired[Any]
    calendars: NotRequired[Sequence[ScheduleCalendarTypedDict]]
    intervals: NotRequired[Sequence[ScheduleIntervalTypedDict]]
    cron_expressions: NotRequired[Sequence[str]]
    skip: NotRequired[Sequence[ScheduleCalendarTypedDict]]
    start_at: NotRequired[datetime | None]
    end_at: NotRequired[datetime | None]
    jitter: NotRequired[str | None]
    time_zone_name: NotRequired[str | None]
    policy: NotRequired[SchedulePolicyTypedDict]
    max_executions: NotRequired[int | None]


class QueryInvocationBodyTypedDict(TypedDict):
    """Dict form of :class:`QueryInvocationBody`."""

    name: Required[str]
    input: NotRequired[NetworkEncodedInputTypedDict | Mapping[str, Any] | None]


class ResetInvocationBodyTypedDict(TypedDict):
    """Dict form of :class:`ResetInvocationBody`."""

    event_id: Required[int]
    reason: NotRequired[str | None]
    exclude_signals: NotRequired[bool]
    exclude_updates: NotRequired[bool]


class ScheduleCalendarTypedDict(TypedDict):
    """Dict form of :class:`ScheduleCalendar`."""

    second: NotRequired[Sequence[ScheduleRangeTypedDict]]
    minute: NotRequired[Sequence[ScheduleRangeTypedDict]]
    hour: NotRequired[Sequence[ScheduleRangeTypedDict]]
    day_of_month: NotRequired[Sequence[ScheduleRangeTypedDict]]
    month: NotRequired[Sequence[ScheduleRangeTypedDict]]
    year: NotRequired[Sequence[ScheduleRangeTypedDict]]
    day_of_week: NotRequired[Sequence[ScheduleRangeTypedDict]]
    comment: NotRequired[str | None]


class ScheduleDefinitionTypedDict(TypedDict):
    """Dict form of :class:`ScheduleDefinition`."""

    input: Required[Any]
    calendars: NotRequired[Sequence[ScheduleCalendarTypedDict]]
    intervals: NotRequired[Sequence[ScheduleIntervalTypedDict]]
    cron_expressions: NotRequired[Sequence[str]]
    skip: NotRequired[Sequence[ScheduleCalendarTypedDict]]
    start_at: NotRequired[datetime | None]
    end_at: NotRequired[datetime | None]
    jitter: NotRequired[str | None]
    time_zone_name: NotRequired[str | None]
    policy: NotRequired[SchedulePolicyTypedDict]
    max_executions: NotRequired[int | None]
    schedule_id: NotRequired[str | None]


class ScheduleIntervalTypedDict(TypedDict):
    """Dict form of :class:`ScheduleInterval`."""

    every: Required[str]
    offset: NotRequired[str | None]


class SchedulePolicyTypedDict(TypedDict):
    """Dict form of :class:`SchedulePolicy`."""

    catchup_window_seconds: NotRequired[int]
    overlap: NotRequired[ScheduleOverlapPolicy]
    pause_on_failure: NotRequired[bool]


class ScheduleRangeTypedDict(TypedDict):
    """Dict form of :class:`ScheduleRange`."""

    start: Required[int]
    end: NotRequired[int]
    step: NotRequired[int]


class SignalInvocationBodyTypedDict(TypedDict):
    """Dict form of :class:`SignalInvocationBody`."""

    name: Required[str]
    input: NotRequired[NetworkEncodedInputTypedDict | Mapping[str, Any] | None]


class UpdateDeploymentRequestTypedDict(TypedDict):
    """Dict form of :class:`UpdateDeploymentRequest`."""

    spec: NotRequired[WorkflowsWorkerSpecUpdateTypedDict | None]
    resources: NotRequired[DeploymentResourceConfigUpdateTypedDict | None]


class UpdateInvocationBodyTypedDict(TypedDict):
    """Dict form of :class:`UpdateInvocationBody`."""

    name: Required[str]
    input: NotRequired[NetworkEncodedInputTypedDict | Mapping[str, Any] | None]


class WorkflowBulkArchiveRequestTypedDict(TypedDict):
    """Dict form of :class:`WorkflowBulkArchiveRequest`."""

    workflow_ids: Required[Sequence[str]]


class WorkflowBulkUnarchiveRequestTypedDict(TypedDict):
    """Dict form of :class:`WorkflowBulkUnarchiveRequest`."""

    workflow_ids: Required[Sequence[str]]


class WorkflowExecutionRequestTypedDict(TypedDict):
    """Dict form of :class:`WorkflowExecutionRequest`."""

    execution_id: NotRequired[str | None]
    input: NotRequired[Mapping[str, Any] | None]
    wait_for_result: NotRequired[bool]
    timeout_seconds: NotRequired[float | None]
    custom_tracing_attributes: NotRequired[Mapping[str, str] | None]
    force_new_trace: NotRequired[bool]
    extensions: NotRequired[Mapping[str, Any] | None]
    task_queue: NotRequired[str | None]
    deployment_name: NotRequired[str | None]
    traceparent: NotRequired[str | None]


class WorkflowSchedulePauseRequestTypedDict(TypedDict):
    """Dict form of :class:`WorkflowSchedulePauseRequest`."""

    note: NotRequired[str | None]


class WorkflowScheduleRequestTypedDict(TypedDict):
    """Dict form of :class:`WorkflowScheduleRequest`."""

    schedule: Required[ScheduleDefinitionTypedDict]
    workflow_registration_id: NotRequired[str | None]
    workflow_version_id: NotRequired[str | None]
    workflow_identifier: NotRequired[str | None]
    workflow_task_queue: NotRequired[str | None]
    schedule_id: NotRequired[str | None]
    deployment_name: NotRequired[str | None]


class WorkflowScheduleTriggerRequestTypedDict(TypedDict):
    """Dict form of :class:`WorkflowScheduleTriggerRequest`."""

    overlap: NotRequired[ScheduleOverlapPolicy | None]


class WorkflowScheduleUpdateRequestTypedDict(TypedDict):
    """Dict form of :class:`WorkflowScheduleUpdateRequest`."""

    schedule: Required[PartialScheduleDefinitionTypedDict]


class WorkflowUpdateRequestTypedDict(TypedDict):
    """Dict form of :class:`WorkflowUpdateRequest`."""

    display_name: NotRequired[str | None]
    description: NotRequired[str | None]
    available_in_chat_assistant: NotRequired[bool | None]
    tags: NotRequired[Sequence[str] | None]


class WorkflowsWorkerSpecUpdateTypedDict(TypedDict):
    """Dict form of :class:`WorkflowsWorkerSpecUpdate`."""

    github_url: NotRequired[str | None]
    revision: NotRequired[str | None]
    entrypoint: NotRequired[str | None]
    working_dir: NotRequired[str | None]


class WorkflowTagsAddRequestTypedDict(TypedDict):
    """Dict form of :class:`WorkflowTagsAddRequest`."""

    tags: Required[Sequence[str]]


CustomTaskInProgressAttributesResponsePayload: TypeAlias = Annotated[
    Annotated[JSONPayloadResponse, Tag("json")]
    | Annotated[JSONPatchPayloadResponse, Tag("json_patch")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"json", "json_patch"})),
]
"""The current state or incremental update for the task."""

EncodedPayloadOptions: TypeAlias = (
    Literal["offloaded", "encrypted", "encrypted-partial", "compressed"] | str
)

EventProgressStatus: TypeAlias = Literal["RUNNING", "COMPLETED", "FAILED"] | str

EventSource: TypeAlias = Literal["DATABASE", "LIVE", "HYBRID"] | str

EventType: TypeAlias = Literal["EVENT", "EVENT_PROGRESS"] | str

JSONPatch: TypeAlias = Annotated[
    Annotated[JSONPatchAdd, Tag("add")]
    | Annotated[JSONPatchAppend, Tag("append")]
    | Annotated[JSONPatchRemove, Tag("remove")]
    | Annotated[JSONPatchReplace, Tag("replace")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("op", frozenset({"add", "append", "remove", "replace"})),
]

JSONPatchPayloadValueResponse: TypeAlias = list[JSONPatch] | str

LocationType: TypeAlias = Literal["local", "k8s", "managed"] | str

ScheduleOverlapPolicy: TypeAlias = Literal[1, 2, 3, 4, 5, 6]
"""Controls what happens when a workflow would be started by a schedule but one is already running."""

TempoTraceScopeKind: TypeAlias = (
    Literal["SPAN_KIND_INTERNAL", "SPAN_KIND_SERVER", "SPAN_KIND_CLIENT"] | str
)

WorkflowEventType: TypeAlias = (
    Literal[
        "WORKFLOW_EXECUTION_STARTED",
        "WORKFLOW_EXECUTION_COMPLETED",
        "WORKFLOW_EXECUTION_FAILED",
        "WORKFLOW_EXECUTION_CANCELED",
        "WORKFLOW_EXECUTION_CONTINUED_AS_NEW",
        "WORKFLOW_TASK_TIMED_OUT",
        "WORKFLOW_TASK_FAILED",
        "CUSTOM_TASK_STARTED",
        "CUSTOM_TASK_IN_PROGRESS",
        "CUSTOM_TASK_COMPLETED",
        "CUSTOM_TASK_FAILED",
        "CUSTOM_TASK_TIMED_OUT",
        "CUSTOM_TASK_CANCELED",
        "ACTIVITY_TASK_STARTED",
        "ACTIVITY_TASK_COMPLETED",
        "ACTIVITY_TASK_RETRYING",
        "ACTIVITY_TASK_FAILED",
    ]
    | str
)

WorkflowExecutionStatus: TypeAlias = (
    Literal[
        "RUNNING",
        "COMPLETED",
        "FAILED",
        "CANCELED",
        "TERMINATED",
        "CONTINUED_AS_NEW",
        "TIMED_OUT",
        "RETRYING_AFTER_ERROR",
    ]
    | str
)

WorkflowExecutionTraceSummaryAttributesValues: TypeAlias = (
    str | int | float | bool | list[Any] | None
)

WorkflowType: TypeAlias = Literal["code"]

GetWorkflowExecutionLogsOrder: TypeAlias = Literal["asc", "desc"] | str
"""First-page sort order: 'asc' (oldest first) or 'desc'. Ignored when `cursor` is set."""

StreamWorkflowExecutionLogsEventEvent: TypeAlias = Literal["log", "error"] | str

SortBy: TypeAlias = Literal["start_time", "end_time"] | str

ListRunsV1WorkflowsRunsGetOrder: TypeAlias = Literal["asc", "desc"] | str
"""Sort direction"""

GetSchedulesV1WorkflowsSchedulesGetStatus: TypeAlias = Literal["active", "paused"] | str

Scope: TypeAlias = Literal["activity", "workflow", "*"] | str

ListDeploymentsV1WorkflowsDeploymentsGetOrderBy: TypeAlias = (
    Literal["updated_at", "created_at"] | str
)

ListDeploymentsV1WorkflowsDeploymentsGetOrder: TypeAlias = Literal["asc", "desc"] | str
"""Sort direction. Applied to order_by when set, or within each activity group when omitted."""

ListDeploymentsV1WorkflowsDeploymentsGetLocationType: TypeAlias = (
    Literal["local", "k8s", "managed"] | str
)

ListDeploymentWorkersV1WorkflowsDeploymentsNameWorkersGetWorkerStatus: TypeAlias = (
    Literal["active", "inactive"] | str
)

GetDeploymentLogsOrder: TypeAlias = Literal["asc", "desc"] | str
"""First-page sort order: 'asc' (oldest first) or 'desc'. Ignored when `cursor` is set."""

GetDeploymentLogsLogType: TypeAlias = Literal["build", "runtime"] | str

StreamDeploymentLogsEventEvent: TypeAlias = Literal["log", "error"] | str

DeploymentStatus: TypeAlias = Literal["active", "inactive"] | str

GetWorkflowsV1WorkflowsGetOrder: TypeAlias = Literal["asc", "desc"] | str
"""Sort direction"""

# names of the official 2.x SDK for the same schemas
GetSchedulesV1WorkflowsSchedulesGetResponse = WorkflowScheduleListResponse
GetWorkflowsV1WorkflowsGetResponse = WorkflowListResponse
ListRunsV1WorkflowsRunsGetResponse = WorkflowExecutionListResponse
GetStreamEventsV1WorkflowsEventsStreamGetEvent = (
    GetStreamEventsV1WorkflowsEventsStreamGetResponseBody
)
StreamDeploymentLogsEvent = StreamDeploymentLogsResponseBody
StreamV1WorkflowsExecutionsExecutionIdStreamGetEvent = (
    StreamV1WorkflowsExecutionsExecutionIDStreamGetResponseBody
)
StreamWorkflowExecutionLogsEvent = StreamWorkflowExecutionLogsResponseBody
