# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution (from the API spec), each imported on first use.

Each name lives in the module of the operations using it (``_models/``; the dict forms
in ``_typed_dicts``): a first call builds only the models of its operation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mistralai.core.runtime import lazy_names

if TYPE_CHECKING:
    from mistralai.api.observability._generated._models.aggregation import (
        Aggregation,
        AggregationMeta,
        AggregationRow,
    )
    from mistralai.api.observability._generated._models.aggregation_request import (
        AggregationRequest,
        Granularity,
        MetricDefinition,
        OrderByClause,
        OrderByClauseDirection,
        TimeDimension,
    )
    from mistralai.api.observability._generated._models.attribute_hash_sampling import (
        AttributeHashSampling,
        PipelineConfigSelector,
        PipelineConfigSelectorSourceKind,
        ProbabilisticSampling,
    )
    from mistralai.api.observability._generated._models.base_task_status import BaseTaskStatus
    from mistralai.api.observability._generated._models.campaign import Campaign
    from mistralai.api.observability._generated._models.chat_completion_event import (
        ChatCompletionEvent,
        ChatTranscriptionEvent,
    )
    from mistralai.api.observability._generated._models.chat_completion_event_preview import (
        ChatCompletionEventPreview,
    )
    from mistralai.api.observability._generated._models.create_campaign_request import (
        CreateCampaignRequest,
    )
    from mistralai.api.observability._generated._models.create_dataset_record_request import (
        CreateDatasetRecordRequest,
        CreateDatasetRecordRequestSource,
    )
    from mistralai.api.observability._generated._models.create_dataset_request import (
        CreateDatasetRequest,
    )
    from mistralai.api.observability._generated._models.create_judge_request import (
        CreateJudgeRequest,
        CreateJudgeRequestOutput,
    )
    from mistralai.api.observability._generated._models.create_pipeline_request import (
        CreatePipelineRequest,
    )
    from mistralai.api.observability._generated._models.dataset import Dataset
    from mistralai.api.observability._generated._models.dataset_import_task import DatasetImportTask
    from mistralai.api.observability._generated._models.dataset_preview import DatasetPreview
    from mistralai.api.observability._generated._models.dataset_record import (
        DatasetRecord,
        DatasetRecordSource,
    )
    from mistralai.api.observability._generated._models.dataset_record_payload import (
        DatasetRecordPayload,
    )
    from mistralai.api.observability._generated._models.delete_dataset_records_request import (
        DeleteDatasetRecordsRequest,
    )
    from mistralai.api.observability._generated._models.evaluation_run_filter_input import (
        EvaluationRunFilterInput,
        MetadataFilter,
        MetadataFilterGroup,
        MetadataFilterGroupCombinator,
        MetadataFilterOperator,
        MetadataFilterValue,
        RunOwnershipFilter,
        RunOwnershipFilterCombinator,
        SystemFilter,
        SystemNameFilter,
        SystemNameFilterGroup,
        SystemNameFilterGroupCombinator,
        SystemNameFilterOperator,
        SystemParamFilter,
        SystemParamFilterGroup,
        SystemParamFilterGroupCombinator,
        SystemParamFilterOperator,
        SystemParamFilterValue,
        TagFilter,
        TagFilterCombinator,
    )
    from mistralai.api.observability._generated._models.evaluation_run_record_filter_input import (
        ContentSearchFilter,
        ContentSearchFilterGroup,
        ContentSearchFilterGroupCombinator,
        ContentSearchFilterOperator,
        EvaluationRunRecordFilterInput,
        EvaluationRunRecordFilterInputSort,
        FieldSortInput,
        FieldSortInputDirection,
        ScoreSortInput,
        ScoreSortInputDirection,
        ScoreSortInputMetric,
    )
    from mistralai.api.observability._generated._models.evaluation_run_record_v2_response import (
        EvaluationRunGenerationV2,
        EvaluationRunOutputRecordV2,
        EvaluationRunRecordV2Response,
    )
    from mistralai.api.observability._generated._models.evaluation_run_score_v2 import (
        EvaluationRunScoreV2,
    )
    from mistralai.api.observability._generated._models.evaluation_run_v2_response import (
        EvaluationRunV2Response,
    )
    from mistralai.api.observability._generated._models.evaluation_v2 import EvaluationV2
    from mistralai.api.observability._generated._models.evaluations_v2 import (
        EvaluationsV2,
        PaginatedResultEvaluationV2,
    )
    from mistralai.api.observability._generated._models.evaluator_statistics import (
        CategoricalStatistics,
        ConfusionMatrix,
        EvaluatorStatistics,
        GoalResult,
        GoalResultItem,
        GoalResultItemDirection,
        NumericStatistics,
        ScalarStatisticValue,
        UnsupportedStatistics,
    )
    from mistralai.api.observability._generated._models.evaluator_v2 import (
        ClassificationStatisticSpec,
        ClassificationStatisticSpecAverage,
        ClassificationStatisticSpecKind,
        EvaluatorV2,
        EvaluatorV2Direction,
        GoalSpec,
        Params,
        Percentile,
        PercentileStatisticSpec,
        RunOptimizationRef,
        SimpleNumericStatisticSpec,
        SimpleNumericStatisticSpecKind,
        SystemV2,
    )
    from mistralai.api.observability._generated._models.export_dataset_response import (
        ExportDatasetResponse,
    )
    from mistralai.api.observability._generated._models.fetch_campaign_status_response import (
        FetchCampaignStatusResponse,
    )
    from mistralai.api.observability._generated._models.fetch_chat_completion_field_options_response import (
        FetchChatCompletionFieldOptionsResponse,
    )
    from mistralai.api.observability._generated._models.fetch_field_option_counts_request import (
        FetchFieldOptionCountsRequest,
    )
    from mistralai.api.observability._generated._models.fetch_field_option_counts_response import (
        FetchFieldOptionCountsResponse,
        FieldOptionCountItem,
    )
    from mistralai.api.observability._generated._models.filter_payload import (
        FilterCondition,
        FilterGroup,
        FilterPayload,
        Op,
    )
    from mistralai.api.observability._generated._models.get_log_field_options import (
        GetLogFieldOptions,
    )
    from mistralai.api.observability._generated._models.get_log_fields import GetLogFields
    from mistralai.api.observability._generated._models.get_logs import (
        FeedResultGetLog,
        GetLog,
        GetLogs,
    )
    from mistralai.api.observability._generated._models.get_pipeline_results import (
        FeedResultGetPipelineResult,
        GetPipelineResults,
        PipelineResult,
    )
    from mistralai.api.observability._generated._models.get_span import GetSpan, GetSpanStatusCode
    from mistralai.api.observability._generated._models.get_span_evaluation_field_options import (
        GetSpanEvaluationFieldOptions,
    )
    from mistralai.api.observability._generated._models.get_span_evaluation_fields import (
        GetSpanEvaluationFields,
    )
    from mistralai.api.observability._generated._models.get_span_evaluations import (
        FeedResultGetSpanEvaluation,
        GetSpanEvaluation,
        GetSpanEvaluations,
    )
    from mistralai.api.observability._generated._models.get_span_field_options import (
        GetSpanFieldOptions,
    )
    from mistralai.api.observability._generated._models.get_span_fields import GetSpanFields
    from mistralai.api.observability._generated._models.get_spans import FeedResultGetSpan, GetSpans
    from mistralai.api.observability._generated._models.get_trace import (
        GetTrace,
        GetTraceStatusCode,
    )
    from mistralai.api.observability._generated._models.get_trace_field_options import (
        GetTraceFieldOptions,
    )
    from mistralai.api.observability._generated._models.get_trace_fields import GetTraceFields
    from mistralai.api.observability._generated._models.get_traces import (
        FeedResultGetTrace,
        GetTraces,
    )
    from mistralai.api.observability._generated._models.goal_status_filter_group import (
        GoalStatusFilter,
        GoalStatusFilterGroup,
        GoalStatusFilterGroupCombinator,
        GoalStatusFilterValue,
        ScoreFilter,
        ScoreFilterGroup,
        ScoreFilterGroupCombinator,
        ScoreFilterOperator,
        ScoreFilterValue,
    )
    from mistralai.api.observability._generated._models.import_dataset_from_campaign_request import (
        ImportDatasetFromCampaignRequest,
    )
    from mistralai.api.observability._generated._models.import_dataset_from_dataset_request import (
        ImportDatasetFromDatasetRequest,
    )
    from mistralai.api.observability._generated._models.import_dataset_from_explorer_request import (
        ImportDatasetFromExplorerRequest,
    )
    from mistralai.api.observability._generated._models.import_dataset_from_file_request import (
        ImportDatasetFromFileRequest,
    )
    from mistralai.api.observability._generated._models.import_dataset_from_playground_request import (
        ImportDatasetFromPlaygroundRequest,
    )
    from mistralai.api.observability._generated._models.import_dataset_from_spans_request import (
        ImportDatasetFromSpansRequest,
        SpanDatasetMapping,
        SpanDatasetMappingContract,
        SpanDatasetSourceReference,
        SpanDatasetSourceReferenceNamespace,
        TelemetrySpanReference,
    )
    from mistralai.api.observability._generated._models.judge import Judge, JudgeOutput2
    from mistralai.api.observability._generated._models.judge_chat_completion_event_request import (
        JudgeChatCompletionEventRequest,
    )
    from mistralai.api.observability._generated._models.judge_classification_output import (
        JudgeClassificationOutput,
        JudgeClassificationOutputOption,
        JudgeRegressionOutput,
    )
    from mistralai.api.observability._generated._models.judge_conversation_request import (
        JudgeConversationRequest,
    )
    from mistralai.api.observability._generated._models.judge_dataset_record_request import (
        JudgeDatasetRecordRequest,
    )
    from mistralai.api.observability._generated._models.judge_output import JudgeOutput
    from mistralai.api.observability._generated._models.judge_output_type import JudgeOutputType
    from mistralai.api.observability._generated._models.list_campaign_selected_events_response import (
        ListCampaignSelectedEventsResponse,
        PaginatedResultChatCompletionEventPreview,
    )
    from mistralai.api.observability._generated._models.list_campaigns_response import (
        ListCampaignsResponse,
        PaginatedResultCampaignPreview,
    )
    from mistralai.api.observability._generated._models.list_chat_completion_fields_response import (
        BaseFieldDefinition,
        BaseFieldDefinitionSupportedOperator,
        BaseFieldDefinitionType,
        FieldGroup,
        ListChatCompletionFieldsResponse,
    )
    from mistralai.api.observability._generated._models.list_dataset_import_tasks_response import (
        ListDatasetImportTasksResponse,
        PaginatedResultDatasetImportTask,
    )
    from mistralai.api.observability._generated._models.list_dataset_records_response import (
        ListDatasetRecordsResponse,
        PaginatedResultDatasetRecord,
    )
    from mistralai.api.observability._generated._models.list_datasets_response import (
        ListDatasetsResponse,
        PaginatedResultDatasetPreview,
    )
    from mistralai.api.observability._generated._models.list_evaluation_run_records_response import (
        ListEvaluationRunRecordsResponse,
        PaginatedResultEvaluationRunRecordV2Response,
    )
    from mistralai.api.observability._generated._models.list_evaluation_runs_response import (
        ListEvaluationRunsResponse,
        PaginatedResultEvaluationRunV2Response,
    )
    from mistralai.api.observability._generated._models.list_judges_response import (
        ListJudgesResponse,
        PaginatedResultJudgePreview,
    )
    from mistralai.api.observability._generated._models.list_optimization_trials_response import (
        ListOptimizationTrialsResponse,
        OptimizationTrialObservation,
        OptimizationTrialWithObservations,
        PaginatedResultOptimizationTrialWithObservations,
    )
    from mistralai.api.observability._generated._models.list_optimizations_response import (
        ListOptimizationsResponse,
        Optimization,
        PaginatedResultOptimization,
    )
    from mistralai.api.observability._generated._models.llm_judge_reference import LlmJudgeReference
    from mistralai.api.observability._generated._models.logs_request import LogsRequest, Order
    from mistralai.api.observability._generated._models.metric_aggregation import MetricAggregation
    from mistralai.api.observability._generated._models.observability_error import (
        ObservabilityError,
        ObservabilityErrorCode,
        ObservabilityErrorDetail,
    )
    from mistralai.api.observability._generated._models.operator import Operator
    from mistralai.api.observability._generated._models.optimization_detail import (
        OptimizationDetail,
        OptimizationReference,
    )
    from mistralai.api.observability._generated._models.otel_field_definition import (
        OtelFieldDefinition,
        OtelFieldDefinitionSupportedOperator,
        OtelFieldDefinitionType,
    )
    from mistralai.api.observability._generated._models.pipeline import (
        DetectionDefinitionV1,
        DetectionPattern,
        EvaluationBooleanResultSpec,
        EvaluationCategoricalResultSpec,
        EvaluationNumericResultSpec,
        ExportDefinitionV1,
        JudgeDefinitionV1,
        ModerationDefinitionV1,
        OTLPDestination,
        Pipeline,
        PipelineConfig,
        PipelineConfigDefinition,
        PipelineConfigHeader,
        PipelineConfigPipelineKind,
        PipelineConfigScope,
    )
    from mistralai.api.observability._generated._models.pipeline_results_request import (
        PipelineResultsRequest,
    )
    from mistralai.api.observability._generated._models.pipelines_response import (
        PaginatedResultPipeline,
        PipelinesResponse,
    )
    from mistralai.api.observability._generated._models.project import (
        Project,
        ProjectEvaluationSummary,
    )
    from mistralai.api.observability._generated._models.projects import (
        PaginatedResultProject,
        Projects,
    )
    from mistralai.api.observability._generated._models.run_statistics_response import (
        RunStatisticsResponse,
    )
    from mistralai.api.observability._generated._models.search_all_evaluation_runs_response import (
        EvaluationRunV2WithRefsResponse,
        PaginatedResultEvaluationRunV2WithRefsResponse,
        RunEvaluationSummary,
        RunProjectSummary,
        SearchAllEvaluationRunsResponse,
    )
    from mistralai.api.observability._generated._models.search_chat_completion_event_ids_request import (
        SearchChatCompletionEventIdsRequest,
    )
    from mistralai.api.observability._generated._models.search_chat_completion_event_ids_response import (
        SearchChatCompletionEventIdsResponse,
    )
    from mistralai.api.observability._generated._models.search_chat_completion_events_request import (
        SearchChatCompletionEventsRequest,
    )
    from mistralai.api.observability._generated._models.search_chat_completion_events_response import (
        FeedResultChatCompletionEventPreview,
        SearchChatCompletionEventsResponse,
    )
    from mistralai.api.observability._generated._models.span_evaluations_request import (
        SpanEvaluationsRequest,
    )
    from mistralai.api.observability._generated._models.spans_request import SpansRequest
    from mistralai.api.observability._generated._models.traces_request import TracesRequest
    from mistralai.api.observability._generated._models.update_dataset_record_payload_request import (
        UpdateDatasetRecordPayloadRequest,
    )
    from mistralai.api.observability._generated._models.update_dataset_record_properties_request import (
        UpdateDatasetRecordPropertiesRequest,
    )
    from mistralai.api.observability._generated._models.update_dataset_request import (
        UpdateDatasetRequest,
    )
    from mistralai.api.observability._generated._models.update_judge_request import (
        UpdateJudgeRequest,
        UpdateJudgeRequestOutput,
    )
    from mistralai.api.observability._generated._models.update_pipeline_request import (
        UpdatePipelineRequest,
    )
    from mistralai.api.observability._generated._typed_dicts import (
        AggregationRequestTypedDict,
        AttributeHashSamplingTypedDict,
        ContentSearchFilterGroupTypedDict,
        ContentSearchFilterTypedDict,
        CreateCampaignRequestTypedDict,
        CreateDatasetRecordRequestTypedDict,
        CreateDatasetRequestTypedDict,
        CreateJudgeRequestOutputTypedDict,
        CreateJudgeRequestTypedDict,
        CreatePipelineRequestTypedDict,
        DeleteDatasetRecordsRequestTypedDict,
        EvaluationRunFilterInputTypedDict,
        EvaluationRunRecordFilterInputSortTypedDict,
        EvaluationRunRecordFilterInputTypedDict,
        FetchFieldOptionCountsRequestTypedDict,
        FieldSortInputTypedDict,
        FilterConditionTypedDict,
        FilterGroupTypedDict,
        FilterPayloadTypedDict,
        GoalStatusFilterGroupTypedDict,
        GoalStatusFilterTypedDict,
        ImportDatasetFromCampaignRequestTypedDict,
        ImportDatasetFromDatasetRequestTypedDict,
        ImportDatasetFromExplorerRequestTypedDict,
        ImportDatasetFromFileRequestTypedDict,
        ImportDatasetFromPlaygroundRequestTypedDict,
        ImportDatasetFromSpansRequestTypedDict,
        JudgeChatCompletionEventRequestTypedDict,
        JudgeClassificationOutputOptionTypedDict,
        JudgeClassificationOutputTypedDict,
        JudgeConversationRequestTypedDict,
        JudgeDatasetRecordRequestTypedDict,
        JudgeRegressionOutputTypedDict,
        LlmJudgeReferenceTypedDict,
        LogsRequestTypedDict,
        MetadataFilterGroupTypedDict,
        MetadataFilterTypedDict,
        MetricDefinitionTypedDict,
        OrderByClauseTypedDict,
        PipelineConfigSelectorTypedDict,
        PipelineResultsRequestTypedDict,
        ProbabilisticSamplingTypedDict,
        RunOwnershipFilterTypedDict,
        ScoreFilterGroupTypedDict,
        ScoreFilterTypedDict,
        ScoreSortInputTypedDict,
        SearchChatCompletionEventIdsRequestTypedDict,
        SearchChatCompletionEventsRequestTypedDict,
        SpanDatasetMappingContractTypedDict,
        SpanDatasetMappingTypedDict,
        SpanDatasetSourceReferenceTypedDict,
        SpanEvaluationsRequestTypedDict,
        SpansRequestTypedDict,
        SystemFilterTypedDict,
        SystemNameFilterGroupTypedDict,
        SystemNameFilterTypedDict,
        SystemParamFilterGroupTypedDict,
        SystemParamFilterTypedDict,
        TagFilterTypedDict,
        TelemetrySpanReferenceTypedDict,
        TimeDimensionTypedDict,
        TracesRequestTypedDict,
        UpdateDatasetRecordPayloadRequestTypedDict,
        UpdateDatasetRecordPropertiesRequestTypedDict,
        UpdateDatasetRequestTypedDict,
        UpdateJudgeRequestOutputTypedDict,
        UpdateJudgeRequestTypedDict,
        UpdatePipelineRequestTypedDict,
    )

