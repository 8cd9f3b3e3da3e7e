# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""The JSON request bodies of mistralai-api-fine-tuning as pydantic-core schemas of their wire form: model
definitions by name (core's shared models are in mistralai.core's), and per operation
its root schema and the definitions it needs (see mistralai.core._wire; derived from
the models by tools/codegen/emit_wire.py)."""

from typing import Any

from mistralai.core.runtime import is_none

DEFS: dict[str, Any] = {
    "CreateBatchJobRequest:top": {
        "type": "typed-dict",
        "fields": {
            "input_files": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[str] | None"},
                "required": False,
            },
            "requests": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "list",
                        "items_schema": {"type": "definition-ref", "schema_ref": "BatchRequest"},
                    },
                },
                "required": False,
            },
            "endpoint": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {
                            "type": "literal",
                            "expected": [
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
                            ],
                        },
                        {"type": "str"},
                    ],
                },
                "required": True,
            },
            "model": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "agent_id": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "metadata": {
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
            "timeout_hours": {
                "type": "typed-dict-field",
                "schema": {"type": "int"},
                "required": False,
            },
        },
        "cls_name": "CreateBatchJobRequest",
        "extra_behavior": "allow",
        "ref": "CreateBatchJobRequest:top",
    },
    "BatchRequest": {
        "type": "typed-dict",
        "fields": {
            "custom_id": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "body": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "dict",
                    "keys_schema": {"type": "str"},
                    "values_schema": {"type": "any"},
                },
                "required": True,
            },
        },
        "cls_name": "BatchRequest",
        "extra_behavior": "allow",
        "ref": "BatchRequest",
    },
    "JobIn:top": {
        "type": "typed-dict",
        "fields": {
            "model": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "training_files": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "list",
                    "items_schema": {"type": "definition-ref", "schema_ref": "TrainingFile"},
                },
                "required": False,
            },
            "validation_files": {
                "type": "typed-dict-field",
                "schema": {"type": "definition-ref", "schema_ref": "list[str] | None"},
                "required": False,
            },
            "suffix": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "integrations": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "list",
                        "items_schema": {
                            "type": "definition-ref",
                            "schema_ref": "WandbIntegration",
                        },
                    },
                },
                "required": False,
            },
            "auto_start": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "bool"}},
                "required": False,
                "serialization_exclude_if": is_none,
            },
            "invalid_sample_skip_percentage": {
                "type": "typed-dict-field",
                "schema": {"type": "float"},
                "required": False,
            },
            "job_type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {"type": "literal", "expected": ["completion", "classifier"]},
                            {"type": "str"},
                        ],
                    },
                },
                "required": False,
            },
            "hyperparameters": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "union",
                    "choices": [
                        {"type": "definition-ref", "schema_ref": "CompletionTrainingParametersIn"},
                        {"type": "definition-ref", "schema_ref": "ClassifierTrainingParametersIn"},
                    ],
                },
                "required": True,
            },
            "repositories": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "list",
                        "items_schema": {
                            "type": "definition-ref",
                            "schema_ref": "GithubRepositoryIn",
                        },
                    },
                },
                "required": False,
            },
            "classifier_targets": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "list",
                        "items_schema": {
                            "type": "definition-ref",
                            "schema_ref": "ClassifierTargetIn",
                        },
                    },
                },
                "required": False,
            },
        },
        "cls_name": "JobIn",
        "extra_behavior": "allow",
        "ref": "JobIn:top",
    },
    "TrainingFile": {
        "type": "typed-dict",
        "fields": {
            "file_id": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "weight": {
                "type": "typed-dict-field",
                "schema": {"type": "default", "schema": {"type": "float"}, "default": 1.0},
                "required": False,
            },
        },
        "cls_name": "TrainingFile",
        "extra_behavior": "allow",
        "ref": "TrainingFile",
    },
    "WandbIntegration": {
        "type": "typed-dict",
        "fields": {
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["wandb"]},
                    "default": "wandb",
                },
                "required": False,
            },
            "project": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "name": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "api_key": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "run_name": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
        },
        "cls_name": "WandbIntegration",
        "extra_behavior": "allow",
        "ref": "WandbIntegration",
    },
    "CompletionTrainingParametersIn": {
        "type": "typed-dict",
        "fields": {
            "training_steps": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
            "learning_rate": {
                "type": "typed-dict-field",
                "schema": {"type": "default", "schema": {"type": "float"}, "default": 0.0001},
                "required": False,
            },
            "weight_decay": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "float"}},
                "required": False,
            },
            "warmup_fraction": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "float"}},
                "required": False,
            },
            "epochs": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "float"}},
                "required": False,
            },
            "seq_len": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
            "fim_ratio": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "float"}},
                "required": False,
            },
        },
        "cls_name": "CompletionTrainingParametersIn",
        "extra_behavior": "allow",
        "ref": "CompletionTrainingParametersIn",
    },
    "ClassifierTrainingParametersIn": {
        "type": "typed-dict",
        "fields": {
            "training_steps": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
            "learning_rate": {
                "type": "typed-dict-field",
                "schema": {"type": "default", "schema": {"type": "float"}, "default": 0.0001},
                "required": False,
            },
            "weight_decay": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "float"}},
                "required": False,
            },
            "warmup_fraction": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "float"}},
                "required": False,
            },
            "epochs": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "float"}},
                "required": False,
            },
            "seq_len": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "int"}},
                "required": False,
            },
        },
        "cls_name": "ClassifierTrainingParametersIn",
        "extra_behavior": "allow",
        "ref": "ClassifierTrainingParametersIn",
    },
    "GithubRepositoryIn": {
        "type": "typed-dict",
        "fields": {
            "type": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "default",
                    "schema": {"type": "literal", "expected": ["github"]},
                    "default": "github",
                },
                "required": False,
            },
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "owner": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "ref": {
                "type": "typed-dict-field",
                "schema": {"type": "nullable", "schema": {"type": "str"}},
                "required": False,
            },
            "weight": {
                "type": "typed-dict-field",
                "schema": {"type": "default", "schema": {"type": "float"}, "default": 1.0},
                "required": False,
            },
            "token": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
        },
        "cls_name": "GithubRepositoryIn",
        "extra_behavior": "allow",
        "ref": "GithubRepositoryIn",
    },
    "ClassifierTargetIn": {
        "type": "typed-dict",
        "fields": {
            "name": {"type": "typed-dict-field", "schema": {"type": "str"}, "required": True},
            "labels": {
                "type": "typed-dict-field",
                "schema": {"type": "list", "items_schema": {"type": "str"}},
                "required": True,
            },
            "weight": {
                "type": "typed-dict-field",
                "schema": {"type": "default", "schema": {"type": "float"}, "default": 1.0},
                "required": False,
            },
            "loss_function": {
                "type": "typed-dict-field",
                "schema": {
                    "type": "nullable",
                    "schema": {
                        "type": "union",
                        "choices": [
                            {"type": "literal", "expected": ["single_class", "multi_class"]},
                            {"type": "str"},
                        ],
                    },
                },
                "required": False,
            },
        },
        "cls_name": "ClassifierTargetIn",
        "extra_behavior": "allow",
        "ref": "ClassifierTargetIn",
    },
    "list[str] | None": {
        "type": "nullable",
        "schema": {"type": "list", "items_schema": {"type": "str"}},
        "ref": "list[str] | None",
    },
}

BODIES: dict[str, tuple[Any, tuple[str, ...]]] = {
    "jobs_api_routes_batch_create_batch_job": (
        {"type": "definition-ref", "schema_ref": "CreateBatchJobRequest:top"},
        ("BatchRequest", "CreateBatchJobRequest:top", "list[str] | None"),
    ),
    "jobs_api_routes_fine_tuning_create_fine_tuning_job": (
        {"type": "definition-ref", "schema_ref": "JobIn:top"},
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
