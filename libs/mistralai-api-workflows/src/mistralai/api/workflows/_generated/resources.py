# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Resources (API methods) of the mistralai-api-workflows distribution."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, Literal

from mistralai.api.workflows import _resumable
from mistralai.api.workflows._generated import models
from mistralai.api.workflows.streams import (
    DEFAULT_MAX_RECONNECTS,
    ResumableEventStream,
    ResumableEventStreamAsync,
)
from mistralai.core.runtime import (
    UNSET,
    CursorPaging,
    EventStream,
    EventStreamAsync,
    Operation,
    OptionalNullable,
    RawResource,
    Resource,
    RetryConfig,
    StreamOperation,
    paginate,
    paginate_async,
    raw_method,
)

__all__ = [
    "Deployments",
    "DeploymentsWithRawResponse",
    "Events",
    "EventsWithRawResponse",
    "Executions",
    "ExecutionsWithRawResponse",
    "Metrics",
    "MetricsWithRawResponse",
    "Runs",
    "RunsWithRawResponse",
    "Schedules",
    "SchedulesWithRawResponse",
    "Workflows",
    "WorkflowsEvents",
    "WorkflowsEventsWithRawResponse",
    "WorkflowsWithRawResponse",
]

_EVENTS_GET_STREAM_EVENTS: StreamOperation[
    models.GetStreamEventsV1WorkflowsEventsStreamGetResponseBody
] = StreamOperation(
    event=lambda: models.GetStreamEventsV1WorkflowsEventsStreamGetResponseBody,
    event_fields=frozenset({"event", "data", "id", "retry"}),
    operation_id="get_stream_events_v1_workflows_events_stream_get",
    method="GET",
    path="/v1/workflows/events/stream",
    namespace="events",
    retry_safe=True,
    query_explode=frozenset({"metadata_filters"}),
    omit_none=frozenset(
        {
            "scope",
            "activity_name",
            "activity_id",
            "workflow_name",
            "workflow_exec_id",
            "root_workflow_exec_id",
            "parent_workflow_exec_id",
            "stream",
            "start_seq",
        }
    ),
)
_EVENTS_GET_WORKFLOW_EVENTS: Operation[models.ListWorkflowEventResponse] = Operation(
    operation_id="get_workflow_events_v1_workflows_events_list_get",
    method="GET",
    path="/v1/workflows/events/list",
    namespace="events",
    retry_safe=True,
    response=lambda: models.ListWorkflowEventResponse,
    omit_none=frozenset({"limit"}),
)
_EVENTS_GET_WORKFLOW_EVENTS_PAGING = CursorPaging(
    items="events", cursor="next_cursor", param="cursor"
)
_WORKFLOWS_GET_WORKFLOWS: Operation[models.WorkflowListResponse] = Operation(
    operation_id="get_workflows_v1_workflows_get",
    method="GET",
    path="/v1/workflows",
    namespace="workflows",
    retry_safe=True,
    response=lambda: models.WorkflowListResponse,
    omit_none=frozenset({"include_shared", "order", "limit", "active_only"}),
)
_WORKFLOWS_GET_WORKFLOWS_PAGING = CursorPaging(
    items="workflows", cursor="next_cursor", param="cursor"
)
_WORKFLOWS_GET_WORKFLOW_REGISTRATIONS: Operation[models.WorkflowRegistrationListResponse] = (
    Operation(
        operation_id="get_workflow_registrations_v1_workflows_registrations_get",
        method="GET",
        path="/v1/workflows/registrations",
        namespace="workflows",
        retry_safe=True,
        response=lambda: models.WorkflowRegistrationListResponse,
        omit_none=frozenset({"active_only", "include_shared", "with_workflow", "limit"}),
    )
)
_WORKFLOWS_GET_WORKFLOW_REGISTRATIONS_PAGING = CursorPaging(
    items="workflow_registrations", cursor="next_cursor", param="cursor"
)
_WORKFLOWS_EXECUTE_WORKFLOW: Operation[
    models.WorkflowExecutionResponse | models.WorkflowExecutionSyncResponse
] = Operation(
    operation_id="execute_workflow_v1_workflows__workflow_identifier__execute_post",
    method="POST",
    path="/v1/workflows/{workflow_identifier}/execute",
    namespace="workflows",
    retry_safe=False,
    response=lambda: models.WorkflowExecutionResponse | models.WorkflowExecutionSyncResponse,
    body=lambda: models.WorkflowExecutionRequest,
    body_kind="json",
    wire="mistralai.api.workflows._generated.wire",
    omit_none=frozenset({"wait_for_result", "force_new_trace"}),
)
_WORKFLOWS_EXECUTE_WORKFLOW_REGISTRATION: Operation[
    models.WorkflowExecutionResponse | models.WorkflowExecutionSyncResponse
] = Operation(
    operation_id="execute_workflow_registration_v1_workflows_registrations__workflow_registration_id__execute_post",
    method="POST",
    path="/v1/workflows/registrations/{workflow_registration_id}/execute",
    namespace="workflows",
    retry_safe=False,
    response=lambda: models.WorkflowExecutionResponse | models.WorkflowExecutionSyncResponse,
    body=lambda: models.WorkflowExecutionRequest,
    body_kind="json",
    wire="mistralai.api.workflows._generated.wire",
    omit_none=frozenset({"wait_for_result", "force_new_trace"}),
)
_WORKFLOWS_GET_WORKFLOW: Operation[models.WorkflowGetResponse] = Operation(
    operation_id="get_workflow_v1_workflows__workflow_identifier__get",
    method="GET",
    path="/v1/workflows/{workflow_identifier}",
    namespace="workflows",
    retry_safe=True,
    response=lambda: models.WorkflowGetResponse,
)
_WORKFLOWS_UPDATE_WORKFLOW: Operation[models.WorkflowUpdateResponse] = Operation(
    operation_id="update_workflow_v1_workflows__workflow_identifier__put",
    method="PUT",
    path="/v1/workflows/{workflow_identifier}",
    namespace="workflows",
    retry_safe=True,
    response=lambda: models.WorkflowUpdateResponse,
    body=lambda: models.WorkflowUpdateRequest,
    body_kind="json",
    wire="mistralai.api.workflows._generated.wire",
)
_WORKFLOWS_GET_WORKFLOW_REGISTRATION: Operation[models.WorkflowRegistrationGetResponse] = Operation(
    operation_id="get_workflow_registration_v1_workflows_registrations__workflow_registration_id__get",
    method="GET",
    path="/v1/workflows/registrations/{workflow_registration_id}",
    namespace="workflows",
    retry_safe=True,
    response=lambda: models.WorkflowRegistrationGetResponse,
    omit_none=frozenset({"with_workflow", "include_shared"}),
)
_WORKFLOWS_BULK_ARCHIVE_WORKFLOWS: Operation[models.WorkflowBulkArchiveResponse] = Operation(
    operation_id="bulk_archive_workflows_v1_workflows_archive_put",
    method="PUT",
    path="/v1/workflows/archive",
    namespace="workflows",
    retry_safe=True,
    response=lambda: models.WorkflowBulkArchiveResponse,
    body=lambda: models.WorkflowBulkArchiveRequest,
    body_kind="json",
    wire="mistralai.api.workflows._generated.wire",
)
_WORKFLOWS_BULK_UNARCHIVE_WORKFLOWS: Operation[models.WorkflowBulkUnarchiveResponse] = Operation(
    operation_id="bulk_unarchive_workflows_v1_workflows_unarchive_put",
    method="PUT",
    path="/v1/workflows/unarchive",
    namespace="workflows",
    retry_safe=True,
    response=lambda: models.WorkflowBulkUnarchiveResponse,
    body=lambda: models.WorkflowBulkUnarchiveRequest,
    body_kind="json",
    wire="mistralai.api.workflows._generated.wire",
)
_WORKFLOWS_ARCHIVE_WORKFLOW: Operation[models.WorkflowArchiveResponse] = Operation(
    operation_id="archive_workflow_v1_workflows__workflow_identifier__archive_put",
    method="PUT",
    path="/v1/workflows/{workflow_identifier}/archive",
    namespace="workflows",
    retry_safe=True,
    response=lambda: models.WorkflowArchiveResponse,
)
_WORKFLOWS_UNARCHIVE_WORKFLOW: Operation[models.WorkflowUnarchiveResponse] = Operation(
    operation_id="unarchive_workflow_v1_workflows__workflow_identifier__unarchive_put",
    method="PUT",
    path="/v1/workflows/{workflow_identifier}/unarchive",
    namespace="workflows",
    retry_safe=True,
    response=lambda: models.WorkflowUnarchiveResponse,
)
_WORKFLOWS_ADD_WORKFLOW_TAGS: Operation[None] = Operation(
    operation_id="add_workflow_tags_v1_workflows__workflow_identifier__tags_post",
    method="POST",
    path="/v1/workflows/{workflow_identifier}/tags",
    namespace="workflows",
    retry_safe=False,
    response=None,
    body=lambda: models.WorkflowTagsAddRequest,
    body_kind="json",
    wire="mistralai.api.workflows._generated.wire",
)
_DEPLOYMENTS_LIST_DEPLOYMENTS: Operation[models.DeploymentListResponse] = Operation(
    operation_id="list_deployments_v1_workflows_deployments_get",
    method="GET",
    path="/v1/workflows/deployments",
    namespace="workflows",
    retry_safe=True,
    response=lambda: models.DeploymentListResponse,
    omit_none=frozenset({"active_only", "order"}),
)
_DEPLOYMENTS_LIST_DEPLOYMENTS_PAGING = CursorPaging(
    items="deployments", cursor="next_cursor", param="cursor"
)
_DEPLOYMENTS_CREATE_DEPLOYMENT: Operation[models.ManagedDeploymentResponse] = Operation(
    operation_id="create_deployment_v1_workflows_deployments_post",
    method="POST",
    path="/v1/workflows/deployments",
    namespace="workflows",
    retry_safe=False,
    response=lambda: models.ManagedDeploymentResponse,
    body=lambda: models.CreateDeploymentRequest,
    body_kind="json",
    wire="mistralai.api.workflows._generated.wire",
    omit_none=frozenset({"hardened"}),
)
_DEPLOYMENTS_UPDATE_DEPLOYMENT: Operation[models.ManagedDeploymentResponse] = Operation(
    operation_id="update_deployment_v1_workflows_deployments__name__patch",
    method="PATCH",
    path="/v1/workflows/deployments/{name}",
    namespace="workflows",
    retry_safe=False,
    response=lambda: models.ManagedDeploymentResponse,
    body=lambda: models.UpdateDeploymentRequest,
    body_kind="json",
    wire="mistralai.api.workflows._generated.wire",
)
_DEPLOYMENTS_DELETE_DEPLOYMENT: Operation[models.ManagedDeploymentResponse] = Operation(
    operation_id="delete_deployment_v1_workflows_deployments__name__delete",
    method="DELETE",
    path="/v1/workflows/deployments/{name}",
    namespace="workflows",
    retry_safe=True,
    response=lambda: models.ManagedDeploymentResponse,
)
_DEPLOYMENTS_GET_DEPLOYMENT: Operation[models.DeploymentDetailResponse] = Operation(
    operation_id="get_deployment_v1_workflows_deployments__name__get",
    method="GET",
    path="/v1/workflows/deployments/{name}",
    namespace="workflows",
    retry_safe=True,
    response=lambda: models.DeploymentDetailResponse,
)
_DEPLOYMENTS_STOP_DEPLOYMENT: Operation[models.ManagedDeploymentResponse] = Operation(
    operation_id="stop_deployment_v1_workflows_deployments__name__stop_post",
    method="POST",
    path="/v1/workflows/deployments/{name}/stop",
    namespace="workflows",
    retry_safe=False,
    response=lambda: models.ManagedDeploymentResponse,
)
_DEPLOYMENTS_START_DEPLOYMENT: Operation[models.ManagedDeploymentResponse] = Operation(
    operation_id="start_deployment_v1_workflows_deployments__name__start_post",
    method="POST",
    path="/v1/workflows/deployments/{name}/start",
    namespace="workflows",
    retry_safe=False,
    response=lambda: models.ManagedDeploymentResponse,
)
_DEPLOYMENTS_RESTART_DEPLOYMENT: Operation[models.ManagedDeploymentResponse] = Operation(
    operation_id="restart_deployment_v1_workflows_deployments__name__restart_post",
    method="POST",
    path="/v1/workflows/deployments/{name}/restart",
    namespace="workflows",
    retry_safe=False,
    response=lambda: models.ManagedDeploymentResponse,
)
_DEPLOYMENTS_LIST_DEPLOYMENT_WORKERS: Operation[models.DeploymentWorkerListResponse] = Operation(
    operation_id="list_deployment_workers_v1_workflows_deployments__name__workers_get",
    method="GET",
    path="/v1/workflows/deployments/{name}/workers",
    namespace="workflows",
    retry_safe=True,
    response=lambda: models.DeploymentWorkerListResponse,
    omit_none=frozenset({"limit"}),
)
_DEPLOYMENTS_LIST_DEPLOYMENT_WORKERS_PAGING = CursorPaging(
    items="workers", cursor="next_cursor", param="cursor"
)
_DEPLOYMENTS_GET_DEPLOYMENT_LOGS: Operation[models.DeploymentLogSearchResponse] = Operation(
    operation_id="get_deployment_logs",
    method="GET",
    path="/v1/workflows/deployments/{name}/logs",
    namespace="workflows",
    retry_safe=True,
    response=lambda: models.DeploymentLogSearchResponse,
    omit_none=frozenset({"order", "limit"}),
)
_DEPLOYMENTS_GET_DEPLOYMENT_LOGS_PAGING = CursorPaging(
    items="results", cursor="next_cursor", param="cursor"
)
_DEPLOYMENTS_STREAM_DEPLOYMENT_LOGS: StreamOperation[models.StreamDeploymentLogsResponseBody] = (
    StreamOperation(
        event=lambda: models.StreamDeploymentLogsResponseBody,
        event_fields=frozenset({"event", "id", "data"}),
        operation_id="stream_deployment_logs",
        method="GET",
        path="/v1/workflows/deployments/{name}/logs/stream",
        namespace="workflows",
        retry_safe=True,
    )
)
_DEPLOYMENTS_UNHARDEN_DEPLOYMENT: Operation[None] = Operation(
    operation_id="unharden_deployment_v1_workflows_deployments__deployment_id__unharden_post",
    method="POST",
    path="/v1/workflows/deployments/{deployment_id}/unharden",
    namespace="workflows",
    retry_safe=False,
    response=None,
)
_DEPLOYMENTS_GET_DEPLOYMENT_ARCHIVE: Operation[models.DeploymentArchiveResponse] = Operation(
    operation_id="get_deployment_archive_v1_workflows_deployments__name__archive_get",
    method="GET",
    path="/v1/workflows/deployments/{name}/archive",
    namespace="workflows",
    retry_safe=True,
    response=lambda: models.DeploymentArchiveResponse,
)
_WORKFLOWS_EVENTS_GET_STREAM_EVENTS: StreamOperation[
    models.GetStreamEventsV1WorkflowsEventsStreamGetResponseBody
] = StreamOperation(
    event=lambda: models.GetStreamEventsV1WorkflowsEventsStreamGetResponseBody,
    event_fields=frozenset({"event", "data", "id", "retry"}),
    operation_id="get_stream_events_v1_workflows_events_stream_get",
    method="GET",
    path="/v1/workflows/events/stream",
    namespace="workflows",
    retry_safe=True,
    query_explode=frozenset({"metadata_filters"}),
    omit_none=frozenset(
        {
            "scope",
            "activity_name",
            "activity_id",
            "workflow_name",
            "workflow_exec_id",
            "root_workflow_exec_id",
            "parent_workflow_exec_id",
            "stream",
            "start_seq",
        }
    ),
)
_WORKFLOWS_EVENTS_GET_WORKFLOW_EVENTS: Operation[models.ListWorkflowEventResponse] = Operation(
    operation_id="get_workflow_events_v1_workflows_events_list_get",
    method="GET",
    path="/v1/workflows/events/list",
    namespace="workflows",
    retry_safe=True,
    response=lambda: models.ListWorkflowEventResponse,
    omit_none=frozenset({"limit"}),
)
_WORKFLOWS_EVENTS_GET_WORKFLOW_EVENTS_PAGING = CursorPaging(
    items="events", cursor="next_cursor", param="cursor"
)
_EXECUTIONS_GET_WORKFLOW_EXECUTION: Operation[models.WorkflowExecutionResponse] = Operation(
    operation_id="get_workflow_execution_v1_workflows_executions__execution_id__get",
    method="GET",
    path="/v1/workflows/executions/{execution_id}",
    namespace="workflows",
    retry_safe=True,
    response=lambda: models.WorkflowExecutionResponse,
)
_EXECUTIONS_GET_WORKFLOW_EXECUTION_HISTORY: Operation[Any] = Operation(
    operation_id="get_workflow_execution_history_v1_workflows_executions__execution_id__history_get",
    method="GET",
    path="/v1/workflows/executions/{execution_id}/history",
    namespace="workflows",
    retry_safe=True,
    response=Any,
    omit_none=frozenset({"decode_payloads"}),
)
_EXECUTIONS_SIGNAL_WORKFLOW_EXECUTION: Operation[models.SignalWorkflowResponse] = Operation(
    operation_id="signal_workflow_execution_v1_workflows_executions__execution_id__signals_post",
    method="POST",
    path="/v1/workflows/executions/{execution_id}/signals",
    namespace="workflows",
    retry_safe=False,
    response=lambda: models.SignalWorkflowResponse,
    body=lambda: models.SignalInvocationBody,
    body_kind="json",
    wire="mistralai.api.workflows._generated.wire",
)
_EXECUTIONS_QUERY_WORKFLOW_EXECUTION: Operation[models.QueryWorkflowResponse] = Operation(
    operation_id="query_workflow_execution_v1_workflows_executions__execution_id__queries_post",
    method="POST",
    path="/v1/workflows/executions/{execution_id}/queries",
    namespace="workflows",
    retry_safe=True,
    response=lambda: models.QueryWorkflowResponse,
    body=lambda: models.QueryInvocationBody,
    body_kind="json",
    wire="mistralai.api.workflows._generated.wire",
)
_EXECUTIONS_TERMINATE_WORKFLOW_EXECUTION: Operation[None] = Operation(
    operation_id="terminate_workflow_execution_v1_workflows_executions__execution_id__terminate_post",
    method="POST",
    path="/v1/workflows/executions/{execution_id}/terminate",
    namespace="workflows",
    retry_safe=False,
    response=None,
)
_EXECUTIONS_BATCH_TERMINATE_WORKFLOW_EXECUTIONS: Operation[models.BatchExecutionResponse] = (
    Operation(
        operation_id="batch_terminate_workflow_executions_v1_workflows_executions_terminate_post",
        method="POST",
        path="/v1/workflows/executions/terminate",
        namespace="workflows",
        retry_safe=False,
        response=lambda: models.BatchExecutionResponse,
        body=lambda: models.BatchExecutionBody,
        body_kind="json",
        wire="mistralai.api.workflows._generated.wire",
    )
)
_EXECUTIONS_CANCEL_WORKFLOW_EXECUTION: Operation[None] = Operation(
    operation_id="cancel_workflow_execution_v1_workflows_executions__execution_id__cancel_post",
    method="POST",
    path="/v1/workflows/executions/{execution_id}/cancel",
    namespace="workflows",
    retry_safe=False,
    response=None,
)
_EXECUTIONS_BATCH_CANCEL_WORKFLOW_EXECUTIONS: Operation[models.BatchExecutionResponse] = Operation(
    operation_id="batch_cancel_workflow_executions_v1_workflows_executions_cancel_post",
    method="POST",
    path="/v1/workflows/executions/cancel",
    namespace="workflows",
    retry_safe=False,
    response=lambda: models.BatchExecutionResponse,
    body=lambda: models.BatchExecutionBody,
    body_kind="json",
    wire="mistralai.api.workflows._generated.wire",
)
_EXECUTIONS_RESET_WORKFLOW: Operation[None] = Operation(
    operation_id="reset_workflow_v1_workflows_executions__execution_id__reset_post",
    method="POST",
    path="/v1/workflows/executions/{execution_id}/reset",
    namespace="workflows",
    retry_safe=False,
    response=None,
    body=lambda: models.ResetInvocationBody,
    body_kind="json",
    wire="mistralai.api.workflows._generated.wire",
    omit_none=frozenset({"exclude_signals", "exclude_updates"}),
)
_EXECUTIONS_UPDATE_WORKFLOW_EXECUTION: Operation[models.UpdateWorkflowResponse] = Operation(
    operation_id="update_workflow_execution_v1_workflows_executions__execution_id__updates_post",
    method="POST",
    path="/v1/workflows/executions/{execution_id}/updates",
    namespace="workflows",
    retry_safe=False,
    response=lambda: models.UpdateWorkflowResponse,
    body=lambda: models.UpdateInvocationBody,
    body_kind="json",
    wire="mistralai.api.workflows._generated.wire",
)
_EXECUTIONS_GET_WORKFLOW_EXECUTION_TRACE_INFO: Operation[models.ExecutionTraceInfoResponse] = (
    Operation(
        operation_id="get_workflow_execution_trace_info",
        method="GET",
        path="/v1/workflows/executions/{execution_id}/trace/info",
        namespace="workflows",
        retry_safe=True,
        response=lambda: models.ExecutionTraceInfoResponse,
    )
)
_EXECUTIONS_GET_WORKFLOW_EXECUTION_TRACE_OTEL: Operation[
    models.WorkflowExecutionTraceOTelResponse
] = Operation(
    operation_id="get_workflow_execution_trace_otel",
    method="GET",
    path="/v1/workflows/executions/{execution_id}/trace/otel",
    namespace="workflows",
    retry_safe=True,
    response=lambda: models.WorkflowExecutionTraceOTelResponse,
)
_EXECUTIONS_GET_WORKFLOW_EXECUTION_TRACE_SUMMARY: Operation[
    models.WorkflowExecutionTraceSummaryResponse
] = Operation(
    operation_id="get_workflow_execution_trace_summary",
    method="GET",
    path="/v1/workflows/executions/{execution_id}/trace/summary",
    namespace="workflows",
    retry_safe=True,
    response=lambda: models.WorkflowExecutionTraceSummaryResponse,
)
_EXECUTIONS_GET_WORKFLOW_EXECUTION_TRACE_EVENTS: Operation[
    models.WorkflowExecutionTraceEventsResponse
] = Operation(
    operation_id="get_workflow_execution_trace_events",
    method="GET",
    path="/v1/workflows/executions/{execution_id}/trace/events",
    namespace="workflows",
    retry_safe=True,
    response=lambda: models.WorkflowExecutionTraceEventsResponse,
    omit_none=frozenset({"merge_same_id_events", "include_internal_events"}),
)
_EXECUTIONS_STREAM: StreamOperation[
    models.StreamV1WorkflowsExecutionsExecutionIDStreamGetResponseBody
] = StreamOperation(
    event=lambda: models.StreamV1WorkflowsExecutionsExecutionIDStreamGetResponseBody,
    event_fields=frozenset({"event", "data", "id", "retry"}),
    operation_id="stream_v1_workflows_executions__execution_id__stream_get",
    method="GET",
    path="/v1/workflows/executions/{execution_id}/stream",
    namespace="workflows",
    retry_safe=True,
)
_EXECUTIONS_GET_WORKFLOW_EXECUTION_LOGS: Operation[models.ExecutionLogSearchResponse] = Operation(
    operation_id="get_workflow_execution_logs",
    method="GET",
    path="/v1/workflows/executions/{execution_id}/logs",
    namespace="workflows",
    retry_safe=True,
    response=lambda: models.ExecutionLogSearchResponse,
    omit_none=frozenset({"order", "limit"}),
)
_EXECUTIONS_GET_WORKFLOW_EXECUTION_LOGS_PAGING = CursorPaging(
    items="results", cursor="next_cursor", param="cursor"
)
_EXECUTIONS_STREAM_WORKFLOW_EXECUTION_LOGS: StreamOperation[
    models.StreamWorkflowExecutionLogsResponseBody
] = StreamOperation(
    event=lambda: models.StreamWorkflowExecutionLogsResponseBody,
    event_fields=frozenset({"event", "id", "data"}),
    operation_id="stream_workflow_execution_logs",
    method="GET",
    path="/v1/workflows/executions/{execution_id}/logs/stream",
    namespace="workflows",
    retry_safe=True,
)
_METRICS_GET_WORKFLOW_METRICS: Operation[models.WorkflowMetrics] = Operation(
    operation_id="get_workflow_metrics_v1_workflows__workflow_name__metrics_get",
    method="GET",
    path="/v1/workflows/{workflow_name}/metrics",
    namespace="workflows",
    retry_safe=True,
    response=lambda: models.WorkflowMetrics,
)
_RUNS_LIST_RUNS: Operation[models.WorkflowExecutionListResponse] = Operation(
    operation_id="list_runs_v1_workflows_runs_get",
    method="GET",
    path="/v1/workflows/runs",
    namespace="workflows",
    retry_safe=True,
    response=lambda: models.WorkflowExecutionListResponse,
    omit_none=frozenset({"order", "include_internal", "page_size"}),
)
_RUNS_LIST_RUNS_PAGING = CursorPaging(
    items="executions", cursor="next_page_token", param="next_page_token"
)
_RUNS_GET_RUN: Operation[models.WorkflowExecutionResponse] = Operation(
    operation_id="get_run_v1_workflows_runs__run_id__get",
    method="GET",
    path="/v1/workflows/runs/{run_id}",
    namespace="workflows",
    retry_safe=True,
    response=lambda: models.WorkflowExecutionResponse,
)
_RUNS_GET_RUN_HISTORY: Operation[Any] = Operation(
    operation_id="get_run_history_v1_workflows_runs__run_id__history_get",
    method="GET",
    path="/v1/workflows/runs/{run_id}/history",
    namespace="workflows",
    retry_safe=True,
    response=Any,
    omit_none=frozenset({"decode_payloads"}),
)
_SCHEDULES_GET_SCHEDULES: Operation[models.WorkflowScheduleListResponse] = Operation(
    operation_id="get_schedules_v1_workflows_schedules_get",
    method="GET",
    path="/v1/workflows/schedules",
    namespace="workflows",
    retry_safe=True,
    response=lambda: models.WorkflowScheduleListResponse,
)
_SCHEDULES_GET_SCHEDULES_PAGING = CursorPaging(
    items="schedules", cursor="next_page_token", param="next_page_token"
)
_SCHEDULES_SCHEDULE_WORKFLOW: Operation[models.WorkflowScheduleResponse] = Operation(
    operation_id="schedule_workflow_v1_workflows_schedules_post",
    method="POST",
    path="/v1/workflows/schedules",
    namespace="workflows",
    retry_safe=False,
    response=lambda: models.WorkflowScheduleResponse,
    body=lambda: models.WorkflowScheduleRequest,
    body_kind="json",
    wire="mistralai.api.workflows._generated.wire",
)
_SCHEDULES_GET_SCHEDULE: Operation[models.ScheduleDefinitionOutput] = Operation(
    operation_id="get_schedule_v1_workflows_schedules__schedule_id__get",
    method="GET",
    path="/v1/workflows/schedules/{schedule_id}",
    namespace="workflows",
    retry_safe=True,
    response=lambda: models.ScheduleDefinitionOutput,
)
_SCHEDULES_UNSCHEDULE_WORKFLOW: Operation[None] = Operation(
    operation_id="unschedule_workflow_v1_workflows_schedules__schedule_id__delete",
    method="DELETE",
    path="/v1/workflows/schedules/{schedule_id}",
    namespace="workflows",
    retry_safe=True,
    response=None,
)
_SCHEDULES_UPDATE_SCHEDULE: Operation[models.WorkflowScheduleResponse] = Operation(
    operation_id="update_schedule_v1_workflows_schedules__schedule_id__patch",
    method="PATCH",
    path="/v1/workflows/schedules/{schedule_id}",
    namespace="workflows",
    retry_safe=False,
    response=lambda: models.WorkflowScheduleResponse,
    body=lambda: models.WorkflowScheduleUpdateRequest,
    body_kind="json",
    wire="mistralai.api.workflows._generated.wire",
)
_SCHEDULES_PAUSE_SCHEDULE: Operation[None] = Operation(
    operation_id="pause_schedule_v1_workflows_schedules__schedule_id__pause_post",
    method="POST",
    path="/v1/workflows/schedules/{schedule_id}/pause",
    namespace="workflows",
    retry_safe=False,
    response=None,
    body=lambda: models.WorkflowSchedulePauseRequest,
    body_kind="json",
    wire="mistralai.api.workflows._generated.wire",
)
_SCHEDULES_RESUME_SCHEDULE: Operation[None] = Operation(
    operation_id="resume_schedule_v1_workflows_schedules__schedule_id__resume_post",
    method="POST",
    path="/v1/workflows/schedules/{schedule_id}/resume",
    namespace="workflows",
    retry_safe=False,
    response=None,
    body=lambda: models.WorkflowSchedulePauseRequest,
    body_kind="json",
    wire="mistralai.api.workflows._generated.wire",
)
_SCHEDULES_TRIGGER_SCHEDULE: Operation[None] = Operation(
    operation_id="trigger_schedule_v1_workflows_schedules__schedule_id__trigger_post",
    method="POST",
    path="/v1/workflows/schedules/{schedule_id}/trigger",
    namespace="workflows",
    retry_safe=False,
    response=None,
    body=lambda: models.WorkflowScheduleTriggerRequest,
    body_kind="json",
    wire="mistralai.api.workflows._generated.wire",
)
_WORKFLOWS_WORKERS_GET_WORKER_INFO: Operation[models.WorkerInfo] = Operation(
    operation_id="get_worker_info_v1_workflows_workers_whoami_get",
    method="GET",
    path="/v1/workflows/workers/whoami",
    namespace="workflows",
    retry_safe=True,
    response=lambda: models.WorkerInfo,
)


