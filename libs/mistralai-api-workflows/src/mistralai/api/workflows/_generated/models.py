# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution (from the API spec), each imported on first use.

Each name lives in the module of the operations using it (``_models/``; the dict forms
in ``_typed_dicts``): a first call builds only the models of its operation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mistralai.core.runtime import lazy_names

if TYPE_CHECKING:
    from mistralai.api.workflows._generated._models.activity_task_completed_response import (
        ActivityTaskCompletedAttributesResponse,
        ActivityTaskCompletedResponse,
        ActivityTaskFailedAttributes,
        ActivityTaskFailedResponse,
        ActivityTaskRetryingAttributes,
        ActivityTaskRetryingResponse,
        ActivityTaskStartedAttributesResponse,
        ActivityTaskStartedResponse,
        CustomTaskCanceledAttributes,
        CustomTaskCanceledResponse,
        CustomTaskCompletedAttributesResponse,
        CustomTaskCompletedResponse,
        CustomTaskFailedAttributes,
        CustomTaskFailedResponse,
        CustomTaskInProgressAttributesResponse,
        CustomTaskInProgressAttributesResponsePayload,
        CustomTaskInProgressResponse,
        CustomTaskStartedAttributesResponse,
        CustomTaskStartedResponse,
        CustomTaskTimedOutAttributes,
        CustomTaskTimedOutResponse,
        EncryptedPatchValue,
        Failure,
        JSONPatch,
        JSONPatchAdd,
        JSONPatchAppend,
        JSONPatchPayloadResponse,
        JSONPatchPayloadValueResponse,
        JSONPatchRemove,
        JSONPatchReplace,
        JSONPayloadResponse,
        WorkflowExecutionCanceledAttributes,
        WorkflowExecutionCanceledResponse,
        WorkflowExecutionCompletedAttributesResponse,
        WorkflowExecutionCompletedResponse,
        WorkflowExecutionContinuedAsNewAttributesResponse,
        WorkflowExecutionContinuedAsNewResponse,
        WorkflowExecutionFailedAttributes,
        WorkflowExecutionFailedResponse,
        WorkflowExecutionStartedAttributesResponse,
        WorkflowExecutionStartedResponse,
        WorkflowTaskFailedAttributes,
        WorkflowTaskFailedResponse,
        WorkflowTaskTimedOutAttributes,
        WorkflowTaskTimedOutResponse,
    )
    from mistralai.api.workflows._generated._models.batch_execution_body import BatchExecutionBody
    from mistralai.api.workflows._generated._models.batch_execution_response import (
        BatchExecutionResponse,
        BatchExecutionResult,
    )
    from mistralai.api.workflows._generated._models.create_deployment_request import (
        CreateDeploymentRequest,
        DeploymentWorkerSpecInput,
    )
    from mistralai.api.workflows._generated._models.deployment_archive_response import (
        DeploymentArchiveResponse,
    )
    from mistralai.api.workflows._generated._models.deployment_detail_response import (
        DeploymentDetailResponse,
    )
    from mistralai.api.workflows._generated._models.deployment_list_response import (
        DeploymentListResponse,
        DeploymentResponse,
    )
    from mistralai.api.workflows._generated._models.deployment_location import (
        DeploymentLocation,
        LocationType,
    )
    from mistralai.api.workflows._generated._models.deployment_log_record import DeploymentLogRecord
    from mistralai.api.workflows._generated._models.deployment_log_search_response import (
        DeploymentLogSearchResponse,
    )
    from mistralai.api.workflows._generated._models.deployment_resource_config import (
        DeploymentResourceConfig,
    )
    from mistralai.api.workflows._generated._models.deployment_status import (
        DeploymentStatus,
        GetWorkflowsV1WorkflowsGetOrder,
    )
    from mistralai.api.workflows._generated._models.deployment_worker_list_response import (
        DeploymentWorkerListResponse,
    )
    from mistralai.api.workflows._generated._models.deployment_worker_response import (
        DeploymentWorkerResponse,
    )
    from mistralai.api.workflows._generated._models.encoded_payload_options import (
        EncodedPayloadOptions,
    )
    from mistralai.api.workflows._generated._models.event_source import EventSource
    from mistralai.api.workflows._generated._models.execution_log_record import ExecutionLogRecord
    from mistralai.api.workflows._generated._models.execution_log_search_response import (
        ExecutionLogSearchResponse,
    )
    from mistralai.api.workflows._generated._models.execution_trace_info_response import (
        ExecutionTraceInfoResponse,
    )
    from mistralai.api.workflows._generated._models.get_deployment_logs_log_type import (
        GetDeploymentLogsLogType,
        GetDeploymentLogsOrder,
    )
    from mistralai.api.workflows._generated._models.get_schedules_v1_workflows_schedules_get_status import (
        GetSchedulesV1WorkflowsSchedulesGetStatus,
    )
    from mistralai.api.workflows._generated._models.get_stream_events_v1_workflows_events_stream_get_response_body import (
        GetStreamEventsV1WorkflowsEventsStreamGetEvent,
        GetStreamEventsV1WorkflowsEventsStreamGetResponseBody,
    )
    from mistralai.api.workflows._generated._models.get_workflow_execution_logs_order import (
        GetWorkflowExecutionLogsOrder,
    )
    from mistralai.api.workflows._generated._models.list_deployment_workers_v1_workflows_deployments_name_workers_get_worker_status import (
        ListDeploymentWorkersV1WorkflowsDeploymentsNameWorkersGetWorkerStatus,
    )
    from mistralai.api.workflows._generated._models.list_deployments_v1_workflows_deployments_get_location_type import (
        ListDeploymentsV1WorkflowsDeploymentsGetLocationType,
        ListDeploymentsV1WorkflowsDeploymentsGetOrder,
        ListDeploymentsV1WorkflowsDeploymentsGetOrderBy,
    )
    from mistralai.api.workflows._generated._models.list_runs_v1_workflows_runs_get_order import (
        ListRunsV1WorkflowsRunsGetOrder,
        SortBy,
    )
    from mistralai.api.workflows._generated._models.list_workflow_event_response import (
        ListWorkflowEventResponse,
    )
    from mistralai.api.workflows._generated._models.managed_deployment_response import (
        DeploymentBuildState,
        DeploymentObservedState,
        DeploymentWorkerSpecResponse,
        GitCommitAuthor,
        GitCommitMetadata,
        ManagedDeploymentResponse,
    )
    from mistralai.api.workflows._generated._models.network_encoded_input import NetworkEncodedInput
    from mistralai.api.workflows._generated._models.query_invocation_body import QueryInvocationBody
    from mistralai.api.workflows._generated._models.query_workflow_response import (
        QueryWorkflowResponse,
    )
    from mistralai.api.workflows._generated._models.reset_invocation_body import ResetInvocationBody
    from mistralai.api.workflows._generated._models.schedule_calendar import (
        ScheduleCalendar,
        ScheduleInterval,
        SchedulePolicy,
        ScheduleRange,
    )
    from mistralai.api.workflows._generated._models.schedule_definition_output import (
        ScheduleDefinitionOutput,
        ScheduleFutureExecution,
        ScheduleRecentExecution,
    )
    from mistralai.api.workflows._generated._models.schedule_overlap_policy import (
        ScheduleOverlapPolicy,
    )
    from mistralai.api.workflows._generated._models.scope import Scope, WorkflowEventType
    from mistralai.api.workflows._generated._models.signal_invocation_body import (
        SignalInvocationBody,
    )
    from mistralai.api.workflows._generated._models.signal_workflow_response import (
        SignalWorkflowResponse,
    )
    from mistralai.api.workflows._generated._models.stream_deployment_logs_response_body import (
        StreamDeploymentLogsEvent,
        StreamDeploymentLogsEventEvent,
        StreamDeploymentLogsResponseBody,
    )
    from mistralai.api.workflows._generated._models.stream_error import StreamError
    from mistralai.api.workflows._generated._models.stream_event_sse_error_data import (
        StreamEventSseErrorData,
        StreamEventSsePayload,
        StreamEventWorkflowContext,
    )
    from mistralai.api.workflows._generated._models.stream_v1_workflows_executions_execution_id_stream_get_response_body import (
        StreamV1WorkflowsExecutionsExecutionIdStreamGetEvent,
        StreamV1WorkflowsExecutionsExecutionIDStreamGetResponseBody,
    )
    from mistralai.api.workflows._generated._models.stream_workflow_execution_logs_response_body import (
        StreamWorkflowExecutionLogsEvent,
        StreamWorkflowExecutionLogsEventEvent,
        StreamWorkflowExecutionLogsResponseBody,
    )
    from mistralai.api.workflows._generated._models.update_deployment_request import (
        DeploymentResourceConfigUpdate,
        UpdateDeploymentRequest,
        WorkflowsWorkerSpecUpdate,
    )
    from mistralai.api.workflows._generated._models.update_invocation_body import (
        UpdateInvocationBody,
    )
    from mistralai.api.workflows._generated._models.update_workflow_response import (
        UpdateWorkflowResponse,
    )
    from mistralai.api.workflows._generated._models.worker_info import WorkerInfo
    from mistralai.api.workflows._generated._models.workflow import Workflow
    from mistralai.api.workflows._generated._models.workflow_archive_response import (
        WorkflowArchiveResponse,
    )
    from mistralai.api.workflows._generated._models.workflow_bulk_archive_request import (
        WorkflowBulkArchiveRequest,
    )
    from mistralai.api.workflows._generated._models.workflow_bulk_archive_response import (
        WorkflowBulkArchiveResponse,
    )
    from mistralai.api.workflows._generated._models.workflow_bulk_error import WorkflowBulkError
    from mistralai.api.workflows._generated._models.workflow_bulk_unarchive_request import (
        WorkflowBulkUnarchiveRequest,
    )
    from mistralai.api.workflows._generated._models.workflow_bulk_unarchive_response import (
        WorkflowBulkUnarchiveResponse,
    )
    from mistralai.api.workflows._generated._models.workflow_code_definition import (
        QueryDefinition,
        SignalDefinition,
        UpdateDefinition,
        WorkflowCodeDefinition,
    )
    from mistralai.api.workflows._generated._models.workflow_execution_list_response import (
        ListRunsV1WorkflowsRunsGetResponse,
        WorkflowExecutionListResponse,
        WorkflowExecutionWithoutResultResponse,
    )
    from mistralai.api.workflows._generated._models.workflow_execution_request import (
        WorkflowExecutionRequest,
    )
    from mistralai.api.workflows._generated._models.workflow_execution_response import (
        WorkflowExecutionResponse,
    )
    from mistralai.api.workflows._generated._models.workflow_execution_status import (
        WorkflowExecutionStatus,
    )
    from mistralai.api.workflows._generated._models.workflow_execution_sync_response import (
        WorkflowExecutionSyncResponse,
    )
    from mistralai.api.workflows._generated._models.workflow_execution_trace_event import (
        EventType,
        WorkflowExecutionTraceEvent,
        WorkflowExecutionTraceSummaryAttributesValues,
    )
    from mistralai.api.workflows._generated._models.workflow_execution_trace_events_response import (
        EventProgressStatus,
        WorkflowExecutionProgressTraceEvent,
        WorkflowExecutionTraceEventsResponse,
    )
    from mistralai.api.workflows._generated._models.workflow_execution_trace_o_tel_response import (
        TempoGetTraceResponse,
        TempoTraceAttribute,
        TempoTraceAttributeArrayContainer,
        TempoTraceAttributeArrayElement,
        TempoTraceAttributeArrayValue,
        TempoTraceAttributeBoolValue,
        TempoTraceAttributeIntValue,
        TempoTraceAttributeStringValue,
        TempoTraceBatch,
        TempoTraceEvent,
        TempoTraceResource,
        TempoTraceScope,
        TempoTraceScopeKind,
        TempoTraceScopeSpan,
        TempoTraceSpan,
        WorkflowExecutionTraceOTelResponse,
    )
    from mistralai.api.workflows._generated._models.workflow_execution_trace_summary_response import (
        WorkflowExecutionTraceSummaryResponse,
        WorkflowExecutionTraceSummarySpan,
    )
    from mistralai.api.workflows._generated._models.workflow_get_response import (
        WorkflowGetResponse,
        WorkflowWithWorkerStatus,
    )
    from mistralai.api.workflows._generated._models.workflow_list_response import (
        GetWorkflowsV1WorkflowsGetResponse,
        WorkflowBasicDefinition,
        WorkflowListResponse,
        WorkflowMetadata,
    )
    from mistralai.api.workflows._generated._models.workflow_metrics import (
        ScalarMetric,
        TimeSeriesMetric,
        WorkflowMetrics,
    )
    from mistralai.api.workflows._generated._models.workflow_registration_get_response import (
        WorkflowRegistrationGetResponse,
        WorkflowRegistrationWithWorkerStatus,
    )
    from mistralai.api.workflows._generated._models.workflow_registration_list_response import (
        WorkflowRegistration,
        WorkflowRegistrationListResponse,
    )
    from mistralai.api.workflows._generated._models.workflow_schedule_list_response import (
        GetSchedulesV1WorkflowsSchedulesGetResponse,
        WorkflowScheduleListResponse,
    )
    from mistralai.api.workflows._generated._models.workflow_schedule_pause_request import (
        WorkflowSchedulePauseRequest,
    )
    from mistralai.api.workflows._generated._models.workflow_schedule_request import (
        ScheduleDefinition,
        WorkflowScheduleRequest,
    )
    from mistralai.api.workflows._generated._models.workflow_schedule_response import (
        WorkflowScheduleResponse,
    )
    from mistralai.api.workflows._generated._models.workflow_schedule_trigger_request import (
        WorkflowScheduleTriggerRequest,
    )
    from mistralai.api.workflows._generated._models.workflow_schedule_update_request import (
        PartialScheduleDefinition,
        WorkflowScheduleUpdateRequest,
    )
    from mistralai.api.workflows._generated._models.workflow_tags_add_request import (
        WorkflowTagsAddRequest,
    )
    from mistralai.api.workflows._generated._models.workflow_type import WorkflowType
    from mistralai.api.workflows._generated._models.workflow_unarchive_response import (
        WorkflowUnarchiveResponse,
    )
    from mistralai.api.workflows._generated._models.workflow_update_request import (
        WorkflowUpdateRequest,
    )
    from mistralai.api.workflows._generated._models.workflow_update_response import (
        WorkflowUpdateResponse,
    )
    from mistralai.api.workflows._generated._typed_dicts import (
        BatchExecutionBodyTypedDict,
        CreateDeploymentRequestTypedDict,
        DeploymentResourceConfigTypedDict,
        DeploymentResourceConfigUpdateTypedDict,
        DeploymentWorkerSpecInputTypedDict,
        NetworkEncodedInputTypedDict,
        PartialScheduleDefinitionTypedDict,
        QueryInvocationBodyTypedDict,
        ResetInvocationBodyTypedDict,
        ScheduleCalendarTypedDict,
        ScheduleDefinitionTypedDict,
        ScheduleIntervalTypedDict,
        SchedulePolicyTypedDict,
        ScheduleRangeTypedDict,
        SignalInvocationBodyTypedDict,
        UpdateDeploymentRequestTypedDict,
        UpdateInvocationBodyTypedDict,
        WorkflowBulkArchiveRequestTypedDict,
        WorkflowBulkUnarchiveRequestTypedDict,
        WorkflowExecutionRequestTypedDict,
        WorkflowSchedulePauseRequestTypedDict,
        WorkflowScheduleRequestTypedDict,
        WorkflowScheduleTriggerRequestTypedDict,
        WorkflowScheduleUpdateRequestTypedDict,
        WorkflowsWorkerSpecUpdateTypedDict,
        WorkflowTagsAddRequestTypedDict,
        WorkflowUpdateRequestTypedDict,
    )
    from mistralai.core.models import HTTPValidationError, ValidationError

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
    "WorkerInfo",
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

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_names(
        __name__,
        {
            "._models.activity_task_completed_response": (
                "ActivityTaskCompletedAttributesResponse ActivityTaskCompletedResponse "
                "ActivityTaskFailedAttributes ActivityTaskFailedResponse "
                "ActivityTaskRetryingAttributes ActivityTaskRetryingResponse "
                "ActivityTaskStartedAttributesResponse ActivityTaskStartedResponse "
                "CustomTaskCanceledAttributes CustomTaskCanceledResponse "
                "CustomTaskCompletedAttributesResponse CustomTaskCompletedResponse "
                "CustomTaskFailedAttributes CustomTaskFailedResponse "
                "CustomTaskInProgressAttributesResponse "
                "CustomTaskInProgressAttributesResponsePayload CustomTaskInProgressResponse "
                "CustomTaskStartedAttributesResponse CustomTaskStartedResponse "
                "CustomTaskTimedOutAttributes CustomTaskTimedOutResponse EncryptedPatchValue "
                "Failure JSONPatch JSONPatchAdd JSONPatchAppend JSONPatchPayloadResponse "
                "JSONPatchPayloadValueResponse JSONPatchRemove JSONPatchReplace "
                "JSONPayloadResponse WorkflowExecutionCanceledAttributes "
                "WorkflowExecutionCanceledResponse WorkflowExecutionCompletedAttributesResponse "
                "WorkflowExecutionCompletedResponse "
                "WorkflowExecutionContinuedAsNewAttributesResponse "
                "WorkflowExecutionContinuedAsNewResponse WorkflowExecutionFailedAttributes "
                "WorkflowExecutionFailedResponse WorkflowExecutionStartedAttributesResponse "
                "WorkflowExecutionStartedResponse WorkflowTaskFailedAttributes "
                "WorkflowTaskFailedResponse WorkflowTaskTimedOutAttributes "
                "WorkflowTaskTimedOutResponse"
            ),
            "._models.batch_execution_body": "BatchExecutionBody",
            "._models.batch_execution_response": "BatchExecutionResponse BatchExecutionResult",
            "._models.create_deployment_request": "CreateDeploymentRequest DeploymentWorkerSpecInput",
            "._models.deployment_archive_response": "DeploymentArchiveResponse",
            "._models.deployment_detail_response": "DeploymentDetailResponse",
            "._models.deployment_list_response": "DeploymentListResponse DeploymentResponse",
            "._models.deployment_location": "DeploymentLocation LocationType",
            "._models.deployment_log_record": "DeploymentLogRecord",
            "._models.deployment_log_search_response": "DeploymentLogSearchResponse",
            "._models.deployment_resource_config": "DeploymentResourceConfig",
            "._models.deployment_status": "DeploymentStatus GetWorkflowsV1WorkflowsGetOrder",
            "._models.deployment_worker_list_response": "DeploymentWorkerListResponse",
            "._models.deployment_worker_response": "DeploymentWorkerResponse",
            "._models.encoded_payload_options": "EncodedPayloadOptions",
            "._models.event_source": "EventSource",
            "._models.execution_log_record": "ExecutionLogRecord",
            "._models.execution_log_search_response": "ExecutionLogSearchResponse",
            "._models.execution_trace_info_response": "ExecutionTraceInfoResponse",
            "._models.get_deployment_logs_log_type": "GetDeploymentLogsLogType GetDeploymentLogsOrder",
            "._models.get_schedules_v1_workflows_schedules_get_status": "GetSchedulesV1WorkflowsSchedulesGetStatus",
            "._models.get_stream_events_v1_workflows_events_stream_get_response_body": (
                "GetStreamEventsV1WorkflowsEventsStreamGetEvent "
                "GetStreamEventsV1WorkflowsEventsStreamGetResponseBody"
            ),
            "._models.get_workflow_execution_logs_order": "GetWorkflowExecutionLogsOrder",
            "._models.list_deployment_workers_v1_workflows_deployments_name_workers_get_worker_status": "ListDeploymentWorkersV1WorkflowsDeploymentsNameWorkersGetWorkerStatus",
            "._models.list_deployments_v1_workflows_deployments_get_location_type": (
                "ListDeploymentsV1WorkflowsDeploymentsGetLocationType "
                "ListDeploymentsV1WorkflowsDeploymentsGetOrder "
                "ListDeploymentsV1WorkflowsDeploymentsGetOrderBy"
            ),
            "._models.list_runs_v1_workflows_runs_get_order": "ListRunsV1WorkflowsRunsGetOrder SortBy",
            "._models.list_workflow_event_response": "ListWorkflowEventResponse",
            "._models.managed_deployment_response": (
                "DeploymentBuildState DeploymentObservedState DeploymentWorkerSpecResponse "
                "GitCommitAuthor GitCommitMetadata ManagedDeploymentResponse"
            ),
            "._models.network_encoded_input": "NetworkEncodedInput",
            "._models.query_invocation_body": "QueryInvocationBody",
            "._models.query_workflow_response": "QueryWorkflowResponse",
            "._models.reset_invocation_body": "ResetInvocationBody",
            "._models.schedule_calendar": "ScheduleCalendar ScheduleInterval SchedulePolicy ScheduleRange",
            "._models.schedule_definition_output": "ScheduleDefinitionOutput ScheduleFutureExecution ScheduleRecentExecution",
            "._models.schedule_overlap_policy": "ScheduleOverlapPolicy",
            "._models.scope": "Scope WorkflowEventType",
            "._models.signal_invocation_body": "SignalInvocationBody",
            "._models.signal_workflow_response": "SignalWorkflowResponse",
            "._models.stream_deployment_logs_response_body": (
                "StreamDeploymentLogsEvent StreamDeploymentLogsEventEvent "
                "StreamDeploymentLogsResponseBody"
            ),
            "._models.stream_error": "StreamError",
            "._models.stream_event_sse_error_data": "StreamEventSseErrorData StreamEventSsePayload StreamEventWorkflowContext",
            "._models.stream_v1_workflows_executions_execution_id_stream_get_response_body": (
                "StreamV1WorkflowsExecutionsExecutionIDStreamGetResponseBody "
                "StreamV1WorkflowsExecutionsExecutionIdStreamGetEvent"
            ),
            "._models.stream_workflow_execution_logs_response_body": (
                "StreamWorkflowExecutionLogsEvent StreamWorkflowExecutionLogsEventEvent "
                "StreamWorkflowExecutionLogsResponseBody"
            ),
            "._models.update_deployment_request": "DeploymentResourceConfigUpdate UpdateDeploymentRequest WorkflowsWorkerSpecUpdate",
            "._models.update_invocation_body": "UpdateInvocationBody",
            "._models.update_workflow_response": "UpdateWorkflowResponse",
            "._models.worker_info": "WorkerInfo",
            "._models.workflow": "Workflow",
            "._models.workflow_archive_response": "WorkflowArchiveResponse",
            "._models.workflow_bulk_archive_request": "WorkflowBulkArchiveRequest",
            "._models.workflow_bulk_archive_response": "WorkflowBulkArchiveResponse",
            "._models.workflow_bulk_error": "WorkflowBulkError",
            "._models.workflow_bulk_unarchive_request": "WorkflowBulkUnarchiveRequest",
            "._models.workflow_bulk_unarchive_response": "WorkflowBulkUnarchiveResponse",
            "._models.workflow_code_definition": "QueryDefinition SignalDefinition UpdateDefinition WorkflowCodeDefinition",
            "._models.workflow_execution_list_response": (
                "ListRunsV1WorkflowsRunsGetResponse WorkflowExecutionListResponse "
                "WorkflowExecutionWithoutResultResponse"
            ),
            "._models.workflow_execution_request": "WorkflowExecutionRequest",
            "._models.workflow_execution_response": "WorkflowExecutionResponse",
            "._models.workflow_execution_status": "WorkflowExecutionStatus",
            "._models.workflow_execution_sync_response": "WorkflowExecutionSyncResponse",
            "._models.workflow_execution_trace_event": (
                "EventType WorkflowExecutionTraceEvent "
                "WorkflowExecutionTraceSummaryAttributesValues"
            ),
            "._models.workflow_execution_trace_events_response": (
                "EventProgressStatus WorkflowExecutionProgressTraceEvent "
                "WorkflowExecutionTraceEventsResponse"
            ),
            "._models.workflow_execution_trace_o_tel_response": (
                "TempoGetTraceResponse TempoTraceAttribute TempoTraceAttributeArrayContainer "
                "TempoTraceAttributeArrayElement TempoTraceAttributeArrayValue "
                "TempoTraceAttributeBoolValue TempoTraceAttributeIntValue "
                "TempoTraceAttributeStringValue TempoTraceBatch TempoTraceEvent "
                "TempoTraceResource TempoTraceScope TempoTraceScopeKind TempoTraceScopeSpan "
                "TempoTraceSpan WorkflowExecutionTraceOTelResponse"
            ),
            "._models.workflow_execution_trace_summary_response": "WorkflowExecutionTraceSummaryResponse WorkflowExecutionTraceSummarySpan",
            "._models.workflow_get_response": "WorkflowGetResponse WorkflowWithWorkerStatus",
            "._models.workflow_list_response": (
                "GetWorkflowsV1WorkflowsGetResponse WorkflowBasicDefinition WorkflowListResponse "
                "WorkflowMetadata"
            ),
            "._models.workflow_metrics": "ScalarMetric TimeSeriesMetric WorkflowMetrics",
            "._models.workflow_registration_get_response": "WorkflowRegistrationGetResponse WorkflowRegistrationWithWorkerStatus",
            "._models.workflow_registration_list_response": "WorkflowRegistration WorkflowRegistrationListResponse",
            "._models.workflow_schedule_list_response": "GetSchedulesV1WorkflowsSchedulesGetResponse WorkflowScheduleListResponse",
            "._models.workflow_schedule_pause_request": "WorkflowSchedulePauseRequest",
            "._models.workflow_schedule_request": "ScheduleDefinition WorkflowScheduleRequest",
            "._models.workflow_schedule_response": "WorkflowScheduleResponse",
            "._models.workflow_schedule_trigger_request": "WorkflowScheduleTriggerRequest",
            "._models.workflow_schedule_update_request": "PartialScheduleDefinition WorkflowScheduleUpdateRequest",
            "._models.workflow_tags_add_request": "WorkflowTagsAddRequest",
            "._models.workflow_type": "WorkflowType",
            "._models.workflow_unarchive_response": "WorkflowUnarchiveResponse",
            "._models.workflow_update_request": "WorkflowUpdateRequest",
            "._models.workflow_update_response": "WorkflowUpdateResponse",
            "._typed_dicts": (
                "BatchExecutionBodyTypedDict CreateDeploymentRequestTypedDict "
                "DeploymentResourceConfigTypedDict DeploymentResourceConfigUpdateTypedDict "
                "DeploymentWorkerSpecInputTypedDict NetworkEncodedInputTypedDict "
                "PartialScheduleDefinitionTypedDict QueryInvocationBodyTypedDict "
                "ResetInvocationBodyTypedDict ScheduleCalendarTypedDict "
                "ScheduleDefinitionTypedDict ScheduleIntervalTypedDict SchedulePolicyTypedDict "
                "ScheduleRangeTypedDict SignalInvocationBodyTypedDict "
                "UpdateDeploymentRequestTypedDict UpdateInvocationBodyTypedDict "
                "WorkflowBulkArchiveRequestTypedDict WorkflowBulkUnarchiveRequestTypedDict "
                "WorkflowExecutionRequestTypedDict WorkflowSchedulePauseRequestTypedDict "
                "WorkflowScheduleRequestTypedDict WorkflowScheduleTriggerRequestTypedDict "
                "WorkflowScheduleUpdateRequestTypedDict WorkflowTagsAddRequestTypedDict "
                "WorkflowUpdateRequestTypedDict WorkflowsWorkerSpecUpdateTypedDict"
            ),
            "mistralai.core.models": "HTTPValidationError ValidationError",
        },
    )
