# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""The JSON request bodies of mistralai-api-workflows as pydantic-core schemas of their wire form: model
definitions by name (core's shared models are in mistralai.core's), and per operation
its root schema and the definitions it needs (see mistralai.core._wire; derived from
the models by tools/codegen/emit_wire.py)."""

from typing import Any

from mistralai.core.runtime import is_none

DEFS: dict[str, Any] = {
    "WorkflowExecutionRequest:top": {
        "type": "typed-dict",
        "fields": {
            "execution_id": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "input": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "dict[str, Any] | None"},
                "required": False,
            },
            "wait_for_result": {
                "type": "typed-dict-field",
                "schema": {"type": "bool"},
                "required": False,
            },
            "timeout_seconds": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "float"}},
                "required": False,
            },
            "custom_tracing_attributes": {
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
            "force_new_trace": {
                "type": "typed-dict-field",
                "schema": {"type": "bool"},
                "required": False,
            },
            "extensions": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "dict[str, Any] | None"},
                "required": False,
            },
            "task_queue": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "deployment_name": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "traceparent": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
        },
        "cls_name": "WorkflowExecutionRequest",
        "extra_behavior": "allow",
        "ref": "WorkflowExecutionRequest:top",
    },
    "WorkflowUpdateRequest:top": {
        "type": "typed-dict",
        "fields": {
            "display_name": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "description": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "available_in_chat_assistant": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
            },
            "tags": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[str] | None"},
                "required": False,
            },
        },
        "cls_name": "WorkflowUpdateRequest",
        "extra_behavior": "allow",
        "ref": "WorkflowUpdateRequest:top",
    },
    "WorkflowBulkArchiveRequest:top": {
        "type": "typed-dict",
        "fields": {
            "workflow_ids": {
                "type": "typed-dict-field",
                "schema": {"type": "list", "items_schema": {"type": "str"}},
                "required": True,
            }
        },
        "cls_name": "WorkflowBulkArchiveRequest",
        "extra_behavior": "allow",
        "ref": "WorkflowBulkArchiveRequest:top",
    },
    "WorkflowBulkUnarchiveRequest:top": {
        "type": "typed-dict",
        "fields": {
            "workflow_ids": {
                "type": "typed-dict-field",
                "schema": {"type": "list", "items_schema": {"type": "str"}},
                "required": True,
            }
        },
        "cls_name": "WorkflowBulkUnarchiveRequest",
        "extra_behavior": "allow",
        "ref": "WorkflowBulkUnarchiveRequest:top",
    },
    "WorkflowTagsAddRequest:top": {
        "type": "typed-dict",
        "fields": {
            "tags": {
                "type": "typed-dict-field",
                "schema": {"type": "list", "items_schema": {"type": "str"}},
                "required": True,
            }
        },
        "cls_name": "WorkflowTagsAddRequest",
        "extra_behavior": "allow",
        "ref": "WorkflowTagsAddRequest:top",
    },
    "CreateDeploymentRequest:top": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "spec": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "DeploymentWorkerSpecInput"},
                "required": True,
            },
            "resources": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "definition-ref", "schema_ref": "DeploymentResourceConfig"},
                },
                "required": False,
            },
            "hardened": {"type": "typed-dict-field", "schema": {"type": "bool"}, "required": False},
        },
        "cls_name": "CreateDeploymentRequest",
        "extra_behavior": "allow",
        "ref": "CreateDeploymentRequest:top",
    },
    "DeploymentWorkerSpecInput": {
        "type": "typed-dict",
        "fields": {
            "github_url": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "revision": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "entrypoint": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "working_dir": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
        },
        "cls_name": "DeploymentWorkerSpecInput",
        "extra_behavior": "allow",
        "ref": "DeploymentWorkerSpecInput",
    },
    "DeploymentResourceConfig": {
        "type": "typed-dict",
        "fields": {
            "replicas": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
            "cpu_request": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "cpu_limit": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "memory_request": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "memory_limit": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
        },
        "cls_name": "DeploymentResourceConfig",
        "extra_behavior": "allow",
        "ref": "DeploymentResourceConfig",
    },
    "UpdateDeploymentRequest:top": {
        "type": "typed-dict",
        "fields": {
            "spec": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {"type": "definition-ref", "schema_ref": "WorkflowsWorkerSpecUpdate"},
                },
                "required": False,
            },
            "resources": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "definition-ref",
                        "schema_ref": "DeploymentResourceConfigUpdate",
                    },
                },
                "required": False,
            },
        },
        "cls_name": "UpdateDeploymentRequest",
        "extra_behavior": "allow",
        "ref": "UpdateDeploymentRequest:top",
    },
    "WorkflowsWorkerSpecUpdate": {
        "type": "typed-dict",
        "fields": {
            "github_url": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "revision": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "entrypoint": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "working_dir": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
        },
        "cls_name": "WorkflowsWorkerSpecUpdate",
        "extra_behavior": "allow",
        "ref": "WorkflowsWorkerSpecUpdate",
    },
    "DeploymentResourceConfigUpdate": {
        "type": "typed-dict",
        "fields": {
            "replicas": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
            "cpu_request": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "cpu_limit": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "memory_request": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "memory_limit": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
        },
        "cls_name": "DeploymentResourceConfigUpdate",
        "extra_behavior": "allow",
        "ref": "DeploymentResourceConfigUpdate",
    },
    "SignalInvocationBody:top": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "input": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "NetworkEncodedInput | dict[str, Any] | None",
                },
                "required": False,
            },
        },
        "cls_name": "SignalInvocationBody",
        "extra_behavior": "allow",
        "ref": "SignalInvocationBody:top",
    },
    "NetworkEncodedInput": {
        "type": "typed-dict",
        "fields": {
            "b64payload": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "encoding_options": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "list",
                        "items_schema": {
                            "type": "union",
                            "choices": [
                                {
                                    "type": "literal",
                                    "expected": [
                                        "offloaded",
                                        "encrypted",
                                        "encrypted-partial",
                                        "compressed",
                                    ],
                                },
                                {"type": "str"},
                            ],
                        },
                    },
                },
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "empty": {
                "type": "typed-dict-field",
                "schema": {"type": "default", "schema": {"type": "bool"}, "default": False},
                "required": False,
            },
        },
        "cls_name": "NetworkEncodedInput",
        "extra_behavior": "allow",
        "ref": "NetworkEncodedInput",
    },
    "QueryInvocationBody:top": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "input": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "NetworkEncodedInput | dict[str, Any] | None",
                },
                "required": False,
            },
        },
        "cls_name": "QueryInvocationBody",
        "extra_behavior": "allow",
        "ref": "QueryInvocationBody:top",
    },
    "BatchExecutionBody:top": {
        "type": "typed-dict",
        "fields": {
            "execution_ids": {
                "type": "typed-dict-field",
                "schema": {"type": "list", "items_schema": {"type": "str"}},
                "required": True,
            }
        },
        "cls_name": "BatchExecutionBody",
        "extra_behavior": "allow",
        "ref": "BatchExecutionBody:top",
    },
    "ResetInvocationBody:top": {
        "type": "typed-dict",
        "fields": {
            "event_id": {"type": "typed-dict-field", "schema": {"type": "int"}, "required": True},
            "reason": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "exclude_signals": {
                "type": "typed-dict-field",
                "schema": {"type": "bool"},
                "required": False,
            },
            "exclude_updates": {
                "type": "typed-dict-field",
                "schema": {"type": "bool"},
                "required": False,
            },
        },
        "cls_name": "ResetInvocationBody",
        "extra_behavior": "allow",
        "ref": "ResetInvocationBody:top",
    },
    "UpdateInvocationBody:top": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "input": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "NetworkEncodedInput | dict[str, Any] | None",
                },
                "required": False,
            },
        },
        "cls_name": "UpdateInvocationBody",
        "extra_behavior": "allow",
        "ref": "UpdateInvocationBody:top",
    },
    "WorkflowScheduleRequest:top": {
        "type": "typed-dict",
        "fields": {
            "schedule": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "ScheduleDefinition"},
                "required": True,
            },
            "workflow_registration_id": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "workflow_version_id": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "workflow_identifier": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "workflow_task_queue": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "schedule_id": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "deployment_name": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
        },
        "cls_name": "WorkflowScheduleRequest",
        "extra_behavior": "allow",
        "ref": "WorkflowScheduleRequest:top",
    },
    "ScheduleDefinition": {
        "type": "typed-dict",
        "fields": {
            "input": {"type": "typed-dict-field", "schema": {"type": "any"}, "required": True},
            "calendars": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[ScheduleCalendar] | None"},
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "intervals": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[ScheduleInterval] | None"},
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "cron_expressions": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[str] | None"},
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "skip": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[ScheduleCalendar] | None"},
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "start_at": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "datetime | None"},
                "required": False,
            },
            "end_at": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "datetime | None"},
                "required": False,
            },
            "jitter": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "time_zone_name": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "policy": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "SchedulePolicy | None"},
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "max_executions": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
            "schedule_id": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
        },
        "cls_name": "ScheduleDefinition",
        "extra_behavior": "allow",
        "ref": "ScheduleDefinition",
    },
    "ScheduleCalendar": {
        "type": "typed-dict",
        "fields": {
            "second": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[ScheduleRange] | None"},
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "minute": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[ScheduleRange] | None"},
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "hour": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[ScheduleRange] | None"},
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "day_of_month": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[ScheduleRange] | None"},
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "month": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[ScheduleRange] | None"},
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "year": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[ScheduleRange] | None"},
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "day_of_week": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[ScheduleRange] | None"},
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "comment": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
        },
        "cls_name": "ScheduleCalendar",
        "extra_behavior": "allow",
        "ref": "ScheduleCalendar",
    },
    "ScheduleRange": {
        "type": "typed-dict",
        "fields": {
            "start": {"type": "typed-dict-field", "schema": {"type": "int"}, "required": True},
            "end": {
                "type": "typed-dict-field",
                "schema": {"type": "default", "schema": {"type": "int"}, "default": 0},
                "required": False,
            },
            "step": {
                "type": "typed-dict-field",
                "schema": {"type": "default", "schema": {"type": "int"}, "default": 0},
                "required": False,
            },
        },
        "cls_name": "ScheduleRange",
        "extra_behavior": "allow",
        "ref": "ScheduleRange",
    },
    "ScheduleInterval": {
        "type": "typed-dict",
        "fields": {
            "every": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "offset": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
        },
        "cls_name": "ScheduleInterval",
        "extra_behavior": "allow",
        "ref": "ScheduleInterval",
    },
    "SchedulePolicy": {
        "type": "typed-dict",
        "fields": {
            "catchup_window_seconds": {
                "type": "typed-dict-field",
                "schema": {"type": "default", "schema": {"type": "int"}, "default": 31536000},
                "required": False,
            },
            "overlap": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal[1, 2, 3, 4, 5, 6] | None",
                },
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "pause_on_failure": {
                "type": "typed-dict-field",
                "schema": {"type": "default", "schema": {"type": "bool"}, "default": False},
                "required": False,
            },
        },
        "cls_name": "SchedulePolicy",
        "extra_behavior": "allow",
        "ref": "SchedulePolicy",
    },
    "WorkflowScheduleUpdateRequest:top": {
        "type": "typed-dict",
        "fields": {
            "schedule": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "PartialScheduleDefinition"},
                "required": True,
            }
        },
        "cls_name": "WorkflowScheduleUpdateRequest",
        "extra_behavior": "allow",
        "ref": "WorkflowScheduleUpdateRequest:top",
    },
    "PartialScheduleDefinition": {
        "type": "typed-dict",
        "fields": {
            "input": {
                "type": "typed-dict-field",
                "schema": {"type": "any"},
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "calendars": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[ScheduleCalendar] | None"},
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "intervals": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[ScheduleInterval] | None"},
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "cron_expressions": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[str] | None"},
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "skip": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[ScheduleCalendar] | None"},
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "start_at": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "datetime | None"},
                "required": False,
            },
            "end_at": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "datetime | None"},
                "required": False,
            },
            "jitter": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "time_zone_name": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "policy": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "SchedulePolicy | None"},
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "max_executions": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
        },
        "cls_name": "PartialScheduleDefinition",
        "extra_behavior": "allow",
        "ref": "PartialScheduleDefinition",
    },
    "WorkflowSchedulePauseRequest:top": {
        "type": "typed-dict",
        "fields": {
            "note": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            }
        },
        "cls_name": "WorkflowSchedulePauseRequest",
        "extra_behavior": "allow",
        "ref": "WorkflowSchedulePauseRequest:top",
    },
    "WorkflowScheduleTriggerRequest:top": {
        "type": "typed-dict",
        "fields": {
            "overlap": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "definition-ref",
                    "schema_ref": "Literal[1, 2, 3, 4, 5, 6] | None",
                },
                "required": False,
            }
        },
        "cls_name": "WorkflowScheduleTriggerRequest",
        "extra_behavior": "allow",
        "ref": "WorkflowScheduleTriggerRequest:top",
    },
    "dict[str, Any] | None": {
        "type": "nullable",
        "schema": {"type": "definition-ref", "schema_ref": "dict[str, Any]"},
        "ref": "dict[str, Any] | None",
    },
    "dict[str, Any]": {
        "type": "dict",
        "keys_schema": {"type": "str"},
        "values_schema": {"type": "any"},
        "ref": "dict[str, Any]",
    },
    "list[str] | None": {
        "type": "nullable",
        "schema": {"type": "list", "items_schema": {"type": "str"}},
        "ref": "list[str] | None",
    },
    "NetworkEncodedInput | dict[str, Any] | None": {
        "type": "nullable",
        "schema": {
            "type": "union",
            "choices": [
                {"type": "definition-ref", "schema_ref": "NetworkEncodedInput"},
                {"type": "definition-ref", "schema_ref": "dict[str, Any]"},
            ],
        },
        "ref": "NetworkEncodedInput | dict[str, Any] | None",
    },
    "list[ScheduleCalendar] | None": {
        "type": "nullable",
        "schema": {
            "type": "list",
            "items_schema": {"type": "definition-ref", "schema_ref": "ScheduleCalendar"},
        },
        "ref": "list[ScheduleCalendar] | None",
    },
    "list[ScheduleInterval] | None": {
        "type": "nullable",
        "schema": {
            "type": "list",
            "items_schema": {"type": "definition-ref", "schema_ref": "ScheduleInterval"},
        },
        "ref": "list[ScheduleInterval] | None",
    },
    "datetime | None": {
        "type": "nullable",
        "schema": {"type": "datetime", "microseconds_precision": "truncate"},
        "ref": "datetime | None",
    },
    "SchedulePolicy | None": {
        "type": "nullable",
        "schema": {"type": "definition-ref", "schema_ref": "SchedulePolicy"},
        "ref": "SchedulePolicy | None",
    },
    "list[ScheduleRange] | None": {
        "type": "nullable",
        "schema": {
            "type": "list",
            "items_schema": {"type": "definition-ref", "schema_ref": "ScheduleRange"},
        },
        "ref": "list[ScheduleRange] | None",
    },
    "Literal[1, 2, 3, 4, 5, 6] | None": {
        "type": "nullable",
        "schema": {"type": "literal", "expected": [1, 2, 3, 4, 5, 6]},
        "ref": "Literal[1, 2, 3, 4, 5, 6] | None",
    },
}

BODIES: dict[str, tuple[Any, tuple[str, ...]]] = {
    "execute_workflow_v1_workflows__workflow_identifier__execute_post": (
        {"type": "definition-ref", "schema_ref": "WorkflowExecutionRequest:top"},
        ("WorkflowExecutionRequest:top", "dict[str, Any]", "dict[str, Any] | None"),
    ),
    "execute_workflow_registration_v1_workflows_registrations__workflow_registration_id__execute_post": (
        {"type": "definition-ref", "schema_ref": "WorkflowExecutionRequest:top"},
        ("WorkflowExecutionRequest:top", "dict[str, Any]", "dict[str, Any] | None"),
    ),
    "update_workflow_v1_workflows__workflow_identifier__put": (
        {"type": "definition-ref", "schema_ref": "WorkflowUpdateRequest:top"},
        ("WorkflowUpdateRequest:top", "list[str] | None"),
    ),
    "bulk_archive_workflows_v1_workflows_archive_put": (
        {"type": "definition-ref", "schema_ref": "WorkflowBulkArchiveRequest:top"},
        ("WorkflowBulkArchiveRequest:top",),
    ),
    "bulk_unarchive_workflows_v1_workflows_unarchive_put": (
        {"type": "definition-ref", "schema_ref": "WorkflowBulkUnarchiveRequest:top"},
        ("WorkflowBulkUnarchiveRequest:top",),
    ),
    "add_workflow_tags_v1_workflows__workflow_identifier__tags_post": (
        {"type": "definition-ref", "schema_ref": "WorkflowTagsAddRequest:top"},
        ("WorkflowTagsAddRequest:top",),
    ),
    "create_deployment_v1_workflows_deployments_post": (
        {"type": "definition-ref", "schema_ref": "CreateDeploymentRequest:top"},
        ("CreateDeploymentRequest:top", "DeploymentResourceConfig", "DeploymentWorkerSpecInput"),
    ),
    "update_deployment_v1_workflows_deployments__name__patch": (
        {"type": "definition-ref", "schema_ref": "UpdateDeploymentRequest:top"},
        (
            "DeploymentResourceConfigUpdate",
            "UpdateDeploymentRequest:top",
            "WorkflowsWorkerSpecUpdate",
        ),
    ),
    "signal_workflow_execution_v1_workflows_executions__execution_id__signals_post": (
        {"type": "definition-ref", "schema_ref": "SignalInvocationBody:top"},
        (
            "NetworkEncodedInput",
            "NetworkEncodedInput | dict[str, Any] | None",
            "SignalInvocationBody:top",
            "dict[str, Any]",
        ),
    ),
    "query_workflow_execution_v1_workflows_executions__execution_id__queries_post": (
        {"type": "definition-ref", "schema_ref": "QueryInvocationBody:top"},
        (
            "NetworkEncodedInput",
            "NetworkEncodedInput | dict[str, Any] | None",
            "QueryInvocationBody:top",
            "dict[str, Any]",
        ),
    ),
    "batch_terminate_workflow_executions_v1_workflows_executions_terminate_post": (
        {"type": "definition-ref", "schema_ref": "BatchExecutionBody:top"},
        ("BatchExecutionBody:top",),
    ),
    "batch_cancel_workflow_executions_v1_workflows_executions_cancel_post": (
        {"type": "definition-ref", "schema_ref": "BatchExecutionBody:top"},
        ("BatchExecutionBody:top",),
    ),
    "reset_workflow_v1_workflows_executions__execution_id__reset_post": (
        {"type": "definition-ref", "schema_ref": "ResetInvocationBody:top"},
        ("ResetInvocationBody:top",),
    ),
    "update_workflow_execution_v1_workflows_executions__execution_id__updates_post": (
        {"type": "definition-ref", "schema_ref": "UpdateInvocationBody:top"},
        (
            "NetworkEncodedInput",
            "NetworkEncodedInput | dict[str, Any] | None",
            "UpdateInvocationBody:top",
            "dict[str, Any]",
        ),
    ),
    "schedule_workflow_v1_workflows_schedules_post": (
        {"type": "definition-ref", "schema_ref": "WorkflowScheduleRequest:top"},
        (
            "Literal[1, 2, 3, 4, 5, 6] | None",
            "ScheduleCalendar",
            "ScheduleDefinition",
            "ScheduleInterval",
            "SchedulePolicy",
            "SchedulePolicy | None",
            "ScheduleRange",
            "WorkflowScheduleRequest:top",
            "datetime | None",
            "list[ScheduleCalendar] | None",
            "list[ScheduleInterval] | None",
            "list[ScheduleRange] | None",
            "list[str] | None",
        ),
    ),
    "update_schedule_v1_workflows_schedules__schedule_id__patch": (
        {"type": "definition-ref", "schema_ref": "WorkflowScheduleUpdateRequest:top"},
        (
            "Literal[1, 2, 3, 4, 5, 6] | None",
            "PartialScheduleDefinition",
            "ScheduleCalendar",
            "ScheduleInterval",
            "SchedulePolicy",
            "SchedulePolicy | None",
            "ScheduleRange",
            "WorkflowScheduleUpdateRequest:top",
            "datetime | None",
            "list[ScheduleCalendar] | None",
            "list[ScheduleInterval] | None",
            "list[ScheduleRange] | None",
            "list[str] | None",
        ),
    ),
    "pause_schedule_v1_workflows_schedules__schedule_id__pause_post": (
        {"type": "definition-ref", "schema_ref": "WorkflowSchedulePauseRequest:top"},
        ("WorkflowSchedulePauseRequest:top",),
    ),
    "resume_schedule_v1_workflows_schedules__schedule_id__resume_post": (
        {"type": "definition-ref", "schema_ref": "WorkflowSchedulePauseRequest:top"},
        ("WorkflowSchedulePauseRequest:top",),
    ),
    "trigger_schedule_v1_workflows_schedules__schedule_id__trigger_post": (
        {"type": "definition-ref", "schema_ref": "WorkflowScheduleTriggerRequest:top"},
        ("Literal[1, 2, 3, 4, 5, 6] | None", "WorkflowScheduleTriggerRequest:top"),
    ),
}
