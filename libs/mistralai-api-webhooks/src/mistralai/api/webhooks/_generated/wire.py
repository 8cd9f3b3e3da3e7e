# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""The JSON request bodies of mistralai-api-webhooks as pydantic-core schemas of their wire form: model
definitions by name (core's shared models are in mistralai.core's), and per operation
its root schema and the definitions it needs (see mistralai.core._wire; derived from
the models by tools/codegen/emit_wire.py)."""

from typing import Any

DEFS: dict[str, Any] = {
    "CreateTrigger:top": {
        "type": "typed-dict",
        "fields": {
            "event_source_id": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
            "handler": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {"type": "literal", "expected": ["workflows", "agents", "spaces"]},
                        {"type": "str"},
                    ],
                },
                "required": True,
            },
            "action": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "CreateTriggerAction"},
                "required": True,
            },
            "owner_type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal['workspace', 'user'] | str",
                },
                "required": True,
            },
            "title": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "filters": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
        },
        "cls_name": "CreateTrigger",
        "extra_behavior": "allow",
        "ref": "CreateTrigger:top",
    },
    "CreateTriggerAction": {
        "type": "typed-dict",
        "fields": {
            "primitive_id": {
                "type": "typed-dict-field",
                "schema": {"type": "str"},
                "required": True,
            },
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {
                            "type": "literal",
                            "expected": [
                                "start_workflow",
                                "build_app",
                                "deploy_app",
                                "start_agent_session",
                            ],
                        },
                        {"type": "str"},
                    ],
                },
                "required": True,
            },
        },
        "cls_name": "CreateTriggerAction",
        "extra_behavior": "allow",
        "ref": "CreateTriggerAction",
    },
    "CreateWebhook:top": {
        "type": "typed-dict",
        "fields": {
            "provider": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {
                            "type": "literal",
                            "expected": [
                                "slack",
                                "github",
                                "notion",
                                "lucca",
                                "linear",
                                "microsoft",
                                "ashby",
                                "custom",
                            ],
                        },
                        {"type": "str"},
                    ],
                },
                "required": True,
            },
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "owner_type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "definition-ref",
                        "schema_ref": "Literal['workspace', 'user'] | str",
                    },
                },
                "required": False,
            },
            "secret": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "encryption_key": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
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
            "signature_hash_algorithm": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {"type": "literal", "expected": ["sha256", "sha1"]},
                            {"type": "str"},
                        ],
                    },
                },
                "required": False,
            },
            "signature_header_name": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "validity_period_second": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
            "signature_extractor_regex": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "timestamp_extractor_regex": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "signature_payload_pattern": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "signature_encoding": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {"type": "literal", "expected": ["hex", "base64"]},
                            {"type": "str"},
                        ],
                    },
                },
                "required": False,
            },
            "success_status_code": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
            "event_type_path": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
        },
        "cls_name": "CreateWebhook",
        "extra_behavior": "allow",
        "ref": "CreateWebhook:top",
    },
    "Literal['workspace', 'user'] | str": {
        "type": "union",
        "choices": [{"type": "literal", "expected": ["workspace", "user"]}, {"type": "str"}],
        "ref": "Literal['workspace', 'user'] | str",
    },
}

BODIES: dict[str, tuple[Any, tuple[str, ...]]] = {
    "create_trigger_v1_triggers_post": (
        {"type": "definition-ref", "schema_ref": "CreateTrigger:top"},
        ("CreateTrigger:top", "CreateTriggerAction", "Literal['workspace', 'user'] | str"),
    ),
    "create_webhook_v1_webhooks_post": (
        {"type": "definition-ref", "schema_ref": "CreateWebhook:top"},
        ("CreateWebhook:top", "Literal['workspace', 'user'] | str"),
    ),
}