__all__ = [
    "Aggregation",
    "AggregationMeta",
    "AggregationRequest",
    "AggregationRequestTypedDict",
    "AggregationRow",
    "AttributeHashSampling",
    "AttributeHashSamplingTypedDict",
    "BaseFieldDefinition",
    "BaseFieldDefinitionSupportedOperator",
    "BaseFieldDefinitionType",
    "BaseTaskStatus",
    "Campaign",
    "CategoricalStatistics",
    "ChatCompletionEvent",
    "ChatCompletionEventPreview",
    "ChatTranscriptionEvent",
    "ClassificationStatisticSpec",
    "ClassificationStatisticSpecAverage",
    "ClassificationStatisticSpecKind",
    "ConfusionMatrix",
    "ContentSearchFilter",
    "ContentSearchFilterGroup",
    "ContentSearchFilterGroupCombinator",
    "ContentSearchFilterGroupTypedDict",
    "ContentSearchFilterOperator",
    "ContentSearchFilterTypedDict",
    "CreateCampaignRequest",
    "CreateCampaignRequestTypedDict",
    "CreateDatasetRecordRequest",
    "CreateDatasetRecordRequestSource",
    "CreateDatasetRecordRequestTypedDict",
    "CreateDatasetRequest",
    "CreateDatasetRequestTypedDict",
    "CreateJudgeRequest",
    "CreateJudgeRequestOutput",
    "CreateJudgeRequestOutputTypedDict",
    "CreateJudgeRequestTypedDict",
    "CreatePipelineRequest",
    "CreatePipelineRequestTypedDict",
    "Dataset",
    "DatasetImportTask",
    "DatasetPreview",
    "DatasetRecord",
    "DatasetRecordPayload",
    "DatasetRecordSource",
    "DeleteDatasetRecordsRequest",
    "DeleteDatasetRecordsRequestTypedDict",
    "DetectionDefinitionV1",
    "DetectionPattern",
    "EvaluationBooleanResultSpec",
    "EvaluationCategoricalResultSpec",
    "EvaluationNumericResultSpec",
    "EvaluationRunFilterInput",
    "EvaluationRunFilterInputTypedDict",
    "EvaluationRunGenerationV2",
    "EvaluationRunOutputRecordV2",
    "EvaluationRunRecordFilterInput",
    "EvaluationRunRecordFilterInputSort",
    "EvaluationRunRecordFilterInputSortTypedDict",
    "EvaluationRunRecordFilterInputTypedDict",
    "EvaluationRunRecordV2Response",
    "EvaluationRunScoreV2",
    "EvaluationRunV2Response",
    "EvaluationRunV2WithRefsResponse",
    "EvaluationV2",
    "EvaluationsV2",
    "EvaluatorStatistics",
    "EvaluatorV2",
    "EvaluatorV2Direction",
    "ExportDatasetResponse",
    "ExportDefinitionV1",
    "FeedResultChatCompletionEventPreview",
    "FeedResultGetLog",
    "FeedResultGetPipelineResult",
    "FeedResultGetSpan",
    "FeedResultGetSpanEvaluation",
    "FeedResultGetTrace",
    "FetchCampaignStatusResponse",
    "FetchChatCompletionFieldOptionsResponse",
    "FetchFieldOptionCountsRequest",
    "FetchFieldOptionCountsRequestTypedDict",
    "FetchFieldOptionCountsResponse",
    "FieldGroup",
    "FieldOptionCountItem",
    "FieldSortInput",
    "FieldSortInputDirection",
    "FieldSortInputTypedDict",
    "FilterCondition",
    "FilterConditionTypedDict",
    "FilterGroup",
    "FilterGroupTypedDict",
    "FilterPayload",
    "FilterPayloadTypedDict",
    "GetLog",
    "GetLogFieldOptions",
    "GetLogFields",
    "GetLogs",
    "GetPipelineResults",
    "GetSpan",
    "GetSpanEvaluation",
    "GetSpanEvaluationFieldOptions",
    "GetSpanEvaluationFields",
    "GetSpanEvaluations",
    "GetSpanFieldOptions",
    "GetSpanFields",
    "GetSpanStatusCode",
    "GetSpans",
    "GetTrace",
    "GetTraceFieldOptions",
    "GetTraceFields",
    "GetTraceStatusCode",
    "GetTraces",
    "GoalResult",
    "GoalResultItem",
    "GoalResultItemDirection",
    "GoalSpec",
    "GoalStatusFilter",
    "GoalStatusFilterGroup",
    "GoalStatusFilterGroupCombinator",
    "GoalStatusFilterGroupTypedDict",
    "GoalStatusFilterTypedDict",
    "GoalStatusFilterValue",
    "Granularity",
    "ImportDatasetFromCampaignRequest",
    "ImportDatasetFromCampaignRequestTypedDict",
    "ImportDatasetFromDatasetRequest",
    "ImportDatasetFromDatasetRequestTypedDict",
    "ImportDatasetFromExplorerRequest",
    "ImportDatasetFromExplorerRequestTypedDict",
    "ImportDatasetFromFileRequest",
    "ImportDatasetFromFileRequestTypedDict",
    "ImportDatasetFromPlaygroundRequest",
    "ImportDatasetFromPlaygroundRequestTypedDict",
    "ImportDatasetFromSpansRequest",
    "ImportDatasetFromSpansRequestTypedDict",
    "Judge",
    "JudgeChatCompletionEventRequest",
    "JudgeChatCompletionEventRequestTypedDict",
    "JudgeClassificationOutput",
    "JudgeClassificationOutputOption",
    "JudgeClassificationOutputOptionTypedDict",
    "JudgeClassificationOutputTypedDict",
    "JudgeConversationRequest",
    "JudgeConversationRequestTypedDict",
    "JudgeDatasetRecordRequest",
    "JudgeDatasetRecordRequestTypedDict",
    "JudgeDefinitionV1",
    "JudgeOutput",
    "JudgeOutput2",
    "JudgeOutputType",
    "JudgeRegressionOutput",
    "JudgeRegressionOutputTypedDict",
    "ListCampaignSelectedEventsResponse",
    "ListCampaignsResponse",
    "ListChatCompletionFieldsResponse",
    "ListDatasetImportTasksResponse",
    "ListDatasetRecordsResponse",
    "ListDatasetsResponse",
    "ListEvaluationRunRecordsResponse",
    "ListEvaluationRunsResponse",
    "ListJudgesResponse",
    "ListOptimizationTrialsResponse",
    "ListOptimizationsResponse",
    "LlmJudgeReference",
    "LlmJudgeReferenceTypedDict",
    "LogsRequest",
    "LogsRequestTypedDict",
    "MetadataFilter",
    "MetadataFilterGroup",
    "MetadataFilterGroupCombinator",
    "MetadataFilterGroupTypedDict",
    "MetadataFilterOperator",
    "MetadataFilterTypedDict",
    "MetadataFilterValue",
    "MetricAggregation",
    "MetricDefinition",
    "MetricDefinitionTypedDict",
    "ModerationDefinitionV1",
    "NumericStatistics",
    "OTLPDestination",
    "ObservabilityError",
    "ObservabilityErrorCode",
    "ObservabilityErrorDetail",
    "Op",
    "Operator",
    "Optimization",
    "OptimizationDetail",
    "OptimizationReference",
    "OptimizationTrialObservation",
    "OptimizationTrialWithObservations",
    "Order",
    "OrderByClause",
    "OrderByClauseDirection",
    "OrderByClauseTypedDict",
    "OtelFieldDefinition",
    "OtelFieldDefinitionSupportedOperator",
    "OtelFieldDefinitionType",
    "PaginatedResultCampaignPreview",
    "PaginatedResultChatCompletionEventPreview",
    "PaginatedResultDatasetImportTask",
    "PaginatedResultDatasetPreview",
    "PaginatedResultDatasetRecord",
    "PaginatedResultEvaluationRunRecordV2Response",
    "PaginatedResultEvaluationRunV2Response",
    "PaginatedResultEvaluationRunV2WithRefsResponse",
    "PaginatedResultEvaluationV2",
    "PaginatedResultJudgePreview",
    "PaginatedResultOptimization",
    "PaginatedResultOptimizationTrialWithObservations",
    "PaginatedResultPipeline",
    "PaginatedResultProject",
    "Params",
    "Percentile",
    "PercentileStatisticSpec",
    "Pipeline",
    "PipelineConfig",
    "PipelineConfigDefinition",
    "PipelineConfigHeader",
    "PipelineConfigPipelineKind",
    "PipelineConfigScope",
    "PipelineConfigSelector",
    "PipelineConfigSelectorSourceKind",
    "PipelineConfigSelectorTypedDict",
    "PipelineResult",
    "PipelineResultsRequest",
    "PipelineResultsRequestTypedDict",
    "PipelinesResponse",
    "ProbabilisticSampling",
    "ProbabilisticSamplingTypedDict",
    "Project",
    "ProjectEvaluationSummary",
    "Projects",
    "RunEvaluationSummary",
    "RunOptimizationRef",
    "RunOwnershipFilter",
    "RunOwnershipFilterCombinator",
    "RunOwnershipFilterTypedDict",
    "RunProjectSummary",
    "RunStatisticsResponse",
    "ScalarStatisticValue",
    "ScoreFilter",
    "ScoreFilterGroup",
    "ScoreFilterGroupCombinator",
    "ScoreFilterGroupTypedDict",
    "ScoreFilterOperator",
    "ScoreFilterTypedDict",
    "ScoreFilterValue",
    "ScoreSortInput",
    "ScoreSortInputDirection",
    "ScoreSortInputMetric",
    "ScoreSortInputTypedDict",
    "SearchAllEvaluationRunsResponse",
    "SearchChatCompletionEventIdsRequest",
    "SearchChatCompletionEventIdsRequestTypedDict",
    "SearchChatCompletionEventIdsResponse",
    "SearchChatCompletionEventsRequest",
    "SearchChatCompletionEventsRequestTypedDict",
    "SearchChatCompletionEventsResponse",
    "SimpleNumericStatisticSpec",
    "SimpleNumericStatisticSpecKind",
    "SpanDatasetMapping",
    "SpanDatasetMappingContract",
    "SpanDatasetMappingContractTypedDict",
    "SpanDatasetMappingTypedDict",
    "SpanDatasetSourceReference",
    "SpanDatasetSourceReferenceNamespace",
    "SpanDatasetSourceReferenceTypedDict",
    "SpanEvaluationsRequest",
    "SpanEvaluationsRequestTypedDict",
    "SpansRequest",
    "SpansRequestTypedDict",
    "SystemFilter",
    "SystemFilterTypedDict",
    "SystemNameFilter",
    "SystemNameFilterGroup",
    "SystemNameFilterGroupCombinator",
    "SystemNameFilterGroupTypedDict",
    "SystemNameFilterOperator",
    "SystemNameFilterTypedDict",
    "SystemParamFilter",
    "SystemParamFilterGroup",
    "SystemParamFilterGroupCombinator",
    "SystemParamFilterGroupTypedDict",
    "SystemParamFilterOperator",
    "SystemParamFilterTypedDict",
    "SystemParamFilterValue",
    "SystemV2",
    "TagFilter",
    "TagFilterCombinator",
    "TagFilterTypedDict",
    "TelemetrySpanReference",
    "TelemetrySpanReferenceTypedDict",
    "TimeDimension",
    "TimeDimensionTypedDict",
    "TracesRequest",
    "TracesRequestTypedDict",
    "UnsupportedStatistics",
    "UpdateDatasetRecordPayloadRequest",
    "UpdateDatasetRecordPayloadRequestTypedDict",
    "UpdateDatasetRecordPropertiesRequest",
    "UpdateDatasetRecordPropertiesRequestTypedDict",
    "UpdateDatasetRequest",
    "UpdateDatasetRequestTypedDict",
    "UpdateJudgeRequest",
    "UpdateJudgeRequestOutput",
    "UpdateJudgeRequestOutputTypedDict",
    "UpdateJudgeRequestTypedDict",
    "UpdatePipelineRequest",
    "UpdatePipelineRequestTypedDict",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_names(
        __name__,
        {
            "._models.aggregation": "Aggregation AggregationMeta AggregationRow",
            "._models.aggregation_request": (
                "AggregationRequest Granularity MetricDefinition OrderByClause "
                "OrderByClauseDirection TimeDimension"
            ),
            "._models.attribute_hash_sampling": (
                "AttributeHashSampling PipelineConfigSelector PipelineConfigSelectorSourceKind "
                "ProbabilisticSampling"
            ),
            "._models.base_task_status": "BaseTaskStatus",
            "._models.campaign": "Campaign",
            "._models.chat_completion_event": "ChatCompletionEvent ChatTranscriptionEvent",
            "._models.chat_completion_event_preview": "ChatCompletionEventPreview",
            "._models.create_campaign_request": "CreateCampaignRequest",
            "._models.create_dataset_record_request": "CreateDatasetRecordRequest CreateDatasetRecordRequestSource",
            "._models.create_dataset_request": "CreateDatasetRequest",
            "._models.create_judge_request": "CreateJudgeRequest CreateJudgeRequestOutput",
            "._models.create_pipeline_request": "CreatePipelineRequest",
            "._models.dataset": "Dataset",
            "._models.dataset_import_task": "DatasetImportTask",
            "._models.dataset_preview": "DatasetPreview",
            "._models.dataset_record": "DatasetRecord DatasetRecordSource",
            "._models.dataset_record_payload": "DatasetRecordPayload",
            "._models.delete_dataset_records_request": "DeleteDatasetRecordsRequest",
            "._models.evaluation_run_filter_input": (
                "EvaluationRunFilterInput MetadataFilter MetadataFilterGroup "
                "MetadataFilterGroupCombinator MetadataFilterOperator MetadataFilterValue "
                "RunOwnershipFilter RunOwnershipFilterCombinator SystemFilter SystemNameFilter "
                "SystemNameFilterGroup SystemNameFilterGroupCombinator SystemNameFilterOperator "
                "SystemParamFilter SystemParamFilterGroup SystemParamFilterGroupCombinator "
                "SystemParamFilterOperator SystemParamFilterValue TagFilter TagFilterCombinator"
            ),
            "._models.evaluation_run_record_filter_input": (
                "ContentSearchFilter ContentSearchFilterGroup ContentSearchFilterGroupCombinator "
                "ContentSearchFilterOperator EvaluationRunRecordFilterInput "
                "EvaluationRunRecordFilterInputSort FieldSortInput FieldSortInputDirection "
                "ScoreSortInput ScoreSortInputDirection ScoreSortInputMetric"
            ),
            "._models.evaluation_run_record_v2_response": (
                "EvaluationRunGenerationV2 EvaluationRunOutputRecordV2 "
                "EvaluationRunRecordV2Response"
            ),
            "._models.evaluation_run_score_v2": "EvaluationRunScoreV2",
            "._models.evaluation_run_v2_response": "EvaluationRunV2Response",
            "._models.evaluation_v2": "EvaluationV2",
            "._models.evaluations_v2": "EvaluationsV2 PaginatedResultEvaluationV2",
            "._models.evaluator_statistics": (
                "CategoricalStatistics ConfusionMatrix EvaluatorStatistics GoalResult "
                "GoalResultItem GoalResultItemDirection NumericStatistics ScalarStatisticValue "
                "UnsupportedStatistics"
            ),
            "._models.evaluator_v2": (
                "ClassificationStatisticSpec ClassificationStatisticSpecAverage "
                "ClassificationStatisticSpecKind EvaluatorV2 EvaluatorV2Direction GoalSpec Params "
                "Percentile PercentileStatisticSpec RunOptimizationRef SimpleNumericStatisticSpec "
                "SimpleNumericStatisticSpecKind SystemV2"
            ),
            "._models.export_dataset_response": "ExportDatasetResponse",
            "._models.fetch_campaign_status_response": "FetchCampaignStatusResponse",
            "._models.fetch_chat_completion_field_options_response": "FetchChatCompletionFieldOptionsResponse",
            "._models.fetch_field_option_counts_request": "FetchFieldOptionCountsRequest",
            "._models.fetch_field_option_counts_response": "FetchFieldOptionCountsResponse FieldOptionCountItem",
            "._models.filter_payload": "FilterCondition FilterGroup FilterPayload Op",
            "._models.get_log_field_options": "GetLogFieldOptions",
            "._models.get_log_fields": "GetLogFields",
            "._models.get_logs": "FeedResultGetLog GetLog GetLogs",
            "._models.get_pipeline_results": "FeedResultGetPipelineResult GetPipelineResults PipelineResult",
            "._models.get_span": "GetSpan GetSpanStatusCode",
            "._models.get_span_evaluation_field_options": "GetSpanEvaluationFieldOptions",
            "._models.get_span_evaluation_fields": "GetSpanEvaluationFields",
            "._models.get_span_evaluations": "FeedResultGetSpanEvaluation GetSpanEvaluation GetSpanEvaluations",
            "._models.get_span_field_options": "GetSpanFieldOptions",
            "._models.get_span_fields": "GetSpanFields",
            "._models.get_spans": "FeedResultGetSpan GetSpans",
            "._models.get_trace": "GetTrace GetTraceStatusCode",
            "._models.get_trace_field_options": "GetTraceFieldOptions",
            "._models.get_trace_fields": "GetTraceFields",
            "._models.get_traces": "FeedResultGetTrace GetTraces",
            "._models.goal_status_filter_group": (
                "GoalStatusFilter GoalStatusFilterGroup GoalStatusFilterGroupCombinator "
                "GoalStatusFilterValue ScoreFilter ScoreFilterGroup ScoreFilterGroupCombinator "
                "ScoreFilterOperator ScoreFilterValue"
            ),
            "._models.import_dataset_from_campaign_request": "ImportDatasetFromCampaignRequest",
            "._models.import_dataset_from_dataset_request": "ImportDatasetFromDatasetRequest",
            "._models.import_dataset_from_explorer_request": "ImportDatasetFromExplorerRequest",
            "._models.import_dataset_from_file_request": "ImportDatasetFromFileRequest",
            "._models.import_dataset_from_playground_request": "ImportDatasetFromPlaygroundRequest",
            "._models.import_dataset_from_spans_request": (
                "ImportDatasetFromSpansRequest SpanDatasetMapping SpanDatasetMappingContract "
                "SpanDatasetSourceReference SpanDatasetSourceReferenceNamespace "
                "TelemetrySpanReference"
            ),
            "._models.judge": "Judge JudgeOutput2",
            "._models.judge_chat_completion_event_request": "JudgeChatCompletionEventRequest",
            "._models.judge_classification_output": "JudgeClassificationOutput JudgeClassificationOutputOption JudgeRegressionOutput",
            "._models.judge_conversation_request": "JudgeConversationRequest",
            "._models.judge_dataset_record_request": "JudgeDatasetRecordRequest",
            "._models.judge_output": "JudgeOutput",
            "._models.judge_output_type": "JudgeOutputType",
            "._models.list_campaign_selected_events_response": "ListCampaignSelectedEventsResponse PaginatedResultChatCompletionEventPreview",
            "._models.list_campaigns_response": "ListCampaignsResponse PaginatedResultCampaignPreview",
            "._models.list_chat_completion_fields_response": (
                "BaseFieldDefinition BaseFieldDefinitionSupportedOperator BaseFieldDefinitionType "
                "FieldGroup ListChatCompletionFieldsResponse"
            ),
            "._models.list_dataset_import_tasks_response": "ListDatasetImportTasksResponse PaginatedResultDatasetImportTask",
            "._models.list_dataset_records_response": "ListDatasetRecordsResponse PaginatedResultDatasetRecord",
            "._models.list_datasets_response": "ListDatasetsResponse PaginatedResultDatasetPreview",
            "._models.list_evaluation_run_records_response": "ListEvaluationRunRecordsResponse PaginatedResultEvaluationRunRecordV2Response",
            "._models.list_evaluation_runs_response": "ListEvaluationRunsResponse PaginatedResultEvaluationRunV2Response",
            "._models.list_judges_response": "ListJudgesResponse PaginatedResultJudgePreview",
            "._models.list_optimization_trials_response": (
                "ListOptimizationTrialsResponse OptimizationTrialObservation "
                "OptimizationTrialWithObservations "
                "PaginatedResultOptimizationTrialWithObservations"
            ),
            "._models.list_optimizations_response": "ListOptimizationsResponse Optimization PaginatedResultOptimization",
            "._models.llm_judge_reference": "LlmJudgeReference",
            "._models.logs_request": "LogsRequest Order",
            "._models.metric_aggregation": "MetricAggregation",
            "._models.observability_error": "ObservabilityError ObservabilityErrorCode ObservabilityErrorDetail",
            "._models.operator": "Operator",
            "._models.optimization_detail": "OptimizationDetail OptimizationReference",
            "._models.otel_field_definition": "OtelFieldDefinition OtelFieldDefinitionSupportedOperator OtelFieldDefinitionType",
            "._models.pipeline": (
                "DetectionDefinitionV1 DetectionPattern EvaluationBooleanResultSpec "
                "EvaluationCategoricalResultSpec EvaluationNumericResultSpec ExportDefinitionV1 "
                "JudgeDefinitionV1 ModerationDefinitionV1 OTLPDestination Pipeline PipelineConfig "
                "PipelineConfigDefinition PipelineConfigHeader PipelineConfigPipelineKind "
                "PipelineConfigScope"
            ),
            "._models.pipeline_results_request": "PipelineResultsRequest",
            "._models.pipelines_response": "PaginatedResultPipeline PipelinesResponse",
            "._models.project": "Project ProjectEvaluationSummary",
            "._models.projects": "PaginatedResultProject Projects",
            "._models.run_statistics_response": "RunStatisticsResponse",
            "._models.search_all_evaluation_runs_response": (
                "EvaluationRunV2WithRefsResponse PaginatedResultEvaluationRunV2WithRefsResponse "
                "RunEvaluationSummary RunProjectSummary SearchAllEvaluationRunsResponse"
            ),
            "._models.search_chat_completion_event_ids_request": "SearchChatCompletionEventIdsRequest",
            "._models.search_chat_completion_event_ids_response": "SearchChatCompletionEventIdsResponse",
            "._models.search_chat_completion_events_request": "SearchChatCompletionEventsRequest",
            "._models.search_chat_completion_events_response": "FeedResultChatCompletionEventPreview SearchChatCompletionEventsResponse",
            "._models.span_evaluations_request": "SpanEvaluationsRequest",
            "._models.spans_request": "SpansRequest",
            "._models.traces_request": "TracesRequest",
            "._models.update_dataset_record_payload_request": "UpdateDatasetRecordPayloadRequest",
            "._models.update_dataset_record_properties_request": "UpdateDatasetRecordPropertiesRequest",
            "._models.update_dataset_request": "UpdateDatasetRequest",
            "._models.update_judge_request": "UpdateJudgeRequest UpdateJudgeRequestOutput",
            "._models.update_pipeline_request": "UpdatePipelineRequest",
            "._typed_dicts": (
                "AggregationRequestTypedDict AttributeHashSamplingTypedDict "
                "ContentSearchFilterGroupTypedDict ContentSearchFilterTypedDict "
                "CreateCampaignRequestTypedDict CreateDatasetRecordRequestTypedDict "
                "CreateDatasetRequestTypedDict CreateJudgeRequestOutputTypedDict "
                "CreateJudgeRequestTypedDict CreatePipelineRequestTypedDict "
                "DeleteDatasetRecordsRequestTypedDict EvaluationRunFilterInputTypedDict "
                "EvaluationRunRecordFilterInputSortTypedDict "
                "EvaluationRunRecordFilterInputTypedDict FetchFieldOptionCountsRequestTypedDict "
                "FieldSortInputTypedDict FilterConditionTypedDict FilterGroupTypedDict "
                "FilterPayloadTypedDict GoalStatusFilterGroupTypedDict GoalStatusFilterTypedDict "
                "ImportDatasetFromCampaignRequestTypedDict "
                "ImportDatasetFromDatasetRequestTypedDict "
                "ImportDatasetFromExplorerRequestTypedDict ImportDatasetFromFileRequestTypedDict "
                "ImportDatasetFromPlaygroundRequestTypedDict "
                "ImportDatasetFromSpansRequestTypedDict JudgeChatCompletionEventRequestTypedDict "
                "JudgeClassificationOutputOptionTypedDict JudgeClassificationOutputTypedDict "
                "JudgeConversationRequestTypedDict JudgeDatasetRecordRequestTypedDict "
                "JudgeRegressionOutputTypedDict LlmJudgeReferenceTypedDict LogsRequestTypedDict "
                "MetadataFilterGroupTypedDict MetadataFilterTypedDict MetricDefinitionTypedDict "
                "OrderByClauseTypedDict PipelineConfigSelectorTypedDict "
                "PipelineResultsRequestTypedDict ProbabilisticSamplingTypedDict "
                "RunOwnershipFilterTypedDict ScoreFilterGroupTypedDict ScoreFilterTypedDict "
                "ScoreSortInputTypedDict SearchChatCompletionEventIdsRequestTypedDict "
                "SearchChatCompletionEventsRequestTypedDict SpanDatasetMappingContractTypedDict "
                "SpanDatasetMappingTypedDict SpanDatasetSourceReferenceTypedDict "
                "SpanEvaluationsRequestTypedDict SpansRequestTypedDict SystemFilterTypedDict "
                "SystemNameFilterGroupTypedDict SystemNameFilterTypedDict "
                "SystemParamFilterGroupTypedDict SystemParamFilterTypedDict TagFilterTypedDict "
                "TelemetrySpanReferenceTypedDict TimeDimensionTypedDict TracesRequestTypedDict "
                "UpdateDatasetRecordPayloadRequestTypedDict "
                "UpdateDatasetRecordPropertiesRequestTypedDict UpdateDatasetRequestTypedDict "
                "UpdateJudgeRequestOutputTypedDict UpdateJudgeRequestTypedDict "
                "UpdatePipelineRequestTypedDict"
            ),
        },
    )
