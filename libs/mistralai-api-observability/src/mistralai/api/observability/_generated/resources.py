# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Resources (API methods) of the mistralai-api-observability distribution."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from mistralai.api.observability._generated import models
from mistralai.core.runtime import (
    UNSET,
    CursorPaging,
    Operation,
    OptionalNullable,
    PagePaging,
    RawResource,
    Resource,
    RetryConfig,
    paginate,
    paginate_async,
    raw_method,
    whole_or_fields,
)

__all__ = [
    "Campaigns",
    "CampaignsWithRawResponse",
    "ChatCompletionEvents",
    "ChatCompletionEventsWithRawResponse",
    "Datasets",
    "DatasetsWithRawResponse",
    "Evaluations",
    "EvaluationsProjects",
    "EvaluationsProjectsWithRawResponse",
    "EvaluationsRecords",
    "EvaluationsRecordsWithRawResponse",
    "EvaluationsRuns",
    "EvaluationsRunsWithRawResponse",
    "EvaluationsWithRawResponse",
    "Fields",
    "FieldsWithRawResponse",
    "Judges",
    "JudgesWithRawResponse",
    "Logs",
    "LogsWithRawResponse",
    "Observability",
    "Optimizations",
    "OptimizationsWithRawResponse",
    "Records",
    "RecordsWithRawResponse",
    "Spans",
    "SpansWithRawResponse",
    "Traces",
    "TracesWithRawResponse",
]

