# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""The JSON request bodies of mistralai-api-observability as pydantic-core schemas of their wire form: model
definitions by name (core's shared models are in mistralai.core's), and per operation
its root schema and the definitions it needs (see mistralai.core._wire; derived from
the models by tools/codegen/emit_wire.py)."""

from typing import Any

from mistralai.core.runtime import is_none, open_pick

DEFS: dict[str, Any] = {
    "CreateCampaignRequest:top": {
        "type": "typed-dict",
        "fields": {
            "search_params": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "FilterPayload"},
                "required": True,
            },
            "judge_id": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "description": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
            "max_nb_events": {
                "type": "typed-dict-field",
                "schema": {"type": "int"},
                "required": True,
            },
        },
        "cls_name": "CreateCampaignRequest",
        "extra_behavior": "allow",
        "ref": "CreateCampaignRequest:top",
    },
    "FilterPayload": {
        "type": "typed-dict",
        "fields": {
            "filters": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "definition-ref",
                        "schema_ref": "FilterGroup | FilterCondition",
                    },
                },
                "required": True,
            }
        },
        "cls_name": "FilterPayload",
        "extra_behavior": "allow",
        "ref": "FilterPayload",
    },
    "FilterGroup": {
        "type": "typed-dict",
        "fields": {
            "AND": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "list[FilterGroup | FilterCondition] | None",
                },
                "required": False,
                "validation_alias": [["AND"], ["and_"]],
            },
            "OR": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "list[FilterGroup | FilterCondition] | None",
                },
                "required": False,
                "validation_alias": [["OR"], ["or_"]],
            },
        },
        "cls_name": "FilterGroup",
        "extra_behavior": "allow",
        "ref": "FilterGroup",
    },
    "FilterCondition": {
        "type": "typed-dict",
        "fields": {
            "field": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "op": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {
                            "type": "literal",
                            "expected": [
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
                            ],
                        },
                        {"type": "str"},
                    ],
                },
                "required": True,
            },
            "value": {"type": "typed-dict-field", "schema": {"type": "any"}, "required": True},
        },
        "cls_name": "FilterCondition",
        "extra_behavior": "allow",
        "ref": "FilterCondition",
    },
    "SearchChatCompletionEventsRequest:top": {
        "type": "typed-dict",
        "fields": {
            "search_params": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "FilterPayload"},
                "required": True,
            },
            "extra_fields": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[str] | None"},
                "required": False,
            },
        },
        "cls_name": "SearchChatCompletionEventsRequest",
        "extra_behavior": "allow",
        "ref": "SearchChatCompletionEventsRequest:top",
    },
    "SearchChatCompletionEventIdsRequest:top": {
        "type": "typed-dict",
        "fields": {
            "search_params": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "FilterPayload"},
                "required": True,
            },
            "extra_fields": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[str] | None"},
                "required": False,
            },
        },
        "cls_name": "SearchChatCompletionEventIdsRequest",
        "extra_behavior": "allow",
        "ref": "SearchChatCompletionEventIdsRequest:top",
    },
    "JudgeChatCompletionEventRequest:top": {
        "type": "typed-dict",
        "fields": {
            "judge_definition": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "CreateJudgeRequest"},
                "required": True,
            }
        },
        "cls_name": "JudgeChatCompletionEventRequest",
        "extra_behavior": "allow",
        "ref": "JudgeChatCompletionEventRequest:top",
    },
    "CreateJudgeRequest": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "description": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
            "model_name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "output": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "JudgeClassificationOutput | JudgeRegressionOutput | UnknownVariant",
                },
                "required": True,
            },
            "instructions": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
            "tools": {
                "type": "typed-dict-field",
                "schema": {"type": "list", "items_schema": {"type": "str"}},
                "required": True,
            },
        },
        "cls_name": "CreateJudgeRequest",
        "extra_behavior": "allow",
        "ref": "CreateJudgeRequest",
    },
    "JudgeClassificationOutput": {
        "type": "typed-dict",
        "fields": {
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["CLASSIFICATION"]},
                    "default": "CLASSIFICATION",
                },
                "required": False,
            },
            "options": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "list",
                    "items_schema": {
                        "type": "definition-ref",
                        "schema_ref": "JudgeClassificationOutputOption",
                    },
                },
                "required": True,
            },
        },
        "cls_name": "JudgeClassificationOutput",
        "extra_behavior": "allow",
        "ref": "JudgeClassificationOutput",
    },
    "JudgeClassificationOutputOption": {
        "type": "typed-dict",
        "fields": {
            "value": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "description": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
        },
        "cls_name": "JudgeClassificationOutputOption",
        "extra_behavior": "allow",
        "ref": "JudgeClassificationOutputOption",
    },
    "JudgeRegressionOutput": {
        "type": "typed-dict",
        "fields": {
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["REGRESSION"]},
                    "default": "REGRESSION",
                },
                "required": False,
            },
            "min": {
                "type": "typed-dict-field",
                "schema": {"type": "default", "schema": {"type": "float"}, "default": 0},
                "required": False,
            },
            "min_description": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
            "max": {
                "type": "typed-dict-field",
                "schema": {"type": "default", "schema": {"type": "float"}, "default": 1},
                "required": False,
            },
            "max_description": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
        },
        "cls_name": "JudgeRegressionOutput",
        "extra_behavior": "allow",
        "ref": "JudgeRegressionOutput",
    },
    "FetchFieldOptionCountsRequest:top": {
        "type": "typed-dict",
        "fields": {
            "filter_params": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "definition-ref", "schema_ref": "FilterPayload"},
                },
                "required": False,
            }
        },
        "cls_name": "FetchFieldOptionCountsRequest",
        "extra_behavior": "allow",
        "ref": "FetchFieldOptionCountsRequest:top",
    },
    "CreateDatasetRequest:top": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "description": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
        },
        "cls_name": "CreateDatasetRequest",
        "extra_behavior": "allow",
        "ref": "CreateDatasetRequest:top",
    },
    "UpdateDatasetRequest:top": {
        "type": "typed-dict",
        "fields": {
            "name": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "description": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
        },
        "cls_name": "UpdateDatasetRequest",
        "extra_behavior": "allow",
        "ref": "UpdateDatasetRequest:top",
    },
    "CreateDatasetRecordRequest:top": {
        "type": "typed-dict",
        "fields": {
            "payload": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "dict[str, Any]"},
                "required": True,
            },
            "properties": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "dict[str, Any] | None"},
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "source": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {"type": "literal", "expected": ["DIRECT_INPUT", "TELEMETRY_SPAN"]},
                            {"type": "str"},
                        ],
                    },
                },
                "required": False,
            },
        },
        "cls_name": "CreateDatasetRecordRequest",
        "extra_behavior": "allow",
        "ref": "CreateDatasetRecordRequest:top",
    },
    "ImportDatasetFromCampaignRequest:top": {
        "type": "typed-dict",
        "fields": {
            "campaign_id": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True}
        },
        "cls_name": "ImportDatasetFromCampaignRequest",
        "extra_behavior": "allow",
        "ref": "ImportDatasetFromCampaignRequest:top",
    },
    "ImportDatasetFromExplorerRequest:top": {
        "type": "typed-dict",
        "fields": {
            "completion_event_ids": {
                "type": "typed-dict-field",
                "schema": {"type": "list", "items_schema": {"type": "str"}},
                "required": True,
            }
        },
        "cls_name": "ImportDatasetFromExplorerRequest",
        "extra_behavior": "allow",
        "ref": "ImportDatasetFromExplorerRequest:top",
    },
    "ImportDatasetFromFileRequest:top": {
        "type": "typed-dict",
        "fields": {
            "file_id": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True}
        },
        "cls_name": "ImportDatasetFromFileRequest",
        "extra_behavior": "allow",
        "ref": "ImportDatasetFromFileRequest:top",
    },
    "ImportDatasetFromPlaygroundRequest:top": {
        "type": "typed-dict",
        "fields": {
            "conversation_ids": {
                "type": "typed-dict-field",
                "schema": {"type": "list", "items_schema": {"type": "str"}},
                "required": True,
            }
        },
        "cls_name": "ImportDatasetFromPlaygroundRequest",
        "extra_behavior": "allow",
        "ref": "ImportDatasetFromPlaygroundRequest:top",
    },
    "ImportDatasetFromDatasetRequest:top": {
        "type": "typed-dict",
        "fields": {
            "dataset_record_ids": {
                "type": "typed-dict-field",
                "schema": {"type": "list", "items_schema": {"type": "str"}},
                "required": True,
            }
        },
        "cls_name": "ImportDatasetFromDatasetRequest",
        "extra_behavior": "allow",
        "ref": "ImportDatasetFromDatasetRequest:top",
    },
    "ImportDatasetFromSpansRequest:top": {
        "type": "typed-dict",
        "fields": {
            "span_references": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "list",
                    "items_schema": {
                        "type": "definition-ref",
                        "schema_ref": "TelemetrySpanReference",
                    },
                },
                "required": True,
            },
            "mapping_contract": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "SpanDatasetMappingContract"},
                "required": True,
            },
        },
        "cls_name": "ImportDatasetFromSpansRequest",
        "extra_behavior": "allow",
        "ref": "ImportDatasetFromSpansRequest:top",
    },
    "TelemetrySpanReference": {
        "type": "typed-dict",
        "fields": {
            "trace_id": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "span_id": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
        },
        "cls_name": "TelemetrySpanReference",
        "extra_behavior": "allow",
        "ref": "TelemetrySpanReference",
    },
    "SpanDatasetMappingContract": {
        "type": "typed-dict",
        "fields": {
            "mappings": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "list",
                    "items_schema": {"type": "definition-ref", "schema_ref": "SpanDatasetMapping"},
                },
                "required": True,
            },
            "version": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": [1]},
                    "default": 1,
                },
                "required": False,
            },
        },
        "cls_name": "SpanDatasetMappingContract",
        "extra_behavior": "allow",
        "ref": "SpanDatasetMappingContract",
    },
    "SpanDatasetMapping": {
        "type": "typed-dict",
        "fields": {
            "target_field": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
            "source_field": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "SpanDatasetSourceReference"},
                "required": True,
            },
        },
        "cls_name": "SpanDatasetMapping",
        "extra_behavior": "allow",
        "ref": "SpanDatasetMapping",
    },
    "SpanDatasetSourceReference": {
        "type": "typed-dict",
        "fields": {
            "namespace": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {"type": "literal", "expected": ["span_attributes", "resource_attributes"]},
                        {"type": "str"},
                    ],
                },
                "required": True,
            },
            "key": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
        },
        "cls_name": "SpanDatasetSourceReference",
        "extra_behavior": "allow",
        "ref": "SpanDatasetSourceReference",
    },
    "DeleteDatasetRecordsRequest:top": {
        "type": "typed-dict",
        "fields": {
            "dataset_record_ids": {
                "type": "typed-dict-field",
                "schema": {"type": "list", "items_schema": {"type": "str"}},
                "required": True,
            }
        },
        "cls_name": "DeleteDatasetRecordsRequest",
        "extra_behavior": "allow",
        "ref": "DeleteDatasetRecordsRequest:top",
    },
    "JudgeDatasetRecordRequest:top": {
        "type": "typed-dict",
        "fields": {
            "judge_definition": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "CreateJudgeRequest"},
                "required": True,
            }
        },
        "cls_name": "JudgeDatasetRecordRequest",
        "extra_behavior": "allow",
        "ref": "JudgeDatasetRecordRequest:top",
    },
    "UpdateDatasetRecordPayloadRequest:top": {
        "type": "typed-dict",
        "fields": {
            "payload": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "dict[str, Any]"},
                "required": True,
            }
        },
        "cls_name": "UpdateDatasetRecordPayloadRequest",
        "extra_behavior": "allow",
        "ref": "UpdateDatasetRecordPayloadRequest:top",
    },
    "UpdateDatasetRecordPropertiesRequest:top": {
        "type": "typed-dict",
        "fields": {
            "properties": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "dict[str, Any]"},
                "required": True,
            }
        },
        "cls_name": "UpdateDatasetRecordPropertiesRequest",
        "extra_behavior": "allow",
        "ref": "UpdateDatasetRecordPropertiesRequest:top",
    },
    "CreatePipelineRequest:top": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "selectors": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[PipelineConfigSelector]"},
                "required": True,
            },
            "definitions": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[LlmJudgeReference]"},
                "required": True,
            },
            "description": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "enabled": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
        },
        "cls_name": "CreatePipelineRequest",
        "extra_behavior": "allow",
        "ref": "CreatePipelineRequest:top",
    },
    "PipelineConfigSelector": {
        "type": "typed-dict",
        "fields": {
            "source_kind": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {"type": "literal", "expected": ["span", "log", "metric"]},
                        {"type": "str"},
                    ],
                },
                "required": True,
            },
            "filter": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
        },
        "cls_name": "PipelineConfigSelector",
        "extra_behavior": "allow",
        "ref": "PipelineConfigSelector",
    },
    "LlmJudgeReference": {
        "type": "typed-dict",
        "fields": {
            "slug": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "mapping": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "dict",
                        "keys_schema": {"type": "str"},
                        "values_schema": {"type": "str"},
                    },
                },
                "required": False,
            },
            "sampling": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {"type": "definition-ref", "schema_ref": "AttributeHashSampling"},
                            {"type": "definition-ref", "schema_ref": "ProbabilisticSampling"},
                        ],
                    },
                },
                "required": False,
            },
        },
        "cls_name": "LlmJudgeReference",
        "extra_behavior": "allow",
        "ref": "LlmJudgeReference",
    },
    "AttributeHashSampling": {
        "type": "typed-dict",
        "fields": {
            "attribute": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "percentage": {
                "type": "typed-dict-field",
                "schema": {"type": "float"},
                "required": True,
            },
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["attribute_hash"]},
                    "default": "attribute_hash",
                },
                "required": False,
            },
        },
        "cls_name": "AttributeHashSampling",
        "extra_behavior": "allow",
        "ref": "AttributeHashSampling",
    },
    "ProbabilisticSampling": {
        "type": "typed-dict",
        "fields": {
            "percentage": {
                "type": "typed-dict-field",
                "schema": {"type": "float"},
                "required": True,
            },
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["probabilistic"]},
                    "default": "probabilistic",
                },
                "required": False,
            },
        },
        "cls_name": "ProbabilisticSampling",
        "extra_behavior": "allow",
        "ref": "ProbabilisticSampling",
    },
    "UpdatePipelineRequest:top": {
        "type": "typed-dict",
        "fields": {
            "name": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "description": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "selectors": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "definition-ref",
                        "schema_ref": "list[PipelineConfigSelector]",
                    },
                },
                "required": False,
            },
            "definitions": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "definition-ref", "schema_ref": "list[LlmJudgeReference]"},
                },
                "required": False,
            },
            "enabled": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
        },
        "cls_name": "UpdatePipelineRequest",
        "extra_behavior": "allow",
        "ref": "UpdatePipelineRequest:top",
    },
    "EvaluationRunRecordFilterInput:top": {
        "type": "typed-dict",
        "fields": {
            "input_filters": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "ContentSearchFilterGroup | None",
                },
                "required": False,
            },
            "output_filters": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "ContentSearchFilterGroup | None",
                },
                "required": False,
            },
            "score_filters": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "ScoreFilterGroup | None"},
                "required": False,
            },
            "goal_filters": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "GoalStatusFilterGroup | None"},
                "required": False,
            },
            "sort": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "tagged-union",
                        "choices": {
                            "field": {"type": "definition-ref", "schema_ref": "FieldSortInput"},
                            "score": {"type": "definition-ref", "schema_ref": "ScoreSortInput"},
                            "__unknown__": {
                                "type": "definition-ref",
                                "schema_ref": "UnknownVariant",
                            },
                        },
                        "discriminator": open_pick("kind", ("field", "score")),
                    },
                },
                "required": False,
            },
        },
        "cls_name": "EvaluationRunRecordFilterInput",
        "extra_behavior": "allow",
        "ref": "EvaluationRunRecordFilterInput:top",
    },
    "ContentSearchFilterGroup": {
        "type": "typed-dict",
        "fields": {
            "combinator": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['and', 'or'] | str | None",
                },
                "required": False,
            },
            "filters": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "list",
                        "items_schema": {
                            "type": "definition-ref",
                            "schema_ref": "ContentSearchFilter",
                        },
                    },
                },
                "required": False,
            },
        },
        "cls_name": "ContentSearchFilterGroup",
        "extra_behavior": "allow",
        "ref": "ContentSearchFilterGroup",
    },
    "ContentSearchFilter": {
        "type": "typed-dict",
        "fields": {
            "value": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "path": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "operator": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['contains', 'equals'] | str | None",
                },
                "required": False,
            },
        },
        "cls_name": "ContentSearchFilter",
        "extra_behavior": "allow",
        "ref": "ContentSearchFilter",
    },
    "ScoreFilterGroup": {
        "type": "typed-dict",
        "fields": {
            "combinator": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['and', 'or'] | str | None",
                },
                "required": False,
            },
            "filters": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "list",
                        "items_schema": {"type": "definition-ref", "schema_ref": "ScoreFilter"},
                    },
                },
                "required": False,
            },
        },
        "cls_name": "ScoreFilterGroup",
        "extra_behavior": "allow",
        "ref": "ScoreFilterGroup",
    },
    "ScoreFilter": {
        "type": "typed-dict",
        "fields": {
            "evaluator_name": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
            "metric": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "operator": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {"type": "literal", "expected": ["gt", "gte", "lt", "lte", "eq"]},
                        {"type": "str"},
                    ],
                },
                "required": True,
            },
            "value": {
                "type": "typed-dict-field",
                "schema": {"type": "union", "choices": [{"type": "float"}, {"type": "str"}]},
                "required": True,
            },
        },
        "cls_name": "ScoreFilter",
        "extra_behavior": "allow",
        "ref": "ScoreFilter",
    },
    "GoalStatusFilterGroup": {
        "type": "typed-dict",
        "fields": {
            "combinator": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['and', 'or'] | str | None",
                },
                "required": False,
            },
            "filters": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "list",
                        "items_schema": {
                            "type": "definition-ref",
                            "schema_ref": "GoalStatusFilter",
                        },
                    },
                },
                "required": False,
            },
        },
        "cls_name": "GoalStatusFilterGroup",
        "extra_behavior": "allow",
        "ref": "GoalStatusFilterGroup",
    },
    "GoalStatusFilter": {
        "type": "typed-dict",
        "fields": {
            "values": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "list",
                    "items_schema": {
                        "type": "union",
                        "choices": [
                            {"type": "literal", "expected": ["passed", "failed", "not_evaluated"]},
                            {"type": "str"},
                        ],
                    },
                },
                "required": True,
            },
            "evaluator_name": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
        },
        "cls_name": "GoalStatusFilter",
        "extra_behavior": "allow",
        "ref": "GoalStatusFilter",
    },
    "FieldSortInput": {
        "type": "typed-dict",
        "fields": {
            "field": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["created_at"]},
                    "default": "created_at",
                },
                "required": False,
            },
            "kind": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["field"]},
                    "default": "field",
                },
                "required": False,
            },
            "direction": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['asc', 'desc'] | str | None",
                },
                "required": False,
            },
        },
        "cls_name": "FieldSortInput",
        "extra_behavior": "allow",
        "ref": "FieldSortInput",
    },
    "ScoreSortInput": {
        "type": "typed-dict",
        "fields": {
            "evaluator_name": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
            "kind": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["score"]},
                    "default": "score",
                },
                "required": False,
            },
            "metric": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {"type": "literal", "expected": ["avg", "min", "max", "std"]},
                            {"type": "str"},
                        ],
                    },
                },
                "required": False,
            },
            "direction": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['asc', 'desc'] | str | None",
                },
                "required": False,
            },
        },
        "cls_name": "ScoreSortInput",
        "extra_behavior": "allow",
        "ref": "ScoreSortInput",
    },
    "EvaluationRunFilterInput:top": {
        "type": "typed-dict",
        "fields": {
            "run_ids": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[str] | None"},
                "required": False,
            },
            "evaluation_ids": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[str] | None"},
                "required": False,
            },
            "creator_ids": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[str] | None"},
                "required": False,
            },
            "project_ids": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[str] | None"},
                "required": False,
            },
            "ownership": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "definition-ref", "schema_ref": "RunOwnershipFilter"},
                },
                "required": False,
            },
            "tags": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "definition-ref", "schema_ref": "TagFilter"},
                },
                "required": False,
            },
            "score_filters": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "ScoreFilterGroup | None"},
                "required": False,
            },
            "goal_filters": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "GoalStatusFilterGroup | None"},
                "required": False,
            },
            "system": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "definition-ref", "schema_ref": "SystemFilter"},
                },
                "required": False,
            },
            "metadata": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "definition-ref", "schema_ref": "MetadataFilterGroup"},
                },
                "required": False,
            },
        },
        "cls_name": "EvaluationRunFilterInput",
        "extra_behavior": "allow",
        "ref": "EvaluationRunFilterInput:top",
    },
    "RunOwnershipFilter": {
        "type": "typed-dict",
        "fields": {
            "combinator": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['and', 'or'] | str | None",
                },
                "required": False,
            },
            "creator_ids": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[str] | None"},
                "required": False,
            },
            "project_ids": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[str] | None"},
                "required": False,
            },
            "starred_by_me": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
        },
        "cls_name": "RunOwnershipFilter",
        "extra_behavior": "allow",
        "ref": "RunOwnershipFilter",
    },
    "TagFilter": {
        "type": "typed-dict",
        "fields": {
            "combinator": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['and', 'or'] | str | None",
                },
                "required": False,
            },
            "values": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[str] | None"},
                "required": False,
            },
        },
        "cls_name": "TagFilter",
        "extra_behavior": "allow",
        "ref": "TagFilter",
    },
    "SystemFilter": {
        "type": "typed-dict",
        "fields": {
            "name": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "definition-ref", "schema_ref": "SystemNameFilterGroup"},
                },
                "required": False,
            },
            "params": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "definition-ref", "schema_ref": "SystemParamFilterGroup"},
                },
                "required": False,
            },
        },
        "cls_name": "SystemFilter",
        "extra_behavior": "allow",
        "ref": "SystemFilter",
    },
    "SystemNameFilterGroup": {
        "type": "typed-dict",
        "fields": {
            "combinator": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['and', 'or'] | str | None",
                },
                "required": False,
            },
            "filters": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "list",
                        "items_schema": {
                            "type": "definition-ref",
                            "schema_ref": "SystemNameFilter",
                        },
                    },
                },
                "required": False,
            },
        },
        "cls_name": "SystemNameFilterGroup",
        "extra_behavior": "allow",
        "ref": "SystemNameFilterGroup",
    },
    "SystemNameFilter": {
        "type": "typed-dict",
        "fields": {
            "value": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "operator": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['contains', 'equals'] | str | None",
                },
                "required": False,
            },
        },
        "cls_name": "SystemNameFilter",
        "extra_behavior": "allow",
        "ref": "SystemNameFilter",
    },
    "SystemParamFilterGroup": {
        "type": "typed-dict",
        "fields": {
            "combinator": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['and', 'or'] | str | None",
                },
                "required": False,
            },
            "filters": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "list",
                        "items_schema": {
                            "type": "definition-ref",
                            "schema_ref": "SystemParamFilter",
                        },
                    },
                },
                "required": False,
            },
        },
        "cls_name": "SystemParamFilterGroup",
        "extra_behavior": "allow",
        "ref": "SystemParamFilterGroup",
    },
    "SystemParamFilter": {
        "type": "typed-dict",
        "fields": {
            "key": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "operator": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['eq', 'contains', 'gt', 'gte', 'lt', 'lte'] | str",
                },
                "required": True,
            },
            "value": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "float | str | bool"},
                "required": True,
            },
        },
        "cls_name": "SystemParamFilter",
        "extra_behavior": "allow",
        "ref": "SystemParamFilter",
    },
    "MetadataFilterGroup": {
        "type": "typed-dict",
        "fields": {
            "combinator": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['and', 'or'] | str | None",
                },
                "required": False,
            },
            "filters": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "list",
                        "items_schema": {"type": "definition-ref", "schema_ref": "MetadataFilter"},
                    },
                },
                "required": False,
            },
        },
        "cls_name": "MetadataFilterGroup",
        "extra_behavior": "allow",
        "ref": "MetadataFilterGroup",
    },
    "MetadataFilter": {
        "type": "typed-dict",
        "fields": {
            "key": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "operator": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['eq', 'contains', 'gt', 'gte', 'lt', 'lte'] | str",
                },
                "required": True,
            },
            "value": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "float | str | bool"},
                "required": True,
            },
        },
        "cls_name": "MetadataFilter",
        "extra_behavior": "allow",
        "ref": "MetadataFilter",
    },
    "CreateJudgeRequest:top": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "description": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
            "model_name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "output": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "JudgeClassificationOutput | JudgeRegressionOutput | UnknownVariant",
                },
                "required": True,
            },
            "instructions": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
            "tools": {
                "type": "typed-dict-field",
                "schema": {"type": "list", "items_schema": {"type": "str"}},
                "required": True,
            },
        },
        "cls_name": "CreateJudgeRequest",
        "extra_behavior": "allow",
        "ref": "CreateJudgeRequest:top",
    },
    "UpdateJudgeRequest:top": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "description": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
            "model_name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "output": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "JudgeClassificationOutput | JudgeRegressionOutput | UnknownVariant",
                },
                "required": True,
            },
            "instructions": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
            "tools": {
                "type": "typed-dict-field",
                "schema": {"type": "list", "items_schema": {"type": "str"}},
                "required": True,
            },
        },
        "cls_name": "UpdateJudgeRequest",
        "extra_behavior": "allow",
        "ref": "UpdateJudgeRequest:top",
    },
    "JudgeConversationRequest:top": {
        "type": "typed-dict",
        "fields": {
            "messages": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "list",
                    "items_schema": {"type": "definition-ref", "schema_ref": "dict[str, Any]"},
                },
                "required": True,
            },
            "properties": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "dict[str, Any] | None"},
                "required": False,
            },
        },
        "cls_name": "JudgeConversationRequest",
        "extra_behavior": "allow",
        "ref": "JudgeConversationRequest:top",
    },
    "LogsRequest:top": {
        "type": "typed-dict",
        "fields": {
            "search_expression": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "order": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "Literal['asc', 'desc'] | str"},
                "required": False,
            },
        },
        "cls_name": "LogsRequest",
        "extra_behavior": "allow",
        "ref": "LogsRequest:top",
    },
    "SpansRequest:top": {
        "type": "typed-dict",
        "fields": {
            "search_expression": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            }
        },
        "cls_name": "SpansRequest",
        "extra_behavior": "allow",
        "ref": "SpansRequest:top",
    },
    "AggregationRequest:top": {
        "type": "typed-dict",
        "fields": {
            "metric": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "MetricDefinition"},
                "required": True,
            },
            "dimensions": {
                "type": "typed-dict-field",
                "schema": {"type": "list", "items_schema": {"type": "str"}},
                "required": False,
            },
            "time_dimension": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "definition-ref", "schema_ref": "TimeDimension"},
                },
                "required": False,
            },
            "search_expression": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "order_by": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "list",
                        "items_schema": {"type": "definition-ref", "schema_ref": "OrderByClause"},
                    },
                },
                "required": False,
            },
            "limit": {"type": "typed-dict-field", "schema": {"type": "int"}, "required": False},
        },
        "cls_name": "AggregationRequest",
        "extra_behavior": "allow",
        "ref": "AggregationRequest:top",
    },
    "MetricDefinition": {
        "type": "typed-dict",
        "fields": {
            "measure": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "aggregation": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {
                            "type": "literal",
                            "expected": [
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
                            ],
                        },
                        {"type": "str"},
                    ],
                },
                "required": True,
            },
        },
        "cls_name": "MetricDefinition",
        "extra_behavior": "allow",
        "ref": "MetricDefinition",
    },
    "TimeDimension": {
        "type": "typed-dict",
        "fields": {
            "granularity": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {
                                "type": "literal",
                                "expected": [
                                    "auto",
                                    "second",
                                    "minute",
                                    "hour",
                                    "day",
                                    "week",
                                    "month",
                                ],
                            },
                            {"type": "str"},
                        ],
                    },
                    "default": "auto",
                },
                "required": False,
            }
        },
        "cls_name": "TimeDimension",
        "extra_behavior": "allow",
        "ref": "TimeDimension",
    },
    "OrderByClause": {
        "type": "typed-dict",
        "fields": {
            "field": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "direction": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {
                        "type": "definition-ref",
                        "schema_ref": "Literal['asc', 'desc'] | str",
                    },
                    "default": "asc",
                },
                "required": False,
            },
        },
        "cls_name": "OrderByClause",
        "extra_behavior": "allow",
        "ref": "OrderByClause",
    },
    "SpanEvaluationsRequest:top": {
        "type": "typed-dict",
        "fields": {
            "search_expression": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            }
        },
        "cls_name": "SpanEvaluationsRequest",
        "extra_behavior": "allow",
        "ref": "SpanEvaluationsRequest:top",
    },
    "PipelineResultsRequest:top": {
        "type": "typed-dict",
        "fields": {
            "pipeline_config_slugs": {
                "type": "typed-dict-field",
                "schema": {"type": "list", "items_schema": {"type": "str"}},
                "required": True,
            },
            "search_expression": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
        },
        "cls_name": "PipelineResultsRequest",
        "extra_behavior": "allow",
        "ref": "PipelineResultsRequest:top",
    },
    "TracesRequest:top": {
        "type": "typed-dict",
        "fields": {
            "search_expression": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            }
        },
        "cls_name": "TracesRequest",
        "extra_behavior": "allow",
        "ref": "TracesRequest:top",
    },
    "FilterGroup | FilterCondition": {
        "type": "union",
        "choices": [
            {"type": "definition-ref", "schema_ref": "FilterGroup"},
            {"type": "definition-ref", "schema_ref": "FilterCondition"},
        ],
        "ref": "FilterGroup | FilterCondition",
    },
    "list[FilterGroup | FilterCondition] | None": {
        "type": "nullable",
        "schema": {
            "type": "list",
            "items_schema": {
                "type": "definition-ref",
                "schema_ref": "FilterGroup | FilterCondition",
            },
        },
        "ref": "list[FilterGroup | FilterCondition] | None",
    },
    "list[str] | None": {
        "type": "nullable",
        "schema": {"type": "list", "items_schema": {"type": "str"}},
        "ref": "list[str] | None",
    },
    "JudgeClassificationOutput | JudgeRegressionOutput | UnknownVariant": {
        "type": "tagged-union",
        "choices": {
            "CLASSIFICATION": {"type": "definition-ref", "schema_ref": "JudgeClassificationOutput"},
            "REGRESSION": {"type": "definition-ref", "schema_ref": "JudgeRegressionOutput"},
            "__unknown__": {"type": "definition-ref", "schema_ref": "UnknownVariant"},
        },
        "discriminator": open_pick("type", ("CLASSIFICATION", "REGRESSION")),
        "ref": "JudgeClassificationOutput | JudgeRegressionOutput | UnknownVariant",
    },
    "dict[str, Any]": {
        "type": "dict",
        "keys_schema": {"type": "str"},
        "values_schema": {"type": "any"},
        "ref": "dict[str, Any]",
    },
    "dict[str, Any] | None": {
        "type": "nullable",
        "schema": {"type": "definition-ref", "schema_ref": "dict[str, Any]"},
        "ref": "dict[str, Any] | None",
    },
    "list[PipelineConfigSelector]": {
        "type": "list",
        "items_schema": {"type": "definition-ref", "schema_ref": "PipelineConfigSelector"},
        "ref": "list[PipelineConfigSelector]",
    },
    "list[LlmJudgeReference]": {
        "type": "list",
        "items_schema": {"type": "definition-ref", "schema_ref": "LlmJudgeReference"},
        "ref": "list[LlmJudgeReference]",
    },
    "ContentSearchFilterGroup | None": {
        "type": "nullable",
        "schema": {"type": "definition-ref", "schema_ref": "ContentSearchFilterGroup"},
        "ref": "ContentSearchFilterGroup | None",
    },
    "ScoreFilterGroup | None": {
        "type": "nullable",
        "schema": {"type": "definition-ref", "schema_ref": "ScoreFilterGroup"},
        "ref": "ScoreFilterGroup | None",
    },
    "GoalStatusFilterGroup | None": {
        "type": "nullable",
        "schema": {"type": "definition-ref", "schema_ref": "GoalStatusFilterGroup"},
        "ref": "GoalStatusFilterGroup | None",
    },
    "Literal['and', 'or'] | str | None": {
        "type": "nullable",
        "schema": {
            "type": "union",
            "choices": [{"type": "literal", "expected": ["and", "or"]}, {"type": "str"}],
        },
        "ref": "Literal['and', 'or'] | str | None",
    },
    "Literal['contains', 'equals'] | str | None": {
        "type": "nullable",
        "schema": {
            "type": "union",
            "choices": [{"type": "literal", "expected": ["contains", "equals"]}, {"type": "str"}],
        },
        "ref": "Literal['contains', 'equals'] | str | None",
    },
    "Literal['asc', 'desc'] | str | None": {
        "type": "nullable",
        "schema": {"type": "definition-ref", "schema_ref": "Literal['asc', 'desc'] | str"},
        "ref": "Literal['asc', 'desc'] | str | None",
    },
    "Literal['asc', 'desc'] | str": {
        "type": "union",
        "choices": [{"type": "literal", "expected": ["asc", "desc"]}, {"type": "str"}],
        "ref": "Literal['asc', 'desc'] | str",
    },
    "Literal['eq', 'contains', 'gt', 'gte', 'lt', 'lte'] | str": {
        "type": "union",
        "choices": [
            {"type": "literal", "expected": ["eq", "contains", "gt", "gte", "lt", "lte"]},
            {"type": "str"},
        ],
        "ref": "Literal['eq', 'contains', 'gt', 'gte', 'lt', 'lte'] | str",
    },
    "float | str | bool": {
        "type": "union",
        "choices": [{"type": "float"}, {"type": "str"}, {"type": "bool"}],
        "ref": "float | str | bool",
    },
}

BODIES: dict[str, tuple[Any, tuple[str, ...]]] = {
    "create_campaign_v1_observability_campaigns_post": (
        {"type": "definition-ref", "schema_ref": "CreateCampaignRequest:top"},
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
        {"type": "definition-ref", "schema_ref": "SearchChatCompletionEventsRequest:top"},
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
        {"type": "definition-ref", "schema_ref": "SearchChatCompletionEventIdsRequest:top"},
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
        {"type": "definition-ref", "schema_ref": "JudgeChatCompletionEventRequest:top"},
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
        {"type": "definition-ref", "schema_ref": "FetchFieldOptionCountsRequest:top"},
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
        {"type": "definition-ref", "schema_ref": "CreateDatasetRequest:top"},
        ("CreateDatasetRequest:top",),
    ),
    "update_dataset_v1_observability_datasets__dataset_id__patch": (
        {"type": "definition-ref", "schema_ref": "UpdateDatasetRequest:top"},
        ("UpdateDatasetRequest:top",),
    ),
    "create_dataset_record_v1_observability_datasets__dataset_id__records_post": (
        {"type": "definition-ref", "schema_ref": "CreateDatasetRecordRequest:top"},
        ("CreateDatasetRecordRequest:top", "dict[str, Any]", "dict[str, Any] | None"),
    ),
    "post_dataset_records_from_campaign_v1_observability_datasets__dataset_id__imports_from_campaign_post": (
        {"type": "definition-ref", "schema_ref": "ImportDatasetFromCampaignRequest:top"},
        ("ImportDatasetFromCampaignRequest:top",),
    ),
    "post_dataset_records_from_explorer_v1_observability_datasets__dataset_id__imports_from_explorer_post": (
        {"type": "definition-ref", "schema_ref": "ImportDatasetFromExplorerRequest:top"},
        ("ImportDatasetFromExplorerRequest:top",),
    ),
    "post_dataset_records_from_file_v1_observability_datasets__dataset_id__imports_from_file_post": (
        {"type": "definition-ref", "schema_ref": "ImportDatasetFromFileRequest:top"},
        ("ImportDatasetFromFileRequest:top",),
    ),
    "post_dataset_records_from_playground_v1_observability_datasets__dataset_id__imports_from_playground_post": (
        {"type": "definition-ref", "schema_ref": "ImportDatasetFromPlaygroundRequest:top"},
        ("ImportDatasetFromPlaygroundRequest:top",),
    ),
    "post_dataset_records_from_dataset_v1_observability_datasets__dataset_id__imports_from_dataset_post": (
        {"type": "definition-ref", "schema_ref": "ImportDatasetFromDatasetRequest:top"},
        ("ImportDatasetFromDatasetRequest:top",),
    ),
    "post_dataset_records_from_spans_v1_observability_datasets__dataset_id__imports_from_spans_post": (
        {"type": "definition-ref", "schema_ref": "ImportDatasetFromSpansRequest:top"},
        (
            "ImportDatasetFromSpansRequest:top",
            "SpanDatasetMapping",
            "SpanDatasetMappingContract",
            "SpanDatasetSourceReference",
            "TelemetrySpanReference",
        ),
    ),
    "delete_dataset_records_v1_observability_dataset_records_bulk_delete_post": (
        {"type": "definition-ref", "schema_ref": "DeleteDatasetRecordsRequest:top"},
        ("DeleteDatasetRecordsRequest:top",),
    ),
    "judge_dataset_record_v1_observability_dataset_records__dataset_record_id__live_judging_post": (
        {"type": "definition-ref", "schema_ref": "JudgeDatasetRecordRequest:top"},
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
        {"type": "definition-ref", "schema_ref": "UpdateDatasetRecordPayloadRequest:top"},
        ("UpdateDatasetRecordPayloadRequest:top", "dict[str, Any]"),
    ),
    "update_dataset_record_properties_v1_observability_dataset_records__dataset_record_id__properties_put": (
        {"type": "definition-ref", "schema_ref": "UpdateDatasetRecordPropertiesRequest:top"},
        ("UpdateDatasetRecordPropertiesRequest:top", "dict[str, Any]"),
    ),
    "create_pipeline_v1_observability_pipelines_post": (
        {"type": "definition-ref", "schema_ref": "CreatePipelineRequest:top"},
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
        {"type": "definition-ref", "schema_ref": "UpdatePipelineRequest:top"},
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
        {"type": "definition-ref", "schema_ref": "EvaluationRunRecordFilterInput:top"},
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
        {"type": "definition-ref", "schema_ref": "EvaluationRunFilterInput:top"},
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
        {"type": "definition-ref", "schema_ref": "EvaluationRunFilterInput:top"},
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
        {"type": "definition-ref", "schema_ref": "EvaluationRunRecordFilterInput:top"},
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
        {"type": "definition-ref", "schema_ref": "CreateJudgeRequest:top"},
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
        {"type": "definition-ref", "schema_ref": "UpdateJudgeRequest:top"},
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
        {"type": "definition-ref", "schema_ref": "JudgeConversationRequest:top"},
        ("JudgeConversationRequest:top", "dict[str, Any]", "dict[str, Any] | None"),
    ),
    "search_logs_v1_observability_logs_search_post": (
        {"type": "definition-ref", "schema_ref": "LogsRequest:top"},
        ("Literal['asc', 'desc'] | str", "LogsRequest:top"),
    ),
    "search_spans_v1_observability_spans_search_post": (
        {"type": "definition-ref", "schema_ref": "SpansRequest:top"},
        ("SpansRequest:top",),
    ),
    "aggregate_spans_v1_observability_spans_aggregate_post": (
        {"type": "definition-ref", "schema_ref": "AggregationRequest:top"},
        (
            "AggregationRequest:top",
            "Literal['asc', 'desc'] | str",
            "MetricDefinition",
            "OrderByClause",
            "TimeDimension",
        ),
    ),
    "search_span_evaluations_v1_observability_spans_evaluations_search_post": (
        {"type": "definition-ref", "schema_ref": "SpanEvaluationsRequest:top"},
        ("SpanEvaluationsRequest:top",),
    ),
    "search_latest_span_evaluations_v1_observability_spans_evaluations_search_latest_post": (
        {"type": "definition-ref", "schema_ref": "SpanEvaluationsRequest:top"},
        ("SpanEvaluationsRequest:top",),
    ),
    "aggregate_span_evaluations_v1_observability_spans_evaluations_aggregate_post": (
        {"type": "definition-ref", "schema_ref": "AggregationRequest:top"},
        (
            "AggregationRequest:top",
            "Literal['asc', 'desc'] | str",
            "MetricDefinition",
            "OrderByClause",
            "TimeDimension",
        ),
    ),
    "search_pipeline_results_v1_observability_pipeline_results_search_post": (
        {"type": "definition-ref", "schema_ref": "PipelineResultsRequest:top"},
        ("PipelineResultsRequest:top",),
    ),
    "search_traces_v1_observability_traces_search_post": (
        {"type": "definition-ref", "schema_ref": "TracesRequest:top"},
        ("TracesRequest:top",),
    ),
    "aggregate_traces_v1_observability_traces_aggregate_post": (
        {"type": "definition-ref", "schema_ref": "AggregationRequest:top"},
        (
            "AggregationRequest:top",
            "Literal['asc', 'desc'] | str",
            "MetricDefinition",
            "OrderByClause",
            "TimeDimension",
        ),
    ),
}
