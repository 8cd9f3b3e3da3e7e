# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""The JSON request bodies of mistralai-api-files as pydantic-core schemas of their wire form: model
definitions by name (core's shared models are in mistralai.core's), and per operation
its root schema and the definitions it needs (see mistralai.core._wire; derived from
the models by tools/codegen/emit_wire.py)."""

from typing import Any

from mistralai.core.runtime import open_pick
from mistralai.core.runtime import wire as w

# fields shared by RegisterDeploymentRequestVespaField and
# RegisterSearchIndexRequestVespaSchemaField
_NAME_TO_MULTIDIMENSIONAL_FIELDS: dict[str, Any] = {
    "name": w.field(w.STR),
    "type": w.field(w.ref("Literal['int', 'bool', 'string', 'embedding', 'long', 'float'] | str")),
    "storage": w.field(w.ref("Literal['in_memory', 'on_disk'] | str")),
    "ranking": w.field(
        w.ref(
            "Literal['count', 'embedding', 'timestamp', 'text', 'string', 'bool', 'int', 'language'] | str"
        )
    ),
    "index_type": w.field(w.ref("Literal['ann', 'bm25', 'attribute'] | str | None")),
    "multidimensional": w.field(w.BOOL),
}

DEFS: dict[str, Any] = w.definitions(
    {
        "CreateLibraryRequest:top": w.typed_dict(
            "CreateLibraryRequest",
            {
                "name": w.field(w.STR),
                "description": w.field(w.nullable(w.STR), required=False),
                "chunk_size": w.field(w.nullable(w.INT), required=False),
                "owner_type": w.field(
                    w.nullable(w.union(w.literal("User", "Workspace"), w.STR)), required=False
                ),
            },
        ),
        "UpdateLibraryRequest:top": w.typed_dict(
            "UpdateLibraryRequest",
            {
                "name": w.field(w.nullable(w.STR), required=False, drop_none=True),
                "description": w.field(w.nullable(w.STR), required=False),
            },
        ),
        "SharingRequest:top": w.typed_dict(
            "SharingRequest",
            {
                "org_id": w.field(w.nullable(w.STR), required=False),
                "level": w.field(w.union(w.literal("Viewer", "Editor"), w.STR)),
                "share_with_uuid": w.field(w.STR),
                "share_with_type": w.field(w.ref("Literal['User', 'Workspace', 'Org'] | str")),
            },
        ),
        "SharingDelete:top": w.typed_dict(
            "SharingDelete",
            {
                "org_id": w.field(w.nullable(w.STR), required=False),
                "share_with_uuid": w.field(w.STR),
                "share_with_type": w.field(w.ref("Literal['User', 'Workspace', 'Org'] | str")),
            },
        ),
        "UpdateDocumentRequest:top": w.typed_dict(
            "UpdateDocumentRequest",
            {
                "name": w.field(w.nullable(w.STR), required=False, drop_none=True),
                "attributes": w.field(
                    w.nullable(
                        w.dict_of(
                            w.STR,
                            w.union(
                                w.BOOL,
                                w.STR,
                                w.INT,
                                w.FLOAT,
                                {"type": "datetime", "microseconds_precision": "truncate"},
                                w.list_of(w.STR),
                                w.list_of(w.INT),
                                w.list_of(w.FLOAT),
                                w.list_of(w.BOOL),
                            ),
                        )
                    ),
                    required=False,
                ),
                "expires_at": w.field(
                    w.nullable({"type": "datetime", "microseconds_precision": "truncate"}),
                    required=False,
                ),
            },
        ),
        "IngestFromBlobStorageRequest:top": w.typed_dict(
            "IngestFromBlobStorageRequest",
            {"filename": w.field(w.STR), "signed_url": w.field(w.STR)},
        ),
        "CreateIngestionPipelineConfigurationRequest:top": w.typed_dict(
            "CreateIngestionPipelineConfigurationRequest",
            {
                "name": w.field(w.STR),
                "pipeline_composition": w.field(
                    w.nullable(w.dict_of(w.STR, w.STR)), required=False
                ),
                "target_indexes": w.field(
                    w.nullable(w.list_of(w.ref("IngestionPipelineTargetIndexRef"))), required=False
                ),
            },
        ),
        "IngestionPipelineTargetIndexRef": w.typed_dict(
            "IngestionPipelineTargetIndexRef",
            {
                "name": w.field(w.STR),
                "type": w.field(w.nullable(w.literal("vespa")), required=False),
            },
        ),
        "UpdateRunInfo:top": w.typed_dict(
            "UpdateRunInfo",
            {
                "execution_time": w.field(
                    {"type": "datetime", "microseconds_precision": "truncate"}
                ),
                "chunks_count": w.field(w.INT),
            },
        ),
        "RegisterDeploymentRequestDeployment:top": w.typed_dict(
            "RegisterDeploymentRequestDeployment",
            {
                "name": w.field(w.STR),
                "status": w.field(w.ref("Literal['online', 'offline'] | str"), required=False),
                "deployment": w.field(w.ref("RegisterDeploymentRequestVespaDeployment")),
            },
        ),
        "RegisterDeploymentRequestVespaDeployment": w.typed_dict(
            "RegisterDeploymentRequestVespaDeployment",
            {
                "type": w.field(w.ref("Literal['vespa'] = 'vespa'"), required=False),
                "vespa_version": w.field(w.STR),
                "indexes": w.field(w.list_of(w.ref("RegisterDeploymentRequestVespaIndex"))),
                "query_url": w.field(w.STR),
            },
        ),
        "RegisterDeploymentRequestVespaIndex": w.typed_dict(
            "RegisterDeploymentRequestVespaIndex",
            {
                "name": w.field(w.STR),
                "fields": w.field(
                    w.list_of(w.ref("RegisterDeploymentRequestVespaField")),
                    validation_alias=[["fields"], ["fields_"]],
                ),
                "sd": w.field(w.STR),
            },
        ),
        "RegisterDeploymentRequestVespaField": w.typed_dict(
            "RegisterDeploymentRequestVespaField", {**_NAME_TO_MULTIDIMENSIONAL_FIELDS}
        ),
        "UpdateMetricsRequestDeploymentMetricsOnline": w.typed_dict(
            "UpdateMetricsRequestDeploymentMetricsOnline",
            {
                "status": w.field(w.ref("Literal['online'] = 'online'"), required=False),
                "document_count": w.field(w.INT),
                "index_metrics": w.field(w.list_of(w.ref("UpdateMetricsRequestIndexMetrics"))),
            },
        ),
        "UpdateMetricsRequestIndexMetrics": w.typed_dict(
            "UpdateMetricsRequestIndexMetrics",
            {"name": w.field(w.STR), "document_count": w.field(w.INT)},
        ),
        "UpdateMetricsRequestDeploymentMetricsOffline": w.typed_dict(
            "UpdateMetricsRequestDeploymentMetricsOffline",
            {
                "status": w.field(w.ref("Literal['offline'] = 'offline'"), required=False),
                "clear_metrics": w.field(w.default(w.BOOL, False), required=False),
            },
        ),
        "RegisterSearchIndexRequestIndex:top": w.typed_dict(
            "RegisterSearchIndexRequestIndex",
            {
                "name": w.field(w.STR),
                "index": w.field(w.ref("RegisterSearchIndexRequestVespaIndex")),
                "status": w.field(w.ref("Literal['online', 'offline'] | str"), required=False),
            },
        ),
        "RegisterSearchIndexRequestVespaIndex": w.typed_dict(
            "RegisterSearchIndexRequestVespaIndex",
            {
                "k8s_cluster": w.field(w.STR),
                "k8s_namespace": w.field(w.STR),
                "vespa_instance_name": w.field(w.STR),
                "vespa_version": w.field(w.STR),
                "schemas": w.field(w.list_of(w.ref("RegisterSearchIndexRequestVespaSchemaModel"))),
                "query_url": w.field(w.STR),
                "type": w.field(w.ref("Literal['vespa'] = 'vespa'"), required=False),
            },
        ),
        "RegisterSearchIndexRequestVespaSchemaModel": w.typed_dict(
            "RegisterSearchIndexRequestVespaSchemaModel",
            {
                "name": w.field(w.STR),
                "fields": w.field(
                    w.list_of(w.ref("RegisterSearchIndexRequestVespaSchemaField")),
                    validation_alias=[["fields"], ["fields_"]],
                ),
                "sd": w.field(w.STR),
            },
        ),
        "RegisterSearchIndexRequestVespaSchemaField": w.typed_dict(
            "RegisterSearchIndexRequestVespaSchemaField", {**_NAME_TO_MULTIDIMENSIONAL_FIELDS}
        ),
        "UpdateIndexSummaryRequestSummary:top": w.typed_dict(
            "UpdateIndexSummaryRequestSummary", {"summary": w.field(w.STR)}
        ),
        "UpdateIndexMetricsRequestIndexMetricsOnline": w.typed_dict(
            "UpdateIndexMetricsRequestIndexMetricsOnline",
            {
                "document_count": w.field(w.INT),
                "schema_metrics": w.field(
                    w.list_of(w.ref("UpdateIndexMetricsRequestSchemaMetrics"))
                ),
                "status": w.field(w.ref("Literal['online'] = 'online'"), required=False),
            },
        ),
        "UpdateIndexMetricsRequestSchemaMetrics": w.typed_dict(
            "UpdateIndexMetricsRequestSchemaMetrics",
            {"name": w.field(w.STR), "document_count": w.field(w.INT)},
        ),
        "UpdateIndexMetricsRequestIndexMetricsOffline": w.typed_dict(
            "UpdateIndexMetricsRequestIndexMetricsOffline",
            {
                "status": w.field(w.ref("Literal['offline'] = 'offline'"), required=False),
                "clear_metrics": w.field(w.default(w.BOOL, False), required=False),
            },
        ),
        "UpdateSchemaSummaryRequestSummary:top": w.typed_dict(
            "UpdateSchemaSummaryRequestSummary", {"summary": w.field(w.STR)}
        ),
        "Literal['User', 'Workspace', 'Org'] | str": w.union(
            w.literal("User", "Workspace", "Org"), w.STR
        ),
        "Literal['online', 'offline'] | str": w.union(w.literal("online", "offline"), w.STR),
        "Literal['vespa'] = 'vespa'": w.default(w.literal("vespa"), "vespa"),
        "Literal['int', 'bool', 'string', 'embedding', 'long', 'float'] | str": w.union(
            w.literal("int", "bool", "string", "embedding", "long", "float"), w.STR
        ),
        "Literal['in_memory', 'on_disk'] | str": w.union(w.literal("in_memory", "on_disk"), w.STR),
        "Literal['count', 'embedding', 'timestamp', 'text', 'string', 'bool', 'int', 'language'] | str": w.union(
            w.literal(
                "count", "embedding", "timestamp", "text", "string", "bool", "int", "language"
            ),
            w.STR,
        ),
        "Literal['ann', 'bm25', 'attribute'] | str | None": w.nullable(
            w.union(w.literal("ann", "bm25", "attribute"), w.STR)
        ),
        "Literal['online'] = 'online'": w.default(w.literal("online"), "online"),
        "Literal['offline'] = 'offline'": w.default(w.literal("offline"), "offline"),
    }
)

BODIES: dict[str, tuple[Any, tuple[str, ...]]] = {
    "libraries_create_v1": (w.ref("CreateLibraryRequest:top"), ("CreateLibraryRequest:top",)),
    "libraries_patch_v1": (w.ref("UpdateLibraryRequest:top"), ("UpdateLibraryRequest:top",)),
    "libraries_update_v1": (w.ref("UpdateLibraryRequest:top"), ("UpdateLibraryRequest:top",)),
    "libraries_share_create_v1": (
        w.ref("SharingRequest:top"),
        ("Literal['User', 'Workspace', 'Org'] | str", "SharingRequest:top"),
    ),
    "libraries_share_delete_v1": (
        w.ref("SharingDelete:top"),
        ("Literal['User', 'Workspace', 'Org'] | str", "SharingDelete:top"),
    ),
    "libraries_documents_patch_v1": (
        w.ref("UpdateDocumentRequest:top"),
        ("UpdateDocumentRequest:top",),
    ),
    "libraries_documents_update_v1": (
        w.ref("UpdateDocumentRequest:top"),
        ("UpdateDocumentRequest:top",),
    ),
    "libraries_documents_ingest_from_blob_storage_v1": (
        w.ref("IngestFromBlobStorageRequest:top"),
        ("IngestFromBlobStorageRequest:top",),
    ),
    "register_config_v1_rag_ingestion_pipeline_configurations_put": (
        w.ref("CreateIngestionPipelineConfigurationRequest:top"),
        ("CreateIngestionPipelineConfigurationRequest:top", "IngestionPipelineTargetIndexRef"),
    ),
    "update_run_info_v1_rag_ingestion_pipeline_configurations__id__run_info_put": (
        w.ref("UpdateRunInfo:top"),
        ("UpdateRunInfo:top",),
    ),
    "register_deployment_v1_rag_deployments_put": (
        w.ref("RegisterDeploymentRequestDeployment:top"),
        (
            "Literal['ann', 'bm25', 'attribute'] | str | None",
            "Literal['count', 'embedding', 'timestamp', 'text', 'string', 'bool', 'int', 'language'] | str",
            "Literal['in_memory', 'on_disk'] | str",
            "Literal['int', 'bool', 'string', 'embedding', 'long', 'float'] | str",
            "Literal['online', 'offline'] | str",
            "Literal['vespa'] = 'vespa'",
            "RegisterDeploymentRequestDeployment:top",
            "RegisterDeploymentRequestVespaDeployment",
            "RegisterDeploymentRequestVespaField",
            "RegisterDeploymentRequestVespaIndex",
        ),
    ),
    "update_index_metrics_v1_rag_deployments__deployment_id__metrics_put": (
        w.union(
            w.ref("UpdateMetricsRequestDeploymentMetricsOnline"),
            w.ref("UpdateMetricsRequestDeploymentMetricsOffline"),
        ),
        (
            "Literal['offline'] = 'offline'",
            "Literal['online'] = 'online'",
            "UpdateMetricsRequestDeploymentMetricsOffline",
            "UpdateMetricsRequestDeploymentMetricsOnline",
            "UpdateMetricsRequestIndexMetrics",
        ),
    ),
    "register_search_index_v1_rag_indexes_put": (
        w.ref("RegisterSearchIndexRequestIndex:top"),
        (
            "Literal['ann', 'bm25', 'attribute'] | str | None",
            "Literal['count', 'embedding', 'timestamp', 'text', 'string', 'bool', 'int', 'language'] | str",
            "Literal['in_memory', 'on_disk'] | str",
            "Literal['int', 'bool', 'string', 'embedding', 'long', 'float'] | str",
            "Literal['online', 'offline'] | str",
            "Literal['vespa'] = 'vespa'",
            "RegisterSearchIndexRequestIndex:top",
            "RegisterSearchIndexRequestVespaIndex",
            "RegisterSearchIndexRequestVespaSchemaField",
            "RegisterSearchIndexRequestVespaSchemaModel",
        ),
    ),
    "set_index_summary_v1_rag_indexes_index__index_id__summary_field_put": (
        w.ref("UpdateIndexSummaryRequestSummary:top"),
        ("UpdateIndexSummaryRequestSummary:top",),
    ),
    "update_index_metrics_v1_rag_indexes_index__index_id__metrics_put": (
        w.tagged_union(
            {
                "online": w.ref("UpdateIndexMetricsRequestIndexMetricsOnline"),
                "offline": w.ref("UpdateIndexMetricsRequestIndexMetricsOffline"),
                "__unknown__": w.ref("UnknownVariant"),
            },
            open_pick("status", ("offline", "online")),
        ),
        (
            "Literal['offline'] = 'offline'",
            "Literal['online'] = 'online'",
            "UnknownVariant",
            "UpdateIndexMetricsRequestIndexMetricsOffline",
            "UpdateIndexMetricsRequestIndexMetricsOnline",
            "UpdateIndexMetricsRequestSchemaMetrics",
        ),
    ),
    "set_schema_summary_v1_rag_indexes_index__index_id__schemas_schema__schema_id__summary_field_put": (
        w.ref("UpdateSchemaSummaryRequestSummary:top"),
        ("UpdateSchemaSummaryRequestSummary:top",),
    ),
}
