# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""The JSON request bodies of mistralai-api-context as pydantic-core schemas of their wire form: model
definitions by name (core's shared models are in mistralai.core's), and per operation
its root schema and the definitions it needs (see mistralai.core._wire; derived from
the models by tools/codegen/emit_wire.py)."""

from typing import Any

from mistralai.core.runtime import open_pick
from mistralai.core.runtime import wire as w

# fields shared by BoolFieldDefinition, BoolArrayFieldDefinition, DenseVectorFieldDefinition,
# FloatFieldDefinition, FloatArrayFieldDefinition, IntFieldDefinition, IntArrayFieldDefinition,
# JSONFieldDefinition, KeywordFieldDefinition, KeywordArrayFieldDefinition, LongFieldDefinition,
# LongArrayFieldDefinition, TextFieldDefinition, TextArrayFieldDefinition, TimestampFieldDefinition
# and TimestampArrayFieldDefinition
_INDEXED_TO_DEFAULT_FIELDS: dict[str, Any] = {
    "indexed": w.field(w.nullable(w.BOOL), required=False),
    "required": w.field(w.nullable(w.BOOL), required=False),
    "system": w.field(w.nullable(w.BOOL), required=False),
    "default": w.field(w.ANY, required=False),
}

# fields shared by NavigateRequest, ReadRequest and GrepRequest
_TOP_K_AND_CONTENT_TYPE_FIELDS: dict[str, Any] = {
    "top_k": w.field(w.nullable(w.INT), required=False),
    "content_type": w.field(w.nullable(w.STR), required=False),
}

# fields shared by KeywordRetriever, NearestNeighbourRetriever and RRFRetriever
_FILTER_FIELD: dict[str, Any] = {
    "filter": w.field(
        w.ref("And | Equal | In | Not | Or | Range | UnknownVariant | None"), required=False
    )
}

# fields shared by CustomEmbeddingModel and MistralEmbeddingModel
_DTYPE_AND_DISTANCE_METRIC_FIELDS: dict[str, Any] = {
    "dtype": w.field(w.ref("Literal['float16', 'float32'] | str | None"), required=False),
    "distance_metric": w.field(
        w.ref("Literal['cosine', 'inner_product', 'l2'] | str | None"), required=False
    ),
}

DEFS: dict[str, Any] = w.definitions(
    {
        "CreateManagedIndexRequest:top": w.typed_dict(
            "CreateManagedIndexRequest",
            {
                "name": w.field(w.STR),
                "config": w.field(w.ref("ManagedIndexConfig")),
                "schema": w.field(
                    w.nullable(w.ref("ManagedIndexFields")),
                    required=False,
                    validation_alias=[["schema"], ["schema_"]],
                ),
            },
        ),
        "ManagedIndexConfig": w.typed_dict(
            "ManagedIndexConfig",
            {
                "embedding": w.field(
                    w.union(w.ref("CustomEmbeddingModel"), w.ref("MistralEmbeddingModel"))
                )
            },
        ),
        "CustomEmbeddingModel": w.typed_dict(
            "CustomEmbeddingModel",
            {
                "name": w.field(w.STR),
                "dimensions": w.field(w.INT),
                "type": w.field(w.default(w.literal("custom"), "custom"), required=False),
                **_DTYPE_AND_DISTANCE_METRIC_FIELDS,
            },
        ),
        "MistralEmbeddingModel": w.typed_dict(
            "MistralEmbeddingModel",
            {
                "name": w.field(w.STR),
                "dimensions": w.field(w.INT),
                "type": w.field(w.default(w.literal("mistral"), "mistral"), required=False),
                **_DTYPE_AND_DISTANCE_METRIC_FIELDS,
            },
        ),
        "ManagedIndexFields": w.typed_dict(
            "ManagedIndexFields",
            {
                "document_fields": w.field(
                    w.ref(
                        "dict[str, BoolFieldDefinition | BoolArrayFieldDefinition | DenseVectorFieldDefinition | FloatFieldDefinition | FloatArrayFieldDefinition | IntFieldDefinition | IntArrayFieldDefinition | JSONFieldDefinition | KeywordFieldDefinition | KeywordArrayFieldDefinition | LongFieldDefinition | LongArrayFieldDefinition | TextFieldDefinition | TextArrayFieldDefinition | TimestampFieldDefinition | TimestampArrayFieldDefinition] | None"
                    ),
                    required=False,
                ),
                "chunk_fields": w.field(
                    w.ref(
                        "dict[str, BoolFieldDefinition | BoolArrayFieldDefinition | DenseVectorFieldDefinition | FloatFieldDefinition | FloatArrayFieldDefinition | IntFieldDefinition | IntArrayFieldDefinition | JSONFieldDefinition | KeywordFieldDefinition | KeywordArrayFieldDefinition | LongFieldDefinition | LongArrayFieldDefinition | TextFieldDefinition | TextArrayFieldDefinition | TimestampFieldDefinition | TimestampArrayFieldDefinition] | None"
                    ),
                    required=False,
                ),
            },
        ),
        "BoolFieldDefinition": w.typed_dict(
            "BoolFieldDefinition",
            {
                **_INDEXED_TO_DEFAULT_FIELDS,
                "type": w.field(w.default(w.literal("bool"), "bool"), required=False),
            },
        ),
        "BoolArrayFieldDefinition": w.typed_dict(
            "BoolArrayFieldDefinition",
            {
                **_INDEXED_TO_DEFAULT_FIELDS,
                "type": w.field(w.default(w.literal("bool[]"), "bool[]"), required=False),
            },
        ),
        "DenseVectorFieldDefinition": w.typed_dict(
            "DenseVectorFieldDefinition",
            {
                **_INDEXED_TO_DEFAULT_FIELDS,
                "type": w.field(
                    w.default(w.literal("dense_vector"), "dense_vector"), required=False
                ),
            },
        ),
        "FloatFieldDefinition": w.typed_dict(
            "FloatFieldDefinition",
            {
                **_INDEXED_TO_DEFAULT_FIELDS,
                "type": w.field(w.default(w.literal("float"), "float"), required=False),
            },
        ),
        "FloatArrayFieldDefinition": w.typed_dict(
            "FloatArrayFieldDefinition",
            {
                **_INDEXED_TO_DEFAULT_FIELDS,
                "type": w.field(w.default(w.literal("float[]"), "float[]"), required=False),
            },
        ),
        "IntFieldDefinition": w.typed_dict(
            "IntFieldDefinition",
            {
                **_INDEXED_TO_DEFAULT_FIELDS,
                "type": w.field(w.default(w.literal("int"), "int"), required=False),
            },
        ),
        "IntArrayFieldDefinition": w.typed_dict(
            "IntArrayFieldDefinition",
            {
                **_INDEXED_TO_DEFAULT_FIELDS,
                "type": w.field(w.default(w.literal("int[]"), "int[]"), required=False),
            },
        ),
        "JSONFieldDefinition": w.typed_dict(
            "JSONFieldDefinition",
            {
                **_INDEXED_TO_DEFAULT_FIELDS,
                "type": w.field(w.default(w.literal("json"), "json"), required=False),
            },
        ),
        "KeywordFieldDefinition": w.typed_dict(
            "KeywordFieldDefinition",
            {
                **_INDEXED_TO_DEFAULT_FIELDS,
                "type": w.field(w.ref("Literal['keyword'] = 'keyword'"), required=False),
            },
        ),
        "KeywordArrayFieldDefinition": w.typed_dict(
            "KeywordArrayFieldDefinition",
            {
                **_INDEXED_TO_DEFAULT_FIELDS,
                "type": w.field(w.default(w.literal("keyword[]"), "keyword[]"), required=False),
            },
        ),
        "LongFieldDefinition": w.typed_dict(
            "LongFieldDefinition",
            {
                **_INDEXED_TO_DEFAULT_FIELDS,
                "type": w.field(w.default(w.literal("long"), "long"), required=False),
            },
        ),
        "LongArrayFieldDefinition": w.typed_dict(
            "LongArrayFieldDefinition",
            {
                **_INDEXED_TO_DEFAULT_FIELDS,
                "type": w.field(w.default(w.literal("long[]"), "long[]"), required=False),
            },
        ),
        "TextFieldDefinition": w.typed_dict(
            "TextFieldDefinition",
            {
                **_INDEXED_TO_DEFAULT_FIELDS,
                "type": w.field(w.default(w.literal("text"), "text"), required=False),
            },
        ),
        "TextArrayFieldDefinition": w.typed_dict(
            "TextArrayFieldDefinition",
            {
                **_INDEXED_TO_DEFAULT_FIELDS,
                "type": w.field(w.default(w.literal("text[]"), "text[]"), required=False),
            },
        ),
        "TimestampFieldDefinition": w.typed_dict(
            "TimestampFieldDefinition",
            {
                **_INDEXED_TO_DEFAULT_FIELDS,
                "type": w.field(w.default(w.literal("timestamp"), "timestamp"), required=False),
            },
        ),
        "TimestampArrayFieldDefinition": w.typed_dict(
            "TimestampArrayFieldDefinition",
            {
                **_INDEXED_TO_DEFAULT_FIELDS,
                "type": w.field(w.default(w.literal("timestamp[]"), "timestamp[]"), required=False),
            },
        ),
        "UpdateManagedIndexRequest:top": w.typed_dict(
            "UpdateManagedIndexRequest",
            {
                "schema": w.field(
                    w.ref("ManagedIndexFields"), validation_alias=[["schema"], ["schema_"]]
                )
            },
        ),
        "IngestDocumentsRequest:top": w.typed_dict(
            "IngestDocumentsRequest", {"documents": w.field(w.list_of(w.dict_of(w.STR, w.ANY)))}
        ),
        "DeleteDocumentsRequest:top": w.typed_dict(
            "DeleteDocumentsRequest", {"document_ids": w.field(w.list_of(w.STR))}
        ),
        "SearchRequest:top": w.typed_dict(
            "SearchRequest",
            {
                "retriever": w.field(
                    w.tagged_union(
                        {
                            "keyword": w.ref("KeywordRetriever"),
                            "nearest_neighbour": w.ref("NearestNeighbourRetriever"),
                            "rrf": w.ref("RRFRetriever"),
                            "__unknown__": w.ref("UnknownVariant"),
                        },
                        open_pick("type", ("keyword", "nearest_neighbour", "rrf")),
                    )
                )
            },
        ),
        "KeywordRetriever": w.typed_dict(
            "KeywordRetriever",
            {
                "query": w.field(w.STR),
                "top_k": w.field(w.nullable(w.INT), required=False),
                "type": w.field(w.ref("Literal['keyword'] = 'keyword'"), required=False),
                "operator": w.field(
                    w.nullable(w.union(w.literal("and", "or"), w.STR)), required=False
                ),
                **_FILTER_FIELD,
                "field": w.field(w.nullable(w.STR), required=False),
            },
        ),
        "And": w.typed_dict(
            "And",
            {
                "matches": w.field(
                    w.ref("list[And | Equal | In | Not | Or | Range | UnknownVariant]")
                ),
                "type": w.field(w.default(w.literal("and"), "and"), required=False),
            },
        ),
        "Equal": w.typed_dict(
            "Equal",
            {
                "field": w.field(w.STR),
                "value": w.field(w.ref("int | float | datetime | str")),
                "type": w.field(w.default(w.literal("equal"), "equal"), required=False),
            },
        ),
        "In": w.typed_dict(
            "In",
            {
                "field": w.field(w.STR),
                "values": w.field(w.list_of(w.ref("int | float | datetime | str"))),
                "type": w.field(w.default(w.literal("in"), "in"), required=False),
            },
        ),
        "Not": w.typed_dict(
            "Not",
            {
                "match": w.field(
                    w.ref("And | Equal | In | Not | Or | Range | UnknownVariant"),
                    validation_alias=[["match"], ["match_"]],
                ),
                "type": w.field(w.default(w.literal("not"), "not"), required=False),
            },
        ),
        "Or": w.typed_dict(
            "Or",
            {
                "matches": w.field(
                    w.ref("list[And | Equal | In | Not | Or | Range | UnknownVariant]")
                ),
                "type": w.field(w.default(w.literal("or"), "or"), required=False),
            },
        ),
        "Range": w.typed_dict(
            "Range",
            {
                "field": w.field(w.STR),
                "type": w.field(w.default(w.literal("range"), "range"), required=False),
                "gt": w.field(w.ref("int | float | datetime | None"), required=False),
                "gte": w.field(w.ref("int | float | datetime | None"), required=False),
                "lt": w.field(w.ref("int | float | datetime | None"), required=False),
                "lte": w.field(w.ref("int | float | datetime | None"), required=False),
            },
        ),
        "NearestNeighbourRetriever": w.typed_dict(
            "NearestNeighbourRetriever",
            {
                "top_k": w.field(w.nullable(w.INT), required=False),
                "type": w.field(
                    w.default(w.literal("nearest_neighbour"), "nearest_neighbour"), required=False
                ),
                "query": w.field(w.nullable(w.STR), required=False),
                "query_embedding": w.field(w.ref("list[float] | None"), required=False),
                "field": w.field(w.nullable(w.STR), required=False),
                **_FILTER_FIELD,
                "max_candidates": w.field(w.nullable(w.INT), required=False),
            },
        ),
        "RRFRetriever": w.typed_dict(
            "RRFRetriever",
            {
                "retrievers": w.field(
                    w.list_of(
                        w.tagged_union(
                            {
                                "keyword": w.ref("KeywordRetriever"),
                                "nearest_neighbour": w.ref("NearestNeighbourRetriever"),
                                "__unknown__": w.ref("UnknownVariant"),
                            },
                            open_pick("type", ("keyword", "nearest_neighbour")),
                        )
                    )
                ),
                "top_k": w.field(w.nullable(w.INT), required=False),
                "type": w.field(w.default(w.literal("rrf"), "rrf"), required=False),
                "weights": w.field(w.ref("list[float] | None"), required=False),
                "rank_constant": w.field(w.nullable(w.INT), required=False),
                **_FILTER_FIELD,
            },
        ),
        "NavigateRequest:top": w.typed_dict(
            "NavigateRequest",
            {
                "source_id": w.field(w.STR),
                "start_offset": w.field(w.INT),
                "end_offset": w.field(w.INT),
                "direction": w.field(w.union(w.literal("next", "previous"), w.STR)),
                **_TOP_K_AND_CONTENT_TYPE_FIELDS,
            },
        ),
        "ReadRequest:top": w.typed_dict(
            "ReadRequest",
            {
                "source_id": w.field(w.STR),
                "start_offset": w.field(w.nullable(w.INT), required=False),
                "end_offset": w.field(w.nullable(w.INT), required=False),
                **_TOP_K_AND_CONTENT_TYPE_FIELDS,
            },
        ),
        "GrepRequest:top": w.typed_dict(
            "GrepRequest",
            {
                "source_id": w.field(w.STR),
                "pattern": w.field(w.STR),
                "mode": w.field(
                    w.nullable(w.union(w.literal("phrase", "term"), w.STR)), required=False
                ),
                **_TOP_K_AND_CONTENT_TYPE_FIELDS,
            },
        ),
        "UpdateSummaryRequestSummary:top": w.typed_dict(
            "UpdateSummaryRequestSummary",
            {
                "content": w.field(w.STR),
                "status": w.field(w.union(w.literal("handwritten", "generated_confirmed"), w.STR)),
                "translated": w.field(w.BOOL),
            },
        ),
        "Literal['float16', 'float32'] | str | None": w.nullable(
            w.union(w.literal("float16", "float32"), w.STR)
        ),
        "Literal['cosine', 'inner_product', 'l2'] | str | None": w.nullable(
            w.union(w.literal("cosine", "inner_product", "l2"), w.STR)
        ),
        "dict[str, BoolFieldDefinition | BoolArrayFieldDefinition | DenseVectorFieldDefinition | FloatFieldDefinition | FloatArrayFieldDefinition | IntFieldDefinition | IntArrayFieldDefinition | JSONFieldDefinition | KeywordFieldDefinition | KeywordArrayFieldDefinition | LongFieldDefinition | LongArrayFieldDefinition | TextFieldDefinition | TextArrayFieldDefinition | TimestampFieldDefinition | TimestampArrayFieldDefinition] | None": w.nullable(
            w.dict_of(
                w.STR,
                w.union(
                    w.ref("BoolFieldDefinition"),
                    w.ref("BoolArrayFieldDefinition"),
                    w.ref("DenseVectorFieldDefinition"),
                    w.ref("FloatFieldDefinition"),
                    w.ref("FloatArrayFieldDefinition"),
                    w.ref("IntFieldDefinition"),
                    w.ref("IntArrayFieldDefinition"),
                    w.ref("JSONFieldDefinition"),
                    w.ref("KeywordFieldDefinition"),
                    w.ref("KeywordArrayFieldDefinition"),
                    w.ref("LongFieldDefinition"),
                    w.ref("LongArrayFieldDefinition"),
                    w.ref("TextFieldDefinition"),
                    w.ref("TextArrayFieldDefinition"),
                    w.ref("TimestampFieldDefinition"),
                    w.ref("TimestampArrayFieldDefinition"),
                ),
            )
        ),
        "Literal['keyword'] = 'keyword'": w.default(w.literal("keyword"), "keyword"),
        "And | Equal | In | Not | Or | Range | UnknownVariant | None": w.nullable(
            w.ref("And | Equal | In | Not | Or | Range | UnknownVariant")
        ),
        "And | Equal | In | Not | Or | Range | UnknownVariant": w.tagged_union(
            {
                "and": w.ref("And"),
                "equal": w.ref("Equal"),
                "in": w.ref("In"),
                "not": w.ref("Not"),
                "or": w.ref("Or"),
                "range": w.ref("Range"),
                "__unknown__": w.ref("UnknownVariant"),
            },
            open_pick("type", ("and", "equal", "in", "not", "or", "range")),
        ),
        "list[And | Equal | In | Not | Or | Range | UnknownVariant]": w.list_of(
            w.ref("And | Equal | In | Not | Or | Range | UnknownVariant")
        ),
        "int | float | datetime | str": w.union(
            w.INT, w.FLOAT, {"type": "datetime", "microseconds_precision": "truncate"}, w.STR
        ),
        "int | float | datetime | None": w.nullable(
            w.union(w.INT, w.FLOAT, {"type": "datetime", "microseconds_precision": "truncate"})
        ),
        "list[float] | None": w.nullable(w.list_of(w.FLOAT)),
    }
)

BODIES: dict[str, tuple[Any, tuple[str, ...]]] = {
    "create_index_v1_context_search_indexes_post": (
        w.ref("CreateManagedIndexRequest:top"),
        (
            "BoolArrayFieldDefinition",
            "BoolFieldDefinition",
            "CreateManagedIndexRequest:top",
            "CustomEmbeddingModel",
            "DenseVectorFieldDefinition",
            "FloatArrayFieldDefinition",
            "FloatFieldDefinition",
            "IntArrayFieldDefinition",
            "IntFieldDefinition",
            "JSONFieldDefinition",
            "KeywordArrayFieldDefinition",
            "KeywordFieldDefinition",
            "Literal['cosine', 'inner_product', 'l2'] | str | None",
            "Literal['float16', 'float32'] | str | None",
            "Literal['keyword'] = 'keyword'",
            "LongArrayFieldDefinition",
            "LongFieldDefinition",
            "ManagedIndexConfig",
            "ManagedIndexFields",
            "MistralEmbeddingModel",
            "TextArrayFieldDefinition",
            "TextFieldDefinition",
            "TimestampArrayFieldDefinition",
            "TimestampFieldDefinition",
            "dict[str, BoolFieldDefinition | BoolArrayFieldDefinition | DenseVectorFieldDefinition | FloatFieldDefinition | FloatArrayFieldDefinition | IntFieldDefinition | IntArrayFieldDefinition | JSONFieldDefinition | KeywordFieldDefinition | KeywordArrayFieldDefinition | LongFieldDefinition | LongArrayFieldDefinition | TextFieldDefinition | TextArrayFieldDefinition | TimestampFieldDefinition | TimestampArrayFieldDefinition] | None",
        ),
    ),
    "update_index_v1_context_search_indexes__index_name__put": (
        w.ref("UpdateManagedIndexRequest:top"),
        (
            "BoolArrayFieldDefinition",
            "BoolFieldDefinition",
            "DenseVectorFieldDefinition",
            "FloatArrayFieldDefinition",
            "FloatFieldDefinition",
            "IntArrayFieldDefinition",
            "IntFieldDefinition",
            "JSONFieldDefinition",
            "KeywordArrayFieldDefinition",
            "KeywordFieldDefinition",
            "Literal['keyword'] = 'keyword'",
            "LongArrayFieldDefinition",
            "LongFieldDefinition",
            "ManagedIndexFields",
            "TextArrayFieldDefinition",
            "TextFieldDefinition",
            "TimestampArrayFieldDefinition",
            "TimestampFieldDefinition",
            "UpdateManagedIndexRequest:top",
            "dict[str, BoolFieldDefinition | BoolArrayFieldDefinition | DenseVectorFieldDefinition | FloatFieldDefinition | FloatArrayFieldDefinition | IntFieldDefinition | IntArrayFieldDefinition | JSONFieldDefinition | KeywordFieldDefinition | KeywordArrayFieldDefinition | LongFieldDefinition | LongArrayFieldDefinition | TextFieldDefinition | TextArrayFieldDefinition | TimestampFieldDefinition | TimestampArrayFieldDefinition] | None",
        ),
    ),
    "ingest_documents_v1_context_search_indexes__index_name__documents_post": (
        w.ref("IngestDocumentsRequest:top"),
        ("IngestDocumentsRequest:top",),
    ),
    "delete_documents_v1_context_search_indexes__index_name__documents_delete": (
        w.ref("DeleteDocumentsRequest:top"),
        ("DeleteDocumentsRequest:top",),
    ),
    "search_index_v1_context_search_indexes__index_name__search_post": (
        w.ref("SearchRequest:top"),
        (
            "And",
            "And | Equal | In | Not | Or | Range | UnknownVariant",
            "And | Equal | In | Not | Or | Range | UnknownVariant | None",
            "Equal",
            "In",
            "KeywordRetriever",
            "Literal['keyword'] = 'keyword'",
            "NearestNeighbourRetriever",
            "Not",
            "Or",
            "RRFRetriever",
            "Range",
            "SearchRequest:top",
            "UnknownVariant",
            "int | float | datetime | None",
            "int | float | datetime | str",
            "list[And | Equal | In | Not | Or | Range | UnknownVariant]",
            "list[float] | None",
        ),
    ),
    "navigate_index_v1_context_search_indexes__index_name__navigate_post": (
        w.ref("NavigateRequest:top"),
        ("NavigateRequest:top",),
    ),
    "read_index_v1_context_search_indexes__index_name__read_post": (
        w.ref("ReadRequest:top"),
        ("ReadRequest:top",),
    ),
    "grep_index_v1_context_search_indexes__index_name__grep_post": (
        w.ref("GrepRequest:top"),
        ("GrepRequest:top",),
    ),
    "set_managed_index_summary_v1_context_search_indexes__index_name__summary_field__language__put": (
        w.ref("UpdateSummaryRequestSummary:top"),
        ("UpdateSummaryRequestSummary:top",),
    ),
}
