# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""The dict forms (``TypedDict``) of the models of the mistralai-api-observability distribution."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, NotRequired, Required, TypeAlias

from typing_extensions import TypedDict

from mistralai.api.observability._generated._models.aggregation_request import (
    Granularity,
    OrderByClauseDirection,
)
from mistralai.api.observability._generated._models.attribute_hash_sampling import (
    PipelineConfigSelectorSourceKind,
)
from mistralai.api.observability._generated._models.create_dataset_record_request import (
    CreateDatasetRecordRequestSource,
)
from mistralai.api.observability._generated._models.dataset_record_payload import (
    DatasetRecordPayload,
)
from mistralai.api.observability._generated._models.evaluation_run_filter_input import (
    MetadataFilterGroupCombinator,
    MetadataFilterOperator,
    MetadataFilterValue,
    RunOwnershipFilterCombinator,
    SystemNameFilterGroupCombinator,
    SystemNameFilterOperator,
    SystemParamFilterGroupCombinator,
    SystemParamFilterOperator,
    SystemParamFilterValue,
    TagFilterCombinator,
)
from mistralai.api.observability._generated._models.evaluation_run_record_filter_input import (
    ContentSearchFilterGroupCombinator,
    ContentSearchFilterOperator,
    FieldSortInputDirection,
    ScoreSortInputDirection,
    ScoreSortInputMetric,
)
from mistralai.api.observability._generated._models.filter_payload import Op
from mistralai.api.observability._generated._models.goal_status_filter_group import (
    GoalStatusFilterGroupCombinator,
    GoalStatusFilterValue,
    ScoreFilterGroupCombinator,
    ScoreFilterOperator,
    ScoreFilterValue,
)
from mistralai.api.observability._generated._models.import_dataset_from_spans_request import (
    SpanDatasetSourceReferenceNamespace,
)
from mistralai.api.observability._generated._models.logs_request import Order
from mistralai.api.observability._generated._models.metric_aggregation import MetricAggregation

__all__ = [
    "AggregationRequestTypedDict",
    "AttributeHashSamplingTypedDict",
    "ContentSearchFilterGroupTypedDict",
    "ContentSearchFilterTypedDict",
    "CreateCampaignRequestTypedDict",
    "CreateDatasetRecordRequestTypedDict",
    "CreateDatasetRequestTypedDict",
    "CreateJudgeRequestOutputTypedDict",
    "CreateJudgeRequestTypedDict",
    "CreatePipelineRequestTypedDict",
    "DeleteDatasetRecordsRequestTypedDict",
    "EvaluationRunFilterInputTypedDict",
    "EvaluationRunRecordFilterInputSortTypedDict",
    "EvaluationRunRecordFilterInputTypedDict",
    "FetchFieldOptionCountsRequestTypedDict",
    "FieldSortInputTypedDict",
    "FilterConditionTypedDict",
    "FilterGroupTypedDict",
    "FilterPayloadTypedDict",
    "GoalStatusFilterGroupTypedDict",
    "GoalStatusFilterTypedDict",
    "ImportDatasetFromCampaignRequestTypedDict",
    "ImportDatasetFromDatasetRequestTypedDict",
    "ImportDatasetFromExplorerRequestTypedDict",
    "ImportDatasetFromFileRequestTypedDict",
    "ImportDatasetFromPlaygroundRequestTypedDict",
    "ImportDatasetFromSpansRequestTypedDict",
    "JudgeChatCompletionEventRequestTypedDict",
    "JudgeClassificationOutputOptionTypedDict",
    "JudgeClassificationOutputTypedDict",
    "JudgeConversationRequestTypedDict",
    "JudgeDatasetRecordRequestTypedDict",
    "JudgeRegressionOutputTypedDict",
    "LlmJudgeReferenceTypedDict",
    "LogsRequestTypedDict",
    "MetadataFilterGroupTypedDict",
    "MetadataFilterTypedDict",
    "MetricDefinitionTypedDict",
    "OrderByClauseTypedDict",
    "PipelineConfigSelectorTypedDict",
    "PipelineResultsRequestTypedDict",
    "ProbabilisticSamplingTypedDict",
    "RunOwnershipFilterTypedDict",
    "ScoreFilterGroupTypedDict",
    "ScoreFilterTypedDict",
    "ScoreSortInputTypedDict",
    "SearchChatCompletionEventIdsRequestTypedDict",
    "SearchChatCompletionEventsRequestTypedDict",
    "SpanDatasetMappingContractTypedDict",
    "SpanDatasetMappingTypedDict",
    "SpanDatasetSourceReferenceTypedDict",
    "SpanEvaluationsRequestTypedDict",
    "SpansRequestTypedDict",
    "SystemFilterTypedDict",
    "SystemNameFilterGroupTypedDict",
    "SystemNameFilterTypedDict",
    "SystemParamFilterGroupTypedDict",
    "SystemParamFilterTypedDict",
    "TagFilterTypedDict",
    "TelemetrySpanReferenceTypedDict",
    "TimeDimensionTypedDict",
    "TracesRequestTypedDict",
    "UpdateDatasetRecordPayloadRequestTypedDict",
    "UpdateDatasetRecordPropertiesRequestTypedDict",
    "UpdateDatasetRequestTypedDict",
    "UpdateJudgeRequestOutputTypedDict",
    "UpdateJudgeRequestTypedDict",
    "UpdatePipelineRequestTypedDict",
]


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


CreateJudgeRequestOutputTypedDict: TypeAlias = (
    JudgeClassificationOutputTypedDict | JudgeRegressionOutputTypedDict
)

UpdateJudgeRequestOutputTypedDict: TypeAlias = (
    JudgeClassificationOutputTypedDict | JudgeRegressionOutputTypedDict
)

EvaluationRunRecordFilterInputSortTypedDict: TypeAlias = (
    FieldSortInputTypedDict | ScoreSortInputTypedDict
)