_CAMPAIGNS_CREATE: Operation[models.Campaign] = Operation(
    operation_id="create_campaign_v1_observability_campaigns_post",
    method="POST",
    path="/v1/observability/campaigns",
    namespace="beta.observability",
    retry_safe=False,
    response=lambda: models.Campaign,
    body=lambda: models.CreateCampaignRequest,
    body_kind="json",
    wire="mistralai.api.observability._generated.wire",
)
_CAMPAIGNS_LIST: Operation[models.ListCampaignsResponse] = Operation(
    operation_id="get_campaigns_v1_observability_campaigns_get",
    method="GET",
    path="/v1/observability/campaigns",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.ListCampaignsResponse,
    omit_none=frozenset({"page_size", "page"}),
)
_CAMPAIGNS_LIST_PAGING = PagePaging(
    items="campaigns.results", param="page", start=1, total="campaigns.count"
)
_CAMPAIGNS_FETCH: Operation[models.Campaign] = Operation(
    operation_id="get_campaign_by_id_v1_observability_campaigns__campaign_id__get",
    method="GET",
    path="/v1/observability/campaigns/{campaign_id}",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.Campaign,
)
_CAMPAIGNS_DELETE: Operation[None] = Operation(
    operation_id="delete_campaign_v1_observability_campaigns__campaign_id__delete",
    method="DELETE",
    path="/v1/observability/campaigns/{campaign_id}",
    namespace="beta.observability",
    retry_safe=True,
    response=None,
)
_CAMPAIGNS_FETCH_STATUS: Operation[models.FetchCampaignStatusResponse] = Operation(
    operation_id="get_campaign_status_by_id_v1_observability_campaigns__campaign_id__status_get",
    method="GET",
    path="/v1/observability/campaigns/{campaign_id}/status",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.FetchCampaignStatusResponse,
)
_CAMPAIGNS_LIST_EVENTS: Operation[models.ListCampaignSelectedEventsResponse] = Operation(
    operation_id="get_campaign_selected_events_v1_observability_campaigns__campaign_id__selected_events_get",
    method="GET",
    path="/v1/observability/campaigns/{campaign_id}/selected-events",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.ListCampaignSelectedEventsResponse,
    omit_none=frozenset({"page_size", "page"}),
)
_CAMPAIGNS_LIST_EVENTS_PAGING = PagePaging(
    items="completion_events.results", param="page", start=1, total="completion_events.count"
)
_CHAT_COMPLETION_EVENTS_SEARCH: Operation[models.SearchChatCompletionEventsResponse] = Operation(
    operation_id="get_chat_completion_events_v1_observability_chat_completion_events_search_post",
    method="POST",
    path="/v1/observability/chat-completion-events/search",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.SearchChatCompletionEventsResponse,
    body=lambda: models.SearchChatCompletionEventsRequest,
    body_kind="json",
    wire="mistralai.api.observability._generated.wire",
    omit_none=frozenset({"page_size"}),
)
_CHAT_COMPLETION_EVENTS_SEARCH_PAGING = CursorPaging(
    items="completion_events.results", cursor="completion_events.cursor", param="cursor"
)
_CHAT_COMPLETION_EVENTS_SEARCH_IDS: Operation[models.SearchChatCompletionEventIdsResponse] = (
    Operation(
        operation_id="get_chat_completion_event_ids_v1_observability_chat_completion_events_search_ids_post",
        method="POST",
        path="/v1/observability/chat-completion-events/search-ids",
        namespace="beta.observability",
        retry_safe=True,
        response=lambda: models.SearchChatCompletionEventIdsResponse,
        body=lambda: models.SearchChatCompletionEventIdsRequest,
        body_kind="json",
        wire="mistralai.api.observability._generated.wire",
    )
)
_CHAT_COMPLETION_EVENTS_FETCH: Operation[models.ChatCompletionEvent] = Operation(
    operation_id="get_chat_completion_event_v1_observability_chat_completion_events__event_id__get",
    method="GET",
    path="/v1/observability/chat-completion-events/{event_id}",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.ChatCompletionEvent,
)
_CHAT_COMPLETION_EVENTS_FETCH_SIMILAR_EVENTS: Operation[
    models.SearchChatCompletionEventsResponse
] = Operation(
    operation_id="get_similar_chat_completion_events_v1_observability_chat_completion_events__event_id__similar_events_get",
    method="GET",
    path="/v1/observability/chat-completion-events/{event_id}/similar-events",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.SearchChatCompletionEventsResponse,
)
_CHAT_COMPLETION_EVENTS_JUDGE: Operation[models.JudgeOutput] = Operation(
    operation_id="judge_chat_completion_event_v1_observability_chat_completion_events__event_id__live_judging_post",
    method="POST",
    path="/v1/observability/chat-completion-events/{event_id}/live-judging",
    namespace="beta.observability",
    retry_safe=False,
    response=lambda: models.JudgeOutput,
    body=lambda: models.JudgeChatCompletionEventRequest,
    body_kind="json",
    wire="mistralai.api.observability._generated.wire",
)
_FIELDS_LIST: Operation[models.ListChatCompletionFieldsResponse] = Operation(
    operation_id="get_chat_completion_fields_v1_observability_chat_completion_fields_get",
    method="GET",
    path="/v1/observability/chat-completion-fields",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.ListChatCompletionFieldsResponse,
)
_FIELDS_FETCH_OPTIONS: Operation[models.FetchChatCompletionFieldOptionsResponse] = Operation(
    operation_id="get_chat_completion_field_options_v1_observability_chat_completion_fields__field_name__options_get",
    method="GET",
    path="/v1/observability/chat-completion-fields/{field_name}/options",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.FetchChatCompletionFieldOptionsResponse,
)
_FIELDS_FETCH_OPTION_COUNTS: Operation[models.FetchFieldOptionCountsResponse] = Operation(
    operation_id="get_chat_completion_field_options_counts_v1_observability_chat_completion_fields__field_name__options_counts_post",
    method="POST",
    path="/v1/observability/chat-completion-fields/{field_name}/options-counts",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.FetchFieldOptionCountsResponse,
    body=lambda: models.FetchFieldOptionCountsRequest,
    body_kind="json",
    wire="mistralai.api.observability._generated.wire",
)
_DATASETS_CREATE: Operation[models.Dataset] = Operation(
    operation_id="create_dataset_v1_observability_datasets_post",
    method="POST",
    path="/v1/observability/datasets",
    namespace="beta.observability",
    retry_safe=False,
    response=lambda: models.Dataset,
    body=lambda: models.CreateDatasetRequest,
    body_kind="json",
    wire="mistralai.api.observability._generated.wire",
)
_DATASETS_LIST: Operation[models.ListDatasetsResponse] = Operation(
    operation_id="get_datasets_v1_observability_datasets_get",
    method="GET",
    path="/v1/observability/datasets",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.ListDatasetsResponse,
    omit_none=frozenset({"page_size", "page"}),
)
_DATASETS_LIST_PAGING = PagePaging(
    items="datasets.results", param="page", start=1, total="datasets.count"
)
_DATASETS_FETCH: Operation[models.DatasetPreview] = Operation(
    operation_id="get_dataset_by_id_v1_observability_datasets__dataset_id__get",
    method="GET",
    path="/v1/observability/datasets/{dataset_id}",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.DatasetPreview,
)
_DATASETS_DELETE: Operation[None] = Operation(
    operation_id="delete_dataset_v1_observability_datasets__dataset_id__delete",
    method="DELETE",
    path="/v1/observability/datasets/{dataset_id}",
    namespace="beta.observability",
    retry_safe=True,
    response=None,
)
_DATASETS_UPDATE: Operation[models.DatasetPreview] = Operation(
    operation_id="update_dataset_v1_observability_datasets__dataset_id__patch",
    method="PATCH",
    path="/v1/observability/datasets/{dataset_id}",
    namespace="beta.observability",
    retry_safe=False,
    response=lambda: models.DatasetPreview,
    body=lambda: models.UpdateDatasetRequest,
    body_kind="json",
    wire="mistralai.api.observability._generated.wire",
)
_DATASETS_LIST_RECORDS: Operation[models.ListDatasetRecordsResponse] = Operation(
    operation_id="get_dataset_records_v1_observability_datasets__dataset_id__records_get",
    method="GET",
    path="/v1/observability/datasets/{dataset_id}/records",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.ListDatasetRecordsResponse,
    omit_none=frozenset({"page_size", "page"}),
)
_DATASETS_LIST_RECORDS_PAGING = PagePaging(
    items="records.results", param="page", start=1, total="records.count"
)
_DATASETS_CREATE_RECORD: Operation[models.DatasetRecord] = Operation(
    operation_id="create_dataset_record_v1_observability_datasets__dataset_id__records_post",
    method="POST",
    path="/v1/observability/datasets/{dataset_id}/records",
    namespace="beta.observability",
    retry_safe=False,
    response=lambda: models.DatasetRecord,
    body=lambda: models.CreateDatasetRecordRequest,
    body_kind="json",
    wire="mistralai.api.observability._generated.wire",
    omit_none=frozenset({"properties"}),
)
_DATASETS_IMPORT_FROM_CAMPAIGN: Operation[models.DatasetImportTask] = Operation(
    operation_id="post_dataset_records_from_campaign_v1_observability_datasets__dataset_id__imports_from_campaign_post",
    method="POST",
    path="/v1/observability/datasets/{dataset_id}/imports/from-campaign",
    namespace="beta.observability",
    retry_safe=False,
    response=lambda: models.DatasetImportTask,
    body=lambda: models.ImportDatasetFromCampaignRequest,
    body_kind="json",
    wire="mistralai.api.observability._generated.wire",
)
_DATASETS_IMPORT_FROM_EXPLORER: Operation[models.DatasetImportTask] = Operation(
    operation_id="post_dataset_records_from_explorer_v1_observability_datasets__dataset_id__imports_from_explorer_post",
    method="POST",
    path="/v1/observability/datasets/{dataset_id}/imports/from-explorer",
    namespace="beta.observability",
    retry_safe=False,
    response=lambda: models.DatasetImportTask,
    body=lambda: models.ImportDatasetFromExplorerRequest,
    body_kind="json",
    wire="mistralai.api.observability._generated.wire",
)
_DATASETS_IMPORT_FROM_FILE: Operation[models.DatasetImportTask] = Operation(
    operation_id="post_dataset_records_from_file_v1_observability_datasets__dataset_id__imports_from_file_post",
    method="POST",
    path="/v1/observability/datasets/{dataset_id}/imports/from-file",
    namespace="beta.observability",
    retry_safe=False,
    response=lambda: models.DatasetImportTask,
    body=lambda: models.ImportDatasetFromFileRequest,
    body_kind="json",
    wire="mistralai.api.observability._generated.wire",
)
_DATASETS_IMPORT_FROM_PLAYGROUND: Operation[models.DatasetImportTask] = Operation(
    operation_id="post_dataset_records_from_playground_v1_observability_datasets__dataset_id__imports_from_playground_post",
    method="POST",
    path="/v1/observability/datasets/{dataset_id}/imports/from-playground",
    namespace="beta.observability",
    retry_safe=False,
    response=lambda: models.DatasetImportTask,
    body=lambda: models.ImportDatasetFromPlaygroundRequest,
    body_kind="json",
    wire="mistralai.api.observability._generated.wire",
)
_DATASETS_IMPORT_FROM_DATASET_RECORDS: Operation[models.DatasetImportTask] = Operation(
    operation_id="post_dataset_records_from_dataset_v1_observability_datasets__dataset_id__imports_from_dataset_post",
    method="POST",
    path="/v1/observability/datasets/{dataset_id}/imports/from-dataset",
    namespace="beta.observability",
    retry_safe=False,
    response=lambda: models.DatasetImportTask,
    body=lambda: models.ImportDatasetFromDatasetRequest,
    body_kind="json",
    wire="mistralai.api.observability._generated.wire",
)
_DATASETS_EXPORT_TO_JSONL: Operation[models.ExportDatasetResponse] = Operation(
    operation_id="export_dataset_to_jsonl_v1_observability_datasets__dataset_id__exports_to_jsonl_get",
    method="GET",
    path="/v1/observability/datasets/{dataset_id}/exports/to-jsonl",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.ExportDatasetResponse,
)
_DATASETS_FETCH_TASK: Operation[models.DatasetImportTask] = Operation(
    operation_id="get_dataset_import_task_v1_observability_datasets__dataset_id__tasks__task_id__get",
    method="GET",
    path="/v1/observability/datasets/{dataset_id}/tasks/{task_id}",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.DatasetImportTask,
)
_DATASETS_LIST_TASKS: Operation[models.ListDatasetImportTasksResponse] = Operation(
    operation_id="get_dataset_import_tasks_v1_observability_datasets__dataset_id__tasks_get",
    method="GET",
    path="/v1/observability/datasets/{dataset_id}/tasks",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.ListDatasetImportTasksResponse,
    omit_none=frozenset({"page_size", "page"}),
)
_DATASETS_LIST_TASKS_PAGING = PagePaging(
    items="tasks.results", param="page", start=1, total="tasks.count"
)
_DATASETS_IMPORT_FROM_SPANS: Operation[models.DatasetImportTask] = Operation(
    operation_id="post_dataset_records_from_spans_v1_observability_datasets__dataset_id__imports_from_spans_post",
    method="POST",
    path="/v1/observability/datasets/{dataset_id}/imports/from-spans",
    namespace="beta.observability",
    retry_safe=False,
    response=lambda: models.DatasetImportTask,
    body=lambda: models.ImportDatasetFromSpansRequest,
    body_kind="json",
    wire="mistralai.api.observability._generated.wire",
)
_RECORDS_FETCH: Operation[models.DatasetRecord] = Operation(
    operation_id="get_dataset_record_v1_observability_dataset_records__dataset_record_id__get",
    method="GET",
    path="/v1/observability/dataset-records/{dataset_record_id}",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.DatasetRecord,
)
_RECORDS_DELETE: Operation[None] = Operation(
    operation_id="delete_dataset_record_v1_observability_dataset_records__dataset_record_id__delete",
    method="DELETE",
    path="/v1/observability/dataset-records/{dataset_record_id}",
    namespace="beta.observability",
    retry_safe=True,
    response=None,
)
_RECORDS_BULK_DELETE: Operation[None] = Operation(
    operation_id="delete_dataset_records_v1_observability_dataset_records_bulk_delete_post",
    method="POST",
    path="/v1/observability/dataset-records/bulk-delete",
    namespace="beta.observability",
    retry_safe=False,
    response=None,
    body=lambda: models.DeleteDatasetRecordsRequest,
    body_kind="json",
    wire="mistralai.api.observability._generated.wire",
)
_RECORDS_JUDGE: Operation[models.JudgeOutput] = Operation(
    operation_id="judge_dataset_record_v1_observability_dataset_records__dataset_record_id__live_judging_post",
    method="POST",
    path="/v1/observability/dataset-records/{dataset_record_id}/live-judging",
    namespace="beta.observability",
    retry_safe=False,
    response=lambda: models.JudgeOutput,
    body=lambda: models.JudgeDatasetRecordRequest,
    body_kind="json",
    wire="mistralai.api.observability._generated.wire",
)
_RECORDS_UPDATE_PAYLOAD: Operation[None] = Operation(
    operation_id="update_dataset_record_payload_v1_observability_dataset_records__dataset_record_id__payload_put",
    method="PUT",
    path="/v1/observability/dataset-records/{dataset_record_id}/payload",
    namespace="beta.observability",
    retry_safe=True,
    response=None,
    body=lambda: models.UpdateDatasetRecordPayloadRequest,
    body_kind="json",
    wire="mistralai.api.observability._generated.wire",
)
_RECORDS_UPDATE_PROPERTIES: Operation[None] = Operation(
    operation_id="update_dataset_record_properties_v1_observability_dataset_records__dataset_record_id__properties_put",
    method="PUT",
    path="/v1/observability/dataset-records/{dataset_record_id}/properties",
    namespace="beta.observability",
    retry_safe=True,
    response=None,
    body=lambda: models.UpdateDatasetRecordPropertiesRequest,
    body_kind="json",
    wire="mistralai.api.observability._generated.wire",
)
_EVALUATIONS_CREATE_PIPELINE: Operation[models.Pipeline] = Operation(
    operation_id="create_pipeline_v1_observability_pipelines_post",
    method="POST",
    path="/v1/observability/pipelines",
    namespace="beta.observability",
    retry_safe=False,
    response=lambda: models.Pipeline,
    body=lambda: models.CreatePipelineRequest,
    body_kind="json",
    wire="mistralai.api.observability._generated.wire",
)
_EVALUATIONS_LIST_PIPELINES: Operation[models.PipelinesResponse] = Operation(
    operation_id="list_pipelines_v1_observability_pipelines_get",
    method="GET",
    path="/v1/observability/pipelines",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.PipelinesResponse,
)
_EVALUATIONS_LIST_PIPELINES_PAGING = PagePaging(
    items="pipelines.results", param="page", start=1, total="pipelines.count"
)
_EVALUATIONS_GET_PIPELINE: Operation[models.Pipeline] = Operation(
    operation_id="get_pipeline_v1_observability_pipelines__pipeline_id__get",
    method="GET",
    path="/v1/observability/pipelines/{pipeline_id}",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.Pipeline,
)
_EVALUATIONS_UPDATE_PIPELINE: Operation[models.Pipeline] = Operation(
    operation_id="update_pipeline_v1_observability_pipelines__pipeline_id__put",
    method="PUT",
    path="/v1/observability/pipelines/{pipeline_id}",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.Pipeline,
    body=lambda: models.UpdatePipelineRequest,
    body_kind="json",
    wire="mistralai.api.observability._generated.wire",
    omit_none=frozenset({"name", "selectors", "definitions", "enabled"}),
)
_EVALUATIONS_DELETE_PIPELINE: Operation[None] = Operation(
    operation_id="delete_pipeline_v1_observability_pipelines__pipeline_id__delete",
    method="DELETE",
    path="/v1/observability/pipelines/{pipeline_id}",
    namespace="beta.observability",
    retry_safe=True,
    response=None,
)
_EVALUATIONS_LIST: Operation[models.EvaluationsV2] = Operation(
    operation_id="get_project_evaluations_v2_v1_observability_projects__project_slug__evaluations_v2_get",
    method="GET",
    path="/v1/observability/projects/{project_slug}/evaluations_v2",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.EvaluationsV2,
)
_EVALUATIONS_LIST_PAGING = PagePaging(
    items="evaluations.results", param="page", start=1, total="evaluations.count"
)
_EVALUATIONS_GET: Operation[models.EvaluationV2] = Operation(
    operation_id="get_evaluation_v2_v1_observability_evaluations_v2__evaluation_slug__get",
    method="GET",
    path="/v1/observability/evaluations_v2/{evaluation_slug}",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.EvaluationV2,
)
_OPTIMIZATIONS_LIST: Operation[models.ListOptimizationsResponse] = Operation(
    operation_id="list_optimizations_v1_observability_optimizations_get",
    method="GET",
    path="/v1/observability/optimizations",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.ListOptimizationsResponse,
)
_OPTIMIZATIONS_LIST_PAGING = PagePaging(
    items="optimizations.results", param="page", start=1, total="optimizations.count"
)
_OPTIMIZATIONS_GET: Operation[models.OptimizationDetail] = Operation(
    operation_id="get_optimization_v1_observability_optimizations__optimization_id__get",
    method="GET",
    path="/v1/observability/optimizations/{optimization_id}",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.OptimizationDetail,
)
_OPTIMIZATIONS_LIST_TRIALS: Operation[models.ListOptimizationTrialsResponse] = Operation(
    operation_id="list_optimization_trials_v1_observability_optimizations__optimization_id__trials_get",
    method="GET",
    path="/v1/observability/optimizations/{optimization_id}/trials",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.ListOptimizationTrialsResponse,
)
_OPTIMIZATIONS_LIST_TRIALS_PAGING = PagePaging(
    items="trials.results", param="page", start=1, total="trials.count"
)
_EVALUATIONS_PROJECTS_LIST: Operation[models.Projects] = Operation(
    operation_id="get_projects_v1_observability_projects_get",
    method="GET",
    path="/v1/observability/projects",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.Projects,
)
_EVALUATIONS_PROJECTS_LIST_PAGING = PagePaging(
    items="projects.results", param="page", start=1, total="projects.count"
)
_EVALUATIONS_PROJECTS_GET: Operation[models.Project] = Operation(
    operation_id="get_project_v1_observability_projects__project_slug__get",
    method="GET",
    path="/v1/observability/projects/{project_slug}",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.Project,
)
_EVALUATIONS_RECORDS_GET: Operation[models.EvaluationRunRecordV2Response] = Operation(
    operation_id="get_evaluation_run_record_v2_v1_observability_evaluation_runs_v2__run_id__records__record_id__get",
    method="GET",
    path="/v1/observability/evaluation-runs_v2/{run_id}/records/{record_id}",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.EvaluationRunRecordV2Response,
)
_EVALUATIONS_RECORDS_SEARCH: Operation[models.ListEvaluationRunRecordsResponse] = Operation(
    operation_id="search_evaluation_run_records_v2_v1_observability_evaluation_runs_v2__run_id__records_search_post",
    method="POST",
    path="/v1/observability/evaluation-runs_v2/{run_id}/records/search",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.ListEvaluationRunRecordsResponse,
    body=lambda: models.EvaluationRunRecordFilterInput,
    body_kind="json",
    wire="mistralai.api.observability._generated.wire",
)
_EVALUATIONS_RECORDS_SEARCH_PAGING = PagePaging(
    items="records.results", param="page", start=1, total="records.count"
)
_EVALUATIONS_RUNS_SEARCH: Operation[models.ListEvaluationRunsResponse] = Operation(
    operation_id="search_evaluation_runs_v2_v1_observability_evaluations_v2__evaluation_slug__runs_search_post",
    method="POST",
    path="/v1/observability/evaluations_v2/{evaluation_slug}/runs/search",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.ListEvaluationRunsResponse,
    body=lambda: models.EvaluationRunFilterInput,
    body_kind="json",
    wire="mistralai.api.observability._generated.wire",
)
_EVALUATIONS_RUNS_SEARCH_PAGING = PagePaging(
    items="runs.results", param="page", start=1, total="runs.count"
)
_EVALUATIONS_RUNS_SEARCH_ALL: Operation[models.SearchAllEvaluationRunsResponse] = Operation(
    operation_id="search_all_evaluation_runs_v2_v1_observability_evaluation_runs_v2_search_post",
    method="POST",
    path="/v1/observability/evaluation-runs_v2/search",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.SearchAllEvaluationRunsResponse,
    body=lambda: models.EvaluationRunFilterInput,
    body_kind="json",
    wire="mistralai.api.observability._generated.wire",
)
_EVALUATIONS_RUNS_SEARCH_ALL_PAGING = PagePaging(
    items="runs.results", param="page", start=1, total="runs.count"
)
_EVALUATIONS_RUNS_GET: Operation[models.EvaluationRunV2Response] = Operation(
    operation_id="get_evaluation_run_v2_v1_observability_evaluation_runs_v2__run_id__get",
    method="GET",
    path="/v1/observability/evaluation-runs_v2/{run_id}",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.EvaluationRunV2Response,
)
_EVALUATIONS_RUNS_GET_STATISTICS: Operation[models.RunStatisticsResponse] = Operation(
    operation_id="get_single_evaluation_run_statistics_v2_v1_observability_evaluation_runs_v2__run_id__statistics_get",
    method="GET",
    path="/v1/observability/evaluation-runs_v2/{run_id}/statistics",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.RunStatisticsResponse,
)
_EVALUATIONS_RUNS_COMPUTE_STATISTICS: Operation[models.RunStatisticsResponse] = Operation(
    operation_id="compute_filtered_run_statistics_v2_v1_observability_evaluation_runs_v2__run_id__statistics_compute_post",
    method="POST",
    path="/v1/observability/evaluation-runs_v2/{run_id}/statistics/compute",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.RunStatisticsResponse,
    body=lambda: models.EvaluationRunRecordFilterInput,
    body_kind="json",
    wire="mistralai.api.observability._generated.wire",
)
_JUDGES_CREATE: Operation[models.Judge] = Operation(
    operation_id="create_judge_v1_observability_judges_post",
    method="POST",
    path="/v1/observability/judges",
    namespace="beta.observability",
    retry_safe=False,
    response=lambda: models.Judge,
    body=lambda: models.CreateJudgeRequest,
    body_kind="json",
    wire="mistralai.api.observability._generated.wire",
)
_JUDGES_LIST: Operation[models.ListJudgesResponse] = Operation(
    operation_id="get_judges_v1_observability_judges_get",
    method="GET",
    path="/v1/observability/judges",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.ListJudgesResponse,
    omit_none=frozenset({"page_size", "page"}),
)
_JUDGES_LIST_PAGING = PagePaging(
    items="judges.results", param="page", start=1, total="judges.count"
)
_JUDGES_FETCH: Operation[models.Judge] = Operation(
    operation_id="get_judge_by_id_v1_observability_judges__judge_id__get",
    method="GET",
    path="/v1/observability/judges/{judge_id}",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.Judge,
)
_JUDGES_DELETE: Operation[None] = Operation(
    operation_id="delete_judge_v1_observability_judges__judge_id__delete",
    method="DELETE",
    path="/v1/observability/judges/{judge_id}",
    namespace="beta.observability",
    retry_safe=True,
    response=None,
)
_JUDGES_UPDATE: Operation[None] = Operation(
    operation_id="update_judge_v1_observability_judges__judge_id__put",
    method="PUT",
    path="/v1/observability/judges/{judge_id}",
    namespace="beta.observability",
    retry_safe=True,
    response=None,
    body=lambda: models.UpdateJudgeRequest,
    body_kind="json",
    wire="mistralai.api.observability._generated.wire",
)
_JUDGES_JUDGE_CONVERSATION: Operation[models.JudgeOutput] = Operation(
    operation_id="judge_conversation_v1_observability_judges__judge_id__live_judging_post",
    method="POST",
    path="/v1/observability/judges/{judge_id}/live-judging",
    namespace="beta.observability",
    retry_safe=False,
    response=lambda: models.JudgeOutput,
    body=lambda: models.JudgeConversationRequest,
    body_kind="json",
    wire="mistralai.api.observability._generated.wire",
)
_LOGS_SEARCH: Operation[models.GetLogs] = Operation(
    operation_id="search_logs_v1_observability_logs_search_post",
    method="POST",
    path="/v1/observability/logs/search",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.GetLogs,
    body=lambda: models.LogsRequest,
    body_kind="json",
    wire="mistralai.api.observability._generated.wire",
    omit_none=frozenset({"page_size", "order"}),
)
_LOGS_SEARCH_PAGING = CursorPaging(items="logs.results", cursor="logs.cursor", param="cursor")
_LOGS_LIST: Operation[models.GetLogFields] = Operation(
    operation_id="get_log_fields_v1_observability_logs_fields_get",
    method="GET",
    path="/v1/observability/logs/fields",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.GetLogFields,
)
_LOGS_FETCH_OPTIONS: Operation[models.GetLogFieldOptions] = Operation(
    operation_id="get_log_field_options_v1_observability_logs_fields__field_name__options_get",
    method="GET",
    path="/v1/observability/logs/fields/{field_name}/options",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.GetLogFieldOptions,
)
_SPANS_SEARCH_SPANS: Operation[models.GetSpans] = Operation(
    operation_id="search_spans_v1_observability_spans_search_post",
    method="POST",
    path="/v1/observability/spans/search",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.GetSpans,
    body=lambda: models.SpansRequest,
    body_kind="json",
    wire="mistralai.api.observability._generated.wire",
    omit_none=frozenset({"page_size"}),
)
_SPANS_SEARCH_SPANS_PAGING = CursorPaging(
    items="spans.results", cursor="spans.cursor", param="cursor"
)
_SPANS_AGGREGATE: Operation[models.Aggregation] = Operation(
    operation_id="aggregate_spans_v1_observability_spans_aggregate_post",
    method="POST",
    path="/v1/observability/spans/aggregate",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.Aggregation,
    body=lambda: models.AggregationRequest,
    body_kind="json",
    wire="mistralai.api.observability._generated.wire",
    omit_none=frozenset({"dimensions", "limit"}),
)
_SPANS_SEARCH_SPAN_EVALUATIONS: Operation[models.GetSpanEvaluations] = Operation(
    operation_id="search_span_evaluations_v1_observability_spans_evaluations_search_post",
    method="POST",
    path="/v1/observability/spans/evaluations/search",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.GetSpanEvaluations,
    body=lambda: models.SpanEvaluationsRequest,
    body_kind="json",
    wire="mistralai.api.observability._generated.wire",
    omit_none=frozenset({"page_size"}),
)
_SPANS_SEARCH_SPAN_EVALUATIONS_PAGING = CursorPaging(
    items="span_evaluations.results", cursor="span_evaluations.cursor", param="cursor"
)
_SPANS_SEARCH_LATEST_SPAN_EVALUATIONS: Operation[models.GetSpanEvaluations] = Operation(
    operation_id="search_latest_span_evaluations_v1_observability_spans_evaluations_search_latest_post",
    method="POST",
    path="/v1/observability/spans/evaluations/search/latest",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.GetSpanEvaluations,
    body=lambda: models.SpanEvaluationsRequest,
    body_kind="json",
    wire="mistralai.api.observability._generated.wire",
    omit_none=frozenset({"page_size"}),
)
_SPANS_SEARCH_LATEST_SPAN_EVALUATIONS_PAGING = CursorPaging(
    items="span_evaluations.results", cursor="span_evaluations.cursor", param="cursor"
)
_SPANS_LIST_SPAN_FIELDS: Operation[models.GetSpanFields] = Operation(
    operation_id="get_span_fields_v1_observability_spans_fields_get",
    method="GET",
    path="/v1/observability/spans/fields",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.GetSpanFields,
)
_SPANS_LIST_SPAN_EVAL_FIELDS: Operation[models.GetSpanEvaluationFields] = Operation(
    operation_id="get_span_evaluation_fields_v1_observability_spans_evaluations_fields_get",
    method="GET",
    path="/v1/observability/spans/evaluations/fields",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.GetSpanEvaluationFields,
)
_SPANS_FETCH_SPAN_FIELD_OPTIONS: Operation[models.GetSpanFieldOptions] = Operation(
    operation_id="get_span_field_options_v1_observability_spans_fields__field_name__options_get",
    method="GET",
    path="/v1/observability/spans/fields/{field_name}/options",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.GetSpanFieldOptions,
)
_SPANS_FETCH_SPAN_EVAL_FIELD_OPTIONS: Operation[models.GetSpanEvaluationFieldOptions] = Operation(
    operation_id="get_span_evaluation_field_options_v1_observability_spans_evaluations_fields__field_name__options_get",
    method="GET",
    path="/v1/observability/spans/evaluations/fields/{field_name}/options",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.GetSpanEvaluationFieldOptions,
)
_SPANS_AGGREGATE_SPAN_EVALUATIONS: Operation[models.Aggregation] = Operation(
    operation_id="aggregate_span_evaluations_v1_observability_spans_evaluations_aggregate_post",
    method="POST",
    path="/v1/observability/spans/evaluations/aggregate",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.Aggregation,
    body=lambda: models.AggregationRequest,
    body_kind="json",
    wire="mistralai.api.observability._generated.wire",
    omit_none=frozenset({"dimensions", "limit"}),
)
_SPANS_SEARCH_PIPELINE_RESULTS: Operation[models.GetPipelineResults] = Operation(
    operation_id="search_pipeline_results_v1_observability_pipeline_results_search_post",
    method="POST",
    path="/v1/observability/pipeline-results/search",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.GetPipelineResults,
    body=lambda: models.PipelineResultsRequest,
    body_kind="json",
    wire="mistralai.api.observability._generated.wire",
)
_SPANS_SEARCH_PIPELINE_RESULTS_PAGING = CursorPaging(
    items="pipeline_results.results", cursor="pipeline_results.cursor", param="cursor"
)
_TRACES_SEARCH: Operation[models.GetTraces] = Operation(
    operation_id="search_traces_v1_observability_traces_search_post",
    method="POST",
    path="/v1/observability/traces/search",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.GetTraces,
    body=lambda: models.TracesRequest,
    body_kind="json",
    wire="mistralai.api.observability._generated.wire",
    omit_none=frozenset({"page_size"}),
)
_TRACES_SEARCH_PAGING = CursorPaging(items="traces.results", cursor="traces.cursor", param="cursor")
_TRACES_AGGREGATE: Operation[models.Aggregation] = Operation(
    operation_id="aggregate_traces_v1_observability_traces_aggregate_post",
    method="POST",
    path="/v1/observability/traces/aggregate",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.Aggregation,
    body=lambda: models.AggregationRequest,
    body_kind="json",
    wire="mistralai.api.observability._generated.wire",
    omit_none=frozenset({"dimensions", "limit"}),
)
_TRACES_GET_TRACE_FIELDS: Operation[models.GetTraceFields] = Operation(
    operation_id="get_trace_fields_v1_observability_traces_fields_get",
    method="GET",
    path="/v1/observability/traces/fields",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.GetTraceFields,
)
_TRACES_GET_TRACE_BY_ID: Operation[models.GetTrace] = Operation(
    operation_id="get_trace_by_id_v1_observability_traces__trace_id__get",
    method="GET",
    path="/v1/observability/traces/{trace_id}",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.GetTrace,
)
_TRACES_GET_TRACE_SPANS: Operation[models.GetSpans] = Operation(
    operation_id="get_trace_spans_v1_observability_traces__trace_id__spans_get",
    method="GET",
    path="/v1/observability/traces/{trace_id}/spans",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.GetSpans,
    omit_none=frozenset({"page_size"}),
)
_TRACES_GET_TRACE_SPANS_PAGING = CursorPaging(
    items="spans.results", cursor="spans.cursor", param="cursor"
)
_TRACES_FETCH_OPTIONS: Operation[models.GetTraceFieldOptions] = Operation(
    operation_id="get_trace_field_options_v1_observability_traces_fields__field_name__options_get",
    method="GET",
    path="/v1/observability/traces/fields/{field_name}/options",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.GetTraceFieldOptions,
)
_TRACES_GET_SPAN_BY_ID: Operation[models.GetSpan] = Operation(
    operation_id="get_span_by_id_v1_observability_traces__trace_id__spans__span_id__get",
    method="GET",
    path="/v1/observability/traces/{trace_id}/spans/{span_id}",
    namespace="beta.observability",
    retry_safe=True,
    response=lambda: models.GetSpan,
)


