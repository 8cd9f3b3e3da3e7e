# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""The JSON request bodies of mistralai-api-webhooks as pydantic-core schemas of their wire form: model
definitions by name (core's shared models are in mistralai.core's), and per operation
its root schema and the definitions it needs (see mistralai.core._wire; derived from
the models by tools/codegen/emit_wire.py)."""

from typing import Any

from mistralai.core.runtime import wire as w

DEFS: dict[str, Any] = w.definitions(
    {
        "CreateTrigger:top": w.typed_dict(
            "CreateTrigger",
            {
                "event_source_id": w.field(w.STR),
                "handler": w.field(w.union(w.literal("workflows", "agents", "spaces"), w.STR)),
                "action": w.field(w.ref("CreateTriggerAction")),
                "owner_type": w.field(w.ref("Literal['workspace', 'user'] | str")),
                "title": w.field(w.STR),
                "filters": w.field(w.nullable(w.STR), required=False),
            },
        ),
        "CreateTriggerAction": w.typed_dict(
            "CreateTriggerAction",
            {
                "primitive_id": w.field(w.STR),
                "type": w.field(
                    w.union(
                        w.literal(
                            "start_workflow", "build_app", "deploy_app", "start_agent_session"
                        ),
                        w.STR,
                    )
                ),
            },
        ),
        "CreateWebhook:top": w.typed_dict(
            "CreateWebhook",
            {
                "provider": w.field(
                    w.union(
                        w.literal(
                            "slack",
                            "github",
                            "notion",
                            "lucca",
                            "linear",
                            "microsoft",
                            "ashby",
                            "custom",
                        ),
                        w.STR,
                    )
                ),
                "name": w.field(w.STR),
                "owner_type": w.field(
                    w.nullable(w.ref("Literal['workspace', 'user'] | str")), required=False
                ),
                "secret": w.field(w.nullable(w.STR), required=False),
                "encryption_key": w.field(w.nullable(w.STR), required=False),
                "expires_at": w.field(
                    w.nullable({"type": "datetime", "microseconds_precision": "truncate"}),
                    required=False,
                ),
                "signature_hash_algorithm": w.field(
                    w.nullable(w.union(w.literal("sha256", "sha1"), w.STR)), required=False
                ),
                "signature_header_name": w.field(w.nullable(w.STR), required=False),
                "validity_period_second": w.field(w.nullable(w.INT), required=False),
                "signature_extractor_regex": w.field(w.nullable(w.STR), required=False),
                "timestamp_extractor_regex": w.field(w.nullable(w.STR), required=False),
                "signature_payload_pattern": w.field(w.nullable(w.STR), required=False),
                "signature_encoding": w.field(
                    w.nullable(w.union(w.literal("hex", "base64"), w.STR)), required=False
                ),
                "success_status_code": w.field(w.nullable(w.INT), required=False),
                "event_type_path": w.field(w.nullable(w.STR), required=False),
            },
        ),
        "Literal['workspace', 'user'] | str": w.union(w.literal("workspace", "user"), w.STR),
    }
)

BODIES: dict[str, tuple[Any, tuple[str, ...]]] = {
    "create_trigger_v1_triggers_post": (
        w.ref("CreateTrigger:top"),
        ("CreateTrigger:top", "CreateTriggerAction", "Literal['workspace', 'user'] | str"),
    ),
    "create_webhook_v1_webhooks_post": (
        w.ref("CreateWebhook:top"),
        ("CreateWebhook:top", "Literal['workspace', 'user'] | str"),
    ),
}
