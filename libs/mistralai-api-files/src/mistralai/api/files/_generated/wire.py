# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""The JSON request bodies of mistralai-api-files as pydantic-core schemas of their wire form: model
definitions by name (core's shared models are in mistralai.core's), and per operation
its root schema and the definitions it needs (see mistralai.core._wire; derived from
the models by tools/codegen/emit_wire.py)."""

from typing import Any

from mistralai.core.runtime import is_none, open_pick

DEFS: dict[str, Any] = {
    "CreateLibraryRequest:top": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "description": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "chunk_size": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
            "owner_type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {"type": "literal", "expected": ["User", "Workspace"]},
                            {"type": "str"},
                        ],
                    },
                },
                "required": False,
            },
        },
        "cls_name": "CreateLibraryRequest",
        "extra_behavior": "allow",
        "ref": "CreateLibraryRequest:top",
    },
    "UpdateLibraryRequest:top": {
        "type": "typed-dict",
        "fields": {
            "name": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "description": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
        },
        "cls_name": "UpdateLibraryRequest",
        "extra_behavior": "allow",
        "ref": "UpdateLibraryRequest:top",
    },
    "SharingRequest:top": {
        "type": "typed-dict",
        "fields": {
            "org_id": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "level": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {"type": "literal", "expected": ["Viewer", "Editor"]},
                        {"type": "str"},
                    ],
                },
                "required": True,
            },
            "share_with_uuid": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
            "share_with_type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['User', 'Workspace', 'Org'] | str",
                },
                "required": True,
            },
        },
        "cls_name": "SharingRequest",
        "extra_behavior": "allow",
        "ref": "SharingRequest:top",
    },
    "SharingDelete:top": {
        "type": "typed-dict",
        "fields": {
            "org_id": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "share_with_uuid": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
            "share_with_type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['User', 'Workspace', 'Org'] | str",
                },
                "required": True,
            },
        },
        "cls_name": "SharingDelete",
        "extra_behavior": "allow",
        "ref": "SharingDelete:top",
    },
    "UpdateDocumentRequest:top": {
        "type": "typed-dict",
        "fields": {
            "name": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "attributes": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "dict",
                        "keys_schema": {"type": "str"},
                        "values_schema": {
                            "type": "union",
                            "choices": [
                                {"type": "bool"},
                                {"type": "str"},
                                {"type": "int"},
                                {"type": "float"},
                                {"type": "datetime", "microseconds_precision": "truncate"},
                                {"type": "list", "items_schema": {"type": "str"}},
                                {"type": "list", "items_schema": {"type": "int"}},
                                {"type": "list", "items_schema": {"type": "float"}},
                                {"type": "list", "items_schema": {"type": "bool"}},
                            ],
                        },
                    },
                },
                "required": False,
            },
            "expires_at": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "datetime", "microseconds_precision": "truncate"},
                },
                "required": False,
            },
        },
        "cls_name": "UpdateDocumentRequest",
        "extra_behavior": "allow",
        "ref": "UpdateDocumentRequest:top",
    },
    "IngestFromBlobStorageRequest:top": {
        "type": "typed-dict",
        "fields": {
            "filename": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "signed_url": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
        },
        "cls_name": "IngestFromBlobStorageRequest",
        "extra_behavior": "allow",
        "ref": "IngestFromBlobStorageRequest:top",
    },
    "CreateIngestionPipelineConfigurationRequest:top": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "pipeline_composition": {
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
            "target_indexes": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "list",
                        "items_schema": {
                            "type": "definition-ref",
                            "schema_ref": "IngestionPipelineTargetIndexRef",
                        },
                    },
                },
                "required": False,
            },
        },
        "cls_name": "CreateIngestionPipelineConfigurationRequest",
        "extra_behavior": "allow",
        "ref": "CreateIngestionPipelineConfigurationRequest:top",
    },
    "IngestionPipelineTargetIndexRef": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "literal", "expected": ["vespa"]},
                },
                "required": False,
            },
        },
        "cls_name": "IngestionPipelineTargetIndexRef",
        "extra_behavior": "allow",
        "ref": "IngestionPipelineTargetIndexRef",
    },
    "UpdateRunInfo:top": {
        "type": "typed-dict",
        "fields": {
            "execution_time": {
                "type": "typed-dict-field",
                "schema": {"type": "datetime", "microseconds_precision": "truncate"},
                "required": True,
            },
            "chunks_count": {
                "type": "typed-dict-field",
                "schema": {"type": "int"},
                "required": True,
            },
        },
        "cls_name": "UpdateRunInfo",
        "extra_behavior": "allow",
        "ref": "UpdateRunInfo:top",
    },
    "RegisterDeploymentRequestDeployment:top": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "status": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['online', 'offline'] | str",
                },
                "required": False,
            },
            "deployment": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "RegisterDeploymentRequestVespaDeployment",
                },
                "required": True,
            },
        },
        "cls_name": "RegisterDeploymentRequestDeployment",
        "extra_behavior": "allow",
        "ref": "RegisterDeploymentRequestDeployment:top",
    },
    "RegisterDeploymentRequestVespaDeployment": {
        "type": "typed-dict",
        "fields": {
            "type": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "Literal['vespa'] = 'vespa'"},
                "required": False,
            },
            "vespa_version": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
            "indexes": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "list",
                    "items_schema": {
                        "type": "definition-ref",
                        "schema_ref": "RegisterDeploymentRequestVespaIndex",
                    },
                },
                "required": True,
            },
            "query_url": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
        },
        "cls_name": "RegisterDeploymentRequestVespaDeployment",
        "extra_behavior": "allow",
        "ref": "RegisterDeploymentRequestVespaDeployment",
    },
    "RegisterDeploymentRequestVespaIndex": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "fields": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "list",
                    "items_schema": {
                        "type": "definition-ref",
                        "schema_ref": "RegisterDeploymentRequestVespaField",
                    },
                },
                "required": True,
                "validation_alias": [["fields"], ["fields_"]],
            },
            "sd": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
        },
        "cls_name": "RegisterDeploymentRequestVespaIndex",
        "extra_behavior": "allow",
        "ref": "RegisterDeploymentRequestVespaIndex",
    },
    "RegisterDeploymentRequestVespaField": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['int', 'bool', 'string', 'embedding', 'long', 'float'] | str",
                },
                "required": True,
            },
            "storage": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['in_memory', 'on_disk'] | str",
                },
                "required": True,
            },
            "ranking": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['count', 'embedding', 'timestamp', 'text', 'string', 'bool', 'int', 'language'] | str",
                },
                "required": True,
            },
            "index_type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['ann', 'bm25', 'attribute'] | str | None",
                },
                "required": True,
            },
            "multidimensional": {
                "type": "typed-dict-field",
                "schema": {"type": "bool"},
                "required": True,
            },
        },
        "cls_name": "RegisterDeploymentRequestVespaField",
        "extra_behavior": "allow",
        "ref": "RegisterDeploymentRequestVespaField",
    },
    "UpdateMetricsRequestDeploymentMetricsOnline": {
        "type": "typed-dict",
        "fields": {
            "status": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "Literal['online'] = 'online'"},
                "required": False,
            },
            "document_count": {
                "type": "typed-dict-field",
                "schema": {"type": "int"},
                "required": True,
            },
            "index_metrics": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "list",
                    "items_schema": {
                        "type": "definition-ref",
                        "schema_ref": "UpdateMetricsRequestIndexMetrics",
                    },
                },
                "required": True,
            },
        },
        "cls_name": "UpdateMetricsRequestDeploymentMetricsOnline",
        "extra_behavior": "allow",
        "ref": "UpdateMetricsRequestDeploymentMetricsOnline",
    },
    "UpdateMetricsRequestIndexMetrics": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "document_count": {
                "type": "typed-dict-field",
                "schema": {"type": "int"},
                "required": True,
            },
        },
        "cls_name": "UpdateMetricsRequestIndexMetrics",
        "extra_behavior": "allow",
        "ref": "UpdateMetricsRequestIndexMetrics",
    },
    "UpdateMetricsRequestDeploymentMetricsOffline": {
        "type": "typed-dict",
        "fields": {
            "status": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['offline'] = 'offline'",
                },
                "required": False,
            },
            "clear_metrics": {
                "type": "typed-dict-field",
                "schema": {"type": "default", "schema": {"type": "bool"}, "default": False},
                "required": False,
            },
        },
        "cls_name": "UpdateMetricsRequestDeploymentMetricsOffline",
        "extra_behavior": "allow",
        "ref": "UpdateMetricsRequestDeploymentMetricsOffline",
    },
    "RegisterSearchIndexRequestIndex:top": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "index": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "RegisterSearchIndexRequestVespaIndex",
                },
                "required": True,
            },
            "status": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['online', 'offline'] | str",
                },
                "required": False,
            },
        },
        "cls_name": "RegisterSearchIndexRequestIndex",
        "extra_behavior": "allow",
        "ref": "RegisterSearchIndexRequestIndex:top",
    },
    "RegisterSearchIndexRequestVespaIndex": {
        "type": "typed-dict",
        "fields": {
            "k8s_cluster": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
            "k8s_namespace": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
            "vespa_instance_name": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
            "vespa_version": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
            "schemas": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "list",
                    "items_schema": {
                        "type": "definition-ref",
                        "schema_ref": "RegisterSearchIndexRequestVespaSchemaModel",
                    },
                },
                "required": True,
            },
            "query_url": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "type": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "Literal['vespa'] = 'vespa'"},
                "required": False,
            },
        },
        "cls_name": "RegisterSearchIndexRequestVespaIndex",
        "extra_behavior": "allow",
        "ref": "RegisterSearchIndexRequestVespaIndex",
    },
    "RegisterSearchIndexRequestVespaSchemaModel": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "fields": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "list",
                    "items_schema": {
                        "type": "definition-ref",
                        "schema_ref": "RegisterSearchIndexRequestVespaSchemaField",
                    },
                },
                "required": True,
                "validation_alias": [["fields"], ["fields_"]],
            },
            "sd": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
        },
        "cls_name": "RegisterSearchIndexRequestVespaSchemaModel",
        "extra_behavior": "allow",
        "ref": "RegisterSearchIndexRequestVespaSchemaModel",
    },
    "RegisterSearchIndexRequestVespaSchemaField": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['int', 'bool', 'string', 'embedding', 'long', 'float'] | str",
                },
                "required": True,
            },
            "storage": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['in_memory', 'on_disk'] | str",
                },
                "required": True,
            },
            "ranking": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['count', 'embedding', 'timestamp', 'text', 'string', 'bool', 'int', 'language'] | str",
                },
                "required": True,
            },
            "index_type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['ann', 'bm25', 'attribute'] | str | None",
                },
                "required": True,
            },
            "multidimensional": {
                "type": "typed-dict-field",
                "schema": {"type": "bool"},
                "required": True,
            },
        },
        "cls_name": "RegisterSearchIndexRequestVespaSchemaField",
        "extra_behavior": "allow",
        "ref": "RegisterSearchIndexRequestVespaSchemaField",
    },
    "UpdateIndexSummaryRequestSummary:top": {
        "type": "typed-dict",
        "fields": {
            "summary": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True}
        },
        "cls_name": "UpdateIndexSummaryRequestSummary",
        "extra_behavior": "allow",
        "ref": "UpdateIndexSummaryRequestSummary:top",
    },
    "UpdateIndexMetricsRequestIndexMetricsOnline": {
        "type": "typed-dict",
        "fields": {
            "document_count": {
                "type": "typed-dict-field",
                "schema": {"type": "int"},
                "required": True,
            },
            "schema_metrics": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "list",
                    "items_schema": {
                        "type": "definition-ref",
                        "schema_ref": "UpdateIndexMetricsRequestSchemaMetrics",
                    },
                },
                "required": True,
            },
            "status": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "Literal['online'] = 'online'"},
                "required": False,
            },
        },
        "cls_name": "UpdateIndexMetricsRequestIndexMetricsOnline",
        "extra_behavior": "allow",
        "ref": "UpdateIndexMetricsRequestIndexMetricsOnline",
    },
    "UpdateIndexMetricsRequestSchemaMetrics": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "document_count": {
                "type": "typed-dict-field",
                "schema": {"type": "int"},
                "required": True,
            },
        },
        "cls_name": "UpdateIndexMetricsRequestSchemaMetrics",
        "extra_behavior": "allow",
        "ref": "UpdateIndexMetricsRequestSchemaMetrics",
    },
    "UpdateIndexMetricsRequestIndexMetricsOffline": {
        "type": "typed-dict",
        "fields": {
            "status": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['offline'] = 'offline'",
                },
                "required": False,
            },
            "clear_metrics": {
                "type": "typed-dict-field",
                "schema": {"type": "default", "schema": {"type": "bool"}, "default": False},
                "required": False,
            },
        },
        "cls_name": "UpdateIndexMetricsRequestIndexMetricsOffline",
        "extra_behavior": "allow",
        "ref": "UpdateIndexMetricsRequestIndexMetricsOffline",
    },
    "UpdateSchemaSummaryRequestSummary:top": {
        "type": "typed-dict",
        "fields": {
            "summary": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True}
        },
        "cls_name": "UpdateSchemaSummaryRequestSummary",
        "extra_behavior": "allow",
        "ref": "UpdateSchemaSummaryRequestSummary:top",
    },
    "Literal['User', 'Workspace', 'Org'] | str": {
        "type": "union",
        "choices": [{"type": "literal", "expected": ["User", "Workspace", "Org"]}, {"type": "str"}],
        "ref": "Literal['User', 'Workspace', 'Org'] | str",
    },
    "Literal['online', 'offline'] | str": {
        "type": "union",
        "choices": [{"type": "literal", "expected": ["online", "offline"]}, {"type": "str"}],
        "ref": "Literal['online', 'offline'] | str",
    },
    "Literal['vespa'] = 'vespa'": {
        "type": "default",
        "schema": {"type": "literal", "expected": ["vespa"]},
        "default": "vespa",
        "ref": "Literal['vespa'] = 'vespa'",
    },
    "Literal['int', 'bool', 'string', 'embedding', 'long', 'float'] | str": {
        "type": "union",
        "choices": [
            {
                "type": "literal",
                "expected": ["int", "bool", "string", "embedding", "long", "float"],
            },
            {"type": "str"},
        ],
        "ref": "Literal['int', 'bool', 'string', 'embedding', 'long', 'float'] | str",
    },
    "Literal['in_memory', 'on_disk'] | str": {
        "type": "union",
        "choices": [{"type": "literal", "expected": ["in_memory", "on_disk"]}, {"type": "str"}],
        "ref": "Literal['in_memory', 'on_disk'] | str",
    },
    "Literal['count', 'embedding', 'timestamp', 'text', 'string', 'bool', 'int', 'language'] | str": {
        "type": "union",
        "choices": [
            {
                "type": "literal",
                "expected": [
                    "count",
                    "embedding",
                    "timestamp",
                    "text",
                    "string",
                    "bool",
                    "int",
                    "language",
                ],
            },
            {"type": "str"},
        ],
        "ref": "Literal['count', 'embedding', 'timestamp', 'text', 'string', 'bool', 'int', 'language'] | str",
    },
    "Literal['ann', 'bm25', 'attribute'] | str | None": {
        "type": "nullable",
        "schema": {
            "type": "union",
            "choices": [
                {"type": "literal", "expected": ["ann", "bm25", "attribute"]},
                {"type": "str"},
            ],
        },
        "ref": "Literal['ann', 'bm25', 'attribute'] | str | None",
    },
    "Literal['online'] = 'online'": {
        "type": "default",
        "schema": {"type": "literal", "expected": ["online"]},
        "default": "online",
        "ref": "Literal['online'] = 'online'",
    },
    "Literal['offline'] = 'offline'": {
        "type": "default",
        "schema": {"type": "literal", "expected": ["offline"]},
        "default": "offline",
        "ref": "Literal['offline'] = 'offline'",
    },
}

BODIES: dict[str, tuple[Any, tuple[str, ...]]] = {
    "libraries_create_v1": (
        {"type": "definition-ref", "schema_ref": "CreateLibraryRequest:top"},
        ("CreateLibraryRequest:top",),
    ),
    "libraries_patch_v1": (
        {"type": "definition-ref", "schema_ref": "UpdateLibraryRequest:top"},
        ("UpdateLibraryRequest:top",),
    ),
    "libraries_update_v1": (
        {"type": "definition-ref", "schema_ref": "UpdateLibraryRequest:top"},
        ("UpdateLibraryRequest:top",),
    ),
    "libraries_share_create_v1": (
        {"type": "definition-ref", "schema_ref": "SharingRequest:top"},
        ("Literal['User', 'Workspace', 'Org'] | str", "SharingRequest:top"),
    ),
    "libraries_share_delete_v1": (
        {"type": "definition-ref", "schema_ref": "SharingDelete:top"},
        ("Literal['User', 'Workspace', 'Org'] | str", "SharingDelete:top"),
    ),
    "libraries_documents_patch_v1": (
        {"type": "definition-ref", "schema_ref": "UpdateDocumentRequest:top"},
        ("UpdateDocumentRequest:top",),
    ),
    "libraries_documents_update_v1": (
        {"type": "definition-ref", "schema_ref": "UpdateDocumentRequest:top"},
        ("UpdateDocumentRequest:top",),
    ),
    "libraries_documents_ingest_from_blob_storage_v1": (
        {"type": "definition-ref", "schema_ref": "IngestFromBlobStorageRequest:top"},
        ("IngestFromBlobStorageRequest:top",),
    ),
    "register_config_v1_rag_ingestion_pipeline_configurations_put": (
        {"type": "definition-ref", "schema_ref": "CreateIngestionPipelineConfigurationRequest:top"},
        ("CreateIngestionPipelineConfigurationRequest:top", "IngestionPipelineTargetIndexRef"),
    ),
    "update_run_info_v1_rag_ingestion_pipeline_configurations__id__run_info_put": (
        {"type": "definition-ref", "schema_ref": "UpdateRunInfo:top"},
        ("UpdateRunInfo:top",),
    ),
    "register_deployment_v1_rag_deployments_put": (
        {"type": "definition-ref", "schema_ref": "RegisterDeploymentRequestDeployment:top"},
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
        {
            "type": "union",
            "choices": [
                {
                    "type": "definition-ref",
                    "schema_ref": "UpdateMetricsRequestDeploymentMetricsOnline",
                },
                {
                    "type": "definition-ref",
                    "schema_ref": "UpdateMetricsRequestDeploymentMetricsOffline",
                },
            ],
        },
        (
            "Literal['offline'] = 'offline'",
            "Literal['online'] = 'online'",
            "UpdateMetricsRequestDeploymentMetricsOffline",
            "UpdateMetricsRequestDeploymentMetricsOnline",
            "UpdateMetricsRequestIndexMetrics",
        ),
    ),
    "register_search_index_v1_rag_indexes_put": (
        {"type": "definition-ref", "schema_ref": "RegisterSearchIndexRequestIndex:top"},
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
        {"type": "definition-ref", "schema_ref": "UpdateIndexSummaryRequestSummary:top"},
        ("UpdateIndexSummaryRequestSummary:top",),
    ),
    "update_index_metrics_v1_rag_indexes_index__index_id__metrics_put": (
        {
            "type": "tagged-union",
            "choices": {
                "online": {
                    "type": "definition-ref",
                    "schema_ref": "UpdateIndexMetricsRequestIndexMetricsOnline",
                },
                "offline": {
                    "type": "definition-ref",
                    "schema_ref": "UpdateIndexMetricsRequestIndexMetricsOffline",
                },
                "__unknown__": {"type": "definition-ref", "schema_ref": "UnknownVariant"},
            },
            "discriminator": open_pick("status", ("offline", "online")),
        },
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
        {"type": "definition-ref", "schema_ref": "UpdateSchemaSummaryRequestSummary:top"},
        ("UpdateSchemaSummaryRequestSummary:top",),
    ),
}