class Observability(Resource):
    """Operations of ``beta.observability``."""

    __slots__ = (
        "_ns_campaigns",
        "_ns_chat_completion_events",
        "_ns_datasets",
        "_ns_evaluations",
        "_ns_judges",
        "_ns_logs",
        "_ns_spans",
        "_ns_traces",
    )
    _ns_campaigns: Campaigns
    _ns_chat_completion_events: ChatCompletionEvents
    _ns_datasets: Datasets
    _ns_evaluations: Evaluations
    _ns_judges: Judges
    _ns_logs: Logs
    _ns_spans: Spans
    _ns_traces: Traces

    @property
    def campaigns(self) -> Campaigns:
        """Operations of ``beta.observability.campaigns``."""
        try:
            return self._ns_campaigns
        except AttributeError:
            self._ns_campaigns = Campaigns(self._client)
            return self._ns_campaigns

    @property
    def chat_completion_events(self) -> ChatCompletionEvents:
        """Operations of ``beta.observability.chat_completion_events``."""
        try:
            return self._ns_chat_completion_events
        except AttributeError:
            self._ns_chat_completion_events = ChatCompletionEvents(self._client)
            return self._ns_chat_completion_events

    @property
    def datasets(self) -> Datasets:
        """Operations of ``beta.observability.datasets``."""
        try:
            return self._ns_datasets
        except AttributeError:
            self._ns_datasets = Datasets(self._client)
            return self._ns_datasets

    @property
    def evaluations(self) -> Evaluations:
        """Operations of ``beta.observability.evaluations``."""
        try:
            return self._ns_evaluations
        except AttributeError:
            self._ns_evaluations = Evaluations(self._client)
            return self._ns_evaluations

    @property
    def judges(self) -> Judges:
        """Operations of ``beta.observability.judges``."""
        try:
            return self._ns_judges
        except AttributeError:
            self._ns_judges = Judges(self._client)
            return self._ns_judges

    @property
    def logs(self) -> Logs:
        """Operations of ``beta.observability.logs``."""
        try:
            return self._ns_logs
        except AttributeError:
            self._ns_logs = Logs(self._client)
            return self._ns_logs

    @property
    def spans(self) -> Spans:
        """Operations of ``beta.observability.spans``."""
        try:
            return self._ns_spans
        except AttributeError:
            self._ns_spans = Spans(self._client)
            return self._ns_spans

    @property
    def traces(self) -> Traces:
        """Operations of ``beta.observability.traces``."""
        try:
            return self._ns_traces
        except AttributeError:
            self._ns_traces = Traces(self._client)
            return self._ns_traces


