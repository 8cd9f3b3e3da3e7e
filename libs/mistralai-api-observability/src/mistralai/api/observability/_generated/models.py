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
    "BaseFieldDefinition",
    "BaseFieldDefinitionSupportedOperator",
    "BaseFieldDefinitionType",
    "BaseTaskStatus",
    "Campaign",
    "ChatCompletionEvent",
    "ChatCompletionEventPreview",
    "ChatTranscriptionEvent",
    "CreateCampaignRequest",
    "CreateCampaignRequestTypedDict",
    "CreateDatasetRecordRequest",
    "CreateDatasetRecordRequestTypedDict",
    "CreateDatasetRequest",
    "CreateDatasetRequestTypedDict",
    "CreateJudgeRequest",
    "CreateJudgeRequestOutput",
    "CreateJudgeRequestOutputTypedDict",
    "CreateJudgeRequestTypedDict",
    "Dataset",
    "DatasetImportTask",
    "DatasetPreview",
    "DatasetRecord",
    "DatasetRecordPayload",
    "DatasetRecordSource",
    "DeleteDatasetRecordsRequest",
    "DeleteDatasetRecordsRequestTypedDict",
    "ExportDatasetResponse",
    "FeedResultChatCompletionEventPreview",
    "FeedResultGetLog",
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
    "ListJudgesResponse",
    "LogsRequest",
    "LogsRequestTypedDict",
    "MetricAggregation",
    "MetricDefinition",
    "MetricDefinitionTypedDict",
    "ObservabilityError",
    "ObservabilityErrorCode",
    "ObservabilityErrorDetail",
    "Op",
    "Operator",
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
    "PaginatedResultJudgePreview",
    "SearchChatCompletionEventIdsRequest",
    "SearchChatCompletionEventIdsRequestTypedDict",
    "SearchChatCompletionEventIdsResponse",
    "SearchChatCompletionEventsRequest",
    "SearchChatCompletionEventsRequestTypedDict",
    "SearchChatCompletionEventsResponse",
    "SpanEvaluationsRequest",
    "SpanEvaluationsRequestTypedDict",
    "SpansRequest",
    "SpansRequestTypedDict",
    "TimeDimension",
    "TimeDimensionTypedDict",
    "TracesRequest",
    "TracesRequestTypedDict",
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
