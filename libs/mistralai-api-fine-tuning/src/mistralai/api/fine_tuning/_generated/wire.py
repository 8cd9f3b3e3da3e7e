# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""The JSON request bodies of mistralai-api-fine-tuning as pydantic-core schemas of their wire form: model
definitions by name (core's shared models are in mistralai.core's), and per operation
its root schema and the definitions it needs (see mistralai.core._wire; derived from
the models by tools/codegen/emit_wire.py)."""

from typing import Any

from mistralai.core.runtime import wire as w

# fields shared by CompletionTrainingParametersIn and ClassifierTrainingParametersIn
_TRAINING_STEPS_TO_SEQ_LEN_FIELDS: dict[str, Any] = {
    "training_steps": w.field(w.nullable(w.INT), required=False),
    "learning_rate": w.field(w.default(w.FLOAT, 0.0001), required=False),
    "weight_decay": w.field(w.nullable(w.FLOAT), required=False),
    "warmup_fraction": w.field(w.nullable(w.FLOAT), required=False),
    "epochs": w.field(w.nullable(w.FLOAT), required=False),
    "seq_len": w.field(w.nullable(w.INT), required=False),
}

DEFS: dict[str, Any] = w.definitions(
    {
        "CreateBatchJobRequest:top": w.typed_dict(
            "CreateBatchJobRequest",
            {
                "input_files": w.field(w.ref("list[str] | None"), required=False),
                "requests": w.field(w.nullable(w.list_of(w.ref("BatchRequest"))), required=False),
                "endpoint": w.field(
                    w.union(
                        w.literal(
                            "/v1/chat/completions",
                            "/v1/embeddings",
                            "/v1/fim/completions",
                            "/v1/moderations",
                            "/v1/chat/moderations",
                            "/v1/ocr",
                            "/v1/classifications",
                            "/v1/chat/classifications",
                            "/v1/conversations",
                            "/v1/audio/transcriptions",
                        ),
                        w.STR,
                    )
                ),
                "model": w.field(w.nullable(w.STR), required=False),
                "agent_id": w.field(w.nullable(w.STR), required=False),
                "metadata": w.field(w.nullable(w.dict_of(w.STR, w.STR)), required=False),
                "timeout_hours": w.field(w.INT, required=False),
            },
        ),
        "BatchRequest": w.typed_dict(
            "BatchRequest",
            {
                "custom_id": w.field(w.nullable(w.STR), required=False),
                "body": w.field(w.dict_of(w.STR, w.ANY)),
            },
        ),
        "JobIn:top": w.typed_dict(
            "JobIn",
            {
                "model": w.field(w.STR),
                "training_files": w.field(w.list_of(w.ref("TrainingFile")), required=False),
                "validation_files": w.field(w.ref("list[str] | None"), required=False),
                "suffix": w.field(w.nullable(w.STR), required=False),
                "integrations": w.field(
                    w.nullable(w.list_of(w.ref("WandbIntegration"))), required=False
                ),
                "auto_start": w.field(w.nullable(w.BOOL), required=False, drop_none=True),
                "invalid_sample_skip_percentage": w.field(w.FLOAT, required=False),
                "job_type": w.field(
                    w.nullable(w.union(w.literal("completion", "classifier"), w.STR)),
                    required=False,
                ),
                "hyperparameters": w.field(
                    w.union(
                        w.ref("CompletionTrainingParametersIn"),
                        w.ref("ClassifierTrainingParametersIn"),
                    )
                ),
                "repositories": w.field(
                    w.nullable(w.list_of(w.ref("GithubRepositoryIn"))), required=False
                ),
                "classifier_targets": w.field(
                    w.nullable(w.list_of(w.ref("ClassifierTargetIn"))), required=False
                ),
            },
        ),
        "TrainingFile": w.typed_dict(
            "TrainingFile",
            {"file_id": w.field(w.STR), "weight": w.field(w.default(w.FLOAT, 1.0), required=False)},
        ),
        "WandbIntegration": w.typed_dict(
            "WandbIntegration",
            {
                "type": w.field(w.default(w.literal("wandb"), "wandb"), required=False),
                "project": w.field(w.STR),
                "name": w.field(w.nullable(w.STR), required=False),
                "api_key": w.field(w.STR),
                "run_name": w.field(w.nullable(w.STR), required=False),
            },
        ),
        "CompletionTrainingParametersIn": w.typed_dict(
            "CompletionTrainingParametersIn",
            {
                **_TRAINING_STEPS_TO_SEQ_LEN_FIELDS,
                "fim_ratio": w.field(w.nullable(w.FLOAT), required=False),
            },
        ),
        "ClassifierTrainingParametersIn": w.typed_dict(
            "ClassifierTrainingParametersIn", {**_TRAINING_STEPS_TO_SEQ_LEN_FIELDS}
        ),
        "GithubRepositoryIn": w.typed_dict(
            "GithubRepositoryIn",
            {
                "type": w.field(w.default(w.literal("github"), "github"), required=False),
                "name": w.field(w.STR),
                "owner": w.field(w.STR),
                "ref": w.field(w.nullable(w.STR), required=False),
                "weight": w.field(w.default(w.FLOAT, 1.0), required=False),
                "token": w.field(w.STR),
            },
        ),
        "ClassifierTargetIn": w.typed_dict(
            "ClassifierTargetIn",
            {
                "name": w.field(w.STR),
                "labels": w.field(w.list_of(w.STR)),
                "weight": w.field(w.default(w.FLOAT, 1.0), required=False),
                "loss_function": w.field(
                    w.nullable(w.union(w.literal("single_class", "multi_class"), w.STR)),
                    required=False,
                ),
            },
        ),
        "list[str] | None": w.nullable(w.list_of(w.STR)),
    }
)

BODIES: dict[str, tuple[Any, tuple[str, ...]]] = {
    "jobs_api_routes_batch_create_batch_job": (
        w.ref("CreateBatchJobRequest:top"),
        ("BatchRequest", "CreateBatchJobRequest:top", "list[str] | None"),
    ),
    "jobs_api_routes_fine_tuning_create_fine_tuning_job": (
        w.ref("JobIn:top"),
        (
            "ClassifierTargetIn",
            "ClassifierTrainingParametersIn",
            "CompletionTrainingParametersIn",
            "GithubRepositoryIn",
            "JobIn:top",
            "TrainingFile",
            "WandbIntegration",
            "list[str] | None",
        ),
    ),
}
