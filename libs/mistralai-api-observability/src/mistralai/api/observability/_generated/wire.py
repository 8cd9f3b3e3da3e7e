# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""The JSON request bodies of mistralai-api-observability as pydantic-core schemas of their wire form: model
definitions by name (core's shared models are in mistralai.core's), and per operation
its root schema and the definitions it needs (see mistralai.core._wire; derived from
the models by tools/codegen/emit_wire.py)."""

from typing import Any

from mistralai.core.runtime import open_pick
from mistralai.core.runtime import wire as w

# fields shared by CreateJudgeRequest and UpdateJudgeRequest
_NAME_TO_TOOLS_FIELDS: dict[str, Any] = {
    "name": w.field(w.STR),
    "description": w.field(w.STR),
    "model_name": w.field(w.STR),
    "output": w.field(w.ref("JudgeClassificationOutput | JudgeRegressionOutput | UnknownVariant")),
    "instructions": w.field(w.STR),
    "tools": w.field(w.list_of(w.STR)),
}

DEFS: dict[str, Any] = w.definitions(
    {
        "CreateCampaignRequest:top": w.typed_dict(
            "CreateCampaignRequest",
            {
                "search_params": w.field(w.ref("FilterPayload")),
                "judge_id": w.field(w.STR),
                "name": w.field(w.STR),
                "description": w.field(w.STR),
                "max_nb_events": w.field(w.INT),
            },
        ),
        "FilterPayload": w.typed_dict(
            "FilterPayload",
            {"filters": w.field(w.nullable(w.ref("FilterGroup | FilterCondition")))},
        ),
        "FilterGroup": w.typed_dict(
            "FilterGroup",
            {
                "AND": w.field(
                    w.ref("list[FilterGroup | FilterCondition] | None"),
                    required=False,
                    validation_alias=[["AND"], ["and_"]],
                ),
                "OR": w.field(
                    w.ref("list[FilterGroup | FilterCondition] | None"),
                    required=False,
                    validation_alias=[["OR"], ["or_"]],
                ),
            },
        ),
        "FilterCondition": w.typed_dict(
            "FilterCondition",
            {
                "field": w.field(w.STR),
                "op": w.field(
                    w.union(
                        w.literal(
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
                        ),
                        w.STR,
                    )
                ),
                "value": w.field(w.ANY),
            },
        ),
        "SearchChatCompletionEventsRequest:top": w.typed_dict(
            "SearchChatCompletionEventsRequest",
            {
                "search_params": w.field(w.ref("FilterPayload")),
                "extra_fields": w.field(w.ref("list[str] | None"), required=False),
            },
        ),
        "SearchChatCompletionEventIdsRequest:top": w.typed_dict(
            "SearchChatCompletionEventIdsRequest",
            {
                "search_params": w.field(w.ref("FilterPayload")),
                "extra_fields": w.field(w.ref("list[str] | None"), required=False),
            },
        ),
        "JudgeChatCompletionEventRequest:top": w.typed_dict(
            "JudgeChatCompletionEventRequest",
            {"judge_definition": w.field(w.ref("CreateJudgeRequest"))},
        ),
        "CreateJudgeRequest": w.typed_dict("CreateJudgeRequest", {**_NAME_TO_TOOLS_FIELDS}),
        "JudgeClassificationOutput": w.typed_dict(
            "JudgeClassificationOutput",
            {
                "type": w.field(
                    w.default(w.literal("CLASSIFICATION"), "CLASSIFICATION"), required=False
                ),
                "options": w.field(w.list_of(w.ref("JudgeClassificationOutputOption"))),
            },
        ),
        "JudgeClassificationOutputOption": w.typed_dict(
            "JudgeClassificationOutputOption",
            {"value": w.field(w.STR), "description": w.field(w.STR)},
        ),
        "JudgeRegressionOutput": w.typed_dict(
            "JudgeRegressionOutput",
            {
                "type": w.field(w.default(w.literal("REGRESSION"), "REGRESSION"), required=False),
                "min": w.field(w.default(w.FLOAT, 0), required=False),
                "min_description": w.field(w.STR),
                "max": w.field(w.default(w.FLOAT, 1), required=False),
                "max_description": w.field(w.STR),
            },
        ),
        "FetchFieldOptionCountsRequest:top": w.typed_dict(
            "FetchFieldOptionCountsRequest",
            {"filter_params": w.field(w.nullable(w.ref("FilterPayload")), required=False)},
        ),
        "CreateDatasetRequest:top": w.typed_dict(
            "CreateDatasetRequest", {"name": w.field(w.STR), "description": w.field(w.STR)}
        ),
        "UpdateDatasetRequest:top": w.typed_dict(
            "UpdateDatasetRequest",
            {
                "name": w.field(w.nullable(w.STR), required=False),
                "description": w.field(w.nullable(w.STR), required=False),
            },
        ),
        "CreateDatasetRecordRequest:top": w.typed_dict(
            "CreateDatasetRecordRequest",
            {
                "payload": w.field(w.ref("dict[str, Any]")),
                "properties": w.field(
                    w.ref("dict[str, Any] | None"), required=False, drop_none=True
                ),
                "source": w.field(
                    w.nullable(w.union(w.literal("DIRECT_INPUT", "TELEMETRY_SPAN"), w.STR)),
                    required=False,
                ),
            },
        ),
        "ImportDatasetFromCampaignRequest:top": w.typed_dict(
            "ImportDatasetFromCampaignRequest", {"campaign_id": w.field(w.STR)}
        ),
        "ImportDatasetFromExplorerRequest:top": w.typed_dict(
            "ImportDatasetFromExplorerRequest", {"completion_event_ids": w.field(w.list_of(w.STR))}
        ),
        "ImportDatasetFromFileRequest:top": w.typed_dict(
            "ImportDatasetFromFileRequest", {"file_id": w.field(w.STR)}
        ),
        "ImportDatasetFromPlaygroundRequest:top": w.typed_dict(
            "ImportDatasetFromPlaygroundRequest", {"conversation_ids": w.field(w.list_of(w.STR))}
        ),
        "ImportDatasetFromDatasetRequest:top": w.typed_dict(
            "ImportDatasetFromDatasetRequest", {"dataset_record_ids": w.field(w.list_of(w.STR))}
        ),
        "ImportDatasetFromSpansRequest:top": w.typed_dict(
            "ImportDatasetFromSpansRequest",
            {
                "span_references": w.field(w.list_of(w.ref("TelemetrySpanReference"))),
                "mapping_contract": w.field(w.ref("SpanDatasetMappingContract")),
            },
        ),
        "TelemetrySpanReference": w.typed_dict(
            "TelemetrySpanReference", {"trace_id": w.field(w.STR), "span_id": w.field(w.STR)}
        ),
        "SpanDatasetMappingContract": w.typed_dict(
            "SpanDatasetMappingContract",
            {
                "mappings": w.field(w.list_of(w.ref("SpanDatasetMapping"))),
                "version": w.field(w.default(w.literal(1), 1), required=False),
            },
        ),
        "SpanDatasetMapping": w.typed_dict(
            "SpanDatasetMapping",
            {
                "target_field": w.field(w.STR),
                "source_field": w.field(w.ref("SpanDatasetSourceReference")),
            },
        ),
        "SpanDatasetSourceReference": w.typed_dict(
            "SpanDatasetSourceReference",
            {
                "namespace": w.field(
                    w.union(w.literal("span_attributes", "resource_attributes"), w.STR)
                ),
                "key": w.field(w.STR),
            },
        ),
        "DeleteDatasetRecordsRequest:top": w.typed_dict(
            "DeleteDatasetRecordsRequest", {"dataset_record_ids": w.field(w.list_of(w.STR))}
        ),
        "JudgeDatasetRecordRequest:top": w.typed_dict(
            "JudgeDatasetRecordRequest", {"judge_definition": w.field(w.ref("CreateJudgeRequest"))}
        ),
        "UpdateDatasetRecordPayloadRequest:top": w.typed_dict(
            "UpdateDatasetRecordPayloadRequest", {"payload": w.field(w.ref("dict[str, Any]"))}
        ),
        "UpdateDatasetRecordPropertiesRequest:top": w.typed_dict(
            "UpdateDatasetRecordPropertiesRequest", {"properties": w.field(w.ref("dict[str, Any]"))}
        ),
        "CreatePipelineRequest:top": w.typed_dict(
            "CreatePipelineRequest",
            {
                "name": w.field(w.STR),
                "selectors": w.field(w.ref("list[PipelineConfigSelector]")),
                "definitions": w.field(w.ref("list[LlmJudgeReference]")),
                "description": w.field(w.nullable(w.STR), required=False),
                "enabled": w.field(w.nullable(w.BOOL), required=False),
            },
        ),
        "PipelineConfigSelector": w.typed_dict(
            "PipelineConfigSelector",
            {
                "source_kind": w.field(w.union(w.literal("span", "log", "metric"), w.STR)),
                "filter": w.field(w.nullable(w.STR), required=False),
            },
        ),
        "LlmJudgeReference": w.typed_dict(
            "LlmJudgeReference",
            {
                "slug": w.field(w.STR),
                "mapping": w.field(w.nullable(w.dict_of(w.STR, w.STR)), required=False),
                "sampling": w.field(
                    w.nullable(
                        w.union(w.ref("AttributeHashSampling"), w.ref("ProbabilisticSampling"))
                    ),
                    required=False,
                ),
            },
        ),
        "AttributeHashSampling": w.typed_dict(
            "AttributeHashSampling",
            {
                "attribute": w.field(w.STR),
                "percentage": w.field(w.FLOAT),
                "type": w.field(
                    w.default(w.literal("attribute_hash"), "attribute_hash"), required=False
                ),
            },
        ),
        "ProbabilisticSampling": w.typed_dict(
            "ProbabilisticSampling",
            {
                "percentage": w.field(w.FLOAT),
                "type": w.field(
                    w.default(w.literal("probabilistic"), "probabilistic"), required=False
                ),
            },
        ),
        "UpdatePipelineRequest:top": w.typed_dict(
            "UpdatePipelineRequest",
            {
                "name": w.field(w.nullable(w.STR), required=False),
                "description": w.field(w.nullable(w.STR), required=False),
                "selectors": w.field(
                    w.nullable(w.ref("list[PipelineConfigSelector]")), required=False
                ),
                "definitions": w.field(
                    w.nullable(w.ref("list[LlmJudgeReference]")), required=False
                ),
                "enabled": w.field(w.nullable(w.BOOL), required=False),
            },
        ),
        "EvaluationRunRecordFilterInput:top": w.typed_dict(
            "EvaluationRunRecordFilterInput",
            {
                "input_filters": w.field(w.ref("ContentSearchFilterGroup | None"), required=False),
                "output_filters": w.field(w.ref("ContentSearchFilterGroup | None"), required=False),
                "score_filters": w.field(w.ref("ScoreFilterGroup | None"), required=False),
                "goal_filters": w.field(w.ref("GoalStatusFilterGroup | None"), required=False),
                "sort": w.field(
                    w.nullable(
                        w.tagged_union(
                            {
                                "field": w.ref("FieldSortInput"),
                                "score": w.ref("ScoreSortInput"),
                                "__unknown__": w.ref("UnknownVariant"),
                            },
                            open_pick("kind", ("field", "score")),
                        )
                    ),
                    required=False,
                ),
            },
        ),
        "ContentSearchFilterGroup": w.typed_dict(
            "ContentSearchFilterGroup",
            {
                "combinator": w.field(w.ref("Literal['and', 'or'] | str | None"), required=False),
                "filters": w.field(
                    w.nullable(w.list_of(w.ref("ContentSearchFilter"))), required=False
                ),
            },
        ),
        "ContentSearchFilter": w.typed_dict(
            "ContentSearchFilter",
            {
                "value": w.field(w.STR),
                "path": w.field(w.nullable(w.STR), required=False),
                "operator": w.field(
                    w.ref("Literal['contains', 'equals'] | str | None"), required=False
                ),
            },
        ),
        "ScoreFilterGroup": w.typed_dict(
            "ScoreFilterGroup",
            {
                "combinator": w.field(w.ref("Literal['and', 'or'] | str | None"), required=False),
                "filters": w.field(w.nullable(w.list_of(w.ref("ScoreFilter"))), required=False),
            },
        ),
        "ScoreFilter": w.typed_dict(
            "ScoreFilter",
            {
                "evaluator_name": w.field(w.STR),
                "metric": w.field(w.STR),
                "operator": w.field(w.union(w.literal("gt", "gte", "lt", "lte", "eq"), w.STR)),
                "value": w.field(w.union(w.FLOAT, w.STR)),
            },
        ),
        "GoalStatusFilterGroup": w.typed_dict(
            "GoalStatusFilterGroup",
            {
                "combinator": w.field(w.ref("Literal['and', 'or'] | str | None"), required=False),
                "filters": w.field(
                    w.nullable(w.list_of(w.ref("GoalStatusFilter"))), required=False
                ),
            },
        ),
        "GoalStatusFilter": w.typed_dict(
            "GoalStatusFilter",
            {
                "values": w.field(
                    w.list_of(w.union(w.literal("passed", "failed", "not_evaluated"), w.STR))
                ),
                "evaluator_name": w.field(w.nullable(w.STR), required=False),
            },
        ),
        "FieldSortInput": w.typed_dict(
            "FieldSortInput",
            {
                "field": w.field(w.default(w.literal("created_at"), "created_at"), required=False),
                "kind": w.field(w.default(w.literal("field"), "field"), required=False),
                "direction": w.field(w.ref("Literal['asc', 'desc'] | str | None"), required=False),
            },
        ),
        "ScoreSortInput": w.typed_dict(
            "ScoreSortInput",
            {
                "evaluator_name": w.field(w.STR),
                "kind": w.field(w.default(w.literal("score"), "score"), required=False),
                "metric": w.field(
                    w.nullable(w.union(w.literal("avg", "min", "max", "std"), w.STR)),
                    required=False,
                ),
                "direction": w.field(w.ref("Literal['asc', 'desc'] | str | None"), required=False),
            },
        ),
        "EvaluationRunFilterInput:top": w.typed_dict(
            "EvaluationRunFilterInput",
            {
                "run_ids": w.field(w.ref("list[str] | None"), required=False),
                "evaluation_ids": w.field(w.ref("list[str] | None"), required=False),
                "creator_ids": w.field(w.ref("list[str] | None"), required=False),
                "project_ids": w.field(w.ref("list[str] | None"), required=False),
                "ownership": w.field(w.nullable(w.ref("RunOwnershipFilter")), required=False),
                "tags": w.field(w.nullable(w.ref("TagFilter")), required=False),
                "score_filters": w.field(w.ref("ScoreFilterGroup | None"), required=False),
                "goal_filters": w.field(w.ref("GoalStatusFilterGroup | None"), required=False),
                "system": w.field(w.nullable(w.ref("SystemFilter")), required=False),
                "metadata": w.field(w.nullable(w.ref("MetadataFilterGroup")), required=False),
            },
        ),
        "RunOwnershipFilter": w.typed_dict(
            "RunOwnershipFilter",
            {
                "combinator": w.field(w.ref("Literal['and', 'or'] | str | None"), required=False),
                "creator_ids": w.field(w.ref("list[str] | None"), required=False),
                "project_ids": w.field(w.ref("list[str] | None"), required=False),
                "starred_by_me": w.field(w.nullable(w.BOOL), required=False),
            },
        ),
        "TagFilter": w.typed_dict(
            "TagFilter",
            {
                "combinator": w.field(w.ref("Literal['and', 'or'] | str | None"), required=False),
                "values": w.field(w.ref("list[str] | None"), required=False),
            },
        ),
        "SystemFilter": w.typed_dict(
            "SystemFilter",
            {
                "name": w.field(w.nullable(w.ref("SystemNameFilterGroup")), required=False),
                "params": w.field(w.nullable(w.ref("SystemParamFilterGroup")), required=False),
            },
        ),
        "SystemNameFilterGroup": w.typed_dict(
            "SystemNameFilterGroup",
            {
                "combinator": w.field(w.ref("Literal['and', 'or'] | str | None"), required=False),
                "filters": w.field(
                    w.nullable(w.list_of(w.ref("SystemNameFilter"))), required=False
                ),
            },
        ),
        "SystemNameFilter": w.typed_dict(
            "SystemNameFilter",
            {
                "value": w.field(w.STR),
                "operator": w.field(
                    w.ref("Literal['contains', 'equals'] | str | None"), required=False
                ),
            },
        ),
        "SystemParamFilterGroup": w.typed_dict(
            "SystemParamFilterGroup",
            {
                "combinator": w.field(w.ref("Literal['and', 'or'] | str | None"), required=False),
                "filters": w.field(
                    w.nullable(w.list_of(w.ref("SystemParamFilter"))), required=False
                ),
            },
        ),
        "SystemParamFilter": w.typed_dict(
            "SystemParamFilter",
            {
                "key": w.field(w.STR),
                "operator": w.field(
                    w.ref("Literal['eq', 'contains', 'gt', 'gte', 'lt', 'lte'] | str")
                ),
                "value": w.field(w.ref("float | str | bool")),
            },
        ),
        "MetadataFilterGroup": w.typed_dict(
            "MetadataFilterGroup",
            {
                "combinator": w.field(w.ref("Literal['and', 'or'] | str | None"), required=False),
                "filters": w.field(w.nullable(w.list_of(w.ref("MetadataFilter"))), required=False),
            },
        ),
        "MetadataFilter": w.typed_dict(
            "MetadataFilter",
            {
                "key": w.field(w.STR),
                "operator": w.field(
                    w.ref("Literal['eq', 'contains', 'gt', 'gte', 'lt', 'lte'] | str")
                ),
                "value": w.field(w.ref("float | str | bool")),
            },
        ),
        "CreateJudgeRequest:top": w.typed_dict("CreateJudgeRequest", {**_NAME_TO_TOOLS_FIELDS}),
        "UpdateJudgeRequest:top": w.typed_dict("UpdateJudgeRequest", {**_NAME_TO_TOOLS_FIELDS}),
        "JudgeConversationRequest:top": w.typed_dict(
            "JudgeConversationRequest",
            {
                "messages": w.field(w.list_of(w.ref("dict[str, Any]"))),
                "properties": w.field(w.ref("dict[str, Any] | None"), required=False),
            },
        ),
        "LogsRequest:top": w.typed_dict(
            "LogsRequest",
            {
                "search_expression": w.field(w.nullable(w.STR), required=False),
                "order": w.field(w.ref("Literal['asc', 'desc'] | str"), required=False),
            },
        ),
        "SpansRequest:top": w.typed_dict(
            "SpansRequest", {"search_expression": w.field(w.nullable(w.STR), required=False)}
        ),
        "AggregationRequest:top": w.typed_dict(
            "AggregationRequest",
            {
                "metric": w.field(w.ref("MetricDefinition")),
                "dimensions": w.field(w.list_of(w.STR), required=False),
                "time_dimension": w.field(w.nullable(w.ref("TimeDimension")), required=False),
                "search_expression": w.field(w.nullable(w.STR), required=False),
                "order_by": w.field(w.nullable(w.list_of(w.ref("OrderByClause"))), required=False),
                "limit": w.field(w.INT, required=False),
            },
        ),
        "MetricDefinition": w.typed_dict(
            "MetricDefinition",
            {
                "measure": w.field(w.STR),
                "aggregation": w.field(
                    w.union(
                        w.literal(
                            "count",
                            "count_distinct",
                            "sum",
                            "avg",
                            "min",
                            "max",
                            "p50",
                            "p90",
                            "p95",
                            "p99",
                        ),
                        w.STR,
                    )
                ),
            },
        ),
        "TimeDimension": w.typed_dict(
            "TimeDimension",
            {
                "granularity": w.field(
                    w.default(
                        w.union(
                            w.literal("auto", "second", "minute", "hour", "day", "week", "month"),
                            w.STR,
                        ),
                        "auto",
                    ),
                    required=False,
                )
            },
        ),
        "OrderByClause": w.typed_dict(
            "OrderByClause",
            {
                "field": w.field(w.STR),
                "direction": w.field(
                    w.default(w.ref("Literal['asc', 'desc'] | str"), "asc"), required=False
                ),
            },
        ),
        "SpanEvaluationsRequest:top": w.typed_dict(
            "SpanEvaluationsRequest",
            {"search_expression": w.field(w.nullable(w.STR), required=False)},
        ),
        "PipelineResultsRequest:top": w.typed_dict(
            "PipelineResultsRequest",
            {
                "pipeline_config_slugs": w.field(w.list_of(w.STR)),
                "search_expression": w.field(w.nullable(w.STR), required=False),
            },
        ),
        "TracesRequest:top": w.typed_dict(
            "TracesRequest", {"search_expression": w.field(w.nullable(w.STR), required=False)}
        ),
        "FilterGroup | FilterCondition": w.union(w.ref("FilterGroup"), w.ref("FilterCondition")),
        "list[FilterGroup | FilterCondition] | None": w.nullable(
            w.list_of(w.ref("FilterGroup | FilterCondition"))
        ),
        "list[str] | None": w.nullable(w.list_of(w.STR)),
        "JudgeClassificationOutput | JudgeRegressionOutput | UnknownVariant": w.tagged_union(
            {
                "CLASSIFICATION": w.ref("JudgeClassificationOutput"),
                "REGRESSION": w.ref("JudgeRegressionOutput"),
                "__unknown__": w.ref("UnknownVariant"),
            },
            open_pick("type", ("CLASSIFICATION", "REGRESSION")),
        ),
        "dict[str, Any]": w.dict_of(w.STR, w.ANY),
        "dict[str, Any] | None": w.nullable(w.ref("dict[str, Any]")),
        "list[PipelineConfigSelector]": w.list_of(w.ref("PipelineConfigSelector")),
        "list[LlmJudgeReference]": w.list_of(w.ref("LlmJudgeReference")),
        "ContentSearchFilterGroup | None": w.nullable(w.ref("ContentSearchFilterGroup")),
        "ScoreFilterGroup | None": w.nullable(w.ref("ScoreFilterGroup")),
        "GoalStatusFilterGroup | None": w.nullable(w.ref("GoalStatusFilterGroup")),
        "Literal['and', 'or'] | str | None": w.nullable(w.union(w.literal("and", "or"), w.STR)),
        "Literal['contains', 'equals'] | str | None": w.nullable(
            w.union(w.literal("contains", "equals"), w.STR)
        ),
        "Literal['asc', 'desc'] | str | None": w.nullable(w.ref("Literal['asc', 'desc'] | str")),
        "Literal['asc', 'desc'] | str": w.union(w.literal("asc", "desc"), w.STR),
        "Literal['eq', 'contains', 'gt', 'gte', 'lt', 'lte'] | str": w.union(
            w.literal("eq", "contains", "gt", "gte", "lt", "lte"), w.STR
        ),
        "float | str | bool": w.union(w.FLOAT, w.STR, w.BOOL),
    }
)

BODIES: dict[str, tuple[Any, tuple[str, ...]]] = {
    "create_campaign_v1_observability_campaigns_post": (
        w.ref("CreateCampaignRequest:top"),
        (
            "CreateCampaignRequest:top",
            "FilterCondition",
            "FilterGroup",
            "FilterGroup | FilterCondition",
            "FilterPayload",
            "list[FilterGroup | FilterCondition] | None",
        ),
    ),
    "get_chat_completion_events_v1_observability_chat_completion_events_search_post": (
        w.ref("SearchChatCompletionEventsRequest:top"),
        (
            "FilterCondition",
            "FilterGroup",
            "FilterGroup | FilterCondition",
            "FilterPayload",
            "SearchChatCompletionEventsRequest:top",
            "list[FilterGroup | FilterCondition] | None",
            "list[str] | None",
        ),
    ),
    "get_chat_completion_event_ids_v1_observability_chat_completion_events_search_ids_post": (
        w.ref("SearchChatCompletionEventIdsRequest:top"),
        (
            "FilterCondition",
            "FilterGroup",
            "FilterGroup | FilterCondition",
            "FilterPayload",
            "SearchChatCompletionEventIdsRequest:top",
            "list[FilterGroup | FilterCondition] | None",
            "list[str] | None",
        ),
    ),
    "judge_chat_completion_event_v1_observability_chat_completion_events__event_id__live_judging_post": (
        w.ref("JudgeChatCompletionEventRequest:top"),
        (
            "CreateJudgeRequest",
            "JudgeChatCompletionEventRequest:top",
            "JudgeClassificationOutput",
            "JudgeClassificationOutput | JudgeRegressionOutput | UnknownVariant",
            "JudgeClassificationOutputOption",
            "JudgeRegressionOutput",
            "UnknownVariant",
        ),
    ),
    "get_chat_completion_field_options_counts_v1_observability_chat_completion_fields__field_name__options_counts_post": (
        w.ref("FetchFieldOptionCountsRequest:top"),
        (
            "FetchFieldOptionCountsRequest:top",
            "FilterCondition",
            "FilterGroup",
            "FilterGroup | FilterCondition",
            "FilterPayload",
            "list[FilterGroup | FilterCondition] | None",
        ),
    ),
    "create_dataset_v1_observability_datasets_post": (
        w.ref("CreateDatasetRequest:top"),
        ("CreateDatasetRequest:top",),
    ),
    "update_dataset_v1_observability_datasets__dataset_id__patch": (
        w.ref("UpdateDatasetRequest:top"),
        ("UpdateDatasetRequest:top",),
    ),
    "create_dataset_record_v1_observability_datasets__dataset_id__records_post": (
        w.ref("CreateDatasetRecordRequest:top"),
        ("CreateDatasetRecordRequest:top", "dict[str, Any]", "dict[str, Any] | None"),
    ),
    "post_dataset_records_from_campaign_v1_observability_datasets__dataset_id__imports_from_campaign_post": (
        w.ref("ImportDatasetFromCampaignRequest:top"),
        ("ImportDatasetFromCampaignRequest:top",),
    ),
    "post_dataset_records_from_explorer_v1_observability_datasets__dataset_id__imports_from_explorer_post": (
        w.ref("ImportDatasetFromExplorerRequest:top"),
        ("ImportDatasetFromExplorerRequest:top",),
    ),
    "post_dataset_records_from_file_v1_observability_datasets__dataset_id__imports_from_file_post": (
        w.ref("ImportDatasetFromFileRequest:top"),
        ("ImportDatasetFromFileRequest:top",),
    ),
    "post_dataset_records_from_playground_v1_observability_datasets__dataset_id__imports_from_playground_post": (
        w.ref("ImportDatasetFromPlaygroundRequest:top"),
        ("ImportDatasetFromPlaygroundRequest:top",),
    ),
    "post_dataset_records_from_dataset_v1_observability_datasets__dataset_id__imports_from_dataset_post": (
        w.ref("ImportDatasetFromDatasetRequest:top"),
        ("ImportDatasetFromDatasetRequest:top",),
    ),
    "post_dataset_records_from_spans_v1_observability_datasets__dataset_id__imports_from_spans_post": (
        w.ref("ImportDatasetFromSpansRequest:top"),
        (
            "ImportDatasetFromSpansRequest:top",
            "SpanDatasetMapping",
            "SpanDatasetMappingContract",
            "SpanDatasetSourceReference",
            "TelemetrySpanReference",
        ),
    ),
    "delete_dataset_records_v1_observability_dataset_records_bulk_delete_post": (
        w.ref("DeleteDatasetRecordsRequest:top"),
        ("DeleteDatasetRecordsRequest:top",),
    ),
    "judge_dataset_record_v1_observability_dataset_records__dataset_record_id__live_judging_post": (
        w.ref("JudgeDatasetRecordRequest:top"),
        (
            "CreateJudgeRequest",
            "JudgeClassificationOutput",
            "JudgeClassificationOutput | JudgeRegressionOutput | UnknownVariant",
            "JudgeClassificationOutputOption",
            "JudgeDatasetRecordRequest:top",
            "JudgeRegressionOutput",
            "UnknownVariant",
        ),
    ),
    "update_dataset_record_payload_v1_observability_dataset_records__dataset_record_id__payload_put": (
        w.ref("UpdateDatasetRecordPayloadRequest:top"),
        ("UpdateDatasetRecordPayloadRequest:top", "dict[str, Any]"),
    ),
    "update_dataset_record_properties_v1_observability_dataset_records__dataset_record_id__properties_put": (
        w.ref("UpdateDatasetRecordPropertiesRequest:top"),
        ("UpdateDatasetRecordPropertiesRequest:top", "dict[str, Any]"),
    ),
    "create_pipeline_v1_observability_pipelines_post": (
        w.ref("CreatePipelineRequest:top"),
        (
            "AttributeHashSampling",
            "CreatePipelineRequest:top",
            "LlmJudgeReference",
            "PipelineConfigSelector",
            "ProbabilisticSampling",
            "list[LlmJudgeReference]",
            "list[PipelineConfigSelector]",
        ),
    ),
    "update_pipeline_v1_observability_pipelines__pipeline_id__put": (
        w.ref("UpdatePipelineRequest:top"),
        (
            "AttributeHashSampling",
            "LlmJudgeReference",
            "PipelineConfigSelector",
            "ProbabilisticSampling",
            "UpdatePipelineRequest:top",
            "list[LlmJudgeReference]",
            "list[PipelineConfigSelector]",
        ),
    ),
    "search_evaluation_run_records_v2_v1_observability_evaluation_runs_v2__run_id__records_search_post": (
        w.ref("EvaluationRunRecordFilterInput:top"),
        (
            "ContentSearchFilter",
            "ContentSearchFilterGroup",
            "ContentSearchFilterGroup | None",
            "EvaluationRunRecordFilterInput:top",
            "FieldSortInput",
            "GoalStatusFilter",
            "GoalStatusFilterGroup",
            "GoalStatusFilterGroup | None",
            "Literal['and', 'or'] | str | None",
            "Literal['asc', 'desc'] | str",
            "Literal['asc', 'desc'] | str | None",
            "Literal['contains', 'equals'] | str | None",
            "ScoreFilter",
            "ScoreFilterGroup",
            "ScoreFilterGroup | None",
            "ScoreSortInput",
            "UnknownVariant",
        ),
    ),
    "search_evaluation_runs_v2_v1_observability_evaluations_v2__evaluation_slug__runs_search_post": (
        w.ref("EvaluationRunFilterInput:top"),
        (
            "EvaluationRunFilterInput:top",
            "GoalStatusFilter",
            "GoalStatusFilterGroup",
            "GoalStatusFilterGroup | None",
            "Literal['and', 'or'] | str | None",
            "Literal['contains', 'equals'] | str | None",
            "Literal['eq', 'contains', 'gt', 'gte', 'lt', 'lte'] | str",
            "MetadataFilter",
            "MetadataFilterGroup",
            "RunOwnershipFilter",
            "ScoreFilter",
            "ScoreFilterGroup",
            "ScoreFilterGroup | None",
            "SystemFilter",
            "SystemNameFilter",
            "SystemNameFilterGroup",
            "SystemParamFilter",
            "SystemParamFilterGroup",
            "TagFilter",
            "float | str | bool",
            "list[str] | None",
        ),
    ),
    "search_all_evaluation_runs_v2_v1_observability_evaluation_runs_v2_search_post": (
        w.ref("EvaluationRunFilterInput:top"),
        (
            "EvaluationRunFilterInput:top",
            "GoalStatusFilter",
            "GoalStatusFilterGroup",
            "GoalStatusFilterGroup | None",
            "Literal['and', 'or'] | str | None",
            "Literal['contains', 'equals'] | str | None",
            "Literal['eq', 'contains', 'gt', 'gte', 'lt', 'lte'] | str",
            "MetadataFilter",
            "MetadataFilterGroup",
            "RunOwnershipFilter",
            "ScoreFilter",
            "ScoreFilterGroup",
            "ScoreFilterGroup | None",
            "SystemFilter",
            "SystemNameFilter",
            "SystemNameFilterGroup",
            "SystemParamFilter",
            "SystemParamFilterGroup",
            "TagFilter",
            "float | str | bool",
            "list[str] | None",
        ),
    ),
    "compute_filtered_run_statistics_v2_v1_observability_evaluation_runs_v2__run_id__statistics_compute_post": (
        w.ref("EvaluationRunRecordFilterInput:top"),
        (
            "ContentSearchFilter",
            "ContentSearchFilterGroup",
            "ContentSearchFilterGroup | None",
            "EvaluationRunRecordFilterInput:top",
            "FieldSortInput",
            "GoalStatusFilter",
            "GoalStatusFilterGroup",
            "GoalStatusFilterGroup | None",
            "Literal['and', 'or'] | str | None",
            "Literal['asc', 'desc'] | str",
            "Literal['asc', 'desc'] | str | None",
            "Literal['contains', 'equals'] | str | None",
            "ScoreFilter",
            "ScoreFilterGroup",
            "ScoreFilterGroup | None",
            "ScoreSortInput",
            "UnknownVariant",
        ),
    ),
    "create_judge_v1_observability_judges_post": (
        w.ref("CreateJudgeRequest:top"),
        (
            "CreateJudgeRequest:top",
            "JudgeClassificationOutput",
            "JudgeClassificationOutput | JudgeRegressionOutput | UnknownVariant",
            "JudgeClassificationOutputOption",
            "JudgeRegressionOutput",
            "UnknownVariant",
        ),
    ),
    "update_judge_v1_observability_judges__judge_id__put": (
        w.ref("UpdateJudgeRequest:top"),
        (
            "JudgeClassificationOutput",
            "JudgeClassificationOutput | JudgeRegressionOutput | UnknownVariant",
            "JudgeClassificationOutputOption",
            "JudgeRegressionOutput",
            "UnknownVariant",
            "UpdateJudgeRequest:top",
        ),
    ),
    "judge_conversation_v1_observability_judges__judge_id__live_judging_post": (
        w.ref("JudgeConversationRequest:top"),
        ("JudgeConversationRequest:top", "dict[str, Any]", "dict[str, Any] | None"),
    ),
    "search_logs_v1_observability_logs_search_post": (
        w.ref("LogsRequest:top"),
        ("Literal['asc', 'desc'] | str", "LogsRequest:top"),
    ),
    "search_spans_v1_observability_spans_search_post": (
        w.ref("SpansRequest:top"),
        ("SpansRequest:top",),
    ),
    "aggregate_spans_v1_observability_spans_aggregate_post": (
        w.ref("AggregationRequest:top"),
        (
            "AggregationRequest:top",
            "Literal['asc', 'desc'] | str",
            "MetricDefinition",
            "OrderByClause",
            "TimeDimension",
        ),
    ),
    "search_span_evaluations_v1_observability_spans_evaluations_search_post": (
        w.ref("SpanEvaluationsRequest:top"),
        ("SpanEvaluationsRequest:top",),
    ),
    "search_latest_span_evaluations_v1_observability_spans_evaluations_search_latest_post": (
        w.ref("SpanEvaluationsRequest:top"),
        ("SpanEvaluationsRequest:top",),
    ),
    "aggregate_span_evaluations_v1_observability_spans_evaluations_aggregate_post": (
        w.ref("AggregationRequest:top"),
        (
            "AggregationRequest:top",
            "Literal['asc', 'desc'] | str",
            "MetricDefinition",
            "OrderByClause",
            "TimeDimension",
        ),
    ),
    "search_pipeline_results_v1_observability_pipeline_results_search_post": (
        w.ref("PipelineResultsRequest:top"),
        ("PipelineResultsRequest:top",),
    ),
    "search_traces_v1_observability_traces_search_post": (
        w.ref("TracesRequest:top"),
        ("TracesRequest:top",),
    ),
    "aggregate_traces_v1_observability_traces_aggregate_post": (
        w.ref("AggregationRequest:top"),
        (
            "AggregationRequest:top",
            "Literal['asc', 'desc'] | str",
            "MetricDefinition",
            "OrderByClause",
            "TimeDimension",
        ),
    ),
}
