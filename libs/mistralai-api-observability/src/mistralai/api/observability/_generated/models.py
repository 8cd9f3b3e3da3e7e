# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution (from the API spec)."""

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

from mistralai.core.runtime import (
    UNKNOWN_TAG,
    BaseModel,
    ConstFieldsModel,
    PagedModel,
    UnknownVariant,
    open_discriminator,
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


class AggregationMeta(BaseModel):
    __mistral_keep__ = frozenset()
    from_timestamp: datetime
    to_timestamp: datetime
    granularity_seconds: int | None = None


class Aggregation(BaseModel):
    __mistral_keep__ = frozenset()
    data: list[AggregationRow]
    meta: AggregationMeta


class AggregationRow(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"dimensions"})
    time_bucket: datetime | None = None
    dimensions: dict[str, Any] | None = None
    metric_name: str
    metric_value: float | int | None = None


class BaseFieldDefinition(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    label: str
    type: BaseFieldDefinitionType
    group: str | None = None
    supported_operators: list[BaseFieldDefinitionSupportedOperator]


class ChatCompletionEvent(BaseModel):
    __mistral_keep__ = frozenset()
    event_id: str
    correlation_id: str
    created_at: datetime
    extra_fields: dict[str, bool | int | float | str | datetime | list[str] | dict[str, str] | None]
    nb_input_tokens: int
    nb_output_tokens: int
    enabled_tools: list[dict[str, Any]]
    request_messages: list[dict[str, Any]]
    response_messages: list[dict[str, Any]]
    nb_messages: int
    chat_transcription_events: list[ChatTranscriptionEvent]


class ChatCompletionEventPreview(BaseModel):
    __mistral_keep__ = frozenset()
    event_id: str
    correlation_id: str
    created_at: datetime
    extra_fields: dict[str, bool | int | float | str | datetime | list[str] | dict[str, str] | None]
    nb_input_tokens: int
    nb_output_tokens: int


class ChatTranscriptionEvent(BaseModel):
    __mistral_keep__ = frozenset()
    audio_url: str
    model: str
    response_message: dict[str, Any]


class DatasetImportTask(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    creator_id: str
    dataset_id: str
    workspace_id: str
    status: BaseTaskStatus
    progress: int | None = None
    message: str | None = None


class Dataset(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    name: str
    description: str
    owner_id: str
    workspace_id: str


class DatasetPreview(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    name: str
    description: str
    owner_id: str
    workspace_id: str


class DatasetRecord(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    dataset_id: str
    payload: DatasetRecordPayload
    properties: dict[str, Any]
    source: DatasetRecordSource


class FieldGroup(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    label: str


class FieldOptionCountItem(BaseModel):
    __mistral_keep__ = frozenset()
    value: str
    count: int


class FilterCondition(BaseModel):
    __mistral_keep__ = frozenset()
    field: str
    op: Op
    value: Any


class FilterGroup(BaseModel):
    __mistral_keep__ = frozenset()
    and_: list[FilterGroup | FilterCondition] | None = Field(
        default=None, validation_alias="AND", serialization_alias="AND"
    )
    or_: list[FilterGroup | FilterCondition] | None = Field(
        default=None, validation_alias="OR", serialization_alias="OR"
    )


class FilterPayload(BaseModel):
    __mistral_keep__ = frozenset()
    filters: FilterGroup | FilterCondition | None


class GetLogFieldOptions(BaseModel):
    __mistral_keep__ = frozenset()
    options: list[str] | None


class GetLogFields(BaseModel):
    __mistral_keep__ = frozenset()
    field_definitions: list[OtelFieldDefinition]


class GetLog(BaseModel):
    __mistral_keep__ = frozenset()
    customer_id: str
    organization_id: str
    workspace_id: str
    user_id: str
    timestamp: datetime
    trace_id: str
    span_id: str
    trace_flags: int
    severity_text: str
    severity_number: int
    service_name: str
    body: str
    event_name: str
    resource_schema_url: str
    resource_attributes: dict[str, str]
    scope_schema_url: str
    scope_name: str
    scope_version: str
    scope_attributes: dict[str, str]
    log_attributes: dict[str, str]


class GetLogs(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[GetLog]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[GetLog]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[GetLog]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    logs: FeedResultGetLog


class GetSpanEvaluationFieldOptions(BaseModel):
    __mistral_keep__ = frozenset()
    options: list[str] | None


class GetSpanEvaluationFields(BaseModel):
    __mistral_keep__ = frozenset()
    field_definitions: list[OtelFieldDefinition]


class GetSpanEvaluation(BaseModel):
    __mistral_keep__ = frozenset()
    customer_id: str
    organization_id: str
    workspace_id: str
    user_id: str
    trace_id: str
    span_id: str
    response_id: str
    conversation_id: str
    timestamp: datetime
    evaluation_name: str
    score_value: float
    score_label: str
    explanation: str
    metadata: dict[str, str]


class GetSpanEvaluations(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[GetSpanEvaluation]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[GetSpanEvaluation]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[GetSpanEvaluation]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    span_evaluations: FeedResultGetSpanEvaluation


class GetSpanFieldOptions(BaseModel):
    __mistral_keep__ = frozenset()
    options: list[str] | None


class GetSpanFields(BaseModel):
    __mistral_keep__ = frozenset()
    field_definitions: list[OtelFieldDefinition]


class GetSpan(BaseModel):
    __mistral_keep__ = frozenset()
    customer_id: str
    organization_id: str
    workspace_id: str
    user_id: str
    trace_id: str
    span_id: str
    parent_span_id: str
    trace_state: str
    start_time: datetime
    end_time: datetime
    duration_ns: int
    span_name: str
    span_kind: str
    service_name: str
    status_code: GetSpanStatusCode
    status_message: str
    error_type: str
    operation_name: str
    provider_name: str
    request_model: str
    response_model: str
    response_id: str
    output_type: str
    conversation_id: str
    data_source_id: str
    agent_id: str
    agent_name: str
    agent_version: str
    agent_description: str
    workflow_name: str
    prompt_name: str
    tool_name: str
    tool_type: str
    tool_call_id: str
    input_messages: str
    output_messages: str
    system_instructions: str
    tool_definitions: str
    tool_call_arguments: str
    tool_call_result: str
    request_choice_count: int
    request_max_tokens: int
    request_temperature: float | None
    request_top_p: float | None
    request_top_k: float | None
    request_presence_penalty: float | None
    request_frequency_penalty: float | None
    request_seed: int
    request_stop_sequences: list[str]
    request_encoding_formats: list[str]
    response_finish_reasons: list[str]
    usage_input_tokens: int
    usage_output_tokens: int
    usage_cache_read_input_tokens: int
    usage_cache_creation_input_tokens: int
    resource_attributes: dict[str, str]
    span_attributes: dict[str, str]
    scope_name: str
    scope_version: str


class GetSpans(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[GetSpan]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[GetSpan]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[GetSpan]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    spans: FeedResultGetSpan


class GetTraceFieldOptions(BaseModel):
    __mistral_keep__ = frozenset()
    options: list[str] | None


class GetTraceFields(BaseModel):
    __mistral_keep__ = frozenset()
    field_definitions: list[OtelFieldDefinition]


class GetTrace(BaseModel):
    __mistral_keep__ = frozenset()
    customer_id: str
    organization_id: str
    workspace_id: str
    user_id: str
    trace_id: str
    root_span_id: str
    root_span_name: str
    start_time: datetime
    end_time: datetime
    duration_ns: int
    service_name: str
    environment: str
    conversation_id: str
    workflow_name: str
    agent_id: str
    agent_name: str
    status_code: GetTraceStatusCode
    error_count: int
    span_count: int
    gen_ai_span_count: int
    llm_call_count: int
    tool_call_count: int
    retrieval_count: int
    evaluation_count: int
    input_tokens: int
    output_tokens: int
    cache_read_input_tokens: int
    cache_creation_input_tokens: int
    models_used: list[str]
    tools_used: list[str]
    first_turn_last_input_message: str
    first_turn_last_output_message: str
    last_turn_last_input_message: str
    last_turn_last_output_message: str


class GetTraces(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[GetTrace]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[GetTrace]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[GetTrace]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    traces: FeedResultGetTrace


class JudgeClassificationOutput(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "CLASSIFICATION"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["CLASSIFICATION"] = "CLASSIFICATION"
    options: list[JudgeClassificationOutputOption]


class JudgeClassificationOutputOption(BaseModel):
    __mistral_keep__ = frozenset()
    value: str
    description: str


class JudgeOutput(BaseModel):
    __mistral_keep__ = frozenset()
    analysis: str
    answer: str | float


class JudgeRegressionOutput(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "REGRESSION"}
    __mistral_keep__ = frozenset({"type", "min", "max"})
    type: Literal["REGRESSION"] = "REGRESSION"
    min: float = 0
    min_description: str
    max: float = 1
    max_description: str


class MetricDefinition(BaseModel):
    __mistral_keep__ = frozenset()
    measure: str
    aggregation: MetricAggregation


class ObservabilityErrorDetail(BaseModel):
    __mistral_keep__ = frozenset()
    message: str
    error_code: ObservabilityErrorCode | None


class ObservabilityError(BaseModel):
    __mistral_keep__ = frozenset()
    detail: ObservabilityErrorDetail


class OrderByClause(BaseModel):
    __mistral_keep__ = frozenset()
    field: str
    direction: OrderByClauseDirection = "asc"


class OtelFieldDefinition(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    label: str
    type: OtelFieldDefinitionType
    group: str | None = None
    supported_operators: list[OtelFieldDefinitionSupportedOperator]
    supported_aggregations: list[MetricAggregation]


class TimeDimension(BaseModel):
    __mistral_keep__ = frozenset()
    granularity: Granularity = "auto"


class AggregationRequest(BaseModel):
    __mistral_keep__ = frozenset()
    metric: MetricDefinition
    dimensions: list[str] = Field(default=[])
    time_dimension: TimeDimension | None = None
    search_expression: str | None = None
    order_by: list[OrderByClause] | None = None
    limit: int = 1000


class Campaign(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    name: str
    owner_id: str
    workspace_id: str
    description: str
    max_nb_events: int
    search_params: FilterPayload
    judge: Judge


class ListCampaignsResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[Campaign]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[Campaign]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[Campaign]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    campaigns: PaginatedResultCampaignPreview


class ListCampaignSelectedEventsResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[ChatCompletionEventPreview]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[ChatCompletionEventPreview]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[ChatCompletionEventPreview]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    completion_events: PaginatedResultChatCompletionEventPreview


class FetchCampaignStatusResponse(BaseModel):
    __mistral_keep__ = frozenset()
    status: BaseTaskStatus


class SearchChatCompletionEventIdsResponse(BaseModel):
    __mistral_keep__ = frozenset()
    completion_event_ids: list[str]


class SearchChatCompletionEventsResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[ChatCompletionEventPreview]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[ChatCompletionEventPreview]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[ChatCompletionEventPreview]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    completion_events: FeedResultChatCompletionEventPreview


class FetchChatCompletionFieldOptionsResponse(BaseModel):
    __mistral_keep__ = frozenset()
    options: list[str | bool | None] | None = None


class ListChatCompletionFieldsResponse(BaseModel):
    __mistral_keep__ = frozenset()
    field_definitions: list[BaseFieldDefinition]
    field_groups: list[FieldGroup]


class ExportDatasetResponse(BaseModel):
    __mistral_keep__ = frozenset()
    file_url: str


class ListDatasetImportTasksResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[DatasetImportTask]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[DatasetImportTask]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[DatasetImportTask]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    tasks: PaginatedResultDatasetImportTask


class ListDatasetsResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[DatasetPreview]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[DatasetPreview]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[DatasetPreview]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    datasets: PaginatedResultDatasetPreview


class ListDatasetRecordsResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[DatasetRecord]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[DatasetRecord]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[DatasetRecord]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    records: PaginatedResultDatasetRecord


class DeleteDatasetRecordsRequest(BaseModel):
    __mistral_keep__ = frozenset()
    dataset_record_ids: list[str]


class FeedResultChatCompletionEventPreview(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"results"})
    results: list[ChatCompletionEventPreview] | None = None
    next: str | None = None
    cursor: str | None = None


class FeedResultGetLog(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"results"})
    results: list[GetLog] | None = None
    next: str | None = None
    cursor: str | None = None


class FeedResultGetSpanEvaluation(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"results"})
    results: list[GetSpanEvaluation] | None = None
    next: str | None = None
    cursor: str | None = None


class FeedResultGetSpan(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"results"})
    results: list[GetSpan] | None = None
    next: str | None = None
    cursor: str | None = None


class FeedResultGetTrace(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"results"})
    results: list[GetTrace] | None = None
    next: str | None = None
    cursor: str | None = None


class FetchFieldOptionCountsRequest(BaseModel):
    __mistral_keep__ = frozenset()
    filter_params: FilterPayload | None = None


class FetchFieldOptionCountsResponse(BaseModel):
    __mistral_keep__ = frozenset()
    counts: list[FieldOptionCountItem]


class SearchChatCompletionEventIdsRequest(BaseModel):
    __mistral_keep__ = frozenset()
    search_params: FilterPayload
    extra_fields: list[str] | None = None


class SearchChatCompletionEventsRequest(BaseModel):
    __mistral_keep__ = frozenset()
    search_params: FilterPayload
    extra_fields: list[str] | None = None


class LogsRequest(BaseModel):
    __mistral_keep__ = frozenset({"order"})
    search_expression: str | None = None
    order: Order = "desc"


class SpanEvaluationsRequest(BaseModel):
    __mistral_keep__ = frozenset()
    search_expression: str | None = None


class SpansRequest(BaseModel):
    __mistral_keep__ = frozenset()
    search_expression: str | None = None


class TracesRequest(BaseModel):
    __mistral_keep__ = frozenset()
    search_expression: str | None = None


class Judge(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    owner_id: str
    workspace_id: str
    name: str
    description: str
    model_name: str
    output: JudgeOutput2
    instructions: str
    tools: list[str]
    up_revision: str | None = None
    down_revision: str | None = None
    base_revision: str | None = None


class ListJudgesResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[Judge]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[Judge]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[Judge]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    judges: PaginatedResultJudgePreview


class PaginatedResultCampaignPreview(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"results"})
    results: list[Campaign] | None = None
    count: int
    next: str | None = None
    previous: str | None = None


class PaginatedResultChatCompletionEventPreview(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"results"})
    results: list[ChatCompletionEventPreview] | None = None
    count: int
    next: str | None = None
    previous: str | None = None


class PaginatedResultDatasetImportTask(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"results"})
    results: list[DatasetImportTask] | None = None
    count: int
    next: str | None = None
    previous: str | None = None


class PaginatedResultDatasetPreview(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"results"})
    results: list[DatasetPreview] | None = None
    count: int
    next: str | None = None
    previous: str | None = None


class PaginatedResultDatasetRecord(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"results"})
    results: list[DatasetRecord] | None = None
    count: int
    next: str | None = None
    previous: str | None = None


class PaginatedResultJudgePreview(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"results"})
    results: list[Judge] | None = None
    count: int
    next: str | None = None
    previous: str | None = None


class UpdateDatasetRequest(BaseModel):
    __mistral_keep__ = frozenset()
    name: str | None = None
    description: str | None = None


class CreateCampaignRequest(BaseModel):
    __mistral_keep__ = frozenset()
    search_params: FilterPayload
    judge_id: str
    name: str
    description: str
    max_nb_events: int


class JudgeChatCompletionEventRequest(BaseModel):
    __mistral_keep__ = frozenset()
    judge_definition: CreateJudgeRequest


class ImportDatasetFromCampaignRequest(BaseModel):
    __mistral_keep__ = frozenset()
    campaign_id: str


class ImportDatasetFromDatasetRequest(BaseModel):
    __mistral_keep__ = frozenset()
    dataset_record_ids: list[str]


class ImportDatasetFromExplorerRequest(BaseModel):
    __mistral_keep__ = frozenset()
    completion_event_ids: list[str]


class ImportDatasetFromFileRequest(BaseModel):
    __mistral_keep__ = frozenset()
    file_id: str


class ImportDatasetFromPlaygroundRequest(BaseModel):
    __mistral_keep__ = frozenset()
    conversation_ids: list[str]


class CreateDatasetRequest(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    description: str


class CreateDatasetRecordRequest(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"properties"})
    payload: DatasetRecordPayload
    properties: dict[str, Any] | None = None
    source: CreateDatasetRecordRequestSource | None = "DIRECT_INPUT"


class JudgeDatasetRecordRequest(BaseModel):
    __mistral_keep__ = frozenset()
    judge_definition: CreateJudgeRequest


class JudgeConversationRequest(BaseModel):
    __mistral_keep__ = frozenset()
    messages: list[dict[str, Any]]
    properties: dict[str, Any] | None = None


class CreateJudgeRequest(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    description: str
    model_name: str
    output: CreateJudgeRequestOutput
    instructions: str
    tools: list[str]


class UpdateDatasetRecordPayloadRequest(BaseModel):
    __mistral_keep__ = frozenset()
    payload: DatasetRecordPayload


class UpdateDatasetRecordPropertiesRequest(BaseModel):
    __mistral_keep__ = frozenset()
    properties: dict[str, Any]


class UpdateJudgeRequest(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    description: str
    model_name: str
    output: UpdateJudgeRequestOutput
    instructions: str
    tools: list[str]


class AttributeHashSampling(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "attribute_hash"}
    __mistral_keep__ = frozenset({"type"})
    attribute: str
    percentage: float
    type: Literal["attribute_hash"] = "attribute_hash"


class CategoricalStatistics(BaseModel):
    __mistral_keep__ = frozenset()
    frequencies: dict[str, int]
    mode: list[str]
    count: int
    type: Literal["categorical"] | None = "categorical"
    values: list[ScalarStatisticValue] | None = None
    excluded_count: int | None = 0
    confusion_matrix: ConfusionMatrix | None = None


class ClassificationStatisticSpec(BaseModel):
    """A classification metric (``precision``/``recall``/``f1``) over ``(expected, predicted)`` pairs. The predicted label is the score ``value``; the expected label is read from the score ``metadata`` under ``expected_key`` (default ``\\"expected\\"``). Provide **exactly one** of ``positive_label`` (a binary metric scored against that one class) or ``average`` (a multi-class averaging scheme). ``labels`` pins the class universe so filtered views keep a stable, comparable denominator."""

    __mistral_keep__ = frozenset()
    kind: ClassificationStatisticSpecKind | str
    positive_label: str | None = None
    average: ClassificationStatisticSpecAverage | str | None = None
    expected_key: str | None = "expected"
    labels: list[str] | None = None
    goal: GoalSpec | None = None


class ConfusionMatrix(BaseModel):
    """A confusion matrix over ``(expected, predicted)`` label pairs. ``matrix[i][j]`` is the number of samples whose expected label is ``labels[i]`` and predicted label is ``labels[j]``. It is the complete, aggregatable representation: precision/recall/f1 for any class derive from it, and matrices from several runs merge by element-wise sum."""

    __mistral_keep__ = frozenset()
    labels: list[str]
    matrix: list[list[int]]


class ContentSearchFilter(BaseModel):
    __mistral_keep__ = frozenset()
    value: str
    path: str | None = None
    operator: ContentSearchFilterOperator | None = None


class ContentSearchFilterGroup(BaseModel):
    __mistral_keep__ = frozenset()
    combinator: ContentSearchFilterGroupCombinator | None = None
    filters: list[ContentSearchFilter] | None = None


class CreatePipelineRequest(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    selectors: list[PipelineConfigSelector]
    definitions: list[LlmJudgeReference]
    description: str | None = None
    enabled: bool | None = True


class DetectionDefinitionV1(BaseModel):
    __mistral_keep__ = frozenset()
    target_attributes: list[str]
    patterns: list[DetectionPattern]


class DetectionPattern(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    regex: str
    category: str
    confidence: str


class EvaluationBooleanResultSpec(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "boolean"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["boolean"] = "boolean"


class EvaluationCategoricalResultSpec(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "categorical"}
    __mistral_keep__ = frozenset({"type"})
    labels: list[str]
    type: Literal["categorical"] = "categorical"


class EvaluationNumericResultSpec(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "numeric"}
    __mistral_keep__ = frozenset({"type"})
    min: float
    max: float
    type: Literal["numeric"] = "numeric"


class EvaluationRunFilterInput(BaseModel):
    __mistral_keep__ = frozenset()
    run_ids: list[str] | None = None
    evaluation_ids: list[str] | None = None
    creator_ids: list[str] | None = None
    project_ids: list[str] | None = None
    ownership: RunOwnershipFilter | None = None
    tags: TagFilter | None = None
    score_filters: ScoreFilterGroup | None = None
    goal_filters: GoalStatusFilterGroup | None = None
    system: SystemFilter | None = None
    metadata: MetadataFilterGroup | None = None


class EvaluationRunGenerationV2(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    output: Any
    metadata_: dict[str, Any]
    status: str
    error: str | None = None
    scores: dict[str, list[EvaluationRunScoreV2]] | None = None
    statistics: dict[str, EvaluatorStatistics] | None = None
    goal_results: dict[str, GoalResult] | None = None


class EvaluationRunOutputRecordV2(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    metadata_: dict[str, Any]
    record_info: dict[str, Any] | None = None
    generations: list[EvaluationRunGenerationV2] | None = None
    statistics: dict[str, EvaluatorStatistics] | None = None
    goal_results: dict[str, GoalResult] | None = None


class EvaluationRunRecordFilterInput(BaseModel):
    __mistral_keep__ = frozenset()
    input_filters: ContentSearchFilterGroup | None = None
    output_filters: ContentSearchFilterGroup | None = None
    score_filters: ScoreFilterGroup | None = None
    goal_filters: GoalStatusFilterGroup | None = None
    sort: EvaluationRunRecordFilterInputSort | None = None


class EvaluationRunRecordV2Response(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    input: Any
    dataset_record_id: str | None = None
    output_record: EvaluationRunOutputRecordV2 | None = None


class EvaluationRunScoreV2(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    value: Any
    metadata_: dict[str, Any]
    status: str
    rationale: str | None = None
    error: str | None = None


class EvaluationRunV2Response(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    creator_id: str
    evaluation_id: str
    name: str
    description: str | None
    tags: list[str]
    metadata_: dict[str, Any]
    num_generations: int
    evaluators: list[EvaluatorV2]
    run_info: dict[str, Any] | None = None
    status: str | None = "completed"
    dataset_id: str | None = None
    run_evaluators: list[EvaluatorV2] | None = None
    system: SystemV2 | None = None
    statistics: dict[str, EvaluatorStatistics] | None = None
    goal_results: dict[str, GoalResult] | None = None
    passed: bool | None = None
    run_scores: dict[str, EvaluationRunScoreV2] | None = None
    optimization: RunOptimizationRef | None = None


class EvaluationRunV2WithRefsResponse(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    creator_id: str
    evaluation_id: str
    name: str
    description: str | None
    tags: list[str]
    metadata_: dict[str, Any]
    num_generations: int
    evaluators: list[EvaluatorV2]
    run_info: dict[str, Any] | None = None
    status: str | None = "completed"
    dataset_id: str | None = None
    run_evaluators: list[EvaluatorV2] | None = None
    system: SystemV2 | None = None
    statistics: dict[str, EvaluatorStatistics] | None = None
    goal_results: dict[str, GoalResult] | None = None
    passed: bool | None = None
    run_scores: dict[str, EvaluationRunScoreV2] | None = None
    optimization: RunOptimizationRef | None = None
    evaluation: RunEvaluationSummary | None = None
    project: RunProjectSummary | None = None


class EvaluationV2(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    workspace_id: str
    creator_id: str
    project_id: str
    name: str
    slug: str
    description: str | None
    tags: list[str]
    metadata_: dict[str, Any]
    is_favorite: bool | None = False


class EvaluationsV2(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[EvaluationV2]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[EvaluationV2]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[EvaluationV2]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    evaluations: PaginatedResultEvaluationV2


class EvaluatorV2(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    name: str
    description: str | None
    tags: list[str]
    num_scores: int
    goal: GoalSpec | None = None
    aggregate_goal: GoalSpec | None = None
    statistics: (
        list[SimpleNumericStatisticSpec | ClassificationStatisticSpec | PercentileStatisticSpec]
        | None
    ) = None
    weight: float | None = 1
    direction: EvaluatorV2Direction | str | None = None
    min_value: float | None = None
    max_value: float | None = None


class ExportDefinitionV1(BaseModel):
    __mistral_keep__ = frozenset()
    destination: OTLPDestination


class FeedResultGetPipelineResult(BaseModel):
    __mistral_keep__ = frozenset()
    results: list[PipelineResult] | None = None
    next: str | None = None
    cursor: str | None = None


class FieldSortInput(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"field": "created_at", "kind": "field"}
    __mistral_keep__ = frozenset({"field", "kind"})
    field: Literal["created_at"] = "created_at"
    kind: Literal["field"] = "field"
    direction: FieldSortInputDirection | None = None


class GetPipelineResults(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[PipelineResult]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[PipelineResult]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[PipelineResult]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    pipeline_results: FeedResultGetPipelineResult


class GoalResult(BaseModel):
    __mistral_keep__ = frozenset()
    passed: bool | None
    results: list[GoalResultItem]


class GoalResultItem(BaseModel):
    __mistral_keep__ = frozenset()
    metric: str
    operator: str
    actual: float
    passed: bool
    target: float | None = None
    target_min: float | None = None
    target_max: float | None = None
    direction: GoalResultItemDirection | str | None = None


class GoalSpec(BaseModel):
    __mistral_keep__ = frozenset()
    operator: str | None = None
    value: Any = None
    min: float | None = None
    max: float | None = None
    values: list[Any] | None = None
    metric: str | None = None


class GoalStatusFilter(BaseModel):
    __mistral_keep__ = frozenset()
    values: list[GoalStatusFilterValue]
    evaluator_name: str | None = None


class GoalStatusFilterGroup(BaseModel):
    __mistral_keep__ = frozenset()
    combinator: GoalStatusFilterGroupCombinator | None = None
    filters: list[GoalStatusFilter] | None = None


class ImportDatasetFromSpansRequest(BaseModel):
    __mistral_keep__ = frozenset()
    span_references: list[TelemetrySpanReference]
    mapping_contract: SpanDatasetMappingContract


class JudgeDefinitionV1(BaseModel):
    """The fully materialized LLM judge behavior stored in a pipeline config."""

    __mistral_keep__ = frozenset()
    model: str
    prompt: str
    result_spec: (
        EvaluationBooleanResultSpec | EvaluationCategoricalResultSpec | EvaluationNumericResultSpec
    )
    temperature: float | None = None
    top_p: float | None = None
    max_tokens: int | None = None
    random_seed: int | None = None
    mapping: dict[str, str] | None = None
    use_cache: bool | None = True


class ListEvaluationRunRecordsResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[EvaluationRunRecordV2Response]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[EvaluationRunRecordV2Response]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[EvaluationRunRecordV2Response]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    records: PaginatedResultEvaluationRunRecordV2Response


class ListEvaluationRunsResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[EvaluationRunV2Response]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[EvaluationRunV2Response]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[EvaluationRunV2Response]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    runs: PaginatedResultEvaluationRunV2Response


class ListOptimizationTrialsResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[OptimizationTrialWithObservations]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[OptimizationTrialWithObservations]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[OptimizationTrialWithObservations]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    trials: PaginatedResultOptimizationTrialWithObservations


class ListOptimizationsResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[Optimization]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[Optimization]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[Optimization]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    optimizations: PaginatedResultOptimization


class LlmJudgeReference(BaseModel):
    """The scorer selected to build a judge pipeline configuration."""

    __mistral_keep__ = frozenset()
    slug: str
    mapping: dict[str, str] | None = None
    sampling: AttributeHashSampling | ProbabilisticSampling | None = None


class MetadataFilter(BaseModel):
    __mistral_keep__ = frozenset()
    key: str
    operator: MetadataFilterOperator
    value: MetadataFilterValue


class MetadataFilterGroup(BaseModel):
    __mistral_keep__ = frozenset()
    combinator: MetadataFilterGroupCombinator | None = None
    filters: list[MetadataFilter] | None = None


class ModerationDefinitionV1(BaseModel):
    __mistral_keep__ = frozenset()
    model: str | None = "mistral-moderation-latest"
    target_attributes: list[str] | None = None


class NumericStatistics(BaseModel):
    __mistral_keep__ = frozenset()
    type: Literal["numeric"] | None = "numeric"
    values: list[ScalarStatisticValue] | None = None
    sample_count: int | None = 0
    avg: float | None = None
    min: float | None = None
    max: float | None = None
    std: float | None = None
    count: int | None = 0


class OTLPDestination(BaseModel):
    __mistral_keep__ = frozenset()
    protocol: str
    endpoint: str
    insecure: bool | None = False
    headers: dict[str, PipelineConfigHeader] | None = None


class Optimization(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    creator_id: str
    project_id: str
    name: str
    algorithm: str
    status: str
    source: str
    evaluation_id: str | None = None
    description: str | None = None
    steer: str | None = None
    tags: list[str] | None = None
    workflow_execution_id: str | None = None
    workflow_run_id: str | None = None
    objective_spec: dict[str, Any] | None = None
    outcome: dict[str, Any] | None = None


class OptimizationDetail(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    creator_id: str
    project_id: str
    name: str
    algorithm: str
    status: str
    source: str
    evaluation_id: str | None = None
    description: str | None = None
    steer: str | None = None
    tags: list[str] | None = None
    workflow_execution_id: str | None = None
    workflow_run_id: str | None = None
    objective_spec: dict[str, Any] | None = None
    outcome: dict[str, Any] | None = None
    evaluation: OptimizationReference | None = None
    project: OptimizationReference | None = None


class OptimizationReference(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    slug: str
    name: str


class OptimizationTrialObservation(BaseModel):
    __mistral_keep__ = frozenset()
    run: EvaluationRunV2Response
    observation_type: str | None = None
    score: float | None = None
    metadata: dict[str, Any] | None = None


class OptimizationTrialWithObservations(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    optimization_id: str
    algorithm_trial_key: str
    status: str
    metadata_: dict[str, Any]
    parent_trial_id: str | None = None
    hypothesis: str | None = None
    resolution: str | None = None
    observations: list[OptimizationTrialObservation] | None = None


class PaginatedResultEvaluationRunRecordV2Response(BaseModel):
    __mistral_keep__ = frozenset()
    count: int
    results: list[EvaluationRunRecordV2Response] | None = None
    next: str | None = None
    previous: str | None = None


class PaginatedResultEvaluationRunV2Response(BaseModel):
    __mistral_keep__ = frozenset()
    count: int
    results: list[EvaluationRunV2Response] | None = None
    next: str | None = None
    previous: str | None = None


class PaginatedResultEvaluationRunV2WithRefsResponse(BaseModel):
    __mistral_keep__ = frozenset()
    count: int
    results: list[EvaluationRunV2WithRefsResponse] | None = None
    next: str | None = None
    previous: str | None = None


class PaginatedResultEvaluationV2(BaseModel):
    __mistral_keep__ = frozenset()
    count: int
    results: list[EvaluationV2] | None = None
    next: str | None = None
    previous: str | None = None


class PaginatedResultOptimization(BaseModel):
    __mistral_keep__ = frozenset()
    count: int
    results: list[Optimization] | None = None
    next: str | None = None
    previous: str | None = None


class PaginatedResultOptimizationTrialWithObservations(BaseModel):
    __mistral_keep__ = frozenset()
    count: int
    results: list[OptimizationTrialWithObservations] | None = None
    next: str | None = None
    previous: str | None = None


class PaginatedResultPipeline(BaseModel):
    __mistral_keep__ = frozenset()
    count: int
    results: list[Pipeline] | None = None
    next: str | None = None
    previous: str | None = None


class PaginatedResultProject(BaseModel):
    __mistral_keep__ = frozenset()
    count: int
    results: list[Project] | None = None
    next: str | None = None
    previous: str | None = None


class PercentileStatisticSpec(ConstFieldsModel):
    """The ``p``-th percentile (``0 <= p <= 100``), computed with the type-7 algorithm."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"kind": "percentile"}
    __mistral_keep__ = frozenset({"kind"})
    percentile: Percentile
    kind: Literal["percentile"] = "percentile"
    goal: GoalSpec | None = None


class Pipeline(BaseModel):
    """Pipeline response schema. Pipelines are hard-deleted — no deleted_at field."""

    __mistral_keep__ = frozenset()
    id: str
    created_at: datetime
    updated_at: datetime
    workspace_id: str
    name: str
    slug: str
    description: str | None
    selectors: list[PipelineConfigSelector]
    enabled: bool
    creator_id: str | None
    pipeline_configs: list[PipelineConfig]


class PipelineConfig(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    scope: PipelineConfigScope | str
    workspace_id: str
    name: str
    slug: str
    pipeline_kind: PipelineConfigPipelineKind | str
    selectors: list[PipelineConfigSelector]
    enabled: bool
    definition: PipelineConfigDefinition
    sampling: AttributeHashSampling | ProbabilisticSampling | None = None
    scorer_slug: str | None = None
    scorer_version: int | None = None


class PipelineConfigHeader(BaseModel):
    __mistral_keep__ = frozenset()
    value: str | None = None


class PipelineConfigSelector(BaseModel):
    __mistral_keep__ = frozenset()
    source_kind: PipelineConfigSelectorSourceKind | str
    filter: str | None = None


class PipelineResult(BaseModel):
    __mistral_keep__ = frozenset()
    trace_id: str
    span_id: str
    span_name: str
    duration_ns: int
    evaluated_at: datetime
    judge_scores: dict[str, float]
    judge_labels: dict[str, str]
    judge_explanations: dict[str, str]


class PipelineResultsRequest(BaseModel):
    __mistral_keep__ = frozenset()
    pipeline_config_slugs: list[str]
    search_expression: str | None = None


class PipelinesResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[Pipeline]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[Pipeline]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[Pipeline]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    pipelines: PaginatedResultPipeline


class ProbabilisticSampling(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "probabilistic"}
    __mistral_keep__ = frozenset({"type"})
    percentage: float
    type: Literal["probabilistic"] = "probabilistic"


class Project(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    workspace_id: str
    creator_id: str
    name: str
    slug: str
    description: str | None
    is_favorite: bool | None = False
    evaluations: list[ProjectEvaluationSummary] | None = None


class ProjectEvaluationSummary(BaseModel):
    """A lightweight evaluation reference embedded in the projects listing, so the client can render a project's evaluations without firing one request per project."""

    __mistral_keep__ = frozenset()
    id: str
    name: str
    slug: str


class Projects(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[Project]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[Project]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[Project]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    projects: PaginatedResultProject


class RunEvaluationSummary(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    name: str
    slug: str


class RunOptimizationRef(BaseModel):
    """Typed run→optimization back-ref, derived at read from the optimization_run link. Not stored on the run (single source of truth = optimization_run); lets a run row show its optimization (id + name) without an extra request per run."""

    __mistral_keep__ = frozenset()
    optimization_id: str
    name: str


class RunOwnershipFilter(BaseModel):
    """OR-able group isolating the \\"runs I care about\\" default (created by me OR in my starred projects). Kept separate from the plain generic filters so it can OR internally while still AND-ing with everything else. The UI drives it via two sugar chips: \\"Created by me\\" writes `creator_ids`, and \\"Starred projects\\" sets `starred_by_me`. Dropping a chip clears its term and the OR collapses to the remaining one; dropping both leaves the group empty (no ownership scoping). `starred_by_me` is resolved server-side against the caller's favorites, so the client never has to page through projects to collect starred ids — and a caller with zero starred projects correctly matches no runs (rather than falling through to the whole workspace). `project_ids` remains for explicit, caller-supplied project scoping."""

    __mistral_keep__ = frozenset()
    combinator: RunOwnershipFilterCombinator | None = None
    creator_ids: list[str] | None = None
    project_ids: list[str] | None = None
    starred_by_me: bool | None = False


class RunProjectSummary(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    name: str
    slug: str


class RunStatisticsResponse(BaseModel):
    __mistral_keep__ = frozenset()
    run_id: str
    statistics: dict[str, EvaluatorStatistics]
    goal_results: dict[str, GoalResult] | None = None
    passed: bool | None = None


class ScalarStatisticValue(BaseModel):
    """A single scalar computed run-level statistic: its canonical id and numeric value. ``value`` is ``None`` when the statistic is not evaluable (e.g. a ``sum`` or percentile over an empty numeric sample). A declared ``count`` is always evaluable and is ``0`` on an empty sample. The ``type`` discriminator lets future result shapes (e.g. a categorical ``categories`` or a ``distribution``) join a union without overloading this model; consumers dispatch on ``type``."""

    __mistral_keep__ = frozenset()
    id: str
    type: Literal["scalar"] | None = "scalar"
    value: float | None = None


class ScoreFilter(BaseModel):
    __mistral_keep__ = frozenset()
    evaluator_name: str
    metric: str
    operator: ScoreFilterOperator
    value: ScoreFilterValue


class ScoreFilterGroup(BaseModel):
    __mistral_keep__ = frozenset()
    combinator: ScoreFilterGroupCombinator | None = None
    filters: list[ScoreFilter] | None = None


class ScoreSortInput(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"kind": "score"}
    __mistral_keep__ = frozenset({"kind"})
    evaluator_name: str
    kind: Literal["score"] = "score"
    metric: ScoreSortInputMetric | None = None
    direction: ScoreSortInputDirection | None = None


class SearchAllEvaluationRunsResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[EvaluationRunV2WithRefsResponse]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[EvaluationRunV2WithRefsResponse]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[EvaluationRunV2WithRefsResponse]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    runs: PaginatedResultEvaluationRunV2WithRefsResponse


class SimpleNumericStatisticSpec(BaseModel):
    """A scalar numeric reduction with no parameters (``avg``/``sum``/``min``/``max``/``std``/``count``)."""

    __mistral_keep__ = frozenset()
    kind: SimpleNumericStatisticSpecKind | str
    goal: GoalSpec | None = None


class SpanDatasetMapping(BaseModel):
    __mistral_keep__ = frozenset()
    target_field: str
    source_field: SpanDatasetSourceReference


class SpanDatasetMappingContract(ConstFieldsModel):
    """Mapping rules applied independently to every requested telemetry span. Version 1 mappings are optional per span: a missing, null, blank-string, or empty-array source omits the target key. JSON object and array strings become structured values; scalar-looking and malformed JSON strings remain strings."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"version": 1}
    __mistral_keep__ = frozenset({"version"})
    mappings: list[SpanDatasetMapping]
    version: Literal[1] = 1


class SpanDatasetSourceReference(BaseModel):
    __mistral_keep__ = frozenset()
    namespace: SpanDatasetSourceReferenceNamespace
    key: str


class SystemFilter(BaseModel):
    __mistral_keep__ = frozenset()
    name: SystemNameFilterGroup | None = None
    params: SystemParamFilterGroup | None = None


class SystemNameFilter(BaseModel):
    __mistral_keep__ = frozenset()
    value: str
    operator: SystemNameFilterOperator | None = None


class SystemNameFilterGroup(BaseModel):
    __mistral_keep__ = frozenset()
    combinator: SystemNameFilterGroupCombinator | None = None
    filters: list[SystemNameFilter] | None = None


class SystemParamFilter(BaseModel):
    __mistral_keep__ = frozenset()
    key: str
    operator: SystemParamFilterOperator
    value: SystemParamFilterValue


class SystemParamFilterGroup(BaseModel):
    __mistral_keep__ = frozenset()
    combinator: SystemParamFilterGroupCombinator | None = None
    filters: list[SystemParamFilter] | None = None


class SystemV2(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    name: str
    params: dict[str, Params]
    kind: str | None = "custom"
    spec: dict[str, Any] | None = None


class TagFilter(BaseModel):
    __mistral_keep__ = frozenset()
    combinator: TagFilterCombinator | None = None
    values: list[str] | None = None


class TelemetrySpanReference(BaseModel):
    """Immutable provenance used to identify a telemetry span."""

    __mistral_keep__ = frozenset()
    trace_id: str
    span_id: str


class UnsupportedStatistics(BaseModel):
    __mistral_keep__ = frozenset()
    count: int
    type: Literal["unsupported"] | None = "unsupported"


class UpdatePipelineRequest(BaseModel):
    __mistral_keep__ = frozenset()
    name: str | None = None
    description: str | None = None
    selectors: list[PipelineConfigSelector] | None = None
    definitions: list[LlmJudgeReference] | None = None
    enabled: bool | None = None


class FilterConditionTypedDict(TypedDict):
    """Dict form of :class:`FilterCondition`."""

    field: Required[str]
    op: Required[Op]
    value: Required[Any]


class FilterGroupTypedDict(TypedDict):
    """Dict form of :class:`FilterGroup`."""

    and_: NotRequired[Sequence[FilterGroupTypedDict | FilterConditionTypedDict] | None]
    or_: NotRequired[Sequence[FilterGroupTypedDict | FilterConditionTypedDict] | None]


class FilterPayloadTypedDict(TypedDict):
    """Dict form of :class:`FilterPayload`."""

    filters: Required[FilterGroupTypedDict | FilterConditionTypedDict | None]


class JudgeClassificationOutputTypedDict(TypedDict):
    """Dict form of :class:`JudgeClassificationOutput`."""

    type: NotRequired[Literal["CLASSIFICATION"]]
    options: Required[Sequence[JudgeClassificationOutputOptionTypedDict]]


class JudgeClassificationOutputOptionTypedDict(TypedDict):
    """Dict form of :class:`JudgeClassificationOutputOption`."""

    value: Required[str]
    description: Required[str]


class JudgeRegressionOutputTypedDict(TypedDict):
    """Dict form of :class:`JudgeRegressionOutput`."""

    type: NotRequired[Literal["REGRESSION"]]
    min: NotRequired[float]
    min_description: Required[str]
    max: NotRequired[float]
    max_description: Required[str]


class MetricDefinitionTypedDict(TypedDict):
    """Dict form of :class:`MetricDefinition`."""

    measure: Required[str]
    aggregation: Required[MetricAggregation]


class OrderByClauseTypedDict(TypedDict):
    """Dict form of :class:`OrderByClause`."""

    field: Required[str]
    direction: NotRequired[OrderByClauseDirection]


class TimeDimensionTypedDict(TypedDict):
    """Dict form of :class:`TimeDimension`."""

    granularity: NotRequired[Granularity]


class AggregationRequestTypedDict(TypedDict):
    """Dict form of :class:`AggregationRequest`."""

    metric: Required[MetricDefinitionTypedDict]
    dimensions: NotRequired[Sequence[str]]
    time_dimension: NotRequired[TimeDimensionTypedDict | None]
    search_expression: NotRequired[str | None]
    order_by: NotRequired[Sequence[OrderByClauseTypedDict] | None]
    limit: NotRequired[int]


class DeleteDatasetRecordsRequestTypedDict(TypedDict):
    """Dict form of :class:`DeleteDatasetRecordsRequest`."""

    dataset_record_ids: Required[Sequence[str]]


class FetchFieldOptionCountsRequestTypedDict(TypedDict):
    """Dict form of :class:`FetchFieldOptionCountsRequest`."""

    filter_params: NotRequired[FilterPayloadTypedDict | None]


class SearchChatCompletionEventIdsRequestTypedDict(TypedDict):
    """Dict form of :class:`SearchChatCompletionEventIdsRequest`."""

    search_params: Required[FilterPayloadTypedDict]
    extra_fields: NotRequired[Sequence[str] | None]


class SearchChatCompletionEventsRequestTypedDict(TypedDict):
    """Dict form of :class:`SearchChatCompletionEventsRequest`."""

    search_params: Required[FilterPayloadTypedDict]
    extra_fields: NotRequired[Sequence[str] | None]


class LogsRequestTypedDict(TypedDict):
    """Dict form of :class:`LogsRequest`."""

    search_expression: NotRequired[str | None]
    order: NotRequired[Order]


class SpanEvaluationsRequestTypedDict(TypedDict):
    """Dict form of :class:`SpanEvaluationsRequest`."""

    search_expression: NotRequired[str | None]


class SpansRequestTypedDict(TypedDict):
    """Dict form of :class:`SpansRequest`."""

    search_expression: NotRequired[str | None]


class TracesRequestTypedDict(TypedDict):
    """Dict form of :class:`TracesRequest`."""

    search_expression: NotRequired[str | None]


class UpdateDatasetRequestTypedDict(TypedDict):
    """Dict form of :class:`UpdateDatasetRequest`."""

    name: NotRequired[str | None]
    description: NotRequired[str | None]


class CreateCampaignRequestTypedDict(TypedDict):
    """Dict form of :class:`CreateCampaignRequest`."""

    search_params: Required[FilterPayloadTypedDict]
    judge_id: Required[str]
    name: Required[str]
    description: Required[str]
    max_nb_events: Required[int]


class JudgeChatCompletionEventRequestTypedDict(TypedDict):
    """Dict form of :class:`JudgeChatCompletionEventRequest`."""

    judge_definition: Required[CreateJudgeRequestTypedDict]


class ImportDatasetFromCampaignRequestTypedDict(TypedDict):
    """Dict form of :class:`ImportDatasetFromCampaignRequest`."""

    campaign_id: Required[str]


class ImportDatasetFromDatasetRequestTypedDict(TypedDict):
    """Dict form of :class:`ImportDatasetFromDatasetRequest`."""

    dataset_record_ids: Required[Sequence[str]]


class ImportDatasetFromExplorerRequestTypedDict(TypedDict):
    """Dict form of :class:`ImportDatasetFromExplorerRequest`."""

    completion_event_ids: Required[Sequence[str]]


class ImportDatasetFromFileRequestTypedDict(TypedDict):
    """Dict form of :class:`ImportDatasetFromFileRequest`."""

    file_id: Required[str]


class ImportDatasetFromPlaygroundRequestTypedDict(TypedDict):
    """Dict form of :class:`ImportDatasetFromPlaygroundRequest`."""

    conversation_ids: Required[Sequence[str]]


class CreateDatasetRequestTypedDict(TypedDict):
    """Dict form of :class:`CreateDatasetRequest`."""

    name: Required[str]
    description: Required[str]


class CreateDatasetRecordRequestTypedDict(TypedDict):
    """Dict form of :class:`CreateDatasetRecordRequest`."""

    payload: Required[DatasetRecordPayload]
    properties: NotRequired[Mapping[str, Any]]
    source: NotRequired[CreateDatasetRecordRequestSource | None]


class JudgeDatasetRecordRequestTypedDict(TypedDict):
    """Dict form of :class:`JudgeDatasetRecordRequest`."""

    judge_definition: Required[CreateJudgeRequestTypedDict]


class JudgeConversationRequestTypedDict(TypedDict):
    """Dict form of :class:`JudgeConversationRequest`."""

    messages: Required[Sequence[Mapping[str, Any]]]
    properties: NotRequired[Mapping[str, Any] | None]


class CreateJudgeRequestTypedDict(TypedDict):
    """Dict form of :class:`CreateJudgeRequest`."""

    name: Required[str]
    description: Required[str]
    model_name: Required[str]
    output: Required[CreateJudgeRequestOutputTypedDict]
    instructions: Required[str]
    tools: Required[Sequence[str]]


class UpdateDatasetRecordPayloadRequestTypedDict(TypedDict):
    """Dict form of :class:`UpdateDatasetRecordPayloadRequest`."""

    payload: Required[DatasetRecordPayload]


class UpdateDatasetRecordPropertiesRequestTypedDict(TypedDict):
    """Dict form of :class:`UpdateDatasetRecordPropertiesRequest`."""

    properties: Required[Mapping[str, Any]]


class UpdateJudgeRequestTypedDict(TypedDict):
    """Dict form of :class:`UpdateJudgeRequest`."""

    name: Required[str]
    description: Required[str]
    model_name: Required[str]
    output: Required[UpdateJudgeRequestOutputTypedDict]
    instructions: Required[str]
    tools: Required[Sequence[str]]


class AttributeHashSamplingTypedDict(TypedDict):
    """Dict form of :class:`AttributeHashSampling`."""

    attribute: Required[str]
    percentage: Required[float]
    type: NotRequired[Literal["attribute_hash"]]


class ContentSearchFilterTypedDict(TypedDict):
    """Dict form of :class:`ContentSearchFilter`."""

    value: Required[str]
    path: NotRequired[str | None]
    operator: NotRequired[ContentSearchFilterOperator | None]


class ContentSearchFilterGroupTypedDict(TypedDict):
    """Dict form of :class:`ContentSearchFilterGroup`."""

    combinator: NotRequired[ContentSearchFilterGroupCombinator | None]
    filters: NotRequired[Sequence[ContentSearchFilterTypedDict] | None]


class CreatePipelineRequestTypedDict(TypedDict):
    """Dict form of :class:`CreatePipelineRequest`."""

    name: Required[str]
    selectors: Required[Sequence[PipelineConfigSelectorTypedDict]]
    definitions: Required[Sequence[LlmJudgeReferenceTypedDict]]
    description: NotRequired[str | None]
    enabled: NotRequired[bool | None]


class EvaluationRunFilterInputTypedDict(TypedDict):
    """Dict form of :class:`EvaluationRunFilterInput`."""

    run_ids: NotRequired[Sequence[str] | None]
    evaluation_ids: NotRequired[Sequence[str] | None]
    creator_ids: NotRequired[Sequence[str] | None]
    project_ids: NotRequired[Sequence[str] | None]
    ownership: NotRequired[RunOwnershipFilterTypedDict | None]
    tags: NotRequired[TagFilterTypedDict | None]
    score_filters: NotRequired[ScoreFilterGroupTypedDict | None]
    goal_filters: NotRequired[GoalStatusFilterGroupTypedDict | None]
    system: NotRequired[SystemFilterTypedDict | None]
    metadata: NotRequired[MetadataFilterGroupTypedDict | None]


class EvaluationRunRecordFilterInputTypedDict(TypedDict):
    """Dict form of :class:`EvaluationRunRecordFilterInput`."""

    input_filters: NotRequired[ContentSearchFilterGroupTypedDict | None]
    output_filters: NotRequired[ContentSearchFilterGroupTypedDict | None]
    score_filters: NotRequired[ScoreFilterGroupTypedDict | None]
    goal_filters: NotRequired[GoalStatusFilterGroupTypedDict | None]
    sort: NotRequired[EvaluationRunRecordFilterInputSortTypedDict | None]


class FieldSortInputTypedDict(TypedDict):
    """Dict form of :class:`FieldSortInput`."""

    field: NotRequired[Literal["created_at"]]
    kind: NotRequired[Literal["field"]]
    direction: NotRequired[FieldSortInputDirection | None]


class GoalStatusFilterTypedDict(TypedDict):
    """Dict form of :class:`GoalStatusFilter`."""

    values: Required[Sequence[GoalStatusFilterValue]]
    evaluator_name: NotRequired[str | None]


class GoalStatusFilterGroupTypedDict(TypedDict):
    """Dict form of :class:`GoalStatusFilterGroup`."""

    combinator: NotRequired[GoalStatusFilterGroupCombinator | None]
    filters: NotRequired[Sequence[GoalStatusFilterTypedDict] | None]


class ImportDatasetFromSpansRequestTypedDict(TypedDict):
    """Dict form of :class:`ImportDatasetFromSpansRequest`."""

    span_references: Required[Sequence[TelemetrySpanReferenceTypedDict]]
    mapping_contract: Required[SpanDatasetMappingContractTypedDict]


class LlmJudgeReferenceTypedDict(TypedDict):
    """Dict form of :class:`LlmJudgeReference`."""

    slug: Required[str]
    mapping: NotRequired[Mapping[str, str] | None]
    sampling: NotRequired[AttributeHashSamplingTypedDict | ProbabilisticSamplingTypedDict | None]


class MetadataFilterTypedDict(TypedDict):
    """Dict form of :class:`MetadataFilter`."""

    key: Required[str]
    operator: Required[MetadataFilterOperator]
    value: Required[MetadataFilterValue]


class MetadataFilterGroupTypedDict(TypedDict):
    """Dict form of :class:`MetadataFilterGroup`."""

    combinator: NotRequired[MetadataFilterGroupCombinator | None]
    filters: NotRequired[Sequence[MetadataFilterTypedDict] | None]


class PipelineConfigSelectorTypedDict(TypedDict):
    """Dict form of :class:`PipelineConfigSelector`."""

    source_kind: Required[PipelineConfigSelectorSourceKind | str]
    filter: NotRequired[str | None]


class PipelineResultsRequestTypedDict(TypedDict):
    """Dict form of :class:`PipelineResultsRequest`."""

    pipeline_config_slugs: Required[Sequence[str]]
    search_expression: NotRequired[str | None]


class ProbabilisticSamplingTypedDict(TypedDict):
    """Dict form of :class:`ProbabilisticSampling`."""

    percentage: Required[float]
    type: NotRequired[Literal["probabilistic"]]


class RunOwnershipFilterTypedDict(TypedDict):
    """Dict form of :class:`RunOwnershipFilter`."""

    combinator: NotRequired[RunOwnershipFilterCombinator | None]
    creator_ids: NotRequired[Sequence[str] | None]
    project_ids: NotRequired[Sequence[str] | None]
    starred_by_me: NotRequired[bool | None]


class ScoreFilterTypedDict(TypedDict):
    """Dict form of :class:`ScoreFilter`."""

    evaluator_name: Required[str]
    metric: Required[str]
    operator: Required[ScoreFilterOperator]
    value: Required[ScoreFilterValue]


class ScoreFilterGroupTypedDict(TypedDict):
    """Dict form of :class:`ScoreFilterGroup`."""

    combinator: NotRequired[ScoreFilterGroupCombinator | None]
    filters: NotRequired[Sequence[ScoreFilterTypedDict] | None]


class ScoreSortInputTypedDict(TypedDict):
    """Dict form of :class:`ScoreSortInput`."""

    evaluator_name: Required[str]
    kind: NotRequired[Literal["score"]]
    metric: NotRequired[ScoreSortInputMetric | None]
    direction: NotRequired[ScoreSortInputDirection | None]


class SpanDatasetMappingTypedDict(TypedDict):
    """Dict form of :class:`SpanDatasetMapping`."""

    target_field: Required[str]
    source_field: Required[SpanDatasetSourceReferenceTypedDict]


class SpanDatasetMappingContractTypedDict(TypedDict):
    """Dict form of :class:`SpanDatasetMappingContract`."""

    mappings: Required[Sequence[SpanDatasetMappingTypedDict]]
    version: NotRequired[Literal[1]]


class SpanDatasetSourceReferenceTypedDict(TypedDict):
    """Dict form of :class:`SpanDatasetSourceReference`."""

    namespace: Required[SpanDatasetSourceReferenceNamespace]
    key: Required[str]


class SystemFilterTypedDict(TypedDict):
    """Dict form of :class:`SystemFilter`."""

    name: NotRequired[SystemNameFilterGroupTypedDict | None]
    params: NotRequired[SystemParamFilterGroupTypedDict | None]


class SystemNameFilterTypedDict(TypedDict):
    """Dict form of :class:`SystemNameFilter`."""

    value: Required[str]
    operator: NotRequired[SystemNameFilterOperator | None]


class SystemNameFilterGroupTypedDict(TypedDict):
    """Dict form of :class:`SystemNameFilterGroup`."""

    combinator: NotRequired[SystemNameFilterGroupCombinator | None]
    filters: NotRequired[Sequence[SystemNameFilterTypedDict] | None]


class SystemParamFilterTypedDict(TypedDict):
    """Dict form of :class:`SystemParamFilter`."""

    key: Required[str]
    operator: Required[SystemParamFilterOperator]
    value: Required[SystemParamFilterValue]


class SystemParamFilterGroupTypedDict(TypedDict):
    """Dict form of :class:`SystemParamFilterGroup`."""

    combinator: NotRequired[SystemParamFilterGroupCombinator | None]
    filters: NotRequired[Sequence[SystemParamFilterTypedDict] | None]


class TagFilterTypedDict(TypedDict):
    """Dict form of :class:`TagFilter`."""

    combinator: NotRequired[TagFilterCombinator | None]
    values: NotRequired[Sequence[str] | None]


class TelemetrySpanReferenceTypedDict(TypedDict):
    """Dict form of :class:`TelemetrySpanReference`."""

    trace_id: Required[str]
    span_id: Required[str]


class UpdatePipelineRequestTypedDict(TypedDict):
    """Dict form of :class:`UpdatePipelineRequest`."""

    name: NotRequired[str | None]
    description: NotRequired[str | None]
    selectors: NotRequired[Sequence[PipelineConfigSelectorTypedDict] | None]
    definitions: NotRequired[Sequence[LlmJudgeReferenceTypedDict] | None]
    enabled: NotRequired[bool | None]


BaseFieldDefinitionType: TypeAlias = (
    Literal["ENUM", "TEXT", "INT", "FLOAT", "BOOL", "TIMESTAMP", "ARRAY", "MAP"] | str
)

BaseFieldDefinitionSupportedOperator: TypeAlias = (
    Literal[
        "lt",
        "lte",
        "gt",
        "gte",
        "startswith",
        "istartswith",
        "endswith",
        "iendswith",
        "contains",
        "icontains",
        "matches",
        "notcontains",
        "inotcontains",
        "eq",
        "neq",
        "isnull",
        "includes",
        "excludes",
        "len_eq",
    ]
    | str
)

BaseTaskStatus: TypeAlias = (
    Literal[
        "RUNNING",
        "COMPLETED",
        "FAILED",
        "CANCELED",
        "TERMINATED",
        "CONTINUED_AS_NEW",
        "TIMED_OUT",
        "UNKNOWN",
    ]
    | str
)

DatasetRecordPayload: TypeAlias = dict[str, Any]
"""Caller-authored input object stored on a dataset record."""

DatasetRecordSource: TypeAlias = (
    Literal["EXPLORER", "UPLOADED_FILE", "DIRECT_INPUT", "PLAYGROUND"] | str
)

Op: TypeAlias = (
    Literal[
        "lt",
        "lte",
        "gt",
        "gte",
        "startswith",
        "istartswith",
        "endswith",
        "iendswith",
        "contains",
        "icontains",
        "matches",
        "notcontains",
        "inotcontains",
        "eq",
        "neq",
        "isnull",
        "includes",
        "excludes",
        "len_eq",
    ]
    | str
)

GetSpanStatusCode: TypeAlias = Literal["Error", "Ok", "Unset"] | str

GetTraceStatusCode: TypeAlias = Literal["Error", "Unset"] | str

Granularity: TypeAlias = Literal["auto", "second", "minute", "hour", "day", "week", "month"] | str

JudgeOutputType: TypeAlias = Literal["REGRESSION", "CLASSIFICATION"] | str

MetricAggregation: TypeAlias = (
    Literal["count", "count_distinct", "sum", "avg", "min", "max", "p50", "p90", "p95", "p99"] | str
)

ObservabilityErrorCode: TypeAlias = (
    Literal[
        "UNKNOWN_ERROR",
        "VALIDATION_ERROR",
        "AUTH_FORBIDDEN",
        "AUTH_FORBIDDEN_NOT_WORKSPACE_ADMIN",
        "AUTH_FORBIDDEN_WORKSPACE_NOT_FOUND",
        "AUTH_FORBIDDEN_ROLE_NOT_FOUND",
        "AUTH_UNAUTHORIZED",
        "FEATURE_NOT_SUPPORTED",
        "FIELDS_BAD_REQUEST",
        "FIELDS_NOT_FOUND",
        "SEARCH_NOT_FOUND",
        "SEARCH_BAD_REQUEST",
        "SEARCH_SERVICE_UNAVAILABLE",
        "DATABASE_ERROR",
        "DATABASE_TIMEOUT",
        "DATABASE_UNAVAILABLE",
        "DATABASE_QUERY_ERROR",
        "SEARCH_FILTER_TO_SQL_CONVERSION_ERROR",
        "JUDGE_CONVERSATION_FORMAT_ERROR",
        "JUDGE_MISTRAL_API_ERROR",
        "JUDGE_MISTRAL_API_TIMEOUT",
        "JUDGE_NAME_ALREADY_EXISTS",
        "JUDGE_NOT_FOUND",
        "JUDGE_ALREADY_HAS_NEW_VERSION",
        "JUDGE_USED_IN_CAMPAIGN_CANNOT_BE_UPDATED",
        "JUDGE_DID_NOT_CHANGE",
        "CAMPAIGN_NOT_FOUND",
        "CAMPAIGN_NO_MATCHING_EVENTS",
        "DATASET_NOT_FOUND",
        "DATASET_TASK_NOT_FOUND",
        "DATASET_RECORD_NOT_FOUND",
        "DATASET_RECORD_FORMAT_ERROR",
        "AGENT_NOT_FOUND",
        "AGENT_MISTRAL_API_ERROR",
        "EVALUATION_NOT_FOUND",
        "EVALUATION_CURRENTLY_RUNNING",
        "EVALUATION_RECORD_NOT_FOUND",
        "EVALUATION_RUN_NOT_FOUND",
        "EVALUATION_RUN_TRANSITION_IS_INVALID",
        "EVALUATION_RUN_TRANSITION_IS_RUNNING_ALREADY",
        "EVALUATION_RUN_TRANSITION_ERROR",
        "TEMPLATE_ERROR",
        "TEMPLATE_SYNTAX_ERROR",
        "PROJECT_NAME_ALREADY_EXISTS",
        "EVALUATION_NAME_ALREADY_EXISTS",
        "OPTIMIZATION_TRIAL_KEY_ALREADY_EXISTS",
        "TRACES_FILTER_QUERY_PARSE_ERROR",
        "TRACE_NOT_FOUND",
        "SPAN_NOT_FOUND",
    ]
    | str
)

OrderByClauseDirection: TypeAlias = Literal["asc", "desc"] | str

OtelFieldDefinitionType: TypeAlias = (
    Literal["ENUM", "TEXT", "INT", "FLOAT", "BOOL", "TIMESTAMP", "ARRAY", "MAP"] | str
)

OtelFieldDefinitionSupportedOperator: TypeAlias = (
    Literal[
        "eq",
        "neq",
        "lt",
        "lte",
        "gt",
        "gte",
        "like",
        "ilike",
        "not_like",
        "not_ilike",
        "between",
        "not_between",
        "in",
        "not_in",
        "exists",
        "not_exists",
        "regexp",
        "not_regexp",
        "contains",
        "not_contains",
        "has",
        "hasAny",
        "hasAll",
        "hasToken",
    ]
    | str
)

Order: TypeAlias = Literal["asc", "desc"] | str

JudgeOutput2: TypeAlias = Annotated[
    Annotated[JudgeClassificationOutput, Tag("CLASSIFICATION")]
    | Annotated[JudgeRegressionOutput, Tag("REGRESSION")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"CLASSIFICATION", "REGRESSION"})),
]

CreateDatasetRecordRequestSource: TypeAlias = Literal["DIRECT_INPUT", "TELEMETRY_SPAN"] | str

CreateJudgeRequestOutput: TypeAlias = Annotated[
    Annotated[JudgeClassificationOutput, Tag("CLASSIFICATION")]
    | Annotated[JudgeRegressionOutput, Tag("REGRESSION")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"CLASSIFICATION", "REGRESSION"})),
]

CreateJudgeRequestOutputTypedDict: TypeAlias = (
    JudgeClassificationOutputTypedDict | JudgeRegressionOutputTypedDict
)

UpdateJudgeRequestOutput: TypeAlias = Annotated[
    Annotated[JudgeClassificationOutput, Tag("CLASSIFICATION")]
    | Annotated[JudgeRegressionOutput, Tag("REGRESSION")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", frozenset({"CLASSIFICATION", "REGRESSION"})),
]

UpdateJudgeRequestOutputTypedDict: TypeAlias = (
    JudgeClassificationOutputTypedDict | JudgeRegressionOutputTypedDict
)

ClassificationStatisticSpecKind: TypeAlias = Literal["precision", "recall", "f1"] | str

ClassificationStatisticSpecAverage: TypeAlias = Literal["macro", "micro", "weighted"] | str

ContentSearchFilterOperator: TypeAlias = Literal["contains", "equals"] | str

ContentSearchFilterGroupCombinator: TypeAlias = Literal["and", "or"] | str

EvaluationRunRecordFilterInputSort: TypeAlias = Annotated[
    Annotated[FieldSortInput, Tag("field")]
    | Annotated[ScoreSortInput, Tag("score")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("kind", frozenset({"field", "score"})),
]

EvaluationRunRecordFilterInputSortTypedDict: TypeAlias = (
    FieldSortInputTypedDict | ScoreSortInputTypedDict
)

EvaluatorStatistics: TypeAlias = UnsupportedStatistics | CategoricalStatistics | NumericStatistics

EvaluatorV2Direction: TypeAlias = Literal["maximize", "minimize"] | str

FieldSortInputDirection: TypeAlias = Literal["asc", "desc"] | str

GoalResultItemDirection: TypeAlias = Literal["higher_is_better", "lower_is_better"] | str

GoalStatusFilterValue: TypeAlias = Literal["passed", "failed", "not_evaluated"] | str

GoalStatusFilterGroupCombinator: TypeAlias = Literal["and", "or"] | str

MetadataFilterOperator: TypeAlias = Literal["eq", "contains", "gt", "gte", "lt", "lte"] | str

MetadataFilterGroupCombinator: TypeAlias = Literal["and", "or"] | str

MetadataFilterValue: TypeAlias = float | str | bool

Params: TypeAlias = str | int | float | bool

Percentile: TypeAlias = float | int

PipelineConfigScope: TypeAlias = Literal["workspace", "shared"] | str

PipelineConfigPipelineKind: TypeAlias = (
    Literal["detection-v1", "moderation-v1", "judge-v1", "export-v1"] | str
)

PipelineConfigDefinition: TypeAlias = (
    ExportDefinitionV1 | DetectionDefinitionV1 | ModerationDefinitionV1 | JudgeDefinitionV1
)

PipelineConfigSelectorSourceKind: TypeAlias = Literal["span", "log", "metric"] | str

RunOwnershipFilterCombinator: TypeAlias = Literal["and", "or"] | str

ScoreFilterOperator: TypeAlias = Literal["gt", "gte", "lt", "lte", "eq"] | str

ScoreFilterGroupCombinator: TypeAlias = Literal["and", "or"] | str

ScoreFilterValue: TypeAlias = float | str

ScoreSortInputMetric: TypeAlias = Literal["avg", "min", "max", "std"] | str

ScoreSortInputDirection: TypeAlias = Literal["asc", "desc"] | str

SimpleNumericStatisticSpecKind: TypeAlias = (
    Literal["avg", "sum", "min", "max", "std", "count"] | str
)

SpanDatasetSourceReferenceNamespace: TypeAlias = (
    Literal["span_attributes", "resource_attributes"] | str
)

SystemNameFilterOperator: TypeAlias = Literal["contains", "equals"] | str

SystemNameFilterGroupCombinator: TypeAlias = Literal["and", "or"] | str

SystemParamFilterOperator: TypeAlias = Literal["eq", "contains", "gt", "gte", "lt", "lte"] | str

SystemParamFilterGroupCombinator: TypeAlias = Literal["and", "or"] | str

SystemParamFilterValue: TypeAlias = float | str | bool

TagFilterCombinator: TypeAlias = Literal["and", "or"] | str

Operator: TypeAlias = (
    Literal[
        "lt",
        "lte",
        "gt",
        "gte",
        "startswith",
        "istartswith",
        "endswith",
        "iendswith",
        "contains",
        "icontains",
        "matches",
        "notcontains",
        "inotcontains",
        "eq",
        "neq",
        "isnull",
        "includes",
        "excludes",
        "len_eq",
    ]
    | str
)
"""The operator to use for filtering options"""