class Events(Resource):
    """Operations of ``events``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> EventsWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return EventsWithRawResponse(self)

    def get_stream_events(
        self,
        *,
        scope: models.Scope | None = "*",
        activity_name: str | None = "*",
        activity_id: str | None = "*",
        workflow_name: str | None = "*",
        workflow_exec_id: str | None = "*",
        root_workflow_exec_id: str | None = "*",
        parent_workflow_exec_id: str | None = "*",
        stream: str | None = "*",
        start_seq: int | None = 0,
        metadata_filters: OptionalNullable[Mapping[str, Any]] = UNSET,
        workflow_event_types: OptionalNullable[Sequence[models.WorkflowEventType]] = UNSET,
        last_event_id: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> EventStream[models.GetStreamEventsV1WorkflowsEventsStreamGetResponseBody]:
        """Get Stream Events.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param scope:
        :param activity_name:
        :param activity_id:
        :param workflow_name:
        :param workflow_exec_id:
        :param root_workflow_exec_id:
        :param parent_workflow_exec_id:
        :param stream:
        :param start_seq:
        :param metadata_filters:
        :param workflow_event_types:
        :param last_event_id:
        """
        return self._client.stream(
            _EVENTS_GET_STREAM_EVENTS,
            query={
                "scope": scope,
                "activity_name": activity_name,
                "activity_id": activity_id,
                "workflow_name": workflow_name,
                "workflow_exec_id": workflow_exec_id,
                "root_workflow_exec_id": root_workflow_exec_id,
                "parent_workflow_exec_id": parent_workflow_exec_id,
                "stream": stream,
                "start_seq": start_seq,
                "metadata_filters": metadata_filters,
                "workflow_event_types": workflow_event_types,
            },
            headers={"last-event-id": last_event_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_stream_events_async(
        self,
        *,
        scope: models.Scope | None = "*",
        activity_name: str | None = "*",
        activity_id: str | None = "*",
        workflow_name: str | None = "*",
        workflow_exec_id: str | None = "*",
        root_workflow_exec_id: str | None = "*",
        parent_workflow_exec_id: str | None = "*",
        stream: str | None = "*",
        start_seq: int | None = 0,
        metadata_filters: OptionalNullable[Mapping[str, Any]] = UNSET,
        workflow_event_types: OptionalNullable[Sequence[models.WorkflowEventType]] = UNSET,
        last_event_id: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> EventStreamAsync[models.GetStreamEventsV1WorkflowsEventsStreamGetResponseBody]:
        """Async twin of :meth:`get_stream_events`."""
        return await self._client.stream_async(
            _EVENTS_GET_STREAM_EVENTS,
            query={
                "scope": scope,
                "activity_name": activity_name,
                "activity_id": activity_id,
                "workflow_name": workflow_name,
                "workflow_exec_id": workflow_exec_id,
                "root_workflow_exec_id": root_workflow_exec_id,
                "parent_workflow_exec_id": parent_workflow_exec_id,
                "stream": stream,
                "start_seq": start_seq,
                "metadata_filters": metadata_filters,
                "workflow_event_types": workflow_event_types,
            },
            headers={"last-event-id": last_event_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_workflow_events(
        self,
        *,
        root_workflow_exec_id: OptionalNullable[str] = UNSET,
        workflow_exec_id: OptionalNullable[str] = UNSET,
        workflow_run_id: OptionalNullable[str] = UNSET,
        limit: int | None = 100,
        cursor: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListWorkflowEventResponse:
        """Get Workflow Events.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param root_workflow_exec_id: Execution ID of the root workflow that initiated this execution chain.
        :param workflow_exec_id: Execution ID of the workflow that emitted this event.
        :param workflow_run_id: Run ID of the workflow that emitted this event.
        :param limit: Maximum number of events to return.
        :param cursor: Cursor for pagination.
        """
        return paginate(
            self._client,
            _EVENTS_GET_WORKFLOW_EVENTS,
            _EVENTS_GET_WORKFLOW_EVENTS_PAGING,
            {
                "root_workflow_exec_id": root_workflow_exec_id,
                "workflow_exec_id": workflow_exec_id,
                "workflow_run_id": workflow_run_id,
                "limit": limit,
                "cursor": cursor,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_workflow_events_async(
        self,
        *,
        root_workflow_exec_id: OptionalNullable[str] = UNSET,
        workflow_exec_id: OptionalNullable[str] = UNSET,
        workflow_run_id: OptionalNullable[str] = UNSET,
        limit: int | None = 100,
        cursor: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListWorkflowEventResponse:
        """Async twin of :meth:`get_workflow_events`."""
        return await paginate_async(
            self._client,
            _EVENTS_GET_WORKFLOW_EVENTS,
            _EVENTS_GET_WORKFLOW_EVENTS_PAGING,
            {
                "root_workflow_exec_id": root_workflow_exec_id,
                "workflow_exec_id": workflow_exec_id,
                "workflow_run_id": workflow_run_id,
                "limit": limit,
                "cursor": cursor,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class Workflows(Resource):
    """Operations of ``workflows``."""

    __slots__ = (
        "_ns_deployments",
        "_ns_events",
        "_ns_executions",
        "_ns_metrics",
        "_ns_runs",
        "_ns_schedules",
    )
    _ns_deployments: Deployments
    _ns_events: WorkflowsEvents
    _ns_executions: Executions
    _ns_metrics: Metrics
    _ns_runs: Runs
    _ns_schedules: Schedules

    @property
    def deployments(self) -> Deployments:
        """Operations of ``workflows.deployments``."""
        try:
            return self._ns_deployments
        except AttributeError:
            self._ns_deployments = Deployments(self._client)
            return self._ns_deployments

    @property
    def events(self) -> WorkflowsEvents:
        """Operations of ``workflows.events``."""
        try:
            return self._ns_events
        except AttributeError:
            self._ns_events = WorkflowsEvents(self._client)
            return self._ns_events

    @property
    def executions(self) -> Executions:
        """Operations of ``workflows.executions``."""
        try:
            return self._ns_executions
        except AttributeError:
            self._ns_executions = Executions(self._client)
            return self._ns_executions

    @property
    def metrics(self) -> Metrics:
        """Operations of ``workflows.metrics``."""
        try:
            return self._ns_metrics
        except AttributeError:
            self._ns_metrics = Metrics(self._client)
            return self._ns_metrics

    @property
    def runs(self) -> Runs:
        """Operations of ``workflows.runs``."""
        try:
            return self._ns_runs
        except AttributeError:
            self._ns_runs = Runs(self._client)
            return self._ns_runs

    @property
    def schedules(self) -> Schedules:
        """Operations of ``workflows.schedules``."""
        try:
            return self._ns_schedules
        except AttributeError:
            self._ns_schedules = Schedules(self._client)
            return self._ns_schedules

    @property
    def with_raw_response(self) -> WorkflowsWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return WorkflowsWithRawResponse(self)

    def get_workflows(
        self,
        *,
        status: OptionalNullable[
            models.WorkflowExecutionStatus | Sequence[models.WorkflowExecutionStatus]
        ] = UNSET,
        include_shared: bool | None = True,
        available_in_chat_assistant: OptionalNullable[bool] = UNSET,
        deployment_name: OptionalNullable[Sequence[str]] = UNSET,
        deployment_status: OptionalNullable[models.DeploymentStatus] = UNSET,
        archived: OptionalNullable[bool] = UNSET,
        tags: OptionalNullable[Sequence[str]] = UNSET,
        order: models.GetWorkflowsV1WorkflowsGetOrder | None = "asc",
        cursor: OptionalNullable[str] = UNSET,
        limit: int | None = 50,
        active_only: bool | None = False,
        search: OptionalNullable[str] = UNSET,
        sort_by: Literal["display_name"] | None = "display_name",
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowListResponse:
        """Get Workflows.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param status: Filter by workflow status
        :param include_shared: Whether to include shared workflows
        :param available_in_chat_assistant: Whether to only return workflows available in chat assistant
        :param deployment_name: Filter by deployment name(s)
        :param deployment_status: Filter by deployment activity. active=only active, inactive=only inactive, None=no filter
        :param archived: Filter by archived state. False=exclude archived, True=only archived, None=include all
        :param tags: Filter to workflows tagged with all listed tags (AND).
        :param order: Sort direction
        :param cursor: The cursor for pagination
        :param limit: The maximum number of workflows to return
        :param active_only: Deprecated: use deployment_status instead
        :param search: Fuzzy search query for workflow name, display name, description, or ID
        :param sort_by: Field to sort by
        """
        return paginate(
            self._client,
            _WORKFLOWS_GET_WORKFLOWS,
            _WORKFLOWS_GET_WORKFLOWS_PAGING,
            {
                "status": status,
                "include_shared": include_shared,
                "available_in_chat_assistant": available_in_chat_assistant,
                "deployment_name": deployment_name,
                "deployment_status": deployment_status,
                "archived": archived,
                "tags": tags,
                "order": order,
                "cursor": cursor,
                "limit": limit,
                "active_only": active_only,
                "search": search,
                "sort_by": sort_by,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_workflows_async(
        self,
        *,
        status: OptionalNullable[
            models.WorkflowExecutionStatus | Sequence[models.WorkflowExecutionStatus]
        ] = UNSET,
        include_shared: bool | None = True,
        available_in_chat_assistant: OptionalNullable[bool] = UNSET,
        deployment_name: OptionalNullable[Sequence[str]] = UNSET,
        deployment_status: OptionalNullable[models.DeploymentStatus] = UNSET,
        archived: OptionalNullable[bool] = UNSET,
        tags: OptionalNullable[Sequence[str]] = UNSET,
        order: models.GetWorkflowsV1WorkflowsGetOrder | None = "asc",
        cursor: OptionalNullable[str] = UNSET,
        limit: int | None = 50,
        active_only: bool | None = False,
        search: OptionalNullable[str] = UNSET,
        sort_by: Literal["display_name"] | None = "display_name",
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowListResponse:
        """Async twin of :meth:`get_workflows`."""
        return await paginate_async(
            self._client,
            _WORKFLOWS_GET_WORKFLOWS,
            _WORKFLOWS_GET_WORKFLOWS_PAGING,
            {
                "status": status,
                "include_shared": include_shared,
                "available_in_chat_assistant": available_in_chat_assistant,
                "deployment_name": deployment_name,
                "deployment_status": deployment_status,
                "archived": archived,
                "tags": tags,
                "order": order,
                "cursor": cursor,
                "limit": limit,
                "active_only": active_only,
                "search": search,
                "sort_by": sort_by,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_workflow_registrations(
        self,
        *,
        workflow_id: OptionalNullable[str] = UNSET,
        task_queue: OptionalNullable[str] = UNSET,
        active_only: bool | None = False,
        include_shared: bool | None = True,
        workflow_search: OptionalNullable[str] = UNSET,
        archived: OptionalNullable[bool] = UNSET,
        with_workflow: bool | None = False,
        available_in_chat_assistant: OptionalNullable[bool] = UNSET,
        limit: int | None = 50,
        cursor: OptionalNullable[str] = UNSET,
        workflow_name: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowRegistrationListResponse:
        """Get Workflow Registrations.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param workflow_id: The workflow ID to filter by
        :param task_queue: The task queue to filter by
        :param active_only: Whether to only return active workflows versions
        :param include_shared: Whether to include shared workflow versions
        :param workflow_search: The workflow name to filter by
        :param archived: Filter by archived state. False=exclude archived, True=only archived, None=include all
        :param with_workflow: Whether to include the workflow definition
        :param available_in_chat_assistant: Whether to only return workflows available in chat assistant
        :param limit: The maximum number of workflows versions to return
        :param cursor: The cursor for pagination
        :param workflow_name:
        """
        return paginate(
            self._client,
            _WORKFLOWS_GET_WORKFLOW_REGISTRATIONS,
            _WORKFLOWS_GET_WORKFLOW_REGISTRATIONS_PAGING,
            {
                "workflow_id": workflow_id,
                "task_queue": task_queue,
                "active_only": active_only,
                "include_shared": include_shared,
                "workflow_search": workflow_search,
                "archived": archived,
                "with_workflow": with_workflow,
                "available_in_chat_assistant": available_in_chat_assistant,
                "limit": limit,
                "cursor": cursor,
                "workflow_name": workflow_name,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_workflow_registrations_async(
        self,
        *,
        workflow_id: OptionalNullable[str] = UNSET,
        task_queue: OptionalNullable[str] = UNSET,
        active_only: bool | None = False,
        include_shared: bool | None = True,
        workflow_search: OptionalNullable[str] = UNSET,
        archived: OptionalNullable[bool] = UNSET,
        with_workflow: bool | None = False,
        available_in_chat_assistant: OptionalNullable[bool] = UNSET,
        limit: int | None = 50,
        cursor: OptionalNullable[str] = UNSET,
        workflow_name: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowRegistrationListResponse:
        """Async twin of :meth:`get_workflow_registrations`."""
        return await paginate_async(
            self._client,
            _WORKFLOWS_GET_WORKFLOW_REGISTRATIONS,
            _WORKFLOWS_GET_WORKFLOW_REGISTRATIONS_PAGING,
            {
                "workflow_id": workflow_id,
                "task_queue": task_queue,
                "active_only": active_only,
                "include_shared": include_shared,
                "workflow_search": workflow_search,
                "archived": archived,
                "with_workflow": with_workflow,
                "available_in_chat_assistant": available_in_chat_assistant,
                "limit": limit,
                "cursor": cursor,
                "workflow_name": workflow_name,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def execute_workflow(
        self,
        *,
        workflow_identifier: str,
        execution_id: OptionalNullable[str] = UNSET,
        input: OptionalNullable[Mapping[str, Any]] = UNSET,
        wait_for_result: bool | None = False,
        timeout_seconds: OptionalNullable[float] = UNSET,
        custom_tracing_attributes: OptionalNullable[Mapping[str, str]] = UNSET,
        extensions: OptionalNullable[Mapping[str, Any]] = UNSET,
        task_queue: OptionalNullable[str] = UNSET,
        deployment_name: OptionalNullable[str] = UNSET,
        force_new_trace: bool | None = None,
        traceparent: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowExecutionResponse | models.WorkflowExecutionSyncResponse:
        """Execute Workflow.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param workflow_identifier:
        :param execution_id: Allows you to specify a custom execution ID. If not provided, a random ID will be generated.
        :param input: The input to the workflow. This should be a dictionary or a BaseModel that matches the workflow's input schema.
        :param wait_for_result: If true, wait for the workflow to complete and return the result directly.
        :param timeout_seconds: Maximum time to wait for completion when wait_for_result is true.
        :param custom_tracing_attributes:
        :param extensions: Plugin-specific data to propagate into WorkflowContext.extensions at execution time.
        :param task_queue: Deprecated. Use deployment_name instead.
        :param deployment_name: Name of the deployment to route this execution to
        :param force_new_trace: If true, ignore the caller's trace context and start a new, independent trace for this execution instead of joining the caller's trace.
        :param traceparent:
        """
        return self._client.request(
            _WORKFLOWS_EXECUTE_WORKFLOW,
            path={"workflow_identifier": workflow_identifier},
            body={
                "execution_id": execution_id,
                "input": input,
                "wait_for_result": wait_for_result,
                "timeout_seconds": timeout_seconds,
                "custom_tracing_attributes": custom_tracing_attributes,
                "extensions": extensions,
                "task_queue": task_queue,
                "deployment_name": deployment_name,
                "force_new_trace": force_new_trace,
                "traceparent": traceparent,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def execute_workflow_async(
        self,
        *,
        workflow_identifier: str,
        execution_id: OptionalNullable[str] = UNSET,
        input: OptionalNullable[Mapping[str, Any]] = UNSET,
        wait_for_result: bool | None = False,
        timeout_seconds: OptionalNullable[float] = UNSET,
        custom_tracing_attributes: OptionalNullable[Mapping[str, str]] = UNSET,
        extensions: OptionalNullable[Mapping[str, Any]] = UNSET,
        task_queue: OptionalNullable[str] = UNSET,
        deployment_name: OptionalNullable[str] = UNSET,
        force_new_trace: bool | None = None,
        traceparent: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowExecutionResponse | models.WorkflowExecutionSyncResponse:
        """Async twin of :meth:`execute_workflow`."""
        return await self._client.request_async(
            _WORKFLOWS_EXECUTE_WORKFLOW,
            path={"workflow_identifier": workflow_identifier},
            body={
                "execution_id": execution_id,
                "input": input,
                "wait_for_result": wait_for_result,
                "timeout_seconds": timeout_seconds,
                "custom_tracing_attributes": custom_tracing_attributes,
                "extensions": extensions,
                "task_queue": task_queue,
                "deployment_name": deployment_name,
                "force_new_trace": force_new_trace,
                "traceparent": traceparent,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def execute_workflow_registration(
        self,
        *,
        workflow_registration_id: str,
        execution_id: OptionalNullable[str] = UNSET,
        input: OptionalNullable[Mapping[str, Any]] = UNSET,
        wait_for_result: bool | None = False,
        timeout_seconds: OptionalNullable[float] = UNSET,
        custom_tracing_attributes: OptionalNullable[Mapping[str, str]] = UNSET,
        extensions: OptionalNullable[Mapping[str, Any]] = UNSET,
        task_queue: OptionalNullable[str] = UNSET,
        deployment_name: OptionalNullable[str] = UNSET,
        force_new_trace: bool | None = None,
        traceparent: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowExecutionResponse | models.WorkflowExecutionSyncResponse:
        """Execute Workflow Registration.

        .. deprecated:: the API marks this operation as deprecated.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param workflow_registration_id:
        :param execution_id: Allows you to specify a custom execution ID. If not provided, a random ID will be generated.
        :param input: The input to the workflow. This should be a dictionary or a BaseModel that matches the workflow's input schema.
        :param wait_for_result: If true, wait for the workflow to complete and return the result directly.
        :param timeout_seconds: Maximum time to wait for completion when wait_for_result is true.
        :param custom_tracing_attributes:
        :param extensions: Plugin-specific data to propagate into WorkflowContext.extensions at execution time.
        :param task_queue: Deprecated. Use deployment_name instead.
        :param deployment_name: Name of the deployment to route this execution to
        :param force_new_trace: If true, ignore the caller's trace context and start a new, independent trace for this execution instead of joining the caller's trace.
        :param traceparent:
        """
        return self._client.request(
            _WORKFLOWS_EXECUTE_WORKFLOW_REGISTRATION,
            path={"workflow_registration_id": workflow_registration_id},
            body={
                "execution_id": execution_id,
                "input": input,
                "wait_for_result": wait_for_result,
                "timeout_seconds": timeout_seconds,
                "custom_tracing_attributes": custom_tracing_attributes,
                "extensions": extensions,
                "task_queue": task_queue,
                "deployment_name": deployment_name,
                "force_new_trace": force_new_trace,
                "traceparent": traceparent,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def execute_workflow_registration_async(
        self,
        *,
        workflow_registration_id: str,
        execution_id: OptionalNullable[str] = UNSET,
        input: OptionalNullable[Mapping[str, Any]] = UNSET,
        wait_for_result: bool | None = False,
        timeout_seconds: OptionalNullable[float] = UNSET,
        custom_tracing_attributes: OptionalNullable[Mapping[str, str]] = UNSET,
        extensions: OptionalNullable[Mapping[str, Any]] = UNSET,
        task_queue: OptionalNullable[str] = UNSET,
        deployment_name: OptionalNullable[str] = UNSET,
        force_new_trace: bool | None = None,
        traceparent: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowExecutionResponse | models.WorkflowExecutionSyncResponse:
        """Async twin of :meth:`execute_workflow_registration`."""
        return await self._client.request_async(
            _WORKFLOWS_EXECUTE_WORKFLOW_REGISTRATION,
            path={"workflow_registration_id": workflow_registration_id},
            body={
                "execution_id": execution_id,
                "input": input,
                "wait_for_result": wait_for_result,
                "timeout_seconds": timeout_seconds,
                "custom_tracing_attributes": custom_tracing_attributes,
                "extensions": extensions,
                "task_queue": task_queue,
                "deployment_name": deployment_name,
                "force_new_trace": force_new_trace,
                "traceparent": traceparent,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_workflow(
        self,
        *,
        workflow_identifier: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowGetResponse:
        """Get Workflow.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param workflow_identifier:
        """
        return self._client.request(
            _WORKFLOWS_GET_WORKFLOW,
            path={"workflow_identifier": workflow_identifier},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_workflow_async(
        self,
        *,
        workflow_identifier: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowGetResponse:
        """Async twin of :meth:`get_workflow`."""
        return await self._client.request_async(
            _WORKFLOWS_GET_WORKFLOW,
            path={"workflow_identifier": workflow_identifier},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def update_workflow(
        self,
        *,
        workflow_identifier: str,
        display_name: OptionalNullable[str] = UNSET,
        description: OptionalNullable[str] = UNSET,
        available_in_chat_assistant: OptionalNullable[bool] = UNSET,
        tags: OptionalNullable[Sequence[str]] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowUpdateResponse:
        """Update Workflow.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param workflow_identifier:
        :param display_name: New display name value
        :param description: New description value
        :param available_in_chat_assistant: Whether to make the workflow available in the chat assistant
        :param tags: New tags. Replaces the existing tag list.
        """
        return self._client.request(
            _WORKFLOWS_UPDATE_WORKFLOW,
            path={"workflow_identifier": workflow_identifier},
            body={
                "display_name": display_name,
                "description": description,
                "available_in_chat_assistant": available_in_chat_assistant,
                "tags": tags,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def update_workflow_async(
        self,
        *,
        workflow_identifier: str,
        display_name: OptionalNullable[str] = UNSET,
        description: OptionalNullable[str] = UNSET,
        available_in_chat_assistant: OptionalNullable[bool] = UNSET,
        tags: OptionalNullable[Sequence[str]] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowUpdateResponse:
        """Async twin of :meth:`update_workflow`."""
        return await self._client.request_async(
            _WORKFLOWS_UPDATE_WORKFLOW,
            path={"workflow_identifier": workflow_identifier},
            body={
                "display_name": display_name,
                "description": description,
                "available_in_chat_assistant": available_in_chat_assistant,
                "tags": tags,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_workflow_registration(
        self,
        *,
        workflow_registration_id: str,
        with_workflow: bool | None = False,
        include_shared: bool | None = True,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowRegistrationGetResponse:
        """Get Workflow Registration.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param workflow_registration_id:
        :param with_workflow: Whether to include the workflow definition
        :param include_shared: Whether to include shared workflow versions
        """
        return self._client.request(
            _WORKFLOWS_GET_WORKFLOW_REGISTRATION,
            path={"workflow_registration_id": workflow_registration_id},
            query={"with_workflow": with_workflow, "include_shared": include_shared},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_workflow_registration_async(
        self,
        *,
        workflow_registration_id: str,
        with_workflow: bool | None = False,
        include_shared: bool | None = True,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowRegistrationGetResponse:
        """Async twin of :meth:`get_workflow_registration`."""
        return await self._client.request_async(
            _WORKFLOWS_GET_WORKFLOW_REGISTRATION,
            path={"workflow_registration_id": workflow_registration_id},
            query={"with_workflow": with_workflow, "include_shared": include_shared},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def bulk_archive_workflows(
        self,
        *,
        workflow_ids: Sequence[str],
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowBulkArchiveResponse:
        """Bulk Archive Workflows.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param workflow_ids: List of workflow IDs to archive
        """
        return self._client.request(
            _WORKFLOWS_BULK_ARCHIVE_WORKFLOWS,
            body={"workflow_ids": workflow_ids},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def bulk_archive_workflows_async(
        self,
        *,
        workflow_ids: Sequence[str],
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowBulkArchiveResponse:
        """Async twin of :meth:`bulk_archive_workflows`."""
        return await self._client.request_async(
            _WORKFLOWS_BULK_ARCHIVE_WORKFLOWS,
            body={"workflow_ids": workflow_ids},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def bulk_unarchive_workflows(
        self,
        *,
        workflow_ids: Sequence[str],
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowBulkUnarchiveResponse:
        """Bulk Unarchive Workflows.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param workflow_ids: List of workflow IDs to unarchive
        """
        return self._client.request(
            _WORKFLOWS_BULK_UNARCHIVE_WORKFLOWS,
            body={"workflow_ids": workflow_ids},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def bulk_unarchive_workflows_async(
        self,
        *,
        workflow_ids: Sequence[str],
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowBulkUnarchiveResponse:
        """Async twin of :meth:`bulk_unarchive_workflows`."""
        return await self._client.request_async(
            _WORKFLOWS_BULK_UNARCHIVE_WORKFLOWS,
            body={"workflow_ids": workflow_ids},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def archive_workflow(
        self,
        *,
        workflow_identifier: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowArchiveResponse:
        """Archive Workflow.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param workflow_identifier:
        """
        return self._client.request(
            _WORKFLOWS_ARCHIVE_WORKFLOW,
            path={"workflow_identifier": workflow_identifier},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def archive_workflow_async(
        self,
        *,
        workflow_identifier: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowArchiveResponse:
        """Async twin of :meth:`archive_workflow`."""
        return await self._client.request_async(
            _WORKFLOWS_ARCHIVE_WORKFLOW,
            path={"workflow_identifier": workflow_identifier},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def unarchive_workflow(
        self,
        *,
        workflow_identifier: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowUnarchiveResponse:
        """Unarchive Workflow.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param workflow_identifier:
        """
        return self._client.request(
            _WORKFLOWS_UNARCHIVE_WORKFLOW,
            path={"workflow_identifier": workflow_identifier},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def unarchive_workflow_async(
        self,
        *,
        workflow_identifier: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowUnarchiveResponse:
        """Async twin of :meth:`unarchive_workflow`."""
        return await self._client.request_async(
            _WORKFLOWS_UNARCHIVE_WORKFLOW,
            path={"workflow_identifier": workflow_identifier},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def add_workflow_tags(
        self,
        *,
        workflow_identifier: str,
        tags: Sequence[str],
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Add Workflow Tags.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param workflow_identifier:
        :param tags:
        """
        return self._client.request(
            _WORKFLOWS_ADD_WORKFLOW_TAGS,
            path={"workflow_identifier": workflow_identifier},
            body={"tags": tags},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def add_workflow_tags_async(
        self,
        *,
        workflow_identifier: str,
        tags: Sequence[str],
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Async twin of :meth:`add_workflow_tags`."""
        return await self._client.request_async(
            _WORKFLOWS_ADD_WORKFLOW_TAGS,
            path={"workflow_identifier": workflow_identifier},
            body={"tags": tags},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class Deployments(Resource):
    """Operations of ``workflows.deployments``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> DeploymentsWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return DeploymentsWithRawResponse(self)

    def list_deployments(
        self,
        *,
        active_only: bool | None = True,
        is_hardened: OptionalNullable[bool] = UNSET,
        workflow_name: OptionalNullable[str] = UNSET,
        search: OptionalNullable[str] = UNSET,
        limit: OptionalNullable[int] = UNSET,
        cursor: OptionalNullable[str] = UNSET,
        workspace_id: OptionalNullable[str] = UNSET,
        created_by: OptionalNullable[str] = UNSET,
        owner: OptionalNullable[str] = UNSET,
        location_types: OptionalNullable[
            Sequence[models.ListDeploymentsV1WorkflowsDeploymentsGetLocationType | str]
        ] = UNSET,
        order_by: OptionalNullable[models.ListDeploymentsV1WorkflowsDeploymentsGetOrderBy] = UNSET,
        order: models.ListDeploymentsV1WorkflowsDeploymentsGetOrder | None = None,
        repository_url: OptionalNullable[str] = UNSET,
        dockerfile_path: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DeploymentListResponse:
        """List Deployments.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param active_only:
        :param is_hardened: Filter deployments by hardened status
        :param workflow_name:
        :param search: Filter deployments by name or ID prefix
        :param limit: Maximum number of deployments to return
        :param cursor: Cursor from a previous response for pagination
        :param workspace_id: Workspace ID to scope the request to. Defaults to the caller's context.
        :param created_by:
        :param owner:
        :param location_types:
        :param order_by: Field to sort by. When omitted, active and managed deployments are grouped first, then sorted by created_at. When set, results are sorted purely by the specified field with no grouping.
        :param order: Sort direction. Applied to order_by when set, or within each activity group when omitted.
        :param repository_url:
        :param dockerfile_path:
        """
        return paginate(
            self._client,
            _DEPLOYMENTS_LIST_DEPLOYMENTS,
            _DEPLOYMENTS_LIST_DEPLOYMENTS_PAGING,
            {
                "active_only": active_only,
                "is_hardened": is_hardened,
                "workflow_name": workflow_name,
                "search": search,
                "limit": limit,
                "cursor": cursor,
                "workspace_id": workspace_id,
                "created_by": created_by,
                "owner": owner,
                "location_types": location_types,
                "order_by": order_by,
                "order": order,
                "repository_url": repository_url,
                "dockerfile_path": dockerfile_path,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_deployments_async(
        self,
        *,
        active_only: bool | None = True,
        is_hardened: OptionalNullable[bool] = UNSET,
        workflow_name: OptionalNullable[str] = UNSET,
        search: OptionalNullable[str] = UNSET,
        limit: OptionalNullable[int] = UNSET,
        cursor: OptionalNullable[str] = UNSET,
        workspace_id: OptionalNullable[str] = UNSET,
        created_by: OptionalNullable[str] = UNSET,
        owner: OptionalNullable[str] = UNSET,
        location_types: OptionalNullable[
            Sequence[models.ListDeploymentsV1WorkflowsDeploymentsGetLocationType | str]
        ] = UNSET,
        order_by: OptionalNullable[models.ListDeploymentsV1WorkflowsDeploymentsGetOrderBy] = UNSET,
        order: models.ListDeploymentsV1WorkflowsDeploymentsGetOrder | None = None,
        repository_url: OptionalNullable[str] = UNSET,
        dockerfile_path: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DeploymentListResponse:
        """Async twin of :meth:`list_deployments`."""
        return await paginate_async(
            self._client,
            _DEPLOYMENTS_LIST_DEPLOYMENTS,
            _DEPLOYMENTS_LIST_DEPLOYMENTS_PAGING,
            {
                "active_only": active_only,
                "is_hardened": is_hardened,
                "workflow_name": workflow_name,
                "search": search,
                "limit": limit,
                "cursor": cursor,
                "workspace_id": workspace_id,
                "created_by": created_by,
                "owner": owner,
                "location_types": location_types,
                "order_by": order_by,
                "order": order,
                "repository_url": repository_url,
                "dockerfile_path": dockerfile_path,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def create_deployment(
        self,
        *,
        name: str,
        spec: models.DeploymentWorkerSpecInput | models.DeploymentWorkerSpecInputTypedDict,
        resources: OptionalNullable[
            models.DeploymentResourceConfig | models.DeploymentResourceConfigTypedDict
        ] = UNSET,
        hardened: bool | None = False,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ManagedDeploymentResponse:
        """Create Deployment.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param name:
        :param spec:
        :param resources:
        :param hardened:
        """
        return self._client.request(
            _DEPLOYMENTS_CREATE_DEPLOYMENT,
            body={"name": name, "spec": spec, "resources": resources, "hardened": hardened},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def create_deployment_async(
        self,
        *,
        name: str,
        spec: models.DeploymentWorkerSpecInput | models.DeploymentWorkerSpecInputTypedDict,
        resources: OptionalNullable[
            models.DeploymentResourceConfig | models.DeploymentResourceConfigTypedDict
        ] = UNSET,
        hardened: bool | None = False,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ManagedDeploymentResponse:
        """Async twin of :meth:`create_deployment`."""
        return await self._client.request_async(
            _DEPLOYMENTS_CREATE_DEPLOYMENT,
            body={"name": name, "spec": spec, "resources": resources, "hardened": hardened},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def update_deployment(
        self,
        *,
        name: str,
        spec: OptionalNullable[
            models.WorkflowsWorkerSpecUpdate | models.WorkflowsWorkerSpecUpdateTypedDict
        ] = UNSET,
        resources: OptionalNullable[
            models.DeploymentResourceConfigUpdate | models.DeploymentResourceConfigUpdateTypedDict
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ManagedDeploymentResponse:
        """Update Deployment.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param name:
        :param spec:
        :param resources:
        """
        return self._client.request(
            _DEPLOYMENTS_UPDATE_DEPLOYMENT,
            path={"name": name},
            body={"spec": spec, "resources": resources},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def update_deployment_async(
        self,
        *,
        name: str,
        spec: OptionalNullable[
            models.WorkflowsWorkerSpecUpdate | models.WorkflowsWorkerSpecUpdateTypedDict
        ] = UNSET,
        resources: OptionalNullable[
            models.DeploymentResourceConfigUpdate | models.DeploymentResourceConfigUpdateTypedDict
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ManagedDeploymentResponse:
        """Async twin of :meth:`update_deployment`."""
        return await self._client.request_async(
            _DEPLOYMENTS_UPDATE_DEPLOYMENT,
            path={"name": name},
            body={"spec": spec, "resources": resources},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def delete_deployment(
        self,
        *,
        name: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ManagedDeploymentResponse:
        """Delete Deployment.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param name:
        """
        return self._client.request(
            _DEPLOYMENTS_DELETE_DEPLOYMENT,
            path={"name": name},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def delete_deployment_async(
        self,
        *,
        name: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ManagedDeploymentResponse:
        """Async twin of :meth:`delete_deployment`."""
        return await self._client.request_async(
            _DEPLOYMENTS_DELETE_DEPLOYMENT,
            path={"name": name},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_deployment(
        self,
        *,
        name: str,
        workflow_name: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DeploymentDetailResponse:
        """Get Deployment.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param name:
        :param workflow_name: Scope serving status to this workflow
        """
        return self._client.request(
            _DEPLOYMENTS_GET_DEPLOYMENT,
            path={"name": name},
            query={"workflow_name": workflow_name},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_deployment_async(
        self,
        *,
        name: str,
        workflow_name: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DeploymentDetailResponse:
        """Async twin of :meth:`get_deployment`."""
        return await self._client.request_async(
            _DEPLOYMENTS_GET_DEPLOYMENT,
            path={"name": name},
            query={"workflow_name": workflow_name},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def stop_deployment(
        self,
        *,
        name: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ManagedDeploymentResponse:
        """Stop Deployment.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param name:
        """
        return self._client.request(
            _DEPLOYMENTS_STOP_DEPLOYMENT,
            path={"name": name},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def stop_deployment_async(
        self,
        *,
        name: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ManagedDeploymentResponse:
        """Async twin of :meth:`stop_deployment`."""
        return await self._client.request_async(
            _DEPLOYMENTS_STOP_DEPLOYMENT,
            path={"name": name},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def start_deployment(
        self,
        *,
        name: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ManagedDeploymentResponse:
        """Start Deployment.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param name:
        """
        return self._client.request(
            _DEPLOYMENTS_START_DEPLOYMENT,
            path={"name": name},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def start_deployment_async(
        self,
        *,
        name: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ManagedDeploymentResponse:
        """Async twin of :meth:`start_deployment`."""
        return await self._client.request_async(
            _DEPLOYMENTS_START_DEPLOYMENT,
            path={"name": name},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def restart_deployment(
        self,
        *,
        name: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ManagedDeploymentResponse:
        """Restart Deployment.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param name:
        """
        return self._client.request(
            _DEPLOYMENTS_RESTART_DEPLOYMENT,
            path={"name": name},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def restart_deployment_async(
        self,
        *,
        name: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ManagedDeploymentResponse:
        """Async twin of :meth:`restart_deployment`."""
        return await self._client.request_async(
            _DEPLOYMENTS_RESTART_DEPLOYMENT,
            path={"name": name},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def list_deployment_workers(
        self,
        *,
        name: str,
        worker_status: OptionalNullable[
            models.ListDeploymentWorkersV1WorkflowsDeploymentsNameWorkersGetWorkerStatus
        ] = UNSET,
        limit: int | None = 50,
        cursor: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DeploymentWorkerListResponse:
        """List Deployment Workers.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param name:
        :param worker_status: Filter by worker activity. active=only active, inactive=only inactive, None=no filter
        :param limit: Maximum number of workers to return
        :param cursor: Cursor from a previous response's `next_cursor`. Resend `worker_status` unchanged alongside it.
        """
        return paginate(
            self._client,
            _DEPLOYMENTS_LIST_DEPLOYMENT_WORKERS,
            _DEPLOYMENTS_LIST_DEPLOYMENT_WORKERS_PAGING,
            {"worker_status": worker_status, "limit": limit, "cursor": cursor},
            path={"name": name},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_deployment_workers_async(
        self,
        *,
        name: str,
        worker_status: OptionalNullable[
            models.ListDeploymentWorkersV1WorkflowsDeploymentsNameWorkersGetWorkerStatus
        ] = UNSET,
        limit: int | None = 50,
        cursor: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DeploymentWorkerListResponse:
        """Async twin of :meth:`list_deployment_workers`."""
        return await paginate_async(
            self._client,
            _DEPLOYMENTS_LIST_DEPLOYMENT_WORKERS,
            _DEPLOYMENTS_LIST_DEPLOYMENT_WORKERS_PAGING,
            {"worker_status": worker_status, "limit": limit, "cursor": cursor},
            path={"name": name},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_deployment_logs(
        self,
        *,
        name: str,
        worker_name: OptionalNullable[str] = UNSET,
        workflow_name: OptionalNullable[str] = UNSET,
        after: OptionalNullable[datetime] = UNSET,
        before: OptionalNullable[datetime] = UNSET,
        order: models.GetDeploymentLogsOrder | None = "asc",
        cursor: OptionalNullable[str] = UNSET,
        limit: int | None = 50,
        log_type: OptionalNullable[models.GetDeploymentLogsLogType] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DeploymentLogSearchResponse:
        """Get Deployment Logs.

        Retrieve logs for a deployment (across all of its workers).

        Use `after`/`before`/`order` on the first request to set the time range and sort order; for
        the next pages pass the `cursor` from the previous response (it remembers the range and order).

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param name:
        :param worker_name: Filter logs by worker name
        :param workflow_name: Filter logs by workflow name
        :param after: Only return logs at or after this timestamp
        :param before: Only return logs before this timestamp
        :param order: First-page sort order: 'asc' (oldest first) or 'desc'. Ignored when `cursor` is set.
        :param cursor: Pagination cursor from a previous response's `next_cursor`; carries the window and order
        :param limit: Maximum number of logs to return
        :param log_type:
        """
        return paginate(
            self._client,
            _DEPLOYMENTS_GET_DEPLOYMENT_LOGS,
            _DEPLOYMENTS_GET_DEPLOYMENT_LOGS_PAGING,
            {
                "worker_name": worker_name,
                "workflow_name": workflow_name,
                "after": after,
                "before": before,
                "order": order,
                "cursor": cursor,
                "limit": limit,
                "log_type": log_type,
            },
            path={"name": name},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_deployment_logs_async(
        self,
        *,
        name: str,
        worker_name: OptionalNullable[str] = UNSET,
        workflow_name: OptionalNullable[str] = UNSET,
        after: OptionalNullable[datetime] = UNSET,
        before: OptionalNullable[datetime] = UNSET,
        order: models.GetDeploymentLogsOrder | None = "asc",
        cursor: OptionalNullable[str] = UNSET,
        limit: int | None = 50,
        log_type: OptionalNullable[models.GetDeploymentLogsLogType] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DeploymentLogSearchResponse:
        """Async twin of :meth:`get_deployment_logs`."""
        return await paginate_async(
            self._client,
            _DEPLOYMENTS_GET_DEPLOYMENT_LOGS,
            _DEPLOYMENTS_GET_DEPLOYMENT_LOGS_PAGING,
            {
                "worker_name": worker_name,
                "workflow_name": workflow_name,
                "after": after,
                "before": before,
                "order": order,
                "cursor": cursor,
                "limit": limit,
                "log_type": log_type,
            },
            path={"name": name},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def stream_deployment_logs(
        self,
        *,
        name: str,
        worker_name: OptionalNullable[str] = UNSET,
        workflow_name: OptionalNullable[str] = UNSET,
        after: OptionalNullable[datetime] = UNSET,
        last_event_id: OptionalNullable[str] = UNSET,
        last_event_id_header: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
        max_reconnects: int = DEFAULT_MAX_RECONNECTS,
    ) -> ResumableEventStream[models.StreamDeploymentLogsResponseBody]:
        """Stream Deployment Logs.

        Stream logs for a deployment (all of its workers) via SSE.

        Resume cursor comes from the `Last-Event-ID` header or `last_event_id` query param (header wins)
        and takes precedence over `after`; omit all to tail from the deployment start.

        The stream resumes after interruptions: when the connection breaks, it reconnects with the last event id it saw (``last_event_id``), up to ``max_reconnects`` times in a row without an event in between, so every event is delivered once; ``stream.last_event_id`` is the id to resume from later.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param name:
        :param worker_name: Filter logs by worker name
        :param workflow_name: Filter logs by workflow name
        :param after: Start a fresh stream at this timestamp (ignored when resuming via last_event_id)
        :param last_event_id: Resume from this cursor (a prior response's SSE id)
        :param last_event_id_header: Resume from this cursor (a prior response's SSE id). Takes precedence over the query parameter.
        :param max_reconnects: reconnections allowed in a row without an event in between; then the interruption is raised.
        """
        return _resumable.open_stream(
            self._client,
            _DEPLOYMENTS_STREAM_DEPLOYMENT_LOGS,
            path={"name": name},
            query={
                "worker_name": worker_name,
                "workflow_name": workflow_name,
                "after": after,
                "last_event_id": last_event_id,
            },
            headers={"Last-Event-ID": last_event_id_header},
            max_reconnects=max_reconnects,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def stream_deployment_logs_async(
        self,
        *,
        name: str,
        worker_name: OptionalNullable[str] = UNSET,
        workflow_name: OptionalNullable[str] = UNSET,
        after: OptionalNullable[datetime] = UNSET,
        last_event_id: OptionalNullable[str] = UNSET,
        last_event_id_header: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
        max_reconnects: int = DEFAULT_MAX_RECONNECTS,
    ) -> ResumableEventStreamAsync[models.StreamDeploymentLogsResponseBody]:
        """Async twin of :meth:`stream_deployment_logs`."""
        return await _resumable.open_stream_async(
            self._client,
            _DEPLOYMENTS_STREAM_DEPLOYMENT_LOGS,
            path={"name": name},
            query={
                "worker_name": worker_name,
                "workflow_name": workflow_name,
                "after": after,
                "last_event_id": last_event_id,
            },
            headers={"Last-Event-ID": last_event_id_header},
            max_reconnects=max_reconnects,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def unharden_deployment(
        self,
        *,
        deployment_id: str,
        workspace_id: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Unharden Deployment.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param deployment_id:
        :param workspace_id:
        """
        return self._client.request(
            _DEPLOYMENTS_UNHARDEN_DEPLOYMENT,
            path={"deployment_id": deployment_id},
            query={"workspace_id": workspace_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def unharden_deployment_async(
        self,
        *,
        deployment_id: str,
        workspace_id: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Async twin of :meth:`unharden_deployment`."""
        return await self._client.request_async(
            _DEPLOYMENTS_UNHARDEN_DEPLOYMENT,
            path={"deployment_id": deployment_id},
            query={"workspace_id": workspace_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_deployment_archive(
        self,
        *,
        name: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DeploymentArchiveResponse:
        """Get Deployment Archive.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param name:
        """
        return self._client.request(
            _DEPLOYMENTS_GET_DEPLOYMENT_ARCHIVE,
            path={"name": name},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_deployment_archive_async(
        self,
        *,
        name: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DeploymentArchiveResponse:
        """Async twin of :meth:`get_deployment_archive`."""
        return await self._client.request_async(
            _DEPLOYMENTS_GET_DEPLOYMENT_ARCHIVE,
            path={"name": name},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class WorkflowsEvents(Resource):
    """Operations of ``workflows.events``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> WorkflowsEventsWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return WorkflowsEventsWithRawResponse(self)

    def get_stream_events(
        self,
        *,
        scope: models.Scope | None = "*",
        activity_name: str | None = "*",
        activity_id: str | None = "*",
        workflow_name: str | None = "*",
        workflow_exec_id: str | None = "*",
        root_workflow_exec_id: str | None = "*",
        parent_workflow_exec_id: str | None = "*",
        stream: str | None = "*",
        start_seq: int | None = 0,
        metadata_filters: OptionalNullable[Mapping[str, Any]] = UNSET,
        workflow_event_types: OptionalNullable[Sequence[models.WorkflowEventType]] = UNSET,
        last_event_id: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> EventStream[models.GetStreamEventsV1WorkflowsEventsStreamGetResponseBody]:
        """Get Stream Events.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param scope:
        :param activity_name:
        :param activity_id:
        :param workflow_name:
        :param workflow_exec_id:
        :param root_workflow_exec_id:
        :param parent_workflow_exec_id:
        :param stream:
        :param start_seq:
        :param metadata_filters:
        :param workflow_event_types:
        :param last_event_id:
        """
        return self._client.stream(
            _WORKFLOWS_EVENTS_GET_STREAM_EVENTS,
            query={
                "scope": scope,
                "activity_name": activity_name,
                "activity_id": activity_id,
                "workflow_name": workflow_name,
                "workflow_exec_id": workflow_exec_id,
                "root_workflow_exec_id": root_workflow_exec_id,
                "parent_workflow_exec_id": parent_workflow_exec_id,
                "stream": stream,
                "start_seq": start_seq,
                "metadata_filters": metadata_filters,
                "workflow_event_types": workflow_event_types,
            },
            headers={"last-event-id": last_event_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_stream_events_async(
        self,
        *,
        scope: models.Scope | None = "*",
        activity_name: str | None = "*",
        activity_id: str | None = "*",
        workflow_name: str | None = "*",
        workflow_exec_id: str | None = "*",
        root_workflow_exec_id: str | None = "*",
        parent_workflow_exec_id: str | None = "*",
        stream: str | None = "*",
        start_seq: int | None = 0,
        metadata_filters: OptionalNullable[Mapping[str, Any]] = UNSET,
        workflow_event_types: OptionalNullable[Sequence[models.WorkflowEventType]] = UNSET,
        last_event_id: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> EventStreamAsync[models.GetStreamEventsV1WorkflowsEventsStreamGetResponseBody]:
        """Async twin of :meth:`get_stream_events`."""
        return await self._client.stream_async(
            _WORKFLOWS_EVENTS_GET_STREAM_EVENTS,
            query={
                "scope": scope,
                "activity_name": activity_name,
                "activity_id": activity_id,
                "workflow_name": workflow_name,
                "workflow_exec_id": workflow_exec_id,
                "root_workflow_exec_id": root_workflow_exec_id,
                "parent_workflow_exec_id": parent_workflow_exec_id,
                "stream": stream,
                "start_seq": start_seq,
                "metadata_filters": metadata_filters,
                "workflow_event_types": workflow_event_types,
            },
            headers={"last-event-id": last_event_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_workflow_events(
        self,
        *,
        root_workflow_exec_id: OptionalNullable[str] = UNSET,
        workflow_exec_id: OptionalNullable[str] = UNSET,
        workflow_run_id: OptionalNullable[str] = UNSET,
        limit: int | None = 100,
        cursor: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListWorkflowEventResponse:
        """Get Workflow Events.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param root_workflow_exec_id: Execution ID of the root workflow that initiated this execution chain.
        :param workflow_exec_id: Execution ID of the workflow that emitted this event.
        :param workflow_run_id: Run ID of the workflow that emitted this event.
        :param limit: Maximum number of events to return.
        :param cursor: Cursor for pagination.
        """
        return paginate(
            self._client,
            _WORKFLOWS_EVENTS_GET_WORKFLOW_EVENTS,
            _WORKFLOWS_EVENTS_GET_WORKFLOW_EVENTS_PAGING,
            {
                "root_workflow_exec_id": root_workflow_exec_id,
                "workflow_exec_id": workflow_exec_id,
                "workflow_run_id": workflow_run_id,
                "limit": limit,
                "cursor": cursor,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_workflow_events_async(
        self,
        *,
        root_workflow_exec_id: OptionalNullable[str] = UNSET,
        workflow_exec_id: OptionalNullable[str] = UNSET,
        workflow_run_id: OptionalNullable[str] = UNSET,
        limit: int | None = 100,
        cursor: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListWorkflowEventResponse:
        """Async twin of :meth:`get_workflow_events`."""
        return await paginate_async(
            self._client,
            _WORKFLOWS_EVENTS_GET_WORKFLOW_EVENTS,
            _WORKFLOWS_EVENTS_GET_WORKFLOW_EVENTS_PAGING,
            {
                "root_workflow_exec_id": root_workflow_exec_id,
                "workflow_exec_id": workflow_exec_id,
                "workflow_run_id": workflow_run_id,
                "limit": limit,
                "cursor": cursor,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class Executions(Resource):
    """Operations of ``workflows.executions``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> ExecutionsWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return ExecutionsWithRawResponse(self)

    def get_workflow_execution(
        self,
        *,
        execution_id: str,
        include_search_keys: OptionalNullable[bool] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowExecutionResponse:
        """Get Workflow Execution.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param execution_id:
        :param include_search_keys:
        """
        return self._client.request(
            _EXECUTIONS_GET_WORKFLOW_EXECUTION,
            path={"execution_id": execution_id},
            query={"include_search_keys": include_search_keys},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_workflow_execution_async(
        self,
        *,
        execution_id: str,
        include_search_keys: OptionalNullable[bool] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowExecutionResponse:
        """Async twin of :meth:`get_workflow_execution`."""
        return await self._client.request_async(
            _EXECUTIONS_GET_WORKFLOW_EXECUTION,
            path={"execution_id": execution_id},
            query={"include_search_keys": include_search_keys},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_workflow_execution_history(
        self,
        *,
        execution_id: str,
        decode_payloads: bool | None = True,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Get Workflow Execution History.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param execution_id:
        :param decode_payloads:
        """
        return self._client.request(
            _EXECUTIONS_GET_WORKFLOW_EXECUTION_HISTORY,
            path={"execution_id": execution_id},
            query={"decode_payloads": decode_payloads},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_workflow_execution_history_async(
        self,
        *,
        execution_id: str,
        decode_payloads: bool | None = True,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Async twin of :meth:`get_workflow_execution_history`."""
        return await self._client.request_async(
            _EXECUTIONS_GET_WORKFLOW_EXECUTION_HISTORY,
            path={"execution_id": execution_id},
            query={"decode_payloads": decode_payloads},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def signal_workflow_execution(
        self,
        *,
        execution_id: str,
        name: str,
        input: OptionalNullable[
            models.NetworkEncodedInput | models.NetworkEncodedInputTypedDict | Mapping[str, Any]
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.SignalWorkflowResponse:
        """Signal Workflow Execution.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param execution_id:
        :param name: The name of the signal to send
        :param input: Input data for the signal, matching its schema
        """
        return self._client.request(
            _EXECUTIONS_SIGNAL_WORKFLOW_EXECUTION,
            path={"execution_id": execution_id},
            body={"name": name, "input": input},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def signal_workflow_execution_async(
        self,
        *,
        execution_id: str,
        name: str,
        input: OptionalNullable[
            models.NetworkEncodedInput | models.NetworkEncodedInputTypedDict | Mapping[str, Any]
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.SignalWorkflowResponse:
        """Async twin of :meth:`signal_workflow_execution`."""
        return await self._client.request_async(
            _EXECUTIONS_SIGNAL_WORKFLOW_EXECUTION,
            path={"execution_id": execution_id},
            body={"name": name, "input": input},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def query_workflow_execution(
        self,
        *,
        execution_id: str,
        name: str,
        input: OptionalNullable[
            models.NetworkEncodedInput | models.NetworkEncodedInputTypedDict | Mapping[str, Any]
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.QueryWorkflowResponse:
        """Query Workflow Execution.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param execution_id:
        :param name: The name of the query to request
        :param input: Input data for the query, matching its schema
        """
        return self._client.request(
            _EXECUTIONS_QUERY_WORKFLOW_EXECUTION,
            path={"execution_id": execution_id},
            body={"name": name, "input": input},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def query_workflow_execution_async(
        self,
        *,
        execution_id: str,
        name: str,
        input: OptionalNullable[
            models.NetworkEncodedInput | models.NetworkEncodedInputTypedDict | Mapping[str, Any]
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.QueryWorkflowResponse:
        """Async twin of :meth:`query_workflow_execution`."""
        return await self._client.request_async(
            _EXECUTIONS_QUERY_WORKFLOW_EXECUTION,
            path={"execution_id": execution_id},
            body={"name": name, "input": input},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def terminate_workflow_execution(
        self,
        *,
        execution_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Terminate Workflow Execution.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param execution_id:
        """
        return self._client.request(
            _EXECUTIONS_TERMINATE_WORKFLOW_EXECUTION,
            path={"execution_id": execution_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def terminate_workflow_execution_async(
        self,
        *,
        execution_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Async twin of :meth:`terminate_workflow_execution`."""
        return await self._client.request_async(
            _EXECUTIONS_TERMINATE_WORKFLOW_EXECUTION,
            path={"execution_id": execution_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def batch_terminate_workflow_executions(
        self,
        *,
        execution_ids: Sequence[str],
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.BatchExecutionResponse:
        """Batch Terminate Workflow Executions.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param execution_ids: List of execution IDs to process
        """
        return self._client.request(
            _EXECUTIONS_BATCH_TERMINATE_WORKFLOW_EXECUTIONS,
            body={"execution_ids": execution_ids},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def batch_terminate_workflow_executions_async(
        self,
        *,
        execution_ids: Sequence[str],
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.BatchExecutionResponse:
        """Async twin of :meth:`batch_terminate_workflow_executions`."""
        return await self._client.request_async(
            _EXECUTIONS_BATCH_TERMINATE_WORKFLOW_EXECUTIONS,
            body={"execution_ids": execution_ids},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def cancel_workflow_execution(
        self,
        *,
        execution_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Cancel Workflow Execution.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param execution_id:
        """
        return self._client.request(
            _EXECUTIONS_CANCEL_WORKFLOW_EXECUTION,
            path={"execution_id": execution_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def cancel_workflow_execution_async(
        self,
        *,
        execution_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Async twin of :meth:`cancel_workflow_execution`."""
        return await self._client.request_async(
            _EXECUTIONS_CANCEL_WORKFLOW_EXECUTION,
            path={"execution_id": execution_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def batch_cancel_workflow_executions(
        self,
        *,
        execution_ids: Sequence[str],
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.BatchExecutionResponse:
        """Batch Cancel Workflow Executions.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param execution_ids: List of execution IDs to process
        """
        return self._client.request(
            _EXECUTIONS_BATCH_CANCEL_WORKFLOW_EXECUTIONS,
            body={"execution_ids": execution_ids},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def batch_cancel_workflow_executions_async(
        self,
        *,
        execution_ids: Sequence[str],
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.BatchExecutionResponse:
        """Async twin of :meth:`batch_cancel_workflow_executions`."""
        return await self._client.request_async(
            _EXECUTIONS_BATCH_CANCEL_WORKFLOW_EXECUTIONS,
            body={"execution_ids": execution_ids},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def reset_workflow(
        self,
        *,
        execution_id: str,
        event_id: int,
        reason: OptionalNullable[str] = UNSET,
        exclude_signals: bool | None = False,
        exclude_updates: bool | None = False,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Reset Workflow.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param execution_id:
        :param event_id: The event ID to reset the workflow execution to
        :param reason: Reason for resetting the workflow execution
        :param exclude_signals: Whether to exclude signals that happened after the reset point
        :param exclude_updates: Whether to exclude updates that happened after the reset point
        """
        return self._client.request(
            _EXECUTIONS_RESET_WORKFLOW,
            path={"execution_id": execution_id},
            body={
                "event_id": event_id,
                "reason": reason,
                "exclude_signals": exclude_signals,
                "exclude_updates": exclude_updates,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def reset_workflow_async(
        self,
        *,
        execution_id: str,
        event_id: int,
        reason: OptionalNullable[str] = UNSET,
        exclude_signals: bool | None = False,
        exclude_updates: bool | None = False,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Async twin of :meth:`reset_workflow`."""
        return await self._client.request_async(
            _EXECUTIONS_RESET_WORKFLOW,
            path={"execution_id": execution_id},
            body={
                "event_id": event_id,
                "reason": reason,
                "exclude_signals": exclude_signals,
                "exclude_updates": exclude_updates,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def update_workflow_execution(
        self,
        *,
        execution_id: str,
        name: str,
        input: OptionalNullable[
            models.NetworkEncodedInput | models.NetworkEncodedInputTypedDict | Mapping[str, Any]
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.UpdateWorkflowResponse:
        """Update Workflow Execution.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param execution_id:
        :param name: The name of the update to request
        :param input: Input data for the update, matching its schema
        """
        return self._client.request(
            _EXECUTIONS_UPDATE_WORKFLOW_EXECUTION,
            path={"execution_id": execution_id},
            body={"name": name, "input": input},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def update_workflow_execution_async(
        self,
        *,
        execution_id: str,
        name: str,
        input: OptionalNullable[
            models.NetworkEncodedInput | models.NetworkEncodedInputTypedDict | Mapping[str, Any]
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.UpdateWorkflowResponse:
        """Async twin of :meth:`update_workflow_execution`."""
        return await self._client.request_async(
            _EXECUTIONS_UPDATE_WORKFLOW_EXECUTION,
            path={"execution_id": execution_id},
            body={"name": name, "input": input},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_workflow_execution_trace_info(
        self,
        *,
        execution_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ExecutionTraceInfoResponse:
        """Get Workflow Execution Trace Info.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param execution_id:
        """
        return self._client.request(
            _EXECUTIONS_GET_WORKFLOW_EXECUTION_TRACE_INFO,
            path={"execution_id": execution_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_workflow_execution_trace_info_async(
        self,
        *,
        execution_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ExecutionTraceInfoResponse:
        """Async twin of :meth:`get_workflow_execution_trace_info`."""
        return await self._client.request_async(
            _EXECUTIONS_GET_WORKFLOW_EXECUTION_TRACE_INFO,
            path={"execution_id": execution_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_workflow_execution_trace_otel(
        self,
        *,
        execution_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowExecutionTraceOTelResponse:
        """Get Workflow Execution Trace Otel.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param execution_id:
        """
        return self._client.request(
            _EXECUTIONS_GET_WORKFLOW_EXECUTION_TRACE_OTEL,
            path={"execution_id": execution_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_workflow_execution_trace_otel_async(
        self,
        *,
        execution_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowExecutionTraceOTelResponse:
        """Async twin of :meth:`get_workflow_execution_trace_otel`."""
        return await self._client.request_async(
            _EXECUTIONS_GET_WORKFLOW_EXECUTION_TRACE_OTEL,
            path={"execution_id": execution_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_workflow_execution_trace_summary(
        self,
        *,
        execution_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowExecutionTraceSummaryResponse:
        """Get Workflow Execution Trace Summary.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param execution_id:
        """
        return self._client.request(
            _EXECUTIONS_GET_WORKFLOW_EXECUTION_TRACE_SUMMARY,
            path={"execution_id": execution_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_workflow_execution_trace_summary_async(
        self,
        *,
        execution_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowExecutionTraceSummaryResponse:
        """Async twin of :meth:`get_workflow_execution_trace_summary`."""
        return await self._client.request_async(
            _EXECUTIONS_GET_WORKFLOW_EXECUTION_TRACE_SUMMARY,
            path={"execution_id": execution_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_workflow_execution_trace_events(
        self,
        *,
        execution_id: str,
        merge_same_id_events: bool | None = False,
        include_internal_events: bool | None = False,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowExecutionTraceEventsResponse:
        """Get Workflow Execution Trace Events.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param execution_id:
        :param merge_same_id_events:
        :param include_internal_events:
        """
        return self._client.request(
            _EXECUTIONS_GET_WORKFLOW_EXECUTION_TRACE_EVENTS,
            path={"execution_id": execution_id},
            query={
                "merge_same_id_events": merge_same_id_events,
                "include_internal_events": include_internal_events,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_workflow_execution_trace_events_async(
        self,
        *,
        execution_id: str,
        merge_same_id_events: bool | None = False,
        include_internal_events: bool | None = False,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowExecutionTraceEventsResponse:
        """Async twin of :meth:`get_workflow_execution_trace_events`."""
        return await self._client.request_async(
            _EXECUTIONS_GET_WORKFLOW_EXECUTION_TRACE_EVENTS,
            path={"execution_id": execution_id},
            query={
                "merge_same_id_events": merge_same_id_events,
                "include_internal_events": include_internal_events,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def stream(
        self,
        *,
        execution_id: str,
        event_source: OptionalNullable[models.EventSource] = UNSET,
        last_event_id: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
        max_reconnects: int = DEFAULT_MAX_RECONNECTS,
    ) -> ResumableEventStream[models.StreamV1WorkflowsExecutionsExecutionIDStreamGetResponseBody]:
        """Stream.

        The stream resumes after interruptions: when the connection breaks, it reconnects with the last event id it saw (``last_event_id``), up to ``max_reconnects`` times in a row without an event in between, so every event is delivered once; ``stream.last_event_id`` is the id to resume from later.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param execution_id:
        :param event_source:
        :param last_event_id:
        :param max_reconnects: reconnections allowed in a row without an event in between; then the interruption is raised.
        """
        return _resumable.open_stream(
            self._client,
            _EXECUTIONS_STREAM,
            path={"execution_id": execution_id},
            query={"event_source": event_source, "last_event_id": last_event_id},
            max_reconnects=max_reconnects,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def stream_async(
        self,
        *,
        execution_id: str,
        event_source: OptionalNullable[models.EventSource] = UNSET,
        last_event_id: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
        max_reconnects: int = DEFAULT_MAX_RECONNECTS,
    ) -> ResumableEventStreamAsync[
        models.StreamV1WorkflowsExecutionsExecutionIDStreamGetResponseBody
    ]:
        """Async twin of :meth:`stream`."""
        return await _resumable.open_stream_async(
            self._client,
            _EXECUTIONS_STREAM,
            path={"execution_id": execution_id},
            query={"event_source": event_source, "last_event_id": last_event_id},
            max_reconnects=max_reconnects,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_workflow_execution_logs(
        self,
        *,
        execution_id: str,
        run_id: OptionalNullable[str] = UNSET,
        activity_id: OptionalNullable[str] = UNSET,
        after: OptionalNullable[datetime] = UNSET,
        before: OptionalNullable[datetime] = UNSET,
        order: models.GetWorkflowExecutionLogsOrder | None = "asc",
        cursor: OptionalNullable[str] = UNSET,
        limit: int | None = 50,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ExecutionLogSearchResponse:
        """Get Workflow Execution Logs.

        Retrieve logs for a workflow execution.

        Use `after`/`before`/`order` on the first request to set the time range and sort order; for
        the next pages pass the `cursor` from the previous response (it remembers the range and order).

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param execution_id:
        :param run_id: Filter logs by workflow run ID
        :param activity_id: Filter logs by activity ID
        :param after: Only return logs at or after this timestamp
        :param before: Only return logs before this timestamp
        :param order: First-page sort order: 'asc' (oldest first) or 'desc'. Ignored when `cursor` is set.
        :param cursor: Pagination cursor from a previous response's `next_cursor`; carries the window and order
        :param limit: Maximum number of logs to return
        """
        return paginate(
            self._client,
            _EXECUTIONS_GET_WORKFLOW_EXECUTION_LOGS,
            _EXECUTIONS_GET_WORKFLOW_EXECUTION_LOGS_PAGING,
            {
                "run_id": run_id,
                "activity_id": activity_id,
                "after": after,
                "before": before,
                "order": order,
                "cursor": cursor,
                "limit": limit,
            },
            path={"execution_id": execution_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_workflow_execution_logs_async(
        self,
        *,
        execution_id: str,
        run_id: OptionalNullable[str] = UNSET,
        activity_id: OptionalNullable[str] = UNSET,
        after: OptionalNullable[datetime] = UNSET,
        before: OptionalNullable[datetime] = UNSET,
        order: models.GetWorkflowExecutionLogsOrder | None = "asc",
        cursor: OptionalNullable[str] = UNSET,
        limit: int | None = 50,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ExecutionLogSearchResponse:
        """Async twin of :meth:`get_workflow_execution_logs`."""
        return await paginate_async(
            self._client,
            _EXECUTIONS_GET_WORKFLOW_EXECUTION_LOGS,
            _EXECUTIONS_GET_WORKFLOW_EXECUTION_LOGS_PAGING,
            {
                "run_id": run_id,
                "activity_id": activity_id,
                "after": after,
                "before": before,
                "order": order,
                "cursor": cursor,
                "limit": limit,
            },
            path={"execution_id": execution_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def stream_workflow_execution_logs(
        self,
        *,
        execution_id: str,
        run_id: OptionalNullable[str] = UNSET,
        activity_id: OptionalNullable[str] = UNSET,
        after: OptionalNullable[datetime] = UNSET,
        last_event_id: OptionalNullable[str] = UNSET,
        last_event_id_header: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
        max_reconnects: int = DEFAULT_MAX_RECONNECTS,
    ) -> ResumableEventStream[models.StreamWorkflowExecutionLogsResponseBody]:
        """Stream Workflow Execution Logs.

        Stream logs for a workflow execution via SSE.

        Resume cursor comes from the `Last-Event-ID` header or `last_event_id` query param (header wins)
        and takes precedence over `after`; omit all to tail from the execution start.

        The stream resumes after interruptions: when the connection breaks, it reconnects with the last event id it saw (``last_event_id``), up to ``max_reconnects`` times in a row without an event in between, so every event is delivered once; ``stream.last_event_id`` is the id to resume from later.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param execution_id:
        :param run_id: Filter logs by workflow run ID
        :param activity_id: Filter logs by activity ID
        :param after: Start a fresh stream at this timestamp (ignored when resuming via last_event_id)
        :param last_event_id: Resume from this cursor (a prior response's SSE id)
        :param last_event_id_header: Resume from this cursor (a prior response's SSE id). Takes precedence over the query parameter.
        :param max_reconnects: reconnections allowed in a row without an event in between; then the interruption is raised.
        """
        return _resumable.open_stream(
            self._client,
            _EXECUTIONS_STREAM_WORKFLOW_EXECUTION_LOGS,
            path={"execution_id": execution_id},
            query={
                "run_id": run_id,
                "activity_id": activity_id,
                "after": after,
                "last_event_id": last_event_id,
            },
            headers={"Last-Event-ID": last_event_id_header},
            max_reconnects=max_reconnects,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def stream_workflow_execution_logs_async(
        self,
        *,
        execution_id: str,
        run_id: OptionalNullable[str] = UNSET,
        activity_id: OptionalNullable[str] = UNSET,
        after: OptionalNullable[datetime] = UNSET,
        last_event_id: OptionalNullable[str] = UNSET,
        last_event_id_header: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
        max_reconnects: int = DEFAULT_MAX_RECONNECTS,
    ) -> ResumableEventStreamAsync[models.StreamWorkflowExecutionLogsResponseBody]:
        """Async twin of :meth:`stream_workflow_execution_logs`."""
        return await _resumable.open_stream_async(
            self._client,
            _EXECUTIONS_STREAM_WORKFLOW_EXECUTION_LOGS,
            path={"execution_id": execution_id},
            query={
                "run_id": run_id,
                "activity_id": activity_id,
                "after": after,
                "last_event_id": last_event_id,
            },
            headers={"Last-Event-ID": last_event_id_header},
            max_reconnects=max_reconnects,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class Metrics(Resource):
    """Operations of ``workflows.metrics``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> MetricsWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return MetricsWithRawResponse(self)

    def get_workflow_metrics(
        self,
        *,
        workflow_name: str,
        start_time: OptionalNullable[datetime] = UNSET,
        end_time: OptionalNullable[datetime] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowMetrics:
        """Get Workflow Metrics.

        Get comprehensive metrics for a specific workflow.

        Args:
            workflow_name: The name of the workflow type to get metrics for
            start_time: Optional start time filter (ISO 8601 format)
            end_time: Optional end time filter (ISO 8601 format)

        Returns:
            WorkflowMetrics: Dictionary containing metrics:
                - execution_count: Total number of executions
                - success_count: Number of successful executions
                - error_count: Number of failed/terminated executions
                - average_latency_ms: Average execution duration in milliseconds
                - retry_rate: Proportion of workflows with retries
                - latency_over_time: Time-series data of execution durations

        Example:
            GET /v1/workflows/MyWorkflow/metrics
            GET /v1/workflows/MyWorkflow/metrics?start_time=2025-01-01T00:00:00Z
            GET /v1/workflows/MyWorkflow/metrics?start_time=2025-01-01T00:00:00Z&end_time=2025-12-31T23:59:59Z

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param workflow_name:
        :param start_time: Filter workflows started after this time (ISO 8601)
        :param end_time: Filter workflows started before this time (ISO 8601)
        """
        return self._client.request(
            _METRICS_GET_WORKFLOW_METRICS,
            path={"workflow_name": workflow_name},
            query={"start_time": start_time, "end_time": end_time},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_workflow_metrics_async(
        self,
        *,
        workflow_name: str,
        start_time: OptionalNullable[datetime] = UNSET,
        end_time: OptionalNullable[datetime] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowMetrics:
        """Async twin of :meth:`get_workflow_metrics`."""
        return await self._client.request_async(
            _METRICS_GET_WORKFLOW_METRICS,
            path={"workflow_name": workflow_name},
            query={"start_time": start_time, "end_time": end_time},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class Runs(Resource):
    """Operations of ``workflows.runs``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> RunsWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return RunsWithRawResponse(self)

    def list_runs(
        self,
        *,
        workflow_identifier: OptionalNullable[str] = UNSET,
        root_execution_id: OptionalNullable[str] = UNSET,
        search: OptionalNullable[str] = UNSET,
        status: OptionalNullable[
            models.WorkflowExecutionStatus | Sequence[models.WorkflowExecutionStatus]
        ] = UNSET,
        deployment_name: OptionalNullable[str] = UNSET,
        sort_by: OptionalNullable[models.SortBy] = UNSET,
        order: models.ListRunsV1WorkflowsRunsGetOrder | None = "desc",
        start_time_after: OptionalNullable[datetime] = UNSET,
        start_time_before: OptionalNullable[datetime] = UNSET,
        end_time_after: OptionalNullable[datetime] = UNSET,
        end_time_before: OptionalNullable[datetime] = UNSET,
        user_id: OptionalNullable[str] = UNSET,
        include_internal: bool | None = True,
        page_size: int | None = 50,
        next_page_token: OptionalNullable[str] = UNSET,
        workflow_tags: OptionalNullable[Sequence[str]] = UNSET,
        search_key: OptionalNullable[Sequence[str]] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowExecutionListResponse:
        """List Runs.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param workflow_identifier: Filter by workflow name or id
        :param root_execution_id: Filter by root execution id; returns the whole execution tree (the root and all its descendant sub-workflows).
        :param search: Search by workflow name, display name, or ID
        :param status: Filter by workflow status
        :param deployment_name: Filter by deployment name
        :param sort_by: Field to sort by
        :param order: Sort direction
        :param start_time_after: Include runs with start_time >= value
        :param start_time_before: Include runs with start_time <= value
        :param end_time_after: Include runs with end_time >= value. Running executions (no end_time) are excluded; use the status filter to include them.
        :param end_time_before: Include runs with end_time <= value. Running executions (no end_time) are excluded; use the status filter to include them.
        :param user_id: Filter by user id. Use 'current' to filter by the authenticated user
        :param include_internal: Include runs of internal/technical workflows (e.g. parallel-execution)
        :param page_size: Number of items per page
        :param next_page_token: Token for the next page of results
        :param workflow_tags: Filter to runs of workflows tagged with all listed tags (AND).
        :param search_key: Filter executions by search key as repeated 'key:value' entries. Each entry matches an exact key and a similar value; multiple entries are AND'd together (max 3).
        """
        return paginate(
            self._client,
            _RUNS_LIST_RUNS,
            _RUNS_LIST_RUNS_PAGING,
            {
                "workflow_identifier": workflow_identifier,
                "root_execution_id": root_execution_id,
                "search": search,
                "status": status,
                "deployment_name": deployment_name,
                "sort_by": sort_by,
                "order": order,
                "start_time_after": start_time_after,
                "start_time_before": start_time_before,
                "end_time_after": end_time_after,
                "end_time_before": end_time_before,
                "user_id": user_id,
                "include_internal": include_internal,
                "page_size": page_size,
                "next_page_token": next_page_token,
                "workflow_tags": workflow_tags,
                "search_key": search_key,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_runs_async(
        self,
        *,
        workflow_identifier: OptionalNullable[str] = UNSET,
        root_execution_id: OptionalNullable[str] = UNSET,
        search: OptionalNullable[str] = UNSET,
        status: OptionalNullable[
            models.WorkflowExecutionStatus | Sequence[models.WorkflowExecutionStatus]
        ] = UNSET,
        deployment_name: OptionalNullable[str] = UNSET,
        sort_by: OptionalNullable[models.SortBy] = UNSET,
        order: models.ListRunsV1WorkflowsRunsGetOrder | None = "desc",
        start_time_after: OptionalNullable[datetime] = UNSET,
        start_time_before: OptionalNullable[datetime] = UNSET,
        end_time_after: OptionalNullable[datetime] = UNSET,
        end_time_before: OptionalNullable[datetime] = UNSET,
        user_id: OptionalNullable[str] = UNSET,
        include_internal: bool | None = True,
        page_size: int | None = 50,
        next_page_token: OptionalNullable[str] = UNSET,
        workflow_tags: OptionalNullable[Sequence[str]] = UNSET,
        search_key: OptionalNullable[Sequence[str]] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowExecutionListResponse:
        """Async twin of :meth:`list_runs`."""
        return await paginate_async(
            self._client,
            _RUNS_LIST_RUNS,
            _RUNS_LIST_RUNS_PAGING,
            {
                "workflow_identifier": workflow_identifier,
                "root_execution_id": root_execution_id,
                "search": search,
                "status": status,
                "deployment_name": deployment_name,
                "sort_by": sort_by,
                "order": order,
                "start_time_after": start_time_after,
                "start_time_before": start_time_before,
                "end_time_after": end_time_after,
                "end_time_before": end_time_before,
                "user_id": user_id,
                "include_internal": include_internal,
                "page_size": page_size,
                "next_page_token": next_page_token,
                "workflow_tags": workflow_tags,
                "search_key": search_key,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_run(
        self,
        *,
        run_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowExecutionResponse:
        """Get Run.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param run_id:
        """
        return self._client.request(
            _RUNS_GET_RUN,
            path={"run_id": run_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_run_async(
        self,
        *,
        run_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowExecutionResponse:
        """Async twin of :meth:`get_run`."""
        return await self._client.request_async(
            _RUNS_GET_RUN,
            path={"run_id": run_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_run_history(
        self,
        *,
        run_id: str,
        decode_payloads: bool | None = True,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Get Run History.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param run_id:
        :param decode_payloads:
        """
        return self._client.request(
            _RUNS_GET_RUN_HISTORY,
            path={"run_id": run_id},
            query={"decode_payloads": decode_payloads},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_run_history_async(
        self,
        *,
        run_id: str,
        decode_payloads: bool | None = True,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Async twin of :meth:`get_run_history`."""
        return await self._client.request_async(
            _RUNS_GET_RUN_HISTORY,
            path={"run_id": run_id},
            query={"decode_payloads": decode_payloads},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class Schedules(Resource):
    """Operations of ``workflows.schedules``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> SchedulesWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return SchedulesWithRawResponse(self)

    def get_schedules(
        self,
        *,
        workflow_name: OptionalNullable[str] = UNSET,
        user_id: OptionalNullable[str] = UNSET,
        status: OptionalNullable[models.GetSchedulesV1WorkflowsSchedulesGetStatus] = UNSET,
        page_size: OptionalNullable[int] = UNSET,
        next_page_token: OptionalNullable[str] = UNSET,
        search: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowScheduleListResponse:
        """Get Schedules.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param workflow_name: Filter by exact workflow name
        :param user_id: Filter by user ID. Pass 'current' to resolve to the authenticated user's ID.
        :param status: Filter by schedule status: 'active' or 'paused'
        :param page_size: Number of items per page. Omitting this parameter fetches all results at once (deprecated — pass page_size to use pagination).
        :param next_page_token: Token for the next page of results
        :param search: Prefix search query for workflow name
        """
        return paginate(
            self._client,
            _SCHEDULES_GET_SCHEDULES,
            _SCHEDULES_GET_SCHEDULES_PAGING,
            {
                "workflow_name": workflow_name,
                "user_id": user_id,
                "status": status,
                "page_size": page_size,
                "next_page_token": next_page_token,
                "search": search,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_schedules_async(
        self,
        *,
        workflow_name: OptionalNullable[str] = UNSET,
        user_id: OptionalNullable[str] = UNSET,
        status: OptionalNullable[models.GetSchedulesV1WorkflowsSchedulesGetStatus] = UNSET,
        page_size: OptionalNullable[int] = UNSET,
        next_page_token: OptionalNullable[str] = UNSET,
        search: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowScheduleListResponse:
        """Async twin of :meth:`get_schedules`."""
        return await paginate_async(
            self._client,
            _SCHEDULES_GET_SCHEDULES,
            _SCHEDULES_GET_SCHEDULES_PAGING,
            {
                "workflow_name": workflow_name,
                "user_id": user_id,
                "status": status,
                "page_size": page_size,
                "next_page_token": next_page_token,
                "search": search,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def schedule_workflow(
        self,
        *,
        schedule: models.ScheduleDefinition | models.ScheduleDefinitionTypedDict,
        workflow_registration_id: OptionalNullable[str] = UNSET,
        workflow_version_id: OptionalNullable[str] = UNSET,
        workflow_identifier: OptionalNullable[str] = UNSET,
        workflow_task_queue: OptionalNullable[str] = UNSET,
        schedule_id: OptionalNullable[str] = UNSET,
        deployment_name: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowScheduleResponse:
        """Schedule Workflow.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param schedule: The schedule definition
        :param workflow_registration_id: The ID of the workflow registration to schedule
        :param workflow_version_id: Deprecated: use workflow_registration_id
        :param workflow_identifier: The name or ID of the workflow to schedule
        :param workflow_task_queue: Deprecated. Use deployment_name instead.
        :param schedule_id: Allows you to specify a custom schedule ID. If not provided, a random ID will be generated.
        :param deployment_name: Name of the deployment to route this schedule to
        """
        return self._client.request(
            _SCHEDULES_SCHEDULE_WORKFLOW,
            body={
                "schedule": schedule,
                "workflow_registration_id": workflow_registration_id,
                "workflow_version_id": workflow_version_id,
                "workflow_identifier": workflow_identifier,
                "workflow_task_queue": workflow_task_queue,
                "schedule_id": schedule_id,
                "deployment_name": deployment_name,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def schedule_workflow_async(
        self,
        *,
        schedule: models.ScheduleDefinition | models.ScheduleDefinitionTypedDict,
        workflow_registration_id: OptionalNullable[str] = UNSET,
        workflow_version_id: OptionalNullable[str] = UNSET,
        workflow_identifier: OptionalNullable[str] = UNSET,
        workflow_task_queue: OptionalNullable[str] = UNSET,
        schedule_id: OptionalNullable[str] = UNSET,
        deployment_name: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowScheduleResponse:
        """Async twin of :meth:`schedule_workflow`."""
        return await self._client.request_async(
            _SCHEDULES_SCHEDULE_WORKFLOW,
            body={
                "schedule": schedule,
                "workflow_registration_id": workflow_registration_id,
                "workflow_version_id": workflow_version_id,
                "workflow_identifier": workflow_identifier,
                "workflow_task_queue": workflow_task_queue,
                "schedule_id": schedule_id,
                "deployment_name": deployment_name,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_schedule(
        self,
        *,
        schedule_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ScheduleDefinitionOutput:
        """Get Schedule.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param schedule_id:
        """
        return self._client.request(
            _SCHEDULES_GET_SCHEDULE,
            path={"schedule_id": schedule_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_schedule_async(
        self,
        *,
        schedule_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ScheduleDefinitionOutput:
        """Async twin of :meth:`get_schedule`."""
        return await self._client.request_async(
            _SCHEDULES_GET_SCHEDULE,
            path={"schedule_id": schedule_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def unschedule_workflow(
        self,
        *,
        schedule_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Unschedule Workflow.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param schedule_id:
        """
        return self._client.request(
            _SCHEDULES_UNSCHEDULE_WORKFLOW,
            path={"schedule_id": schedule_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def unschedule_workflow_async(
        self,
        *,
        schedule_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Async twin of :meth:`unschedule_workflow`."""
        return await self._client.request_async(
            _SCHEDULES_UNSCHEDULE_WORKFLOW,
            path={"schedule_id": schedule_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def update_schedule(
        self,
        *,
        schedule_id: str,
        schedule: models.PartialScheduleDefinition | models.PartialScheduleDefinitionTypedDict,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowScheduleResponse:
        """Update Schedule.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param schedule_id:
        :param schedule: Partial schedule definition to update. Unset fields preserve existing values.
        """
        return self._client.request(
            _SCHEDULES_UPDATE_SCHEDULE,
            path={"schedule_id": schedule_id},
            body={"schedule": schedule},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def update_schedule_async(
        self,
        *,
        schedule_id: str,
        schedule: models.PartialScheduleDefinition | models.PartialScheduleDefinitionTypedDict,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowScheduleResponse:
        """Async twin of :meth:`update_schedule`."""
        return await self._client.request_async(
            _SCHEDULES_UPDATE_SCHEDULE,
            path={"schedule_id": schedule_id},
            body={"schedule": schedule},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def pause_schedule(
        self,
        *,
        schedule_id: str,
        note: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Pause Schedule.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param schedule_id:
        :param note: Optional note recorded in Temporal when pausing or resuming a schedule
        """
        return self._client.request(
            _SCHEDULES_PAUSE_SCHEDULE,
            path={"schedule_id": schedule_id},
            body={"note": note},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def pause_schedule_async(
        self,
        *,
        schedule_id: str,
        note: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Async twin of :meth:`pause_schedule`."""
        return await self._client.request_async(
            _SCHEDULES_PAUSE_SCHEDULE,
            path={"schedule_id": schedule_id},
            body={"note": note},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def resume_schedule(
        self,
        *,
        schedule_id: str,
        note: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Resume Schedule.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param schedule_id:
        :param note: Optional note recorded in Temporal when pausing or resuming a schedule
        """
        return self._client.request(
            _SCHEDULES_RESUME_SCHEDULE,
            path={"schedule_id": schedule_id},
            body={"note": note},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def resume_schedule_async(
        self,
        *,
        schedule_id: str,
        note: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Async twin of :meth:`resume_schedule`."""
        return await self._client.request_async(
            _SCHEDULES_RESUME_SCHEDULE,
            path={"schedule_id": schedule_id},
            body={"note": note},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def trigger_schedule(
        self,
        *,
        schedule_id: str,
        overlap: OptionalNullable[models.ScheduleOverlapPolicy] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Trigger Schedule.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param schedule_id:
        :param overlap: Optional overlap policy override to use for the immediate trigger.
        """
        return self._client.request(
            _SCHEDULES_TRIGGER_SCHEDULE,
            path={"schedule_id": schedule_id},
            body={"overlap": overlap},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def trigger_schedule_async(
        self,
        *,
        schedule_id: str,
        overlap: OptionalNullable[models.ScheduleOverlapPolicy] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Async twin of :meth:`trigger_schedule`."""
        return await self._client.request_async(
            _SCHEDULES_TRIGGER_SCHEDULE,
            path={"schedule_id": schedule_id},
            body={"overlap": overlap},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class EventsWithRawResponse(RawResource):
    """``events.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    get_stream_events = raw_method(Events.get_stream_events)
    get_stream_events_async = raw_method(Events.get_stream_events_async)
    get_workflow_events = raw_method(Events.get_workflow_events)
    get_workflow_events_async = raw_method(Events.get_workflow_events_async)


class WorkflowsWithRawResponse(RawResource):
    """``workflows.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    get_workflows = raw_method(Workflows.get_workflows)
    get_workflows_async = raw_method(Workflows.get_workflows_async)
    get_workflow_registrations = raw_method(Workflows.get_workflow_registrations)
    get_workflow_registrations_async = raw_method(Workflows.get_workflow_registrations_async)
    execute_workflow = raw_method(Workflows.execute_workflow)
    execute_workflow_async = raw_method(Workflows.execute_workflow_async)
    execute_workflow_registration = raw_method(Workflows.execute_workflow_registration)
    execute_workflow_registration_async = raw_method(Workflows.execute_workflow_registration_async)
    get_workflow = raw_method(Workflows.get_workflow)
    get_workflow_async = raw_method(Workflows.get_workflow_async)
    update_workflow = raw_method(Workflows.update_workflow)
    update_workflow_async = raw_method(Workflows.update_workflow_async)
    get_workflow_registration = raw_method(Workflows.get_workflow_registration)
    get_workflow_registration_async = raw_method(Workflows.get_workflow_registration_async)
    bulk_archive_workflows = raw_method(Workflows.bulk_archive_workflows)
    bulk_archive_workflows_async = raw_method(Workflows.bulk_archive_workflows_async)
    bulk_unarchive_workflows = raw_method(Workflows.bulk_unarchive_workflows)
    bulk_unarchive_workflows_async = raw_method(Workflows.bulk_unarchive_workflows_async)
    archive_workflow = raw_method(Workflows.archive_workflow)
    archive_workflow_async = raw_method(Workflows.archive_workflow_async)
    unarchive_workflow = raw_method(Workflows.unarchive_workflow)
    unarchive_workflow_async = raw_method(Workflows.unarchive_workflow_async)
    add_workflow_tags = raw_method(Workflows.add_workflow_tags)
    add_workflow_tags_async = raw_method(Workflows.add_workflow_tags_async)


class DeploymentsWithRawResponse(RawResource):
    """``workflows.deployments.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    list_deployments = raw_method(Deployments.list_deployments)
    list_deployments_async = raw_method(Deployments.list_deployments_async)
    create_deployment = raw_method(Deployments.create_deployment)
    create_deployment_async = raw_method(Deployments.create_deployment_async)
    update_deployment = raw_method(Deployments.update_deployment)
    update_deployment_async = raw_method(Deployments.update_deployment_async)
    delete_deployment = raw_method(Deployments.delete_deployment)
    delete_deployment_async = raw_method(Deployments.delete_deployment_async)
    get_deployment = raw_method(Deployments.get_deployment)
    get_deployment_async = raw_method(Deployments.get_deployment_async)
    stop_deployment = raw_method(Deployments.stop_deployment)
    stop_deployment_async = raw_method(Deployments.stop_deployment_async)
    start_deployment = raw_method(Deployments.start_deployment)
    start_deployment_async = raw_method(Deployments.start_deployment_async)
    restart_deployment = raw_method(Deployments.restart_deployment)
    restart_deployment_async = raw_method(Deployments.restart_deployment_async)
    list_deployment_workers = raw_method(Deployments.list_deployment_workers)
    list_deployment_workers_async = raw_method(Deployments.list_deployment_workers_async)
    get_deployment_logs = raw_method(Deployments.get_deployment_logs)
    get_deployment_logs_async = raw_method(Deployments.get_deployment_logs_async)
    stream_deployment_logs = raw_method(Deployments.stream_deployment_logs)
    stream_deployment_logs_async = raw_method(Deployments.stream_deployment_logs_async)
    unharden_deployment = raw_method(Deployments.unharden_deployment)
    unharden_deployment_async = raw_method(Deployments.unharden_deployment_async)
    get_deployment_archive = raw_method(Deployments.get_deployment_archive)
    get_deployment_archive_async = raw_method(Deployments.get_deployment_archive_async)


class WorkflowsEventsWithRawResponse(RawResource):
    """``workflows.events.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    get_stream_events = raw_method(WorkflowsEvents.get_stream_events)
    get_stream_events_async = raw_method(WorkflowsEvents.get_stream_events_async)
    get_workflow_events = raw_method(WorkflowsEvents.get_workflow_events)
    get_workflow_events_async = raw_method(WorkflowsEvents.get_workflow_events_async)


class ExecutionsWithRawResponse(RawResource):
    """``workflows.executions.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    get_workflow_execution = raw_method(Executions.get_workflow_execution)
    get_workflow_execution_async = raw_method(Executions.get_workflow_execution_async)
    get_workflow_execution_history = raw_method(Executions.get_workflow_execution_history)
    get_workflow_execution_history_async = raw_method(
        Executions.get_workflow_execution_history_async
    )
    signal_workflow_execution = raw_method(Executions.signal_workflow_execution)
    signal_workflow_execution_async = raw_method(Executions.signal_workflow_execution_async)
    query_workflow_execution = raw_method(Executions.query_workflow_execution)
    query_workflow_execution_async = raw_method(Executions.query_workflow_execution_async)
    terminate_workflow_execution = raw_method(Executions.terminate_workflow_execution)
    terminate_workflow_execution_async = raw_method(Executions.terminate_workflow_execution_async)
    batch_terminate_workflow_executions = raw_method(Executions.batch_terminate_workflow_executions)
    batch_terminate_workflow_executions_async = raw_method(
        Executions.batch_terminate_workflow_executions_async
    )
    cancel_workflow_execution = raw_method(Executions.cancel_workflow_execution)
    cancel_workflow_execution_async = raw_method(Executions.cancel_workflow_execution_async)
    batch_cancel_workflow_executions = raw_method(Executions.batch_cancel_workflow_executions)
    batch_cancel_workflow_executions_async = raw_method(
        Executions.batch_cancel_workflow_executions_async
    )
    reset_workflow = raw_method(Executions.reset_workflow)
    reset_workflow_async = raw_method(Executions.reset_workflow_async)
    update_workflow_execution = raw_method(Executions.update_workflow_execution)
    update_workflow_execution_async = raw_method(Executions.update_workflow_execution_async)
    get_workflow_execution_trace_info = raw_method(Executions.get_workflow_execution_trace_info)
    get_workflow_execution_trace_info_async = raw_method(
        Executions.get_workflow_execution_trace_info_async
    )
    get_workflow_execution_trace_otel = raw_method(Executions.get_workflow_execution_trace_otel)
    get_workflow_execution_trace_otel_async = raw_method(
        Executions.get_workflow_execution_trace_otel_async
    )
    get_workflow_execution_trace_summary = raw_method(
        Executions.get_workflow_execution_trace_summary
    )
    get_workflow_execution_trace_summary_async = raw_method(
        Executions.get_workflow_execution_trace_summary_async
    )
    get_workflow_execution_trace_events = raw_method(Executions.get_workflow_execution_trace_events)
    get_workflow_execution_trace_events_async = raw_method(
        Executions.get_workflow_execution_trace_events_async
    )
    stream = raw_method(Executions.stream)
    stream_async = raw_method(Executions.stream_async)
    get_workflow_execution_logs = raw_method(Executions.get_workflow_execution_logs)
    get_workflow_execution_logs_async = raw_method(Executions.get_workflow_execution_logs_async)
    stream_workflow_execution_logs = raw_method(Executions.stream_workflow_execution_logs)
    stream_workflow_execution_logs_async = raw_method(
        Executions.stream_workflow_execution_logs_async
    )


class MetricsWithRawResponse(RawResource):
    """``workflows.metrics.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    get_workflow_metrics = raw_method(Metrics.get_workflow_metrics)
    get_workflow_metrics_async = raw_method(Metrics.get_workflow_metrics_async)


class RunsWithRawResponse(RawResource):
    """``workflows.runs.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    list_runs = raw_method(Runs.list_runs)
    list_runs_async = raw_method(Runs.list_runs_async)
    get_run = raw_method(Runs.get_run)
    get_run_async = raw_method(Runs.get_run_async)
    get_run_history = raw_method(Runs.get_run_history)
    get_run_history_async = raw_method(Runs.get_run_history_async)


class SchedulesWithRawResponse(RawResource):
    """``workflows.schedules.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    get_schedules = raw_method(Schedules.get_schedules)
    get_schedules_async = raw_method(Schedules.get_schedules_async)
    schedule_workflow = raw_method(Schedules.schedule_workflow)
    schedule_workflow_async = raw_method(Schedules.schedule_workflow_async)
    get_schedule = raw_method(Schedules.get_schedule)
    get_schedule_async = raw_method(Schedules.get_schedule_async)
    unschedule_workflow = raw_method(Schedules.unschedule_workflow)
    unschedule_workflow_async = raw_method(Schedules.unschedule_workflow_async)
    update_schedule = raw_method(Schedules.update_schedule)
    update_schedule_async = raw_method(Schedules.update_schedule_async)
    pause_schedule = raw_method(Schedules.pause_schedule)
    pause_schedule_async = raw_method(Schedules.pause_schedule_async)
    resume_schedule = raw_method(Schedules.resume_schedule)
    resume_schedule_async = raw_method(Schedules.resume_schedule_async)
    trigger_schedule = raw_method(Schedules.trigger_schedule)
    trigger_schedule_async = raw_method(Schedules.trigger_schedule_async)


OPERATIONS: dict[str, Operation[Any]] = {
    "get_stream_events_v1_workflows_events_stream_get": _EVENTS_GET_STREAM_EVENTS,
    "get_workflow_events_v1_workflows_events_list_get": _EVENTS_GET_WORKFLOW_EVENTS,
    "get_workflows_v1_workflows_get": _WORKFLOWS_GET_WORKFLOWS,
    "get_workflow_registrations_v1_workflows_registrations_get": _WORKFLOWS_GET_WORKFLOW_REGISTRATIONS,
    "execute_workflow_v1_workflows__workflow_identifier__execute_post": _WORKFLOWS_EXECUTE_WORKFLOW,
    "execute_workflow_registration_v1_workflows_registrations__workflow_registration_id__execute_post": _WORKFLOWS_EXECUTE_WORKFLOW_REGISTRATION,
    "get_workflow_v1_workflows__workflow_identifier__get": _WORKFLOWS_GET_WORKFLOW,
    "update_workflow_v1_workflows__workflow_identifier__put": _WORKFLOWS_UPDATE_WORKFLOW,
    "get_workflow_registration_v1_workflows_registrations__workflow_registration_id__get": _WORKFLOWS_GET_WORKFLOW_REGISTRATION,
    "bulk_archive_workflows_v1_workflows_archive_put": _WORKFLOWS_BULK_ARCHIVE_WORKFLOWS,
    "bulk_unarchive_workflows_v1_workflows_unarchive_put": _WORKFLOWS_BULK_UNARCHIVE_WORKFLOWS,
    "archive_workflow_v1_workflows__workflow_identifier__archive_put": _WORKFLOWS_ARCHIVE_WORKFLOW,
    "unarchive_workflow_v1_workflows__workflow_identifier__unarchive_put": _WORKFLOWS_UNARCHIVE_WORKFLOW,
    "add_workflow_tags_v1_workflows__workflow_identifier__tags_post": _WORKFLOWS_ADD_WORKFLOW_TAGS,
    "list_deployments_v1_workflows_deployments_get": _DEPLOYMENTS_LIST_DEPLOYMENTS,
    "create_deployment_v1_workflows_deployments_post": _DEPLOYMENTS_CREATE_DEPLOYMENT,
    "update_deployment_v1_workflows_deployments__name__patch": _DEPLOYMENTS_UPDATE_DEPLOYMENT,
    "delete_deployment_v1_workflows_deployments__name__delete": _DEPLOYMENTS_DELETE_DEPLOYMENT,
    "get_deployment_v1_workflows_deployments__name__get": _DEPLOYMENTS_GET_DEPLOYMENT,
    "stop_deployment_v1_workflows_deployments__name__stop_post": _DEPLOYMENTS_STOP_DEPLOYMENT,
    "start_deployment_v1_workflows_deployments__name__start_post": _DEPLOYMENTS_START_DEPLOYMENT,
    "restart_deployment_v1_workflows_deployments__name__restart_post": _DEPLOYMENTS_RESTART_DEPLOYMENT,
    "list_deployment_workers_v1_workflows_deployments__name__workers_get": _DEPLOYMENTS_LIST_DEPLOYMENT_WORKERS,
    "get_deployment_logs": _DEPLOYMENTS_GET_DEPLOYMENT_LOGS,
    "stream_deployment_logs": _DEPLOYMENTS_STREAM_DEPLOYMENT_LOGS,
    "unharden_deployment_v1_workflows_deployments__deployment_id__unharden_post": _DEPLOYMENTS_UNHARDEN_DEPLOYMENT,
    "get_deployment_archive_v1_workflows_deployments__name__archive_get": _DEPLOYMENTS_GET_DEPLOYMENT_ARCHIVE,
    "get_stream_events_v1_workflows_events_stream_get:stream": _WORKFLOWS_EVENTS_GET_STREAM_EVENTS,
    "get_workflow_execution_v1_workflows_executions__execution_id__get": _EXECUTIONS_GET_WORKFLOW_EXECUTION,
    "get_workflow_execution_history_v1_workflows_executions__execution_id__history_get": _EXECUTIONS_GET_WORKFLOW_EXECUTION_HISTORY,
    "signal_workflow_execution_v1_workflows_executions__execution_id__signals_post": _EXECUTIONS_SIGNAL_WORKFLOW_EXECUTION,
    "query_workflow_execution_v1_workflows_executions__execution_id__queries_post": _EXECUTIONS_QUERY_WORKFLOW_EXECUTION,
    "terminate_workflow_execution_v1_workflows_executions__execution_id__terminate_post": _EXECUTIONS_TERMINATE_WORKFLOW_EXECUTION,
    "batch_terminate_workflow_executions_v1_workflows_executions_terminate_post": _EXECUTIONS_BATCH_TERMINATE_WORKFLOW_EXECUTIONS,
    "cancel_workflow_execution_v1_workflows_executions__execution_id__cancel_post": _EXECUTIONS_CANCEL_WORKFLOW_EXECUTION,
    "batch_cancel_workflow_executions_v1_workflows_executions_cancel_post": _EXECUTIONS_BATCH_CANCEL_WORKFLOW_EXECUTIONS,
    "reset_workflow_v1_workflows_executions__execution_id__reset_post": _EXECUTIONS_RESET_WORKFLOW,
    "update_workflow_execution_v1_workflows_executions__execution_id__updates_post": _EXECUTIONS_UPDATE_WORKFLOW_EXECUTION,
    "get_workflow_execution_trace_info": _EXECUTIONS_GET_WORKFLOW_EXECUTION_TRACE_INFO,
    "get_workflow_execution_trace_otel": _EXECUTIONS_GET_WORKFLOW_EXECUTION_TRACE_OTEL,
    "get_workflow_execution_trace_summary": _EXECUTIONS_GET_WORKFLOW_EXECUTION_TRACE_SUMMARY,
    "get_workflow_execution_trace_events": _EXECUTIONS_GET_WORKFLOW_EXECUTION_TRACE_EVENTS,
    "stream_v1_workflows_executions__execution_id__stream_get": _EXECUTIONS_STREAM,
    "get_workflow_execution_logs": _EXECUTIONS_GET_WORKFLOW_EXECUTION_LOGS,
    "stream_workflow_execution_logs": _EXECUTIONS_STREAM_WORKFLOW_EXECUTION_LOGS,
    "get_workflow_metrics_v1_workflows__workflow_name__metrics_get": _METRICS_GET_WORKFLOW_METRICS,
    "list_runs_v1_workflows_runs_get": _RUNS_LIST_RUNS,
    "get_run_v1_workflows_runs__run_id__get": _RUNS_GET_RUN,
    "get_run_history_v1_workflows_runs__run_id__history_get": _RUNS_GET_RUN_HISTORY,
    "get_schedules_v1_workflows_schedules_get": _SCHEDULES_GET_SCHEDULES,
    "schedule_workflow_v1_workflows_schedules_post": _SCHEDULES_SCHEDULE_WORKFLOW,
    "get_schedule_v1_workflows_schedules__schedule_id__get": _SCHEDULES_GET_SCHEDULE,
    "unschedule_workflow_v1_workflows_schedules__schedule_id__delete": _SCHEDULES_UNSCHEDULE_WORKFLOW,
    "update_schedule_v1_workflows_schedules__schedule_id__patch": _SCHEDULES_UPDATE_SCHEDULE,
    "pause_schedule_v1_workflows_schedules__schedule_id__pause_post": _SCHEDULES_PAUSE_SCHEDULE,
    "resume_schedule_v1_workflows_schedules__schedule_id__resume_post": _SCHEDULES_RESUME_SCHEDULE,
    "trigger_schedule_v1_workflows_schedules__schedule_id__trigger_post": _SCHEDULES_TRIGGER_SCHEDULE,
    "get_worker_info_v1_workflows_workers_whoami_get": _WORKFLOWS_WORKERS_GET_WORKER_INFO,
}
"""Every operation of this module by id (the streaming twin of an operation answering JSON and SSE as ``<id>:stream``)."""
