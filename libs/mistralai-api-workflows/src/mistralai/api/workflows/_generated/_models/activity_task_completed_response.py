# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (ActivityTaskCompletedAttributesResponse, ActivityTaskCompletedResponse, ActivityTaskFailedAttributes...)."""

from collections.abc import Mapping
from typing import Annotated, Any, ClassVar, Literal, TypeAlias

from pydantic import Tag

from mistralai.api.workflows._generated._models.encoded_payload_options import EncodedPayloadOptions
from mistralai.core.runtime import (
    UNKNOWN_TAG,
    BaseModel,
    ConstFieldsModel,
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
    "EncryptedPatchValue",
    "Failure",
    "JSONPatch",
    "JSONPatchAdd",
    "JSONPatchAppend",
    "JSONPatchPayloadResponse",
    "JSONPatchPayloadValueResponse",
    "JSONPatchRemove",
    "JSONPatchReplace",
    "JSONPayloadResponse",
    "WorkflowExecutionCanceledAttributes",
    "WorkflowExecutionCanceledResponse",
    "WorkflowExecutionCompletedAttributesResponse",
    "WorkflowExecutionCompletedResponse",
    "WorkflowExecutionContinuedAsNewAttributesResponse",
    "WorkflowExecutionContinuedAsNewResponse",
    "WorkflowExecutionFailedAttributes",
    "WorkflowExecutionFailedResponse",
    "WorkflowExecutionStartedAttributesResponse",
    "WorkflowExecutionStartedResponse",
    "WorkflowTaskFailedAttributes",
    "WorkflowTaskFailedResponse",
    "WorkflowTaskTimedOutAttributes",
    "WorkflowTaskTimedOutResponse",
]


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


class ActivityTaskCompletedAttributesResponse(BaseModel):
    """Attributes for activity task completed events."""

    __mistral_keep__ = frozenset()
    task_id: str
    """Unique identifier for the activity task within the workflow."""
    activity_name: str
    """The registered name of the activity being executed."""
    result: JSONPayloadResponse
    """The result returned by the activity."""


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


class Failure(BaseModel):
    """Represents an error or exception that occurred during execution."""

    __mistral_keep__ = frozenset()
    message: str
    """A human-readable description of the failure."""


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


class ActivityTaskStartedAttributesResponse(BaseModel):
    """Attributes for activity task started events."""

    __mistral_keep__ = frozenset()
    task_id: str
    """Unique identifier for the activity task within the workflow."""
    activity_name: str
    """The registered name of the activity being executed."""
    input: JSONPayloadResponse
    """The input arguments passed to the activity."""


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


class CustomTaskCanceledAttributes(BaseModel):
    """Attributes for custom task canceled events."""

    __mistral_keep__ = frozenset()
    custom_task_id: str
    """Unique identifier for the custom task within the workflow."""
    custom_task_type: str
    """The type/category of the custom task (e.g., 'llm_call', 'api_request')."""
    reason: str | None = None
    """Optional reason provided for the cancellation."""


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


class CustomTaskCompletedAttributesResponse(BaseModel):
    """Attributes for custom task completed events."""

    __mistral_keep__ = frozenset()
    custom_task_id: str
    """Unique identifier for the custom task within the workflow."""
    custom_task_type: str
    """The type/category of the custom task (e.g., 'llm_call', 'api_request')."""
    payload: JSONPayloadResponse
    """The final result of the custom task."""


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


class CustomTaskFailedAttributes(BaseModel):
    """Attributes for custom task failed events."""

    __mistral_keep__ = frozenset()
    custom_task_id: str
    """Unique identifier for the custom task within the workflow."""
    custom_task_type: str
    """The type/category of the custom task (e.g., 'llm_call', 'api_request')."""
    failure: Failure
    """Details about the failure that caused the task to fail."""


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


class JSONPatchAdd(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"op": "add"}
    __mistral_keep__ = frozenset({"op"})
    path: str
    """A JSON Pointer (RFC 6901) identifying the target location within the document. Can be a string path (e.g., '/foo/bar'), '/', '', or an empty list [] for root-level operations."""
    value: Any
    """The value to use for the operation"""
    op: Literal["add"] = "add"
    """Add operation"""


