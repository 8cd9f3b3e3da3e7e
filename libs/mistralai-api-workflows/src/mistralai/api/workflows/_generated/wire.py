# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""The JSON request bodies of mistralai-api-workflows as pydantic-core schemas of their wire form: model
definitions by name (core's shared models are in mistralai.core's), and per operation
its root schema and the definitions it needs (see mistralai.core._wire; derived from
the models by tools/codegen/emit_wire.py)."""

from typing import Any

from mistralai.core.runtime import wire as w

# fields shared by ScheduleDefinition and PartialScheduleDefinition
_CALENDARS_TO_MAX_EXECUTIONS_FIELDS: dict[str, Any] = {
    "calendars": w.field(w.ref("list[ScheduleCalendar] | None"), required=False, drop_none=True),
    "intervals": w.field(w.ref("list[ScheduleInterval] | None"), required=False, drop_none=True),
    "cron_expressions": w.field(w.ref("list[str] | None"), required=False, drop_none=True),
    "skip": w.field(w.ref("list[ScheduleCalendar] | None"), required=False, drop_none=True),
    "start_at": w.field(w.ref("datetime | None"), required=False),
    "end_at": w.field(w.ref("datetime | None"), required=False),
    "jitter": w.field(w.nullable(w.STR), required=False),
    "time_zone_name": w.field(w.nullable(w.STR), required=False),
    "policy": w.field(w.ref("SchedulePolicy | None"), required=False, drop_none=True),
    "max_executions": w.field(w.nullable(w.INT), required=False),
}

# fields shared by DeploymentResourceConfig and DeploymentResourceConfigUpdate
_REPLICAS_TO_MEMORY_LIMIT_FIELDS: dict[str, Any] = {
    "replicas": w.field(w.nullable(w.INT), required=False),
    "cpu_request": w.field(w.nullable(w.STR), required=False),
    "cpu_limit": w.field(w.nullable(w.STR), required=False),
    "memory_request": w.field(w.nullable(w.STR), required=False),
    "memory_limit": w.field(w.nullable(w.STR), required=False),
}

# fields shared by SignalInvocationBody, QueryInvocationBody and UpdateInvocationBody
_NAME_AND_INPUT_FIELDS: dict[str, Any] = {
    "name": w.field(w.STR),
    "input": w.field(w.ref("NetworkEncodedInput | dict[str, Any] | None"), required=False),
}

# fields shared by DeploymentWorkerSpecInput and WorkflowsWorkerSpecUpdate
_REVISION_TO_WORKING_DIR_FIELDS: dict[str, Any] = {
    "revision": w.field(w.nullable(w.STR), required=False),
    "entrypoint": w.field(w.nullable(w.STR), required=False),
    "working_dir": w.field(w.nullable(w.STR), required=False),
}

DEFS: dict[str, Any] = w.definitions(
    {
        "WorkflowExecutionRequest:top": w.typed_dict(
            "WorkflowExecutionRequest",
            {
                "execution_id": w.field(w.nullable(w.STR), required=False),
                "input": w.field(w.ref("dict[str, Any] | None"), required=False),
                "wait_for_result": w.field(w.BOOL, required=False),
                "timeout_seconds": w.field(w.nullable(w.FLOAT), required=False),
                "custom_tracing_attributes": w.field(
                    w.nullable(w.dict_of(w.STR, w.STR)), required=False
                ),
                "force_new_trace": w.field(w.BOOL, required=False),
                "extensions": w.field(w.ref("dict[str, Any] | None"), required=False),
                "task_queue": w.field(w.nullable(w.STR), required=False),
                "deployment_name": w.field(w.nullable(w.STR), required=False),
                "traceparent": w.field(w.nullable(w.STR), required=False),
            },
        ),
        "WorkflowUpdateRequest:top": w.typed_dict(
            "WorkflowUpdateRequest",
            {
                "display_name": w.field(w.nullable(w.STR), required=False),
                "description": w.field(w.nullable(w.STR), required=False),
                "available_in_chat_assistant": w.field(w.nullable(w.BOOL), required=False),
                "tags": w.field(w.ref("list[str] | None"), required=False),
            },
        ),
        "WorkflowBulkArchiveRequest:top": w.typed_dict(
            "WorkflowBulkArchiveRequest", {"workflow_ids": w.field(w.list_of(w.STR))}
        ),
        "WorkflowBulkUnarchiveRequest:top": w.typed_dict(
            "WorkflowBulkUnarchiveRequest", {"workflow_ids": w.field(w.list_of(w.STR))}
        ),
        "WorkflowTagsAddRequest:top": w.typed_dict(
            "WorkflowTagsAddRequest", {"tags": w.field(w.list_of(w.STR))}
        ),
        "CreateDeploymentRequest:top": w.typed_dict(
            "CreateDeploymentRequest",
            {
                "name": w.field(w.STR),
                "spec": w.field(w.ref("DeploymentWorkerSpecInput")),
                "resources": w.field(w.nullable(w.ref("DeploymentResourceConfig")), required=False),
                "hardened": w.field(w.BOOL, required=False),
            },
        ),
        "DeploymentWorkerSpecInput": w.typed_dict(
            "DeploymentWorkerSpecInput",
            {"github_url": w.field(w.STR), **_REVISION_TO_WORKING_DIR_FIELDS},
        ),
        "DeploymentResourceConfig": w.typed_dict(
            "DeploymentResourceConfig", {**_REPLICAS_TO_MEMORY_LIMIT_FIELDS}
        ),
        "UpdateDeploymentRequest:top": w.typed_dict(
            "UpdateDeploymentRequest",
            {
                "spec": w.field(w.nullable(w.ref("WorkflowsWorkerSpecUpdate")), required=False),
                "resources": w.field(
                    w.nullable(w.ref("DeploymentResourceConfigUpdate")), required=False
                ),
            },
        ),
        "WorkflowsWorkerSpecUpdate": w.typed_dict(
            "WorkflowsWorkerSpecUpdate",
            {
                "github_url": w.field(w.nullable(w.STR), required=False),
                **_REVISION_TO_WORKING_DIR_FIELDS,
            },
        ),
        "DeploymentResourceConfigUpdate": w.typed_dict(
            "DeploymentResourceConfigUpdate", {**_REPLICAS_TO_MEMORY_LIMIT_FIELDS}
        ),
        "SignalInvocationBody:top": w.typed_dict(
            "SignalInvocationBody", {**_NAME_AND_INPUT_FIELDS}
        ),
        "NetworkEncodedInput": w.typed_dict(
            "NetworkEncodedInput",
            {
                "b64payload": w.field(w.STR),
                "encoding_options": w.field(
                    w.nullable(
                        w.list_of(
                            w.union(
                                w.literal(
                                    "offloaded", "encrypted", "encrypted-partial", "compressed"
                                ),
                                w.STR,
                            )
                        )
                    ),
                    required=False,
                    drop_none=True,
                ),
                "empty": w.field(w.default(w.BOOL, False), required=False),
            },
        ),
        "QueryInvocationBody:top": w.typed_dict("QueryInvocationBody", {**_NAME_AND_INPUT_FIELDS}),
        "BatchExecutionBody:top": w.typed_dict(
            "BatchExecutionBody", {"execution_ids": w.field(w.list_of(w.STR))}
        ),
        "ResetInvocationBody:top": w.typed_dict(
            "ResetInvocationBody",
            {
                "event_id": w.field(w.INT),
                "reason": w.field(w.nullable(w.STR), required=False),
                "exclude_signals": w.field(w.BOOL, required=False),
                "exclude_updates": w.field(w.BOOL, required=False),
            },
        ),
        "UpdateInvocationBody:top": w.typed_dict(
            "UpdateInvocationBody", {**_NAME_AND_INPUT_FIELDS}
        ),
        "WorkflowScheduleRequest:top": w.typed_dict(
            "WorkflowScheduleRequest",
            {
                "schedule": w.field(w.ref("ScheduleDefinition")),
                "workflow_registration_id": w.field(w.nullable(w.STR), required=False),
                "workflow_version_id": w.field(w.nullable(w.STR), required=False),
                "workflow_identifier": w.field(w.nullable(w.STR), required=False),
                "workflow_task_queue": w.field(w.nullable(w.STR), required=False),
                "schedule_id": w.field(w.nullable(w.STR), required=False),
                "deployment_name": w.field(w.nullable(w.STR), required=False),
            },
        ),
        "ScheduleDefinition": w.typed_dict(
            "ScheduleDefinition",
            {
                "input": w.field(w.ANY),
                **_CALENDARS_TO_MAX_EXECUTIONS_FIELDS,
                "schedule_id": w.field(w.nullable(w.STR), required=False),
            },
        ),
        "ScheduleCalendar": w.typed_dict(
            "ScheduleCalendar",
            {
                "second": w.field(
                    w.ref("list[ScheduleRange] | None"), required=False, drop_none=True
                ),
                "minute": w.field(
                    w.ref("list[ScheduleRange] | None"), required=False, drop_none=True
                ),
                "hour": w.field(
                    w.ref("list[ScheduleRange] | None"), required=False, drop_none=True
                ),
                "day_of_month": w.field(
                    w.ref("list[ScheduleRange] | None"), required=False, drop_none=True
                ),
                "month": w.field(
                    w.ref("list[ScheduleRange] | None"), required=False, drop_none=True
                ),
                "year": w.field(
                    w.ref("list[ScheduleRange] | None"), required=False, drop_none=True
                ),
                "day_of_week": w.field(
                    w.ref("list[ScheduleRange] | None"), required=False, drop_none=True
                ),
                "comment": w.field(w.nullable(w.STR), required=False),
            },
        ),
        "ScheduleRange": w.typed_dict(
            "ScheduleRange",
            {
                "start": w.field(w.INT),
                "end": w.field(w.default(w.INT, 0), required=False),
                "step": w.field(w.default(w.INT, 0), required=False),
            },
        ),
        "ScheduleInterval": w.typed_dict(
            "ScheduleInterval",
            {"every": w.field(w.STR), "offset": w.field(w.nullable(w.STR), required=False)},
        ),
        "SchedulePolicy": w.typed_dict(
            "SchedulePolicy",
            {
                "catchup_window_seconds": w.field(w.default(w.INT, 31536000), required=False),
                "overlap": w.field(
                    w.ref("Literal[1, 2, 3, 4, 5, 6] | None"), required=False, drop_none=True
                ),
                "pause_on_failure": w.field(w.default(w.BOOL, False), required=False),
            },
        ),
        "WorkflowScheduleUpdateRequest:top": w.typed_dict(
            "WorkflowScheduleUpdateRequest",
            {"schedule": w.field(w.ref("PartialScheduleDefinition"))},
        ),
        "PartialScheduleDefinition": w.typed_dict(
            "PartialScheduleDefinition",
            {
                "input": w.field(w.ANY, required=False, drop_none=True),
                **_CALENDARS_TO_MAX_EXECUTIONS_FIELDS,
            },
        ),
        "WorkflowSchedulePauseRequest:top": w.typed_dict(
            "WorkflowSchedulePauseRequest", {"note": w.field(w.nullable(w.STR), required=False)}
        ),
        "WorkflowScheduleTriggerRequest:top": w.typed_dict(
            "WorkflowScheduleTriggerRequest",
            {"overlap": w.field(w.ref("Literal[1, 2, 3, 4, 5, 6] | None"), required=False)},
        ),
        "dict[str, Any] | None": w.nullable(w.ref("dict[str, Any]")),
        "dict[str, Any]": w.dict_of(w.STR, w.ANY),
        "list[str] | None": w.nullable(w.list_of(w.STR)),
        "NetworkEncodedInput | dict[str, Any] | None": w.nullable(
            w.union(w.ref("NetworkEncodedInput"), w.ref("dict[str, Any]"))
        ),
        "list[ScheduleCalendar] | None": w.nullable(w.list_of(w.ref("ScheduleCalendar"))),
        "list[ScheduleInterval] | None": w.nullable(w.list_of(w.ref("ScheduleInterval"))),
        "datetime | None": w.nullable({"type": "datetime", "microseconds_precision": "truncate"}),
        "SchedulePolicy | None": w.nullable(w.ref("SchedulePolicy")),
        "list[ScheduleRange] | None": w.nullable(w.list_of(w.ref("ScheduleRange"))),
        "Literal[1, 2, 3, 4, 5, 6] | None": w.nullable(w.literal(1, 2, 3, 4, 5, 6)),
    }
)

BODIES: dict[str, tuple[Any, tuple[str, ...]]] = {
    "execute_workflow_v1_workflows__workflow_identifier__execute_post": (
        w.ref("WorkflowExecutionRequest:top"),
        ("WorkflowExecutionRequest:top", "dict[str, Any]", "dict[str, Any] | None"),
    ),
    "execute_workflow_registration_v1_workflows_registrations__workflow_registration_id__execute_post": (
        w.ref("WorkflowExecutionRequest:top"),
        ("WorkflowExecutionRequest:top", "dict[str, Any]", "dict[str, Any] | None"),
    ),
    "update_workflow_v1_workflows__workflow_identifier__put": (
        w.ref("WorkflowUpdateRequest:top"),
        ("WorkflowUpdateRequest:top", "list[str] | None"),
    ),
    "bulk_archive_workflows_v1_workflows_archive_put": (
        w.ref("WorkflowBulkArchiveRequest:top"),
        ("WorkflowBulkArchiveRequest:top",),
    ),
    "bulk_unarchive_workflows_v1_workflows_unarchive_put": (
        w.ref("WorkflowBulkUnarchiveRequest:top"),
        ("WorkflowBulkUnarchiveRequest:top",),
    ),
    "add_workflow_tags_v1_workflows__workflow_identifier__tags_post": (
        w.ref("WorkflowTagsAddRequest:top"),
        ("WorkflowTagsAddRequest:top",),
    ),
    "create_deployment_v1_workflows_deployments_post": (
        w.ref("CreateDeploymentRequest:top"),
        ("CreateDeploymentRequest:top", "DeploymentResourceConfig", "DeploymentWorkerSpecInput"),
    ),
    "update_deployment_v1_workflows_deployments__name__patch": (
        w.ref("UpdateDeploymentRequest:top"),
        (
            "DeploymentResourceConfigUpdate",
            "UpdateDeploymentRequest:top",
            "WorkflowsWorkerSpecUpdate",
        ),
    ),
    "signal_workflow_execution_v1_workflows_executions__execution_id__signals_post": (
        w.ref("SignalInvocationBody:top"),
        (
            "NetworkEncodedInput",
            "NetworkEncodedInput | dict[str, Any] | None",
            "SignalInvocationBody:top",
            "dict[str, Any]",
        ),
    ),
    "query_workflow_execution_v1_workflows_executions__execution_id__queries_post": (
        w.ref("QueryInvocationBody:top"),
        (
            "NetworkEncodedInput",
            "NetworkEncodedInput | dict[str, Any] | None",
            "QueryInvocationBody:top",
            "dict[str, Any]",
        ),
    ),
    "batch_terminate_workflow_executions_v1_workflows_executions_terminate_post": (
        w.ref("BatchExecutionBody:top"),
        ("BatchExecutionBody:top",),
    ),
    "batch_cancel_workflow_executions_v1_workflows_executions_cancel_post": (
        w.ref("BatchExecutionBody:top"),
        ("BatchExecutionBody:top",),
    ),
    "reset_workflow_v1_workflows_executions__execution_id__reset_post": (
        w.ref("ResetInvocationBody:top"),
        ("ResetInvocationBody:top",),
    ),
    "update_workflow_execution_v1_workflows_executions__execution_id__updates_post": (
        w.ref("UpdateInvocationBody:top"),
        (
            "NetworkEncodedInput",
            "NetworkEncodedInput | dict[str, Any] | None",
            "UpdateInvocationBody:top",
            "dict[str, Any]",
        ),
    ),
    "schedule_workflow_v1_workflows_schedules_post": (
        w.ref("WorkflowScheduleRequest:top"),
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
        w.ref("WorkflowScheduleUpdateRequest:top"),
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
        w.ref("WorkflowSchedulePauseRequest:top"),
        ("WorkflowSchedulePauseRequest:top",),
    ),
    "resume_schedule_v1_workflows_schedules__schedule_id__resume_post": (
        w.ref("WorkflowSchedulePauseRequest:top"),
        ("WorkflowSchedulePauseRequest:top",),
    ),
    "trigger_schedule_v1_workflows_schedules__schedule_id__trigger_post": (
        w.ref("WorkflowScheduleTriggerRequest:top"),
        ("Literal[1, 2, 3, 4, 5, 6] | None", "WorkflowScheduleTriggerRequest:top"),
    ),
}