class Campaigns(Resource):
    """Operations of ``beta.observability.campaigns``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> CampaignsWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return CampaignsWithRawResponse(self)

    def create(
        self,
        *,
        search_params: models.FilterPayload | models.FilterPayloadTypedDict,
        judge_id: str,
        name: str,
        description: str,
        max_nb_events: int,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Campaign:
        """Create and start a new campaign.

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param search_params:
        :param judge_id:
        :param name:
        :param description:
        :param max_nb_events:
        """
        return self._client.request(
            _CAMPAIGNS_CREATE,
            body={
                "search_params": search_params,
                "judge_id": judge_id,
                "name": name,
                "description": description,
                "max_nb_events": max_nb_events,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def create_async(
        self,
        *,
        search_params: models.FilterPayload | models.FilterPayloadTypedDict,
        judge_id: str,
        name: str,
        description: str,
        max_nb_events: int,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Campaign:
        """Async twin of :meth:`create`."""
        return await self._client.request_async(
            _CAMPAIGNS_CREATE,
            body={
                "search_params": search_params,
                "judge_id": judge_id,
                "name": name,
                "description": description,
                "max_nb_events": max_nb_events,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def list(
        self,
        *,
        page_size: int | None = 50,
        page: int | None = 1,
        q: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListCampaignsResponse:
        """Get all campaigns.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param page_size:
        :param page:
        :param q:
        """
        return paginate(
            self._client,
            _CAMPAIGNS_LIST,
            _CAMPAIGNS_LIST_PAGING,
            {"page_size": page_size, "page": page, "q": q},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_async(
        self,
        *,
        page_size: int | None = 50,
        page: int | None = 1,
        q: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListCampaignsResponse:
        """Async twin of :meth:`list`."""
        return await paginate_async(
            self._client,
            _CAMPAIGNS_LIST,
            _CAMPAIGNS_LIST_PAGING,
            {"page_size": page_size, "page": page, "q": q},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def fetch(
        self,
        *,
        campaign_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Campaign:
        """Get campaign by id.

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param campaign_id:
        """
        return self._client.request(
            _CAMPAIGNS_FETCH,
            path={"campaign_id": campaign_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def fetch_async(
        self,
        *,
        campaign_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Campaign:
        """Async twin of :meth:`fetch`."""
        return await self._client.request_async(
            _CAMPAIGNS_FETCH,
            path={"campaign_id": campaign_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def delete(
        self,
        *,
        campaign_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a campaign.

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param campaign_id:
        """
        return self._client.request(
            _CAMPAIGNS_DELETE,
            path={"campaign_id": campaign_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def delete_async(
        self,
        *,
        campaign_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Async twin of :meth:`delete`."""
        return await self._client.request_async(
            _CAMPAIGNS_DELETE,
            path={"campaign_id": campaign_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def fetch_status(
        self,
        *,
        campaign_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.FetchCampaignStatusResponse:
        """Get campaign status by campaign id.

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param campaign_id:
        """
        return self._client.request(
            _CAMPAIGNS_FETCH_STATUS,
            path={"campaign_id": campaign_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def fetch_status_async(
        self,
        *,
        campaign_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.FetchCampaignStatusResponse:
        """Async twin of :meth:`fetch_status`."""
        return await self._client.request_async(
            _CAMPAIGNS_FETCH_STATUS,
            path={"campaign_id": campaign_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def list_events(
        self,
        *,
        campaign_id: str,
        page_size: int | None = 50,
        page: int | None = 1,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListCampaignSelectedEventsResponse:
        """Get event ids that were selected by the given campaign.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param campaign_id:
        :param page_size:
        :param page:
        """
        return paginate(
            self._client,
            _CAMPAIGNS_LIST_EVENTS,
            _CAMPAIGNS_LIST_EVENTS_PAGING,
            {"page_size": page_size, "page": page},
            path={"campaign_id": campaign_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_events_async(
        self,
        *,
        campaign_id: str,
        page_size: int | None = 50,
        page: int | None = 1,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListCampaignSelectedEventsResponse:
        """Async twin of :meth:`list_events`."""
        return await paginate_async(
            self._client,
            _CAMPAIGNS_LIST_EVENTS,
            _CAMPAIGNS_LIST_EVENTS_PAGING,
            {"page_size": page_size, "page": page},
            path={"campaign_id": campaign_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class ChatCompletionEvents(Resource):
    """Operations of ``beta.observability.chat_completion_events``."""

    __slots__ = ("_ns_fields",)
    _ns_fields: Fields

    @property
    def fields(self) -> Fields:
        """Operations of ``beta.observability.chat_completion_events.fields``."""
        try:
            return self._ns_fields
        except AttributeError:
            self._ns_fields = Fields(self._client)
            return self._ns_fields

    @property
    def with_raw_response(self) -> ChatCompletionEventsWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return ChatCompletionEventsWithRawResponse(self)

    def search(
        self,
        *,
        search_params: models.FilterPayload | models.FilterPayloadTypedDict,
        page_size: int | None = 50,
        cursor: OptionalNullable[str] = UNSET,
        extra_fields: OptionalNullable[Sequence[str]] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.SearchChatCompletionEventsResponse:
        """Get Chat Completion Events.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param search_params:
        :param page_size:
        :param cursor:
        :param extra_fields:
        """
        return paginate(
            self._client,
            _CHAT_COMPLETION_EVENTS_SEARCH,
            _CHAT_COMPLETION_EVENTS_SEARCH_PAGING,
            {"page_size": page_size, "cursor": cursor},
            body={"search_params": search_params, "extra_fields": extra_fields},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def search_async(
        self,
        *,
        search_params: models.FilterPayload | models.FilterPayloadTypedDict,
        page_size: int | None = 50,
        cursor: OptionalNullable[str] = UNSET,
        extra_fields: OptionalNullable[Sequence[str]] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.SearchChatCompletionEventsResponse:
        """Async twin of :meth:`search`."""
        return await paginate_async(
            self._client,
            _CHAT_COMPLETION_EVENTS_SEARCH,
            _CHAT_COMPLETION_EVENTS_SEARCH_PAGING,
            {"page_size": page_size, "cursor": cursor},
            body={"search_params": search_params, "extra_fields": extra_fields},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def search_ids(
        self,
        *,
        search_params: models.FilterPayload | models.FilterPayloadTypedDict,
        extra_fields: OptionalNullable[Sequence[str]] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.SearchChatCompletionEventIdsResponse:
        """Alternative to /search that returns only the IDs and that can return many IDs at once.

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param search_params:
        :param extra_fields:
        """
        return self._client.request(
            _CHAT_COMPLETION_EVENTS_SEARCH_IDS,
            body={"search_params": search_params, "extra_fields": extra_fields},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def search_ids_async(
        self,
        *,
        search_params: models.FilterPayload | models.FilterPayloadTypedDict,
        extra_fields: OptionalNullable[Sequence[str]] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.SearchChatCompletionEventIdsResponse:
        """Async twin of :meth:`search_ids`."""
        return await self._client.request_async(
            _CHAT_COMPLETION_EVENTS_SEARCH_IDS,
            body={"search_params": search_params, "extra_fields": extra_fields},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def fetch(
        self,
        *,
        event_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ChatCompletionEvent:
        """Get Chat Completion Event.

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param event_id:
        """
        return self._client.request(
            _CHAT_COMPLETION_EVENTS_FETCH,
            path={"event_id": event_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def fetch_async(
        self,
        *,
        event_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ChatCompletionEvent:
        """Async twin of :meth:`fetch`."""
        return await self._client.request_async(
            _CHAT_COMPLETION_EVENTS_FETCH,
            path={"event_id": event_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def fetch_similar_events(
        self,
        *,
        event_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.SearchChatCompletionEventsResponse:
        """Get Similar Chat Completion Events.

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param event_id:
        """
        return self._client.request(
            _CHAT_COMPLETION_EVENTS_FETCH_SIMILAR_EVENTS,
            path={"event_id": event_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def fetch_similar_events_async(
        self,
        *,
        event_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.SearchChatCompletionEventsResponse:
        """Async twin of :meth:`fetch_similar_events`."""
        return await self._client.request_async(
            _CHAT_COMPLETION_EVENTS_FETCH_SIMILAR_EVENTS,
            path={"event_id": event_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def judge(
        self,
        *,
        event_id: str,
        judge_definition: models.CreateJudgeRequest | models.CreateJudgeRequestTypedDict,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.JudgeOutput:
        """Run Judge on an event based on the given options.

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param event_id:
        :param judge_definition:
        """
        return self._client.request(
            _CHAT_COMPLETION_EVENTS_JUDGE,
            path={"event_id": event_id},
            body={"judge_definition": judge_definition},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def judge_async(
        self,
        *,
        event_id: str,
        judge_definition: models.CreateJudgeRequest | models.CreateJudgeRequestTypedDict,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.JudgeOutput:
        """Async twin of :meth:`judge`."""
        return await self._client.request_async(
            _CHAT_COMPLETION_EVENTS_JUDGE,
            path={"event_id": event_id},
            body={"judge_definition": judge_definition},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class Fields(Resource):
    """Operations of ``beta.observability.chat_completion_events.fields``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> FieldsWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return FieldsWithRawResponse(self)

    def list(
        self,
        *,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListChatCompletionFieldsResponse:
        """Get Chat Completion Fields.

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).
        """
        return self._client.request(
            _FIELDS_LIST,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_async(
        self,
        *,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListChatCompletionFieldsResponse:
        """Async twin of :meth:`list`."""
        return await self._client.request_async(
            _FIELDS_LIST,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def fetch_options(
        self,
        *,
        field_name: str,
        operator: models.Operator,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.FetchChatCompletionFieldOptionsResponse:
        """Get Chat Completion Field Options.

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param field_name:
        :param operator: The operator to use for filtering options
        """
        return self._client.request(
            _FIELDS_FETCH_OPTIONS,
            path={"field_name": field_name},
            query={"operator": operator},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def fetch_options_async(
        self,
        *,
        field_name: str,
        operator: models.Operator,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.FetchChatCompletionFieldOptionsResponse:
        """Async twin of :meth:`fetch_options`."""
        return await self._client.request_async(
            _FIELDS_FETCH_OPTIONS,
            path={"field_name": field_name},
            query={"operator": operator},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def fetch_option_counts(
        self,
        *,
        field_name: str,
        filter_params: OptionalNullable[
            models.FilterPayload | models.FilterPayloadTypedDict
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.FetchFieldOptionCountsResponse:
        """Get Chat Completion Field Options Counts.

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param field_name:
        :param filter_params:
        """
        return self._client.request(
            _FIELDS_FETCH_OPTION_COUNTS,
            path={"field_name": field_name},
            body={"filter_params": filter_params},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def fetch_option_counts_async(
        self,
        *,
        field_name: str,
        filter_params: OptionalNullable[
            models.FilterPayload | models.FilterPayloadTypedDict
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.FetchFieldOptionCountsResponse:
        """Async twin of :meth:`fetch_option_counts`."""
        return await self._client.request_async(
            _FIELDS_FETCH_OPTION_COUNTS,
            path={"field_name": field_name},
            body={"filter_params": filter_params},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class Datasets(Resource):
    """Operations of ``beta.observability.datasets``."""

    __slots__ = ("_ns_records",)
    _ns_records: Records

    @property
    def records(self) -> Records:
        """Operations of ``beta.observability.datasets.records``."""
        try:
            return self._ns_records
        except AttributeError:
            self._ns_records = Records(self._client)
            return self._ns_records

    @property
    def with_raw_response(self) -> DatasetsWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return DatasetsWithRawResponse(self)

    def create(
        self,
        *,
        name: str,
        description: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Dataset:
        """Create a new empty dataset.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param name:
        :param description:
        """
        return self._client.request(
            _DATASETS_CREATE,
            body={"name": name, "description": description},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def create_async(
        self,
        *,
        name: str,
        description: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Dataset:
        """Async twin of :meth:`create`."""
        return await self._client.request_async(
            _DATASETS_CREATE,
            body={"name": name, "description": description},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def list(
        self,
        *,
        page_size: int | None = 50,
        page: int | None = 1,
        q: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListDatasetsResponse:
        """List existing datasets.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param page_size:
        :param page:
        :param q:
        """
        return paginate(
            self._client,
            _DATASETS_LIST,
            _DATASETS_LIST_PAGING,
            {"page_size": page_size, "page": page, "q": q},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_async(
        self,
        *,
        page_size: int | None = 50,
        page: int | None = 1,
        q: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListDatasetsResponse:
        """Async twin of :meth:`list`."""
        return await paginate_async(
            self._client,
            _DATASETS_LIST,
            _DATASETS_LIST_PAGING,
            {"page_size": page_size, "page": page, "q": q},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def fetch(
        self,
        *,
        dataset_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DatasetPreview:
        """Get dataset by id.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param dataset_id:
        """
        return self._client.request(
            _DATASETS_FETCH,
            path={"dataset_id": dataset_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def fetch_async(
        self,
        *,
        dataset_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DatasetPreview:
        """Async twin of :meth:`fetch`."""
        return await self._client.request_async(
            _DATASETS_FETCH,
            path={"dataset_id": dataset_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def delete(
        self,
        *,
        dataset_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a dataset.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param dataset_id:
        """
        return self._client.request(
            _DATASETS_DELETE,
            path={"dataset_id": dataset_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def delete_async(
        self,
        *,
        dataset_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Async twin of :meth:`delete`."""
        return await self._client.request_async(
            _DATASETS_DELETE,
            path={"dataset_id": dataset_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def update(
        self,
        *,
        dataset_id: str,
        name: OptionalNullable[str] = UNSET,
        description: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DatasetPreview:
        """Patch dataset.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param dataset_id:
        :param name:
        :param description:
        """
        return self._client.request(
            _DATASETS_UPDATE,
            path={"dataset_id": dataset_id},
            body={"name": name, "description": description},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def update_async(
        self,
        *,
        dataset_id: str,
        name: OptionalNullable[str] = UNSET,
        description: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DatasetPreview:
        """Async twin of :meth:`update`."""
        return await self._client.request_async(
            _DATASETS_UPDATE,
            path={"dataset_id": dataset_id},
            body={"name": name, "description": description},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def list_records(
        self,
        *,
        dataset_id: str,
        page_size: int | None = 50,
        page: int | None = 1,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListDatasetRecordsResponse:
        """List existing records in the dataset.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param dataset_id:
        :param page_size:
        :param page:
        """
        return paginate(
            self._client,
            _DATASETS_LIST_RECORDS,
            _DATASETS_LIST_RECORDS_PAGING,
            {"page_size": page_size, "page": page},
            path={"dataset_id": dataset_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_records_async(
        self,
        *,
        dataset_id: str,
        page_size: int | None = 50,
        page: int | None = 1,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListDatasetRecordsResponse:
        """Async twin of :meth:`list_records`."""
        return await paginate_async(
            self._client,
            _DATASETS_LIST_RECORDS,
            _DATASETS_LIST_RECORDS_PAGING,
            {"page_size": page_size, "page": page},
            path={"dataset_id": dataset_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def create_record(
        self,
        *,
        dataset_id: str,
        payload: models.DatasetRecordPayload,
        properties: Mapping[str, Any] | None = None,
        source: OptionalNullable[models.CreateDatasetRecordRequestSource] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DatasetRecord:
        """Add a record to the dataset.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param dataset_id:
        :param payload:
        :param properties:
        :param source:
        """
        return self._client.request(
            _DATASETS_CREATE_RECORD,
            path={"dataset_id": dataset_id},
            body={"payload": payload, "properties": properties, "source": source},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def create_record_async(
        self,
        *,
        dataset_id: str,
        payload: models.DatasetRecordPayload,
        properties: Mapping[str, Any] | None = None,
        source: OptionalNullable[models.CreateDatasetRecordRequestSource] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DatasetRecord:
        """Async twin of :meth:`create_record`."""
        return await self._client.request_async(
            _DATASETS_CREATE_RECORD,
            path={"dataset_id": dataset_id},
            body={"payload": payload, "properties": properties, "source": source},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def import_from_campaign(
        self,
        *,
        dataset_id: str,
        campaign_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DatasetImportTask:
        """Populate the dataset with records from a campaign.

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param dataset_id:
        :param campaign_id:
        """
        return self._client.request(
            _DATASETS_IMPORT_FROM_CAMPAIGN,
            path={"dataset_id": dataset_id},
            body={"campaign_id": campaign_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def import_from_campaign_async(
        self,
        *,
        dataset_id: str,
        campaign_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DatasetImportTask:
        """Async twin of :meth:`import_from_campaign`."""
        return await self._client.request_async(
            _DATASETS_IMPORT_FROM_CAMPAIGN,
            path={"dataset_id": dataset_id},
            body={"campaign_id": campaign_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def import_from_explorer(
        self,
        *,
        dataset_id: str,
        completion_event_ids: Sequence[str],
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DatasetImportTask:
        """Populate the dataset with records from the explorer.

        .. deprecated:: the official SDK 3.x no longer has this method (kept for code written for 2.x; the API still serves it).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param dataset_id:
        :param completion_event_ids:
        """
        return self._client.request(
            _DATASETS_IMPORT_FROM_EXPLORER,
            path={"dataset_id": dataset_id},
            body={"completion_event_ids": completion_event_ids},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def import_from_explorer_async(
        self,
        *,
        dataset_id: str,
        completion_event_ids: Sequence[str],
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DatasetImportTask:
        """Async twin of :meth:`import_from_explorer`."""
        return await self._client.request_async(
            _DATASETS_IMPORT_FROM_EXPLORER,
            path={"dataset_id": dataset_id},
            body={"completion_event_ids": completion_event_ids},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def import_from_file(
        self,
        *,
        dataset_id: str,
        file_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DatasetImportTask:
        """Populate the dataset with records from an uploaded file.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param dataset_id:
        :param file_id:
        """
        return self._client.request(
            _DATASETS_IMPORT_FROM_FILE,
            path={"dataset_id": dataset_id},
            body={"file_id": file_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def import_from_file_async(
        self,
        *,
        dataset_id: str,
        file_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DatasetImportTask:
        """Async twin of :meth:`import_from_file`."""
        return await self._client.request_async(
            _DATASETS_IMPORT_FROM_FILE,
            path={"dataset_id": dataset_id},
            body={"file_id": file_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def import_from_playground(
        self,
        *,
        dataset_id: str,
        conversation_ids: Sequence[str],
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DatasetImportTask:
        """Populate the dataset with records from playground conversations.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param dataset_id:
        :param conversation_ids:
        """
        return self._client.request(
            _DATASETS_IMPORT_FROM_PLAYGROUND,
            path={"dataset_id": dataset_id},
            body={"conversation_ids": conversation_ids},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def import_from_playground_async(
        self,
        *,
        dataset_id: str,
        conversation_ids: Sequence[str],
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DatasetImportTask:
        """Async twin of :meth:`import_from_playground`."""
        return await self._client.request_async(
            _DATASETS_IMPORT_FROM_PLAYGROUND,
            path={"dataset_id": dataset_id},
            body={"conversation_ids": conversation_ids},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def import_from_dataset_records(
        self,
        *,
        dataset_id: str,
        dataset_record_ids: Sequence[str],
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DatasetImportTask:
        """Populate the dataset with records from another dataset.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param dataset_id:
        :param dataset_record_ids:
        """
        return self._client.request(
            _DATASETS_IMPORT_FROM_DATASET_RECORDS,
            path={"dataset_id": dataset_id},
            body={"dataset_record_ids": dataset_record_ids},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def import_from_dataset_records_async(
        self,
        *,
        dataset_id: str,
        dataset_record_ids: Sequence[str],
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DatasetImportTask:
        """Async twin of :meth:`import_from_dataset_records`."""
        return await self._client.request_async(
            _DATASETS_IMPORT_FROM_DATASET_RECORDS,
            path={"dataset_id": dataset_id},
            body={"dataset_record_ids": dataset_record_ids},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def export_to_jsonl(
        self,
        *,
        dataset_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ExportDatasetResponse:
        """Export to the Files API and retrieve presigned URL to download the resulting JSONL file.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param dataset_id:
        """
        return self._client.request(
            _DATASETS_EXPORT_TO_JSONL,
            path={"dataset_id": dataset_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def export_to_jsonl_async(
        self,
        *,
        dataset_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ExportDatasetResponse:
        """Async twin of :meth:`export_to_jsonl`."""
        return await self._client.request_async(
            _DATASETS_EXPORT_TO_JSONL,
            path={"dataset_id": dataset_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def fetch_task(
        self,
        *,
        dataset_id: str,
        task_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DatasetImportTask:
        """Get status of a dataset import task.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param dataset_id:
        :param task_id:
        """
        return self._client.request(
            _DATASETS_FETCH_TASK,
            path={"dataset_id": dataset_id, "task_id": task_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def fetch_task_async(
        self,
        *,
        dataset_id: str,
        task_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DatasetImportTask:
        """Async twin of :meth:`fetch_task`."""
        return await self._client.request_async(
            _DATASETS_FETCH_TASK,
            path={"dataset_id": dataset_id, "task_id": task_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def list_tasks(
        self,
        *,
        dataset_id: str,
        page_size: int | None = 50,
        page: int | None = 1,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListDatasetImportTasksResponse:
        """List import tasks for the given dataset.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param dataset_id:
        :param page_size:
        :param page:
        """
        return paginate(
            self._client,
            _DATASETS_LIST_TASKS,
            _DATASETS_LIST_TASKS_PAGING,
            {"page_size": page_size, "page": page},
            path={"dataset_id": dataset_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_tasks_async(
        self,
        *,
        dataset_id: str,
        page_size: int | None = 50,
        page: int | None = 1,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListDatasetImportTasksResponse:
        """Async twin of :meth:`list_tasks`."""
        return await paginate_async(
            self._client,
            _DATASETS_LIST_TASKS,
            _DATASETS_LIST_TASKS_PAGING,
            {"page_size": page_size, "page": page},
            path={"dataset_id": dataset_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def import_from_spans(
        self,
        *,
        dataset_id: str,
        span_references: Sequence[
            models.TelemetrySpanReference | models.TelemetrySpanReferenceTypedDict
        ],
        mapping_contract: models.SpanDatasetMappingContract
        | models.SpanDatasetMappingContractTypedDict,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DatasetImportTask:
        """Populate the dataset with records mapped from telemetry spans.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param dataset_id:
        :param span_references:
        :param mapping_contract:
        """
        return self._client.request(
            _DATASETS_IMPORT_FROM_SPANS,
            path={"dataset_id": dataset_id},
            body={"span_references": span_references, "mapping_contract": mapping_contract},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def import_from_spans_async(
        self,
        *,
        dataset_id: str,
        span_references: Sequence[
            models.TelemetrySpanReference | models.TelemetrySpanReferenceTypedDict
        ],
        mapping_contract: models.SpanDatasetMappingContract
        | models.SpanDatasetMappingContractTypedDict,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DatasetImportTask:
        """Async twin of :meth:`import_from_spans`."""
        return await self._client.request_async(
            _DATASETS_IMPORT_FROM_SPANS,
            path={"dataset_id": dataset_id},
            body={"span_references": span_references, "mapping_contract": mapping_contract},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class Records(Resource):
    """Operations of ``beta.observability.datasets.records``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> RecordsWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return RecordsWithRawResponse(self)

    def fetch(
        self,
        *,
        dataset_record_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DatasetRecord:
        """Get the content of a given dataset record.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param dataset_record_id:
        """
        return self._client.request(
            _RECORDS_FETCH,
            path={"dataset_record_id": dataset_record_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def fetch_async(
        self,
        *,
        dataset_record_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.DatasetRecord:
        """Async twin of :meth:`fetch`."""
        return await self._client.request_async(
            _RECORDS_FETCH,
            path={"dataset_record_id": dataset_record_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def delete(
        self,
        *,
        dataset_record_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a record from a dataset.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param dataset_record_id:
        """
        return self._client.request(
            _RECORDS_DELETE,
            path={"dataset_record_id": dataset_record_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def delete_async(
        self,
        *,
        dataset_record_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Async twin of :meth:`delete`."""
        return await self._client.request_async(
            _RECORDS_DELETE,
            path={"dataset_record_id": dataset_record_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def bulk_delete(
        self,
        *,
        dataset_record_ids: Sequence[str],
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete multiple records from datasets.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param dataset_record_ids:
        """
        return self._client.request(
            _RECORDS_BULK_DELETE,
            body={"dataset_record_ids": dataset_record_ids},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def bulk_delete_async(
        self,
        *,
        dataset_record_ids: Sequence[str],
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Async twin of :meth:`bulk_delete`."""
        return await self._client.request_async(
            _RECORDS_BULK_DELETE,
            body={"dataset_record_ids": dataset_record_ids},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def judge(
        self,
        *,
        dataset_record_id: str,
        judge_definition: models.CreateJudgeRequest | models.CreateJudgeRequestTypedDict,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.JudgeOutput:
        """Run Judge on a dataset record based on the given options.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param dataset_record_id:
        :param judge_definition:
        """
        return self._client.request(
            _RECORDS_JUDGE,
            path={"dataset_record_id": dataset_record_id},
            body={"judge_definition": judge_definition},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def judge_async(
        self,
        *,
        dataset_record_id: str,
        judge_definition: models.CreateJudgeRequest | models.CreateJudgeRequestTypedDict,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.JudgeOutput:
        """Async twin of :meth:`judge`."""
        return await self._client.request_async(
            _RECORDS_JUDGE,
            path={"dataset_record_id": dataset_record_id},
            body={"judge_definition": judge_definition},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def update_payload(
        self,
        *,
        dataset_record_id: str,
        payload: models.DatasetRecordPayload,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Update a dataset record payload.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param dataset_record_id:
        :param payload:
        """
        return self._client.request(
            _RECORDS_UPDATE_PAYLOAD,
            path={"dataset_record_id": dataset_record_id},
            body={"payload": payload},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def update_payload_async(
        self,
        *,
        dataset_record_id: str,
        payload: models.DatasetRecordPayload,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Async twin of :meth:`update_payload`."""
        return await self._client.request_async(
            _RECORDS_UPDATE_PAYLOAD,
            path={"dataset_record_id": dataset_record_id},
            body={"payload": payload},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def update_properties(
        self,
        *,
        dataset_record_id: str,
        properties: Mapping[str, Any],
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Update dataset record properties.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param dataset_record_id:
        :param properties:
        """
        return self._client.request(
            _RECORDS_UPDATE_PROPERTIES,
            path={"dataset_record_id": dataset_record_id},
            body={"properties": properties},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def update_properties_async(
        self,
        *,
        dataset_record_id: str,
        properties: Mapping[str, Any],
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Async twin of :meth:`update_properties`."""
        return await self._client.request_async(
            _RECORDS_UPDATE_PROPERTIES,
            path={"dataset_record_id": dataset_record_id},
            body={"properties": properties},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class Evaluations(Resource):
    """Operations of ``beta.observability.evaluations``."""

    __slots__ = (
        "_ns_optimizations",
        "_ns_projects",
        "_ns_records",
        "_ns_runs",
    )
    _ns_optimizations: Optimizations
    _ns_projects: EvaluationsProjects
    _ns_records: EvaluationsRecords
    _ns_runs: EvaluationsRuns

    @property
    def optimizations(self) -> Optimizations:
        """Operations of ``beta.observability.evaluations.optimizations``."""
        try:
            return self._ns_optimizations
        except AttributeError:
            self._ns_optimizations = Optimizations(self._client)
            return self._ns_optimizations

    @property
    def projects(self) -> EvaluationsProjects:
        """Operations of ``beta.observability.evaluations.projects``."""
        try:
            return self._ns_projects
        except AttributeError:
            self._ns_projects = EvaluationsProjects(self._client)
            return self._ns_projects

    @property
    def records(self) -> EvaluationsRecords:
        """Operations of ``beta.observability.evaluations.records``."""
        try:
            return self._ns_records
        except AttributeError:
            self._ns_records = EvaluationsRecords(self._client)
            return self._ns_records

    @property
    def runs(self) -> EvaluationsRuns:
        """Operations of ``beta.observability.evaluations.runs``."""
        try:
            return self._ns_runs
        except AttributeError:
            self._ns_runs = EvaluationsRuns(self._client)
            return self._ns_runs

    @property
    def with_raw_response(self) -> EvaluationsWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return EvaluationsWithRawResponse(self)

    def create_pipeline(
        self,
        *,
        name: str,
        selectors: Sequence[models.PipelineConfigSelector | models.PipelineConfigSelectorTypedDict],
        definitions: Sequence[models.LlmJudgeReference | models.LlmJudgeReferenceTypedDict],
        description: OptionalNullable[str] = UNSET,
        enabled: bool | None = True,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Pipeline:
        """Create a pipeline.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param name:
        :param selectors:
        :param definitions:
        :param description:
        :param enabled:
        """
        return self._client.request(
            _EVALUATIONS_CREATE_PIPELINE,
            body={
                "name": name,
                "selectors": selectors,
                "definitions": definitions,
                "description": description,
                "enabled": enabled,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def create_pipeline_async(
        self,
        *,
        name: str,
        selectors: Sequence[models.PipelineConfigSelector | models.PipelineConfigSelectorTypedDict],
        definitions: Sequence[models.LlmJudgeReference | models.LlmJudgeReferenceTypedDict],
        description: OptionalNullable[str] = UNSET,
        enabled: bool | None = True,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Pipeline:
        """Async twin of :meth:`create_pipeline`."""
        return await self._client.request_async(
            _EVALUATIONS_CREATE_PIPELINE,
            body={
                "name": name,
                "selectors": selectors,
                "definitions": definitions,
                "description": description,
                "enabled": enabled,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def list_pipelines(
        self,
        *,
        enabled: OptionalNullable[bool] = UNSET,
        page_size: int | None = 50,
        page: int | None = 1,
        q: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.PipelinesResponse:
        """List pipelines.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param enabled:
        :param page_size:
        :param page:
        :param q:
        """
        return paginate(
            self._client,
            _EVALUATIONS_LIST_PIPELINES,
            _EVALUATIONS_LIST_PIPELINES_PAGING,
            {"enabled": enabled, "page_size": page_size, "page": page, "q": q},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_pipelines_async(
        self,
        *,
        enabled: OptionalNullable[bool] = UNSET,
        page_size: int | None = 50,
        page: int | None = 1,
        q: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.PipelinesResponse:
        """Async twin of :meth:`list_pipelines`."""
        return await paginate_async(
            self._client,
            _EVALUATIONS_LIST_PIPELINES,
            _EVALUATIONS_LIST_PIPELINES_PAGING,
            {"enabled": enabled, "page_size": page_size, "page": page, "q": q},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_pipeline(
        self,
        *,
        pipeline_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Pipeline:
        """Get a pipeline.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param pipeline_id:
        """
        return self._client.request(
            _EVALUATIONS_GET_PIPELINE,
            path={"pipeline_id": pipeline_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_pipeline_async(
        self,
        *,
        pipeline_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Pipeline:
        """Async twin of :meth:`get_pipeline`."""
        return await self._client.request_async(
            _EVALUATIONS_GET_PIPELINE,
            path={"pipeline_id": pipeline_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def update_pipeline(
        self,
        *,
        pipeline_id: str,
        name: str | None = None,
        description: OptionalNullable[str] = UNSET,
        selectors: Sequence[models.PipelineConfigSelector | models.PipelineConfigSelectorTypedDict]
        | None = None,
        definitions: Sequence[models.LlmJudgeReference | models.LlmJudgeReferenceTypedDict]
        | None = None,
        enabled: bool | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Pipeline:
        """Update a pipeline.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param pipeline_id:
        :param name:
        :param description:
        :param selectors:
        :param definitions:
        :param enabled:
        """
        return self._client.request(
            _EVALUATIONS_UPDATE_PIPELINE,
            path={"pipeline_id": pipeline_id},
            body={
                "name": name,
                "description": description,
                "selectors": selectors,
                "definitions": definitions,
                "enabled": enabled,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def update_pipeline_async(
        self,
        *,
        pipeline_id: str,
        name: str | None = None,
        description: OptionalNullable[str] = UNSET,
        selectors: Sequence[models.PipelineConfigSelector | models.PipelineConfigSelectorTypedDict]
        | None = None,
        definitions: Sequence[models.LlmJudgeReference | models.LlmJudgeReferenceTypedDict]
        | None = None,
        enabled: bool | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Pipeline:
        """Async twin of :meth:`update_pipeline`."""
        return await self._client.request_async(
            _EVALUATIONS_UPDATE_PIPELINE,
            path={"pipeline_id": pipeline_id},
            body={
                "name": name,
                "description": description,
                "selectors": selectors,
                "definitions": definitions,
                "enabled": enabled,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def delete_pipeline(
        self,
        *,
        pipeline_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a pipeline.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param pipeline_id:
        """
        return self._client.request(
            _EVALUATIONS_DELETE_PIPELINE,
            path={"pipeline_id": pipeline_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def delete_pipeline_async(
        self,
        *,
        pipeline_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Async twin of :meth:`delete_pipeline`."""
        return await self._client.request_async(
            _EVALUATIONS_DELETE_PIPELINE,
            path={"pipeline_id": pipeline_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def list(
        self,
        *,
        project_slug: str,
        page_size: int | None = 50,
        page: int | None = 1,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.EvaluationsV2:
        """List evaluations for a project.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param project_slug:
        :param page_size:
        :param page:
        """
        return paginate(
            self._client,
            _EVALUATIONS_LIST,
            _EVALUATIONS_LIST_PAGING,
            {"page_size": page_size, "page": page},
            path={"project_slug": project_slug},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_async(
        self,
        *,
        project_slug: str,
        page_size: int | None = 50,
        page: int | None = 1,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.EvaluationsV2:
        """Async twin of :meth:`list`."""
        return await paginate_async(
            self._client,
            _EVALUATIONS_LIST,
            _EVALUATIONS_LIST_PAGING,
            {"page_size": page_size, "page": page},
            path={"project_slug": project_slug},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get(
        self,
        *,
        evaluation_slug: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.EvaluationV2:
        """Get evaluation by slug.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param evaluation_slug:
        """
        return self._client.request(
            _EVALUATIONS_GET,
            path={"evaluation_slug": evaluation_slug},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_async(
        self,
        *,
        evaluation_slug: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.EvaluationV2:
        """Async twin of :meth:`get`."""
        return await self._client.request_async(
            _EVALUATIONS_GET,
            path={"evaluation_slug": evaluation_slug},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class Optimizations(Resource):
    """Operations of ``beta.observability.evaluations.optimizations``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> OptimizationsWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return OptimizationsWithRawResponse(self)

    def list(
        self,
        *,
        project: OptionalNullable[str] = UNSET,
        evaluation: OptionalNullable[str] = UNSET,
        status: OptionalNullable[str] = UNSET,
        algorithm: OptionalNullable[str] = UNSET,
        tags: OptionalNullable[Sequence[str]] = UNSET,
        page_size: int | None = 50,
        page: int | None = 1,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListOptimizationsResponse:
        """List optimizations with optional filters.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param project:
        :param evaluation:
        :param status:
        :param algorithm:
        :param tags:
        :param page_size:
        :param page:
        """
        return paginate(
            self._client,
            _OPTIMIZATIONS_LIST,
            _OPTIMIZATIONS_LIST_PAGING,
            {
                "project": project,
                "evaluation": evaluation,
                "status": status,
                "algorithm": algorithm,
                "tags": tags,
                "page_size": page_size,
                "page": page,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_async(
        self,
        *,
        project: OptionalNullable[str] = UNSET,
        evaluation: OptionalNullable[str] = UNSET,
        status: OptionalNullable[str] = UNSET,
        algorithm: OptionalNullable[str] = UNSET,
        tags: OptionalNullable[Sequence[str]] = UNSET,
        page_size: int | None = 50,
        page: int | None = 1,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListOptimizationsResponse:
        """Async twin of :meth:`list`."""
        return await paginate_async(
            self._client,
            _OPTIMIZATIONS_LIST,
            _OPTIMIZATIONS_LIST_PAGING,
            {
                "project": project,
                "evaluation": evaluation,
                "status": status,
                "algorithm": algorithm,
                "tags": tags,
                "page_size": page_size,
                "page": page,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get(
        self,
        *,
        optimization_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.OptimizationDetail:
        """Get an optimization by id (with its anchored evaluation + project).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param optimization_id:
        """
        return self._client.request(
            _OPTIMIZATIONS_GET,
            path={"optimization_id": optimization_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_async(
        self,
        *,
        optimization_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.OptimizationDetail:
        """Async twin of :meth:`get`."""
        return await self._client.request_async(
            _OPTIMIZATIONS_GET,
            path={"optimization_id": optimization_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def list_trials(
        self,
        *,
        optimization_id: str,
        page_size: int | None = 50,
        page: int | None = 1,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListOptimizationTrialsResponse:
        """List an optimization's trials with their observation runs (paginated).

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param optimization_id:
        :param page_size:
        :param page:
        """
        return paginate(
            self._client,
            _OPTIMIZATIONS_LIST_TRIALS,
            _OPTIMIZATIONS_LIST_TRIALS_PAGING,
            {"page_size": page_size, "page": page},
            path={"optimization_id": optimization_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_trials_async(
        self,
        *,
        optimization_id: str,
        page_size: int | None = 50,
        page: int | None = 1,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListOptimizationTrialsResponse:
        """Async twin of :meth:`list_trials`."""
        return await paginate_async(
            self._client,
            _OPTIMIZATIONS_LIST_TRIALS,
            _OPTIMIZATIONS_LIST_TRIALS_PAGING,
            {"page_size": page_size, "page": page},
            path={"optimization_id": optimization_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class EvaluationsProjects(Resource):
    """Operations of ``beta.observability.evaluations.projects``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> EvaluationsProjectsWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return EvaluationsProjectsWithRawResponse(self)

    def list(
        self,
        *,
        q: OptionalNullable[str] = UNSET,
        page_size: int | None = 50,
        page: int | None = 1,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Projects:
        """List projects.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param q:
        :param page_size:
        :param page:
        """
        return paginate(
            self._client,
            _EVALUATIONS_PROJECTS_LIST,
            _EVALUATIONS_PROJECTS_LIST_PAGING,
            {"q": q, "page_size": page_size, "page": page},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_async(
        self,
        *,
        q: OptionalNullable[str] = UNSET,
        page_size: int | None = 50,
        page: int | None = 1,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Projects:
        """Async twin of :meth:`list`."""
        return await paginate_async(
            self._client,
            _EVALUATIONS_PROJECTS_LIST,
            _EVALUATIONS_PROJECTS_LIST_PAGING,
            {"q": q, "page_size": page_size, "page": page},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get(
        self,
        *,
        project_slug: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Project:
        """Get project by slug.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param project_slug:
        """
        return self._client.request(
            _EVALUATIONS_PROJECTS_GET,
            path={"project_slug": project_slug},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_async(
        self,
        *,
        project_slug: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Project:
        """Async twin of :meth:`get`."""
        return await self._client.request_async(
            _EVALUATIONS_PROJECTS_GET,
            path={"project_slug": project_slug},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class EvaluationsRecords(Resource):
    """Operations of ``beta.observability.evaluations.records``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> EvaluationsRecordsWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return EvaluationsRecordsWithRawResponse(self)

    def get(
        self,
        *,
        run_id: str,
        record_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.EvaluationRunRecordV2Response:
        """Get a specific record from an evaluation run.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param run_id:
        :param record_id:
        """
        return self._client.request(
            _EVALUATIONS_RECORDS_GET,
            path={"run_id": run_id, "record_id": record_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_async(
        self,
        *,
        run_id: str,
        record_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.EvaluationRunRecordV2Response:
        """Async twin of :meth:`get`."""
        return await self._client.request_async(
            _EVALUATIONS_RECORDS_GET,
            path={"run_id": run_id, "record_id": record_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def search(
        self,
        *,
        run_id: str,
        page_size: int | None = 50,
        page: int | None = 1,
        input_filters: OptionalNullable[
            models.ContentSearchFilterGroup | models.ContentSearchFilterGroupTypedDict
        ] = UNSET,
        output_filters: OptionalNullable[
            models.ContentSearchFilterGroup | models.ContentSearchFilterGroupTypedDict
        ] = UNSET,
        score_filters: OptionalNullable[
            models.ScoreFilterGroup | models.ScoreFilterGroupTypedDict
        ] = UNSET,
        goal_filters: OptionalNullable[
            models.GoalStatusFilterGroup | models.GoalStatusFilterGroupTypedDict
        ] = UNSET,
        sort: OptionalNullable[
            models.EvaluationRunRecordFilterInputSort
            | models.EvaluationRunRecordFilterInputSortTypedDict
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListEvaluationRunRecordsResponse:
        """Search records for an evaluation run with content filters.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param run_id:
        :param page_size:
        :param page:
        :param input_filters:
        :param output_filters:
        :param score_filters:
        :param goal_filters:
        :param sort:
        """
        return paginate(
            self._client,
            _EVALUATIONS_RECORDS_SEARCH,
            _EVALUATIONS_RECORDS_SEARCH_PAGING,
            {"page_size": page_size, "page": page},
            path={"run_id": run_id},
            body={
                "input_filters": input_filters,
                "output_filters": output_filters,
                "score_filters": score_filters,
                "goal_filters": goal_filters,
                "sort": sort,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def search_async(
        self,
        *,
        run_id: str,
        page_size: int | None = 50,
        page: int | None = 1,
        input_filters: OptionalNullable[
            models.ContentSearchFilterGroup | models.ContentSearchFilterGroupTypedDict
        ] = UNSET,
        output_filters: OptionalNullable[
            models.ContentSearchFilterGroup | models.ContentSearchFilterGroupTypedDict
        ] = UNSET,
        score_filters: OptionalNullable[
            models.ScoreFilterGroup | models.ScoreFilterGroupTypedDict
        ] = UNSET,
        goal_filters: OptionalNullable[
            models.GoalStatusFilterGroup | models.GoalStatusFilterGroupTypedDict
        ] = UNSET,
        sort: OptionalNullable[
            models.EvaluationRunRecordFilterInputSort
            | models.EvaluationRunRecordFilterInputSortTypedDict
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListEvaluationRunRecordsResponse:
        """Async twin of :meth:`search`."""
        return await paginate_async(
            self._client,
            _EVALUATIONS_RECORDS_SEARCH,
            _EVALUATIONS_RECORDS_SEARCH_PAGING,
            {"page_size": page_size, "page": page},
            path={"run_id": run_id},
            body={
                "input_filters": input_filters,
                "output_filters": output_filters,
                "score_filters": score_filters,
                "goal_filters": goal_filters,
                "sort": sort,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class EvaluationsRuns(Resource):
    """Operations of ``beta.observability.evaluations.runs``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> EvaluationsRunsWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return EvaluationsRunsWithRawResponse(self)

    def search(
        self,
        *,
        evaluation_slug: str,
        page_size: int | None = 50,
        page: int | None = 1,
        run_ids: OptionalNullable[Sequence[str]] = UNSET,
        evaluation_ids: OptionalNullable[Sequence[str]] = UNSET,
        creator_ids: OptionalNullable[Sequence[str]] = UNSET,
        project_ids: OptionalNullable[Sequence[str]] = UNSET,
        ownership: OptionalNullable[
            models.RunOwnershipFilter | models.RunOwnershipFilterTypedDict
        ] = UNSET,
        tags: OptionalNullable[models.TagFilter | models.TagFilterTypedDict] = UNSET,
        score_filters: OptionalNullable[
            models.ScoreFilterGroup | models.ScoreFilterGroupTypedDict
        ] = UNSET,
        goal_filters: OptionalNullable[
            models.GoalStatusFilterGroup | models.GoalStatusFilterGroupTypedDict
        ] = UNSET,
        system: OptionalNullable[models.SystemFilter | models.SystemFilterTypedDict] = UNSET,
        metadata: OptionalNullable[
            models.MetadataFilterGroup | models.MetadataFilterGroupTypedDict
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListEvaluationRunsResponse:
        """Search evaluation runs with filters.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param evaluation_slug:
        :param page_size:
        :param page:
        :param run_ids:
        :param evaluation_ids:
        :param creator_ids:
        :param project_ids:
        :param ownership:
        :param tags:
        :param score_filters:
        :param goal_filters:
        :param system:
        :param metadata:
        """
        return paginate(
            self._client,
            _EVALUATIONS_RUNS_SEARCH,
            _EVALUATIONS_RUNS_SEARCH_PAGING,
            {"page_size": page_size, "page": page},
            path={"evaluation_slug": evaluation_slug},
            body={
                "run_ids": run_ids,
                "evaluation_ids": evaluation_ids,
                "creator_ids": creator_ids,
                "project_ids": project_ids,
                "ownership": ownership,
                "tags": tags,
                "score_filters": score_filters,
                "goal_filters": goal_filters,
                "system": system,
                "metadata": metadata,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def search_async(
        self,
        *,
        evaluation_slug: str,
        page_size: int | None = 50,
        page: int | None = 1,
        run_ids: OptionalNullable[Sequence[str]] = UNSET,
        evaluation_ids: OptionalNullable[Sequence[str]] = UNSET,
        creator_ids: OptionalNullable[Sequence[str]] = UNSET,
        project_ids: OptionalNullable[Sequence[str]] = UNSET,
        ownership: OptionalNullable[
            models.RunOwnershipFilter | models.RunOwnershipFilterTypedDict
        ] = UNSET,
        tags: OptionalNullable[models.TagFilter | models.TagFilterTypedDict] = UNSET,
        score_filters: OptionalNullable[
            models.ScoreFilterGroup | models.ScoreFilterGroupTypedDict
        ] = UNSET,
        goal_filters: OptionalNullable[
            models.GoalStatusFilterGroup | models.GoalStatusFilterGroupTypedDict
        ] = UNSET,
        system: OptionalNullable[models.SystemFilter | models.SystemFilterTypedDict] = UNSET,
        metadata: OptionalNullable[
            models.MetadataFilterGroup | models.MetadataFilterGroupTypedDict
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListEvaluationRunsResponse:
        """Async twin of :meth:`search`."""
        return await paginate_async(
            self._client,
            _EVALUATIONS_RUNS_SEARCH,
            _EVALUATIONS_RUNS_SEARCH_PAGING,
            {"page_size": page_size, "page": page},
            path={"evaluation_slug": evaluation_slug},
            body={
                "run_ids": run_ids,
                "evaluation_ids": evaluation_ids,
                "creator_ids": creator_ids,
                "project_ids": project_ids,
                "ownership": ownership,
                "tags": tags,
                "score_filters": score_filters,
                "goal_filters": goal_filters,
                "system": system,
                "metadata": metadata,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def search_all(
        self,
        *,
        page_size: int | None = 50,
        page: int | None = 1,
        evaluation_run_filter_input: models.EvaluationRunFilterInput
        | models.EvaluationRunFilterInputTypedDict
        | None = None,
        run_ids: OptionalNullable[Sequence[str]] = UNSET,
        evaluation_ids: OptionalNullable[Sequence[str]] = UNSET,
        creator_ids: OptionalNullable[Sequence[str]] = UNSET,
        project_ids: OptionalNullable[Sequence[str]] = UNSET,
        ownership: OptionalNullable[
            models.RunOwnershipFilter | models.RunOwnershipFilterTypedDict
        ] = UNSET,
        tags: OptionalNullable[models.TagFilter | models.TagFilterTypedDict] = UNSET,
        score_filters: OptionalNullable[
            models.ScoreFilterGroup | models.ScoreFilterGroupTypedDict
        ] = UNSET,
        goal_filters: OptionalNullable[
            models.GoalStatusFilterGroup | models.GoalStatusFilterGroupTypedDict
        ] = UNSET,
        system: OptionalNullable[models.SystemFilter | models.SystemFilterTypedDict] = UNSET,
        metadata: OptionalNullable[
            models.MetadataFilterGroup | models.MetadataFilterGroupTypedDict
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.SearchAllEvaluationRunsResponse:
        """Search evaluation runs across all evaluations.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param page_size:
        :param page:
        :param evaluation_run_filter_input: The whole request body (instead of the separate arguments).
        :param run_ids:
        :param evaluation_ids:
        :param creator_ids:
        :param project_ids:
        :param ownership:
        :param tags:
        :param score_filters:
        :param goal_filters:
        :param system:
        :param metadata:
        """
        return paginate(
            self._client,
            _EVALUATIONS_RUNS_SEARCH_ALL,
            _EVALUATIONS_RUNS_SEARCH_ALL_PAGING,
            {"page_size": page_size, "page": page},
            body=whole_or_fields(
                evaluation_run_filter_input,
                "evaluation_run_filter_input",
                {
                    "run_ids": run_ids,
                    "evaluation_ids": evaluation_ids,
                    "creator_ids": creator_ids,
                    "project_ids": project_ids,
                    "ownership": ownership,
                    "tags": tags,
                    "score_filters": score_filters,
                    "goal_filters": goal_filters,
                    "system": system,
                    "metadata": metadata,
                },
            ),
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def search_all_async(
        self,
        *,
        page_size: int | None = 50,
        page: int | None = 1,
        evaluation_run_filter_input: models.EvaluationRunFilterInput
        | models.EvaluationRunFilterInputTypedDict
        | None = None,
        run_ids: OptionalNullable[Sequence[str]] = UNSET,
        evaluation_ids: OptionalNullable[Sequence[str]] = UNSET,
        creator_ids: OptionalNullable[Sequence[str]] = UNSET,
        project_ids: OptionalNullable[Sequence[str]] = UNSET,
        ownership: OptionalNullable[
            models.RunOwnershipFilter | models.RunOwnershipFilterTypedDict
        ] = UNSET,
        tags: OptionalNullable[models.TagFilter | models.TagFilterTypedDict] = UNSET,
        score_filters: OptionalNullable[
            models.ScoreFilterGroup | models.ScoreFilterGroupTypedDict
        ] = UNSET,
        goal_filters: OptionalNullable[
            models.GoalStatusFilterGroup | models.GoalStatusFilterGroupTypedDict
        ] = UNSET,
        system: OptionalNullable[models.SystemFilter | models.SystemFilterTypedDict] = UNSET,
        metadata: OptionalNullable[
            models.MetadataFilterGroup | models.MetadataFilterGroupTypedDict
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.SearchAllEvaluationRunsResponse:
        """Async twin of :meth:`search_all`."""
        return await paginate_async(
            self._client,
            _EVALUATIONS_RUNS_SEARCH_ALL,
            _EVALUATIONS_RUNS_SEARCH_ALL_PAGING,
            {"page_size": page_size, "page": page},
            body=whole_or_fields(
                evaluation_run_filter_input,
                "evaluation_run_filter_input",
                {
                    "run_ids": run_ids,
                    "evaluation_ids": evaluation_ids,
                    "creator_ids": creator_ids,
                    "project_ids": project_ids,
                    "ownership": ownership,
                    "tags": tags,
                    "score_filters": score_filters,
                    "goal_filters": goal_filters,
                    "system": system,
                    "metadata": metadata,
                },
            ),
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get(
        self,
        *,
        run_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.EvaluationRunV2Response:
        """Get a specific evaluation run by ID.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param run_id:
        """
        return self._client.request(
            _EVALUATIONS_RUNS_GET,
            path={"run_id": run_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_async(
        self,
        *,
        run_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.EvaluationRunV2Response:
        """Async twin of :meth:`get`."""
        return await self._client.request_async(
            _EVALUATIONS_RUNS_GET,
            path={"run_id": run_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_statistics(
        self,
        *,
        run_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.RunStatisticsResponse:
        """Get statistics for a specific evaluation run.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param run_id:
        """
        return self._client.request(
            _EVALUATIONS_RUNS_GET_STATISTICS,
            path={"run_id": run_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_statistics_async(
        self,
        *,
        run_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.RunStatisticsResponse:
        """Async twin of :meth:`get_statistics`."""
        return await self._client.request_async(
            _EVALUATIONS_RUNS_GET_STATISTICS,
            path={"run_id": run_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def compute_statistics(
        self,
        *,
        run_id: str,
        input_filters: OptionalNullable[
            models.ContentSearchFilterGroup | models.ContentSearchFilterGroupTypedDict
        ] = UNSET,
        output_filters: OptionalNullable[
            models.ContentSearchFilterGroup | models.ContentSearchFilterGroupTypedDict
        ] = UNSET,
        score_filters: OptionalNullable[
            models.ScoreFilterGroup | models.ScoreFilterGroupTypedDict
        ] = UNSET,
        goal_filters: OptionalNullable[
            models.GoalStatusFilterGroup | models.GoalStatusFilterGroupTypedDict
        ] = UNSET,
        sort: OptionalNullable[
            models.EvaluationRunRecordFilterInputSort
            | models.EvaluationRunRecordFilterInputSortTypedDict
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.RunStatisticsResponse:
        """Compute statistics for a specific evaluation run with optional filters.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param run_id:
        :param input_filters:
        :param output_filters:
        :param score_filters:
        :param goal_filters:
        :param sort:
        """
        return self._client.request(
            _EVALUATIONS_RUNS_COMPUTE_STATISTICS,
            path={"run_id": run_id},
            body={
                "input_filters": input_filters,
                "output_filters": output_filters,
                "score_filters": score_filters,
                "goal_filters": goal_filters,
                "sort": sort,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def compute_statistics_async(
        self,
        *,
        run_id: str,
        input_filters: OptionalNullable[
            models.ContentSearchFilterGroup | models.ContentSearchFilterGroupTypedDict
        ] = UNSET,
        output_filters: OptionalNullable[
            models.ContentSearchFilterGroup | models.ContentSearchFilterGroupTypedDict
        ] = UNSET,
        score_filters: OptionalNullable[
            models.ScoreFilterGroup | models.ScoreFilterGroupTypedDict
        ] = UNSET,
        goal_filters: OptionalNullable[
            models.GoalStatusFilterGroup | models.GoalStatusFilterGroupTypedDict
        ] = UNSET,
        sort: OptionalNullable[
            models.EvaluationRunRecordFilterInputSort
            | models.EvaluationRunRecordFilterInputSortTypedDict
        ] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.RunStatisticsResponse:
        """Async twin of :meth:`compute_statistics`."""
        return await self._client.request_async(
            _EVALUATIONS_RUNS_COMPUTE_STATISTICS,
            path={"run_id": run_id},
            body={
                "input_filters": input_filters,
                "output_filters": output_filters,
                "score_filters": score_filters,
                "goal_filters": goal_filters,
                "sort": sort,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class Judges(Resource):
    """Operations of ``beta.observability.judges``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> JudgesWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return JudgesWithRawResponse(self)

    def create(
        self,
        *,
        name: str,
        description: str,
        model_name: str,
        output: models.CreateJudgeRequestOutput | models.CreateJudgeRequestOutputTypedDict,
        instructions: str,
        tools: Sequence[str],
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Judge:
        """Create a new judge.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param name:
        :param description:
        :param model_name:
        :param output:
        :param instructions:
        :param tools:
        """
        return self._client.request(
            _JUDGES_CREATE,
            body={
                "name": name,
                "description": description,
                "model_name": model_name,
                "output": output,
                "instructions": instructions,
                "tools": tools,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def create_async(
        self,
        *,
        name: str,
        description: str,
        model_name: str,
        output: models.CreateJudgeRequestOutput | models.CreateJudgeRequestOutputTypedDict,
        instructions: str,
        tools: Sequence[str],
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Judge:
        """Async twin of :meth:`create`."""
        return await self._client.request_async(
            _JUDGES_CREATE,
            body={
                "name": name,
                "description": description,
                "model_name": model_name,
                "output": output,
                "instructions": instructions,
                "tools": tools,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def list(
        self,
        *,
        type_filter: OptionalNullable[Sequence[models.JudgeOutputType]] = UNSET,
        model_filter: OptionalNullable[Sequence[str]] = UNSET,
        page_size: int | None = 50,
        page: int | None = 1,
        q: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListJudgesResponse:
        """Get judges with optional filtering and search.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param type_filter: Filter by judge output types
        :param model_filter: Filter by model names
        :param page_size:
        :param page:
        :param q:
        """
        return paginate(
            self._client,
            _JUDGES_LIST,
            _JUDGES_LIST_PAGING,
            {
                "type_filter": type_filter,
                "model_filter": model_filter,
                "page_size": page_size,
                "page": page,
                "q": q,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_async(
        self,
        *,
        type_filter: OptionalNullable[Sequence[models.JudgeOutputType]] = UNSET,
        model_filter: OptionalNullable[Sequence[str]] = UNSET,
        page_size: int | None = 50,
        page: int | None = 1,
        q: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.ListJudgesResponse:
        """Async twin of :meth:`list`."""
        return await paginate_async(
            self._client,
            _JUDGES_LIST,
            _JUDGES_LIST_PAGING,
            {
                "type_filter": type_filter,
                "model_filter": model_filter,
                "page_size": page_size,
                "page": page,
                "q": q,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def fetch(
        self,
        *,
        judge_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Judge:
        """Get judge by id.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param judge_id:
        """
        return self._client.request(
            _JUDGES_FETCH,
            path={"judge_id": judge_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def fetch_async(
        self,
        *,
        judge_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Judge:
        """Async twin of :meth:`fetch`."""
        return await self._client.request_async(
            _JUDGES_FETCH,
            path={"judge_id": judge_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def delete(
        self,
        *,
        judge_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a judge.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param judge_id:
        """
        return self._client.request(
            _JUDGES_DELETE,
            path={"judge_id": judge_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def delete_async(
        self,
        *,
        judge_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Async twin of :meth:`delete`."""
        return await self._client.request_async(
            _JUDGES_DELETE,
            path={"judge_id": judge_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def update(
        self,
        *,
        judge_id: str,
        name: str,
        description: str,
        model_name: str,
        output: models.UpdateJudgeRequestOutput | models.UpdateJudgeRequestOutputTypedDict,
        instructions: str,
        tools: Sequence[str],
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Update a judge.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param judge_id:
        :param name:
        :param description:
        :param model_name:
        :param output:
        :param instructions:
        :param tools:
        """
        return self._client.request(
            _JUDGES_UPDATE,
            path={"judge_id": judge_id},
            body={
                "name": name,
                "description": description,
                "model_name": model_name,
                "output": output,
                "instructions": instructions,
                "tools": tools,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def update_async(
        self,
        *,
        judge_id: str,
        name: str,
        description: str,
        model_name: str,
        output: models.UpdateJudgeRequestOutput | models.UpdateJudgeRequestOutputTypedDict,
        instructions: str,
        tools: Sequence[str],
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Async twin of :meth:`update`."""
        return await self._client.request_async(
            _JUDGES_UPDATE,
            path={"judge_id": judge_id},
            body={
                "name": name,
                "description": description,
                "model_name": model_name,
                "output": output,
                "instructions": instructions,
                "tools": tools,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def judge_conversation(
        self,
        *,
        judge_id: str,
        messages: Sequence[Mapping[str, Any]],
        properties: OptionalNullable[Mapping[str, Any]] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.JudgeOutput:
        """Run a saved judge on a conversation.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param judge_id:
        :param messages:
        :param properties:
        """
        return self._client.request(
            _JUDGES_JUDGE_CONVERSATION,
            path={"judge_id": judge_id},
            body={"messages": messages, "properties": properties},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def judge_conversation_async(
        self,
        *,
        judge_id: str,
        messages: Sequence[Mapping[str, Any]],
        properties: OptionalNullable[Mapping[str, Any]] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.JudgeOutput:
        """Async twin of :meth:`judge_conversation`."""
        return await self._client.request_async(
            _JUDGES_JUDGE_CONVERSATION,
            path={"judge_id": judge_id},
            body={"messages": messages, "properties": properties},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class Logs(Resource):
    """Operations of ``beta.observability.logs``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> LogsWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return LogsWithRawResponse(self)

    def search(
        self,
        *,
        from_: OptionalNullable[datetime] = UNSET,
        to: OptionalNullable[datetime] = UNSET,
        page_size: int | None = 50,
        cursor: OptionalNullable[str] = UNSET,
        search_expression: OptionalNullable[str] = UNSET,
        order: models.Order | None = "desc",
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetLogs:
        """Search logs.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param from_:
        :param to:
        :param page_size:
        :param cursor:
        :param search_expression:
        :param order:
        """
        return paginate(
            self._client,
            _LOGS_SEARCH,
            _LOGS_SEARCH_PAGING,
            {"from": from_, "to": to, "page_size": page_size, "cursor": cursor},
            body={"search_expression": search_expression, "order": order},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def search_async(
        self,
        *,
        from_: OptionalNullable[datetime] = UNSET,
        to: OptionalNullable[datetime] = UNSET,
        page_size: int | None = 50,
        cursor: OptionalNullable[str] = UNSET,
        search_expression: OptionalNullable[str] = UNSET,
        order: models.Order | None = "desc",
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetLogs:
        """Async twin of :meth:`search`."""
        return await paginate_async(
            self._client,
            _LOGS_SEARCH,
            _LOGS_SEARCH_PAGING,
            {"from": from_, "to": to, "page_size": page_size, "cursor": cursor},
            body={"search_expression": search_expression, "order": order},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def list(
        self,
        *,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetLogFields:
        """Get log field definitions.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).
        """
        return self._client.request(
            _LOGS_LIST,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_async(
        self,
        *,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetLogFields:
        """Async twin of :meth:`list`."""
        return await self._client.request_async(
            _LOGS_LIST,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def fetch_options(
        self,
        *,
        field_name: str,
        from_: OptionalNullable[datetime] = UNSET,
        to: OptionalNullable[datetime] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetLogFieldOptions:
        """Get options for a log field.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param field_name:
        :param from_:
        :param to:
        """
        return self._client.request(
            _LOGS_FETCH_OPTIONS,
            path={"field_name": field_name},
            query={"from": from_, "to": to},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def fetch_options_async(
        self,
        *,
        field_name: str,
        from_: OptionalNullable[datetime] = UNSET,
        to: OptionalNullable[datetime] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetLogFieldOptions:
        """Async twin of :meth:`fetch_options`."""
        return await self._client.request_async(
            _LOGS_FETCH_OPTIONS,
            path={"field_name": field_name},
            query={"from": from_, "to": to},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class Spans(Resource):
    """Operations of ``beta.observability.spans``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> SpansWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return SpansWithRawResponse(self)

    def search_spans(
        self,
        *,
        from_: OptionalNullable[datetime] = UNSET,
        to: OptionalNullable[datetime] = UNSET,
        page_size: int | None = 50,
        cursor: OptionalNullable[str] = UNSET,
        search_expression: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetSpans:
        """Search spans.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param from_:
        :param to:
        :param page_size:
        :param cursor:
        :param search_expression:
        """
        return paginate(
            self._client,
            _SPANS_SEARCH_SPANS,
            _SPANS_SEARCH_SPANS_PAGING,
            {"from": from_, "to": to, "page_size": page_size, "cursor": cursor},
            body={"search_expression": search_expression},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def search_spans_async(
        self,
        *,
        from_: OptionalNullable[datetime] = UNSET,
        to: OptionalNullable[datetime] = UNSET,
        page_size: int | None = 50,
        cursor: OptionalNullable[str] = UNSET,
        search_expression: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetSpans:
        """Async twin of :meth:`search_spans`."""
        return await paginate_async(
            self._client,
            _SPANS_SEARCH_SPANS,
            _SPANS_SEARCH_SPANS_PAGING,
            {"from": from_, "to": to, "page_size": page_size, "cursor": cursor},
            body={"search_expression": search_expression},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def aggregate(
        self,
        *,
        metric: models.MetricDefinition | models.MetricDefinitionTypedDict,
        from_: OptionalNullable[datetime] = UNSET,
        to: OptionalNullable[datetime] = UNSET,
        dimensions: Sequence[str] | None = None,
        time_dimension: OptionalNullable[
            models.TimeDimension | models.TimeDimensionTypedDict
        ] = UNSET,
        search_expression: OptionalNullable[str] = UNSET,
        order_by: OptionalNullable[
            Sequence[models.OrderByClause | models.OrderByClauseTypedDict]
        ] = UNSET,
        limit: int | None = 1000,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Aggregation:
        """Aggregate spans.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param metric:
        :param from_:
        :param to:
        :param dimensions:
        :param time_dimension:
        :param search_expression:
        :param order_by:
        :param limit:
        """
        return self._client.request(
            _SPANS_AGGREGATE,
            query={"from": from_, "to": to},
            body={
                "metric": metric,
                "dimensions": dimensions,
                "time_dimension": time_dimension,
                "search_expression": search_expression,
                "order_by": order_by,
                "limit": limit,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def aggregate_async(
        self,
        *,
        metric: models.MetricDefinition | models.MetricDefinitionTypedDict,
        from_: OptionalNullable[datetime] = UNSET,
        to: OptionalNullable[datetime] = UNSET,
        dimensions: Sequence[str] | None = None,
        time_dimension: OptionalNullable[
            models.TimeDimension | models.TimeDimensionTypedDict
        ] = UNSET,
        search_expression: OptionalNullable[str] = UNSET,
        order_by: OptionalNullable[
            Sequence[models.OrderByClause | models.OrderByClauseTypedDict]
        ] = UNSET,
        limit: int | None = 1000,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Aggregation:
        """Async twin of :meth:`aggregate`."""
        return await self._client.request_async(
            _SPANS_AGGREGATE,
            query={"from": from_, "to": to},
            body={
                "metric": metric,
                "dimensions": dimensions,
                "time_dimension": time_dimension,
                "search_expression": search_expression,
                "order_by": order_by,
                "limit": limit,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def search_span_evaluations(
        self,
        *,
        from_: OptionalNullable[datetime] = UNSET,
        to: OptionalNullable[datetime] = UNSET,
        page_size: int | None = 50,
        cursor: OptionalNullable[str] = UNSET,
        search_expression: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetSpanEvaluations:
        """Search span evaluations.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param from_:
        :param to:
        :param page_size:
        :param cursor:
        :param search_expression:
        """
        return paginate(
            self._client,
            _SPANS_SEARCH_SPAN_EVALUATIONS,
            _SPANS_SEARCH_SPAN_EVALUATIONS_PAGING,
            {"from": from_, "to": to, "page_size": page_size, "cursor": cursor},
            body={"search_expression": search_expression},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def search_span_evaluations_async(
        self,
        *,
        from_: OptionalNullable[datetime] = UNSET,
        to: OptionalNullable[datetime] = UNSET,
        page_size: int | None = 50,
        cursor: OptionalNullable[str] = UNSET,
        search_expression: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetSpanEvaluations:
        """Async twin of :meth:`search_span_evaluations`."""
        return await paginate_async(
            self._client,
            _SPANS_SEARCH_SPAN_EVALUATIONS,
            _SPANS_SEARCH_SPAN_EVALUATIONS_PAGING,
            {"from": from_, "to": to, "page_size": page_size, "cursor": cursor},
            body={"search_expression": search_expression},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def search_latest_span_evaluations(
        self,
        *,
        from_: OptionalNullable[datetime] = UNSET,
        to: OptionalNullable[datetime] = UNSET,
        page_size: int | None = 50,
        cursor: OptionalNullable[str] = UNSET,
        search_expression: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetSpanEvaluations:
        """Search latest span evaluations.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param from_:
        :param to:
        :param page_size:
        :param cursor:
        :param search_expression:
        """
        return paginate(
            self._client,
            _SPANS_SEARCH_LATEST_SPAN_EVALUATIONS,
            _SPANS_SEARCH_LATEST_SPAN_EVALUATIONS_PAGING,
            {"from": from_, "to": to, "page_size": page_size, "cursor": cursor},
            body={"search_expression": search_expression},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def search_latest_span_evaluations_async(
        self,
        *,
        from_: OptionalNullable[datetime] = UNSET,
        to: OptionalNullable[datetime] = UNSET,
        page_size: int | None = 50,
        cursor: OptionalNullable[str] = UNSET,
        search_expression: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetSpanEvaluations:
        """Async twin of :meth:`search_latest_span_evaluations`."""
        return await paginate_async(
            self._client,
            _SPANS_SEARCH_LATEST_SPAN_EVALUATIONS,
            _SPANS_SEARCH_LATEST_SPAN_EVALUATIONS_PAGING,
            {"from": from_, "to": to, "page_size": page_size, "cursor": cursor},
            body={"search_expression": search_expression},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def list_span_fields(
        self,
        *,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetSpanFields:
        """Get span field definitions.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).
        """
        return self._client.request(
            _SPANS_LIST_SPAN_FIELDS,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_span_fields_async(
        self,
        *,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetSpanFields:
        """Async twin of :meth:`list_span_fields`."""
        return await self._client.request_async(
            _SPANS_LIST_SPAN_FIELDS,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def list_span_eval_fields(
        self,
        *,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetSpanEvaluationFields:
        """Get span evaluation field definitions.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).
        """
        return self._client.request(
            _SPANS_LIST_SPAN_EVAL_FIELDS,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_span_eval_fields_async(
        self,
        *,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetSpanEvaluationFields:
        """Async twin of :meth:`list_span_eval_fields`."""
        return await self._client.request_async(
            _SPANS_LIST_SPAN_EVAL_FIELDS,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def fetch_span_field_options(
        self,
        *,
        field_name: str,
        from_: OptionalNullable[datetime] = UNSET,
        to: OptionalNullable[datetime] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetSpanFieldOptions:
        """Get options for a span field.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param field_name:
        :param from_:
        :param to:
        """
        return self._client.request(
            _SPANS_FETCH_SPAN_FIELD_OPTIONS,
            path={"field_name": field_name},
            query={"from": from_, "to": to},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def fetch_span_field_options_async(
        self,
        *,
        field_name: str,
        from_: OptionalNullable[datetime] = UNSET,
        to: OptionalNullable[datetime] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetSpanFieldOptions:
        """Async twin of :meth:`fetch_span_field_options`."""
        return await self._client.request_async(
            _SPANS_FETCH_SPAN_FIELD_OPTIONS,
            path={"field_name": field_name},
            query={"from": from_, "to": to},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def fetch_span_eval_field_options(
        self,
        *,
        field_name: str,
        from_: OptionalNullable[datetime] = UNSET,
        to: OptionalNullable[datetime] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetSpanEvaluationFieldOptions:
        """Get options for a span evaluation field.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param field_name:
        :param from_:
        :param to:
        """
        return self._client.request(
            _SPANS_FETCH_SPAN_EVAL_FIELD_OPTIONS,
            path={"field_name": field_name},
            query={"from": from_, "to": to},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def fetch_span_eval_field_options_async(
        self,
        *,
        field_name: str,
        from_: OptionalNullable[datetime] = UNSET,
        to: OptionalNullable[datetime] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetSpanEvaluationFieldOptions:
        """Async twin of :meth:`fetch_span_eval_field_options`."""
        return await self._client.request_async(
            _SPANS_FETCH_SPAN_EVAL_FIELD_OPTIONS,
            path={"field_name": field_name},
            query={"from": from_, "to": to},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def aggregate_span_evaluations(
        self,
        *,
        metric: models.MetricDefinition | models.MetricDefinitionTypedDict,
        from_: OptionalNullable[datetime] = UNSET,
        to: OptionalNullable[datetime] = UNSET,
        dimensions: Sequence[str] | None = None,
        time_dimension: OptionalNullable[
            models.TimeDimension | models.TimeDimensionTypedDict
        ] = UNSET,
        search_expression: OptionalNullable[str] = UNSET,
        order_by: OptionalNullable[
            Sequence[models.OrderByClause | models.OrderByClauseTypedDict]
        ] = UNSET,
        limit: int | None = 1000,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Aggregation:
        """Aggregate span evaluations.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param metric:
        :param from_:
        :param to:
        :param dimensions:
        :param time_dimension:
        :param search_expression:
        :param order_by:
        :param limit:
        """
        return self._client.request(
            _SPANS_AGGREGATE_SPAN_EVALUATIONS,
            query={"from": from_, "to": to},
            body={
                "metric": metric,
                "dimensions": dimensions,
                "time_dimension": time_dimension,
                "search_expression": search_expression,
                "order_by": order_by,
                "limit": limit,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def aggregate_span_evaluations_async(
        self,
        *,
        metric: models.MetricDefinition | models.MetricDefinitionTypedDict,
        from_: OptionalNullable[datetime] = UNSET,
        to: OptionalNullable[datetime] = UNSET,
        dimensions: Sequence[str] | None = None,
        time_dimension: OptionalNullable[
            models.TimeDimension | models.TimeDimensionTypedDict
        ] = UNSET,
        search_expression: OptionalNullable[str] = UNSET,
        order_by: OptionalNullable[
            Sequence[models.OrderByClause | models.OrderByClauseTypedDict]
        ] = UNSET,
        limit: int | None = 1000,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Aggregation:
        """Async twin of :meth:`aggregate_span_evaluations`."""
        return await self._client.request_async(
            _SPANS_AGGREGATE_SPAN_EVALUATIONS,
            query={"from": from_, "to": to},
            body={
                "metric": metric,
                "dimensions": dimensions,
                "time_dimension": time_dimension,
                "search_expression": search_expression,
                "order_by": order_by,
                "limit": limit,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def search_pipeline_results(
        self,
        *,
        pipeline_config_slugs: Sequence[str],
        from_: OptionalNullable[datetime] = UNSET,
        to: OptionalNullable[datetime] = UNSET,
        page_size: int | None = 50,
        cursor: OptionalNullable[str] = UNSET,
        search_expression: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetPipelineResults:
        """Search pipeline results.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param pipeline_config_slugs:
        :param from_:
        :param to:
        :param page_size:
        :param cursor:
        :param search_expression:
        """
        return paginate(
            self._client,
            _SPANS_SEARCH_PIPELINE_RESULTS,
            _SPANS_SEARCH_PIPELINE_RESULTS_PAGING,
            {"from": from_, "to": to, "page_size": page_size, "cursor": cursor},
            body={
                "pipeline_config_slugs": pipeline_config_slugs,
                "search_expression": search_expression,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def search_pipeline_results_async(
        self,
        *,
        pipeline_config_slugs: Sequence[str],
        from_: OptionalNullable[datetime] = UNSET,
        to: OptionalNullable[datetime] = UNSET,
        page_size: int | None = 50,
        cursor: OptionalNullable[str] = UNSET,
        search_expression: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetPipelineResults:
        """Async twin of :meth:`search_pipeline_results`."""
        return await paginate_async(
            self._client,
            _SPANS_SEARCH_PIPELINE_RESULTS,
            _SPANS_SEARCH_PIPELINE_RESULTS_PAGING,
            {"from": from_, "to": to, "page_size": page_size, "cursor": cursor},
            body={
                "pipeline_config_slugs": pipeline_config_slugs,
                "search_expression": search_expression,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class Traces(Resource):
    """Operations of ``beta.observability.traces``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> TracesWithRawResponse:
        """The same methods, answering a ``RawResponse`` (status, headers, rate limits, request id; ``parse()`` gives the usual result)."""
        return TracesWithRawResponse(self)

    def search(
        self,
        *,
        from_: OptionalNullable[datetime] = UNSET,
        to: OptionalNullable[datetime] = UNSET,
        page_size: int | None = 50,
        cursor: OptionalNullable[str] = UNSET,
        search_expression: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetTraces:
        """Search traces.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param from_:
        :param to:
        :param page_size:
        :param cursor:
        :param search_expression:
        """
        return paginate(
            self._client,
            _TRACES_SEARCH,
            _TRACES_SEARCH_PAGING,
            {"from": from_, "to": to, "page_size": page_size, "cursor": cursor},
            body={"search_expression": search_expression},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def search_async(
        self,
        *,
        from_: OptionalNullable[datetime] = UNSET,
        to: OptionalNullable[datetime] = UNSET,
        page_size: int | None = 50,
        cursor: OptionalNullable[str] = UNSET,
        search_expression: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetTraces:
        """Async twin of :meth:`search`."""
        return await paginate_async(
            self._client,
            _TRACES_SEARCH,
            _TRACES_SEARCH_PAGING,
            {"from": from_, "to": to, "page_size": page_size, "cursor": cursor},
            body={"search_expression": search_expression},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def aggregate(
        self,
        *,
        metric: models.MetricDefinition | models.MetricDefinitionTypedDict,
        from_: OptionalNullable[datetime] = UNSET,
        to: OptionalNullable[datetime] = UNSET,
        dimensions: Sequence[str] | None = None,
        time_dimension: OptionalNullable[
            models.TimeDimension | models.TimeDimensionTypedDict
        ] = UNSET,
        search_expression: OptionalNullable[str] = UNSET,
        order_by: OptionalNullable[
            Sequence[models.OrderByClause | models.OrderByClauseTypedDict]
        ] = UNSET,
        limit: int | None = 1000,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Aggregation:
        """Aggregate traces.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param metric:
        :param from_:
        :param to:
        :param dimensions:
        :param time_dimension:
        :param search_expression:
        :param order_by:
        :param limit:
        """
        return self._client.request(
            _TRACES_AGGREGATE,
            query={"from": from_, "to": to},
            body={
                "metric": metric,
                "dimensions": dimensions,
                "time_dimension": time_dimension,
                "search_expression": search_expression,
                "order_by": order_by,
                "limit": limit,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def aggregate_async(
        self,
        *,
        metric: models.MetricDefinition | models.MetricDefinitionTypedDict,
        from_: OptionalNullable[datetime] = UNSET,
        to: OptionalNullable[datetime] = UNSET,
        dimensions: Sequence[str] | None = None,
        time_dimension: OptionalNullable[
            models.TimeDimension | models.TimeDimensionTypedDict
        ] = UNSET,
        search_expression: OptionalNullable[str] = UNSET,
        order_by: OptionalNullable[
            Sequence[models.OrderByClause | models.OrderByClauseTypedDict]
        ] = UNSET,
        limit: int | None = 1000,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.Aggregation:
        """Async twin of :meth:`aggregate`."""
        return await self._client.request_async(
            _TRACES_AGGREGATE,
            query={"from": from_, "to": to},
            body={
                "metric": metric,
                "dimensions": dimensions,
                "time_dimension": time_dimension,
                "search_expression": search_expression,
                "order_by": order_by,
                "limit": limit,
            },
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_trace_fields(
        self,
        *,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetTraceFields:
        """Get trace field definitions.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).
        """
        return self._client.request(
            _TRACES_GET_TRACE_FIELDS,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_trace_fields_async(
        self,
        *,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetTraceFields:
        """Async twin of :meth:`get_trace_fields`."""
        return await self._client.request_async(
            _TRACES_GET_TRACE_FIELDS,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_trace_by_id(
        self,
        *,
        trace_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetTrace:
        """Get trace by id.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param trace_id:
        """
        return self._client.request(
            _TRACES_GET_TRACE_BY_ID,
            path={"trace_id": trace_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_trace_by_id_async(
        self,
        *,
        trace_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetTrace:
        """Async twin of :meth:`get_trace_by_id`."""
        return await self._client.request_async(
            _TRACES_GET_TRACE_BY_ID,
            path={"trace_id": trace_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_trace_spans(
        self,
        *,
        trace_id: str,
        from_: OptionalNullable[datetime] = UNSET,
        to: OptionalNullable[datetime] = UNSET,
        page_size: int | None = 50,
        cursor: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetSpans:
        """Get trace spans.

        Returns the first page (the response model); iterating over it yields the items of every page, fetching the next pages as needed (``.pages()``, ``.next_page()``).

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param trace_id:
        :param from_:
        :param to:
        :param page_size:
        :param cursor:
        """
        return paginate(
            self._client,
            _TRACES_GET_TRACE_SPANS,
            _TRACES_GET_TRACE_SPANS_PAGING,
            {"from": from_, "to": to, "page_size": page_size, "cursor": cursor},
            path={"trace_id": trace_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_trace_spans_async(
        self,
        *,
        trace_id: str,
        from_: OptionalNullable[datetime] = UNSET,
        to: OptionalNullable[datetime] = UNSET,
        page_size: int | None = 50,
        cursor: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetSpans:
        """Async twin of :meth:`get_trace_spans`."""
        return await paginate_async(
            self._client,
            _TRACES_GET_TRACE_SPANS,
            _TRACES_GET_TRACE_SPANS_PAGING,
            {"from": from_, "to": to, "page_size": page_size, "cursor": cursor},
            path={"trace_id": trace_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def fetch_options(
        self,
        *,
        field_name: str,
        from_: OptionalNullable[datetime] = UNSET,
        to: OptionalNullable[datetime] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetTraceFieldOptions:
        """Get options for a trace field.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param field_name:
        :param from_:
        :param to:
        """
        return self._client.request(
            _TRACES_FETCH_OPTIONS,
            path={"field_name": field_name},
            query={"from": from_, "to": to},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def fetch_options_async(
        self,
        *,
        field_name: str,
        from_: OptionalNullable[datetime] = UNSET,
        to: OptionalNullable[datetime] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetTraceFieldOptions:
        """Async twin of :meth:`fetch_options`."""
        return await self._client.request_async(
            _TRACES_FETCH_OPTIONS,
            path={"field_name": field_name},
            query={"from": from_, "to": to},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_span_by_id(
        self,
        *,
        trace_id: str,
        span_id: str,
        from_: OptionalNullable[datetime] = UNSET,
        to: OptionalNullable[datetime] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetSpan:
        """Get span by id.

        The per-call options ``retries``, ``server_url``, ``timeout_ms`` and ``http_headers`` override the client's settings for this call (docs/configuration.md).

        :param trace_id:
        :param span_id:
        :param from_:
        :param to:
        """
        return self._client.request(
            _TRACES_GET_SPAN_BY_ID,
            path={"trace_id": trace_id, "span_id": span_id},
            query={"from": from_, "to": to},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_span_by_id_async(
        self,
        *,
        trace_id: str,
        span_id: str,
        from_: OptionalNullable[datetime] = UNSET,
        to: OptionalNullable[datetime] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.GetSpan:
        """Async twin of :meth:`get_span_by_id`."""
        return await self._client.request_async(
            _TRACES_GET_SPAN_BY_ID,
            path={"trace_id": trace_id, "span_id": span_id},
            query={"from": from_, "to": to},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class CampaignsWithRawResponse(RawResource):
    """``beta.observability.campaigns.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    create = raw_method(Campaigns.create)
    create_async = raw_method(Campaigns.create_async)
    list = raw_method(Campaigns.list)
    list_async = raw_method(Campaigns.list_async)
    fetch = raw_method(Campaigns.fetch)
    fetch_async = raw_method(Campaigns.fetch_async)
    delete = raw_method(Campaigns.delete)
    delete_async = raw_method(Campaigns.delete_async)
    fetch_status = raw_method(Campaigns.fetch_status)
    fetch_status_async = raw_method(Campaigns.fetch_status_async)
    list_events = raw_method(Campaigns.list_events)
    list_events_async = raw_method(Campaigns.list_events_async)


class ChatCompletionEventsWithRawResponse(RawResource):
    """``beta.observability.chat_completion_events.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    search = raw_method(ChatCompletionEvents.search)
    search_async = raw_method(ChatCompletionEvents.search_async)
    search_ids = raw_method(ChatCompletionEvents.search_ids)
    search_ids_async = raw_method(ChatCompletionEvents.search_ids_async)
    fetch = raw_method(ChatCompletionEvents.fetch)
    fetch_async = raw_method(ChatCompletionEvents.fetch_async)
    fetch_similar_events = raw_method(ChatCompletionEvents.fetch_similar_events)
    fetch_similar_events_async = raw_method(ChatCompletionEvents.fetch_similar_events_async)
    judge = raw_method(ChatCompletionEvents.judge)
    judge_async = raw_method(ChatCompletionEvents.judge_async)


class FieldsWithRawResponse(RawResource):
    """``beta.observability.chat_completion_events.fields.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    list = raw_method(Fields.list)
    list_async = raw_method(Fields.list_async)
    fetch_options = raw_method(Fields.fetch_options)
    fetch_options_async = raw_method(Fields.fetch_options_async)
    fetch_option_counts = raw_method(Fields.fetch_option_counts)
    fetch_option_counts_async = raw_method(Fields.fetch_option_counts_async)


class DatasetsWithRawResponse(RawResource):
    """``beta.observability.datasets.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    create = raw_method(Datasets.create)
    create_async = raw_method(Datasets.create_async)
    list = raw_method(Datasets.list)
    list_async = raw_method(Datasets.list_async)
    fetch = raw_method(Datasets.fetch)
    fetch_async = raw_method(Datasets.fetch_async)
    delete = raw_method(Datasets.delete)
    delete_async = raw_method(Datasets.delete_async)
    update = raw_method(Datasets.update)
    update_async = raw_method(Datasets.update_async)
    list_records = raw_method(Datasets.list_records)
    list_records_async = raw_method(Datasets.list_records_async)
    create_record = raw_method(Datasets.create_record)
    create_record_async = raw_method(Datasets.create_record_async)
    import_from_campaign = raw_method(Datasets.import_from_campaign)
    import_from_campaign_async = raw_method(Datasets.import_from_campaign_async)
    import_from_explorer = raw_method(Datasets.import_from_explorer)
    import_from_explorer_async = raw_method(Datasets.import_from_explorer_async)
    import_from_file = raw_method(Datasets.import_from_file)
    import_from_file_async = raw_method(Datasets.import_from_file_async)
    import_from_playground = raw_method(Datasets.import_from_playground)
    import_from_playground_async = raw_method(Datasets.import_from_playground_async)
    import_from_dataset_records = raw_method(Datasets.import_from_dataset_records)
    import_from_dataset_records_async = raw_method(Datasets.import_from_dataset_records_async)
    export_to_jsonl = raw_method(Datasets.export_to_jsonl)
    export_to_jsonl_async = raw_method(Datasets.export_to_jsonl_async)
    fetch_task = raw_method(Datasets.fetch_task)
    fetch_task_async = raw_method(Datasets.fetch_task_async)
    list_tasks = raw_method(Datasets.list_tasks)
    list_tasks_async = raw_method(Datasets.list_tasks_async)
    import_from_spans = raw_method(Datasets.import_from_spans)
    import_from_spans_async = raw_method(Datasets.import_from_spans_async)


class RecordsWithRawResponse(RawResource):
    """``beta.observability.datasets.records.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    fetch = raw_method(Records.fetch)
    fetch_async = raw_method(Records.fetch_async)
    delete = raw_method(Records.delete)
    delete_async = raw_method(Records.delete_async)
    bulk_delete = raw_method(Records.bulk_delete)
    bulk_delete_async = raw_method(Records.bulk_delete_async)
    judge = raw_method(Records.judge)
    judge_async = raw_method(Records.judge_async)
    update_payload = raw_method(Records.update_payload)
    update_payload_async = raw_method(Records.update_payload_async)
    update_properties = raw_method(Records.update_properties)
    update_properties_async = raw_method(Records.update_properties_async)


class EvaluationsWithRawResponse(RawResource):
    """``beta.observability.evaluations.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    create_pipeline = raw_method(Evaluations.create_pipeline)
    create_pipeline_async = raw_method(Evaluations.create_pipeline_async)
    list_pipelines = raw_method(Evaluations.list_pipelines)
    list_pipelines_async = raw_method(Evaluations.list_pipelines_async)
    get_pipeline = raw_method(Evaluations.get_pipeline)
    get_pipeline_async = raw_method(Evaluations.get_pipeline_async)
    update_pipeline = raw_method(Evaluations.update_pipeline)
    update_pipeline_async = raw_method(Evaluations.update_pipeline_async)
    delete_pipeline = raw_method(Evaluations.delete_pipeline)
    delete_pipeline_async = raw_method(Evaluations.delete_pipeline_async)
    list = raw_method(Evaluations.list)
    list_async = raw_method(Evaluations.list_async)
    get = raw_method(Evaluations.get)
    get_async = raw_method(Evaluations.get_async)


class OptimizationsWithRawResponse(RawResource):
    """``beta.observability.evaluations.optimizations.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    list = raw_method(Optimizations.list)
    list_async = raw_method(Optimizations.list_async)
    get = raw_method(Optimizations.get)
    get_async = raw_method(Optimizations.get_async)
    list_trials = raw_method(Optimizations.list_trials)
    list_trials_async = raw_method(Optimizations.list_trials_async)


class EvaluationsProjectsWithRawResponse(RawResource):
    """``beta.observability.evaluations.projects.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    list = raw_method(EvaluationsProjects.list)
    list_async = raw_method(EvaluationsProjects.list_async)
    get = raw_method(EvaluationsProjects.get)
    get_async = raw_method(EvaluationsProjects.get_async)


class EvaluationsRecordsWithRawResponse(RawResource):
    """``beta.observability.evaluations.records.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    get = raw_method(EvaluationsRecords.get)
    get_async = raw_method(EvaluationsRecords.get_async)
    search = raw_method(EvaluationsRecords.search)
    search_async = raw_method(EvaluationsRecords.search_async)


class EvaluationsRunsWithRawResponse(RawResource):
    """``beta.observability.evaluations.runs.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    search = raw_method(EvaluationsRuns.search)
    search_async = raw_method(EvaluationsRuns.search_async)
    search_all = raw_method(EvaluationsRuns.search_all)
    search_all_async = raw_method(EvaluationsRuns.search_all_async)
    get = raw_method(EvaluationsRuns.get)
    get_async = raw_method(EvaluationsRuns.get_async)
    get_statistics = raw_method(EvaluationsRuns.get_statistics)
    get_statistics_async = raw_method(EvaluationsRuns.get_statistics_async)
    compute_statistics = raw_method(EvaluationsRuns.compute_statistics)
    compute_statistics_async = raw_method(EvaluationsRuns.compute_statistics_async)


class JudgesWithRawResponse(RawResource):
    """``beta.observability.judges.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    create = raw_method(Judges.create)
    create_async = raw_method(Judges.create_async)
    list = raw_method(Judges.list)
    list_async = raw_method(Judges.list_async)
    fetch = raw_method(Judges.fetch)
    fetch_async = raw_method(Judges.fetch_async)
    delete = raw_method(Judges.delete)
    delete_async = raw_method(Judges.delete_async)
    update = raw_method(Judges.update)
    update_async = raw_method(Judges.update_async)
    judge_conversation = raw_method(Judges.judge_conversation)
    judge_conversation_async = raw_method(Judges.judge_conversation_async)


class LogsWithRawResponse(RawResource):
    """``beta.observability.logs.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    search = raw_method(Logs.search)
    search_async = raw_method(Logs.search_async)
    list = raw_method(Logs.list)
    list_async = raw_method(Logs.list_async)
    fetch_options = raw_method(Logs.fetch_options)
    fetch_options_async = raw_method(Logs.fetch_options_async)


class SpansWithRawResponse(RawResource):
    """``beta.observability.spans.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    search_spans = raw_method(Spans.search_spans)
    search_spans_async = raw_method(Spans.search_spans_async)
    aggregate = raw_method(Spans.aggregate)
    aggregate_async = raw_method(Spans.aggregate_async)
    search_span_evaluations = raw_method(Spans.search_span_evaluations)
    search_span_evaluations_async = raw_method(Spans.search_span_evaluations_async)
    search_latest_span_evaluations = raw_method(Spans.search_latest_span_evaluations)
    search_latest_span_evaluations_async = raw_method(Spans.search_latest_span_evaluations_async)
    list_span_fields = raw_method(Spans.list_span_fields)
    list_span_fields_async = raw_method(Spans.list_span_fields_async)
    list_span_eval_fields = raw_method(Spans.list_span_eval_fields)
    list_span_eval_fields_async = raw_method(Spans.list_span_eval_fields_async)
    fetch_span_field_options = raw_method(Spans.fetch_span_field_options)
    fetch_span_field_options_async = raw_method(Spans.fetch_span_field_options_async)
    fetch_span_eval_field_options = raw_method(Spans.fetch_span_eval_field_options)
    fetch_span_eval_field_options_async = raw_method(Spans.fetch_span_eval_field_options_async)
    aggregate_span_evaluations = raw_method(Spans.aggregate_span_evaluations)
    aggregate_span_evaluations_async = raw_method(Spans.aggregate_span_evaluations_async)
    search_pipeline_results = raw_method(Spans.search_pipeline_results)
    search_pipeline_results_async = raw_method(Spans.search_pipeline_results_async)


class TracesWithRawResponse(RawResource):
    """``beta.observability.traces.with_raw_response``: each method answers a ``RawResponse``."""

    __slots__ = ()

    search = raw_method(Traces.search)
    search_async = raw_method(Traces.search_async)
    aggregate = raw_method(Traces.aggregate)
    aggregate_async = raw_method(Traces.aggregate_async)
    get_trace_fields = raw_method(Traces.get_trace_fields)
    get_trace_fields_async = raw_method(Traces.get_trace_fields_async)
    get_trace_by_id = raw_method(Traces.get_trace_by_id)
    get_trace_by_id_async = raw_method(Traces.get_trace_by_id_async)
    get_trace_spans = raw_method(Traces.get_trace_spans)
    get_trace_spans_async = raw_method(Traces.get_trace_spans_async)
    fetch_options = raw_method(Traces.fetch_options)
    fetch_options_async = raw_method(Traces.fetch_options_async)
    get_span_by_id = raw_method(Traces.get_span_by_id)
    get_span_by_id_async = raw_method(Traces.get_span_by_id_async)


OPERATIONS: dict[str, Operation[Any]] = {
    "create_campaign_v1_observability_campaigns_post": _CAMPAIGNS_CREATE,
    "get_campaigns_v1_observability_campaigns_get": _CAMPAIGNS_LIST,
    "get_campaign_by_id_v1_observability_campaigns__campaign_id__get": _CAMPAIGNS_FETCH,
    "delete_campaign_v1_observability_campaigns__campaign_id__delete": _CAMPAIGNS_DELETE,
    "get_campaign_status_by_id_v1_observability_campaigns__campaign_id__status_get": _CAMPAIGNS_FETCH_STATUS,
    "get_campaign_selected_events_v1_observability_campaigns__campaign_id__selected_events_get": _CAMPAIGNS_LIST_EVENTS,
    "get_chat_completion_events_v1_observability_chat_completion_events_search_post": _CHAT_COMPLETION_EVENTS_SEARCH,
    "get_chat_completion_event_ids_v1_observability_chat_completion_events_search_ids_post": _CHAT_COMPLETION_EVENTS_SEARCH_IDS,
    "get_chat_completion_event_v1_observability_chat_completion_events__event_id__get": _CHAT_COMPLETION_EVENTS_FETCH,
    "get_similar_chat_completion_events_v1_observability_chat_completion_events__event_id__similar_events_get": _CHAT_COMPLETION_EVENTS_FETCH_SIMILAR_EVENTS,
    "judge_chat_completion_event_v1_observability_chat_completion_events__event_id__live_judging_post": _CHAT_COMPLETION_EVENTS_JUDGE,
    "get_chat_completion_fields_v1_observability_chat_completion_fields_get": _FIELDS_LIST,
    "get_chat_completion_field_options_v1_observability_chat_completion_fields__field_name__options_get": _FIELDS_FETCH_OPTIONS,
    "get_chat_completion_field_options_counts_v1_observability_chat_completion_fields__field_name__options_counts_post": _FIELDS_FETCH_OPTION_COUNTS,
    "create_dataset_v1_observability_datasets_post": _DATASETS_CREATE,
    "get_datasets_v1_observability_datasets_get": _DATASETS_LIST,
    "get_dataset_by_id_v1_observability_datasets__dataset_id__get": _DATASETS_FETCH,
    "delete_dataset_v1_observability_datasets__dataset_id__delete": _DATASETS_DELETE,
    "update_dataset_v1_observability_datasets__dataset_id__patch": _DATASETS_UPDATE,
    "get_dataset_records_v1_observability_datasets__dataset_id__records_get": _DATASETS_LIST_RECORDS,
    "create_dataset_record_v1_observability_datasets__dataset_id__records_post": _DATASETS_CREATE_RECORD,
    "post_dataset_records_from_campaign_v1_observability_datasets__dataset_id__imports_from_campaign_post": _DATASETS_IMPORT_FROM_CAMPAIGN,
    "post_dataset_records_from_explorer_v1_observability_datasets__dataset_id__imports_from_explorer_post": _DATASETS_IMPORT_FROM_EXPLORER,
    "post_dataset_records_from_file_v1_observability_datasets__dataset_id__imports_from_file_post": _DATASETS_IMPORT_FROM_FILE,
    "post_dataset_records_from_playground_v1_observability_datasets__dataset_id__imports_from_playground_post": _DATASETS_IMPORT_FROM_PLAYGROUND,
    "post_dataset_records_from_dataset_v1_observability_datasets__dataset_id__imports_from_dataset_post": _DATASETS_IMPORT_FROM_DATASET_RECORDS,
    "export_dataset_to_jsonl_v1_observability_datasets__dataset_id__exports_to_jsonl_get": _DATASETS_EXPORT_TO_JSONL,
    "get_dataset_import_task_v1_observability_datasets__dataset_id__tasks__task_id__get": _DATASETS_FETCH_TASK,
    "get_dataset_import_tasks_v1_observability_datasets__dataset_id__tasks_get": _DATASETS_LIST_TASKS,
    "post_dataset_records_from_spans_v1_observability_datasets__dataset_id__imports_from_spans_post": _DATASETS_IMPORT_FROM_SPANS,
    "get_dataset_record_v1_observability_dataset_records__dataset_record_id__get": _RECORDS_FETCH,
    "delete_dataset_record_v1_observability_dataset_records__dataset_record_id__delete": _RECORDS_DELETE,
    "delete_dataset_records_v1_observability_dataset_records_bulk_delete_post": _RECORDS_BULK_DELETE,
    "judge_dataset_record_v1_observability_dataset_records__dataset_record_id__live_judging_post": _RECORDS_JUDGE,
    "update_dataset_record_payload_v1_observability_dataset_records__dataset_record_id__payload_put": _RECORDS_UPDATE_PAYLOAD,
    "update_dataset_record_properties_v1_observability_dataset_records__dataset_record_id__properties_put": _RECORDS_UPDATE_PROPERTIES,
    "create_pipeline_v1_observability_pipelines_post": _EVALUATIONS_CREATE_PIPELINE,
    "list_pipelines_v1_observability_pipelines_get": _EVALUATIONS_LIST_PIPELINES,
    "get_pipeline_v1_observability_pipelines__pipeline_id__get": _EVALUATIONS_GET_PIPELINE,
    "update_pipeline_v1_observability_pipelines__pipeline_id__put": _EVALUATIONS_UPDATE_PIPELINE,
    "delete_pipeline_v1_observability_pipelines__pipeline_id__delete": _EVALUATIONS_DELETE_PIPELINE,
    "get_project_evaluations_v2_v1_observability_projects__project_slug__evaluations_v2_get": _EVALUATIONS_LIST,
    "get_evaluation_v2_v1_observability_evaluations_v2__evaluation_slug__get": _EVALUATIONS_GET,
    "list_optimizations_v1_observability_optimizations_get": _OPTIMIZATIONS_LIST,
    "get_optimization_v1_observability_optimizations__optimization_id__get": _OPTIMIZATIONS_GET,
    "list_optimization_trials_v1_observability_optimizations__optimization_id__trials_get": _OPTIMIZATIONS_LIST_TRIALS,
    "get_projects_v1_observability_projects_get": _EVALUATIONS_PROJECTS_LIST,
    "get_project_v1_observability_projects__project_slug__get": _EVALUATIONS_PROJECTS_GET,
    "get_evaluation_run_record_v2_v1_observability_evaluation_runs_v2__run_id__records__record_id__get": _EVALUATIONS_RECORDS_GET,
    "search_evaluation_run_records_v2_v1_observability_evaluation_runs_v2__run_id__records_search_post": _EVALUATIONS_RECORDS_SEARCH,
    "search_evaluation_runs_v2_v1_observability_evaluations_v2__evaluation_slug__runs_search_post": _EVALUATIONS_RUNS_SEARCH,
    "search_all_evaluation_runs_v2_v1_observability_evaluation_runs_v2_search_post": _EVALUATIONS_RUNS_SEARCH_ALL,
    "get_evaluation_run_v2_v1_observability_evaluation_runs_v2__run_id__get": _EVALUATIONS_RUNS_GET,
    "get_single_evaluation_run_statistics_v2_v1_observability_evaluation_runs_v2__run_id__statistics_get": _EVALUATIONS_RUNS_GET_STATISTICS,
    "compute_filtered_run_statistics_v2_v1_observability_evaluation_runs_v2__run_id__statistics_compute_post": _EVALUATIONS_RUNS_COMPUTE_STATISTICS,
    "create_judge_v1_observability_judges_post": _JUDGES_CREATE,
    "get_judges_v1_observability_judges_get": _JUDGES_LIST,
    "get_judge_by_id_v1_observability_judges__judge_id__get": _JUDGES_FETCH,
    "delete_judge_v1_observability_judges__judge_id__delete": _JUDGES_DELETE,
    "update_judge_v1_observability_judges__judge_id__put": _JUDGES_UPDATE,
    "judge_conversation_v1_observability_judges__judge_id__live_judging_post": _JUDGES_JUDGE_CONVERSATION,
    "search_logs_v1_observability_logs_search_post": _LOGS_SEARCH,
    "get_log_fields_v1_observability_logs_fields_get": _LOGS_LIST,
    "get_log_field_options_v1_observability_logs_fields__field_name__options_get": _LOGS_FETCH_OPTIONS,
    "search_spans_v1_observability_spans_search_post": _SPANS_SEARCH_SPANS,
    "aggregate_spans_v1_observability_spans_aggregate_post": _SPANS_AGGREGATE,
    "search_span_evaluations_v1_observability_spans_evaluations_search_post": _SPANS_SEARCH_SPAN_EVALUATIONS,
    "search_latest_span_evaluations_v1_observability_spans_evaluations_search_latest_post": _SPANS_SEARCH_LATEST_SPAN_EVALUATIONS,
    "get_span_fields_v1_observability_spans_fields_get": _SPANS_LIST_SPAN_FIELDS,
    "get_span_evaluation_fields_v1_observability_spans_evaluations_fields_get": _SPANS_LIST_SPAN_EVAL_FIELDS,
    "get_span_field_options_v1_observability_spans_fields__field_name__options_get": _SPANS_FETCH_SPAN_FIELD_OPTIONS,
    "get_span_evaluation_field_options_v1_observability_spans_evaluations_fields__field_name__options_get": _SPANS_FETCH_SPAN_EVAL_FIELD_OPTIONS,
    "aggregate_span_evaluations_v1_observability_spans_evaluations_aggregate_post": _SPANS_AGGREGATE_SPAN_EVALUATIONS,
    "search_pipeline_results_v1_observability_pipeline_results_search_post": _SPANS_SEARCH_PIPELINE_RESULTS,
    "search_traces_v1_observability_traces_search_post": _TRACES_SEARCH,
    "aggregate_traces_v1_observability_traces_aggregate_post": _TRACES_AGGREGATE,
    "get_trace_fields_v1_observability_traces_fields_get": _TRACES_GET_TRACE_FIELDS,
    "get_trace_by_id_v1_observability_traces__trace_id__get": _TRACES_GET_TRACE_BY_ID,
    "get_trace_spans_v1_observability_traces__trace_id__spans_get": _TRACES_GET_TRACE_SPANS,
    "get_trace_field_options_v1_observability_traces_fields__field_name__options_get": _TRACES_FETCH_OPTIONS,
    "get_span_by_id_v1_observability_traces__trace_id__spans__span_id__get": _TRACES_GET_SPAN_BY_ID,
}
"""Every operation of this module by id (the streaming twin of an operation answering JSON and SSE as ``<id>:stream``)."""