class EncryptedPatchValue(ConstFieldsModel):
    """Wrapper for encrypted patch values in selective json_patch encryption. When partial encryption mode is enabled and a patch targets an EncryptedStrField, the patch value is encrypted and wrapped in this structure. The type field acts as a discriminator to distinguish this from user data."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "__encrypted__"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["__encrypted__"] = "__encrypted__"
    value: str


class JSONPatchAppend(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"op": "append"}
    __mistral_keep__ = frozenset({"op"})
    path: str
    """A JSON Pointer (RFC 6901) identifying the target location within the document. Can be a string path (e.g., '/foo/bar'), '/', '', or an empty list [] for root-level operations."""
    value: str | EncryptedPatchValue
    """The value to use for the operation. A string to append to the existing value, or an EncryptedPatchValue wrapper when encryption is applied."""
    op: Literal["append"] = "append"
    """'append' is an extension for efficient string concatenation in streaming scenarios."""


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


JSONPatch: TypeAlias = Annotated[
    Annotated[JSONPatchAdd, Tag("add")]
    | Annotated[JSONPatchAppend, Tag("append")]
    | Annotated[JSONPatchRemove, Tag("remove")]
    | Annotated[JSONPatchReplace, Tag("replace")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("op", frozenset({"add", "append", "remove", "replace"})),
]

JSONPatchPayloadValueResponse: TypeAlias = list[JSONPatch] | str


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


CustomTaskInProgressAttributesResponsePayload: TypeAlias = Annotated[
    Annotated[JSONPayloadResponse, Tag("json")]
    | Annotated[JSONPatchPayloadResponse, Tag("json_patch")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"json", "json_patch"})),
]
"""The current state or incremental update for the task."""


class CustomTaskInProgressAttributesResponse(BaseModel):
    """Attributes for custom task in-progress events with streaming updates."""

    __mistral_keep__ = frozenset()
    custom_task_id: str
    """Unique identifier for the custom task within the workflow."""
    custom_task_type: str
    """The type/category of the custom task (e.g., 'llm_call', 'api_request')."""
    payload: CustomTaskInProgressAttributesResponsePayload
    """The current state or incremental update for the task."""


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


class CustomTaskTimedOutAttributes(BaseModel):
    """Attributes for custom task timed out events."""

    __mistral_keep__ = frozenset()
    custom_task_id: str
    """Unique identifier for the custom task within the workflow."""
    custom_task_type: str
    """The type/category of the custom task (e.g., 'llm_call', 'api_request')."""
    timeout_type: str | None = None
    """The type of timeout that occurred."""


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


class WorkflowExecutionCanceledAttributes(BaseModel):
    """Attributes for workflow execution canceled events."""

    __mistral_keep__ = frozenset()
    task_id: str
    """Unique identifier for the task within the workflow execution."""
    reason: str | None = None
    """Optional reason provided for the cancellation."""
    attempt: int = 1
    """Workflow retry attempt number. 1 on first run and CAN; >1 on workflow-level retries."""


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


class WorkflowExecutionCompletedAttributesResponse(BaseModel):
    """Attributes for workflow execution completed events."""

    __mistral_keep__ = frozenset()
    task_id: str
    """Unique identifier for the task within the workflow execution."""
    result: JSONPayloadResponse
    """The final result returned by the workflow."""
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


class WorkflowExecutionFailedAttributes(BaseModel):
    """Attributes for workflow execution failed events."""

    __mistral_keep__ = frozenset()
    task_id: str
    """Unique identifier for the task within the workflow execution."""
    failure: Failure
    """Details about the failure that caused the workflow to fail."""
    attempt: int = 1
    """Workflow retry attempt number. 1 on first run and CAN; >1 on workflow-level retries."""


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


class WorkflowTaskFailedAttributes(BaseModel):
    """Attributes for workflow task failed events."""

    __mistral_keep__ = frozenset()
    task_id: str
    """Unique identifier for the task within the workflow execution."""
    failure: Failure
    """Details about the failure that caused the task to fail."""


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


class WorkflowTaskTimedOutAttributes(BaseModel):
    """Attributes for workflow task timed out events."""

    __mistral_keep__ = frozenset()
    task_id: str
    """Unique identifier for the task within the workflow execution."""
    timeout_type: str | None = None
    """The type of timeout that occurred (e.g., 'START_TO_CLOSE', 'SCHEDULE_TO_START')."""


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
