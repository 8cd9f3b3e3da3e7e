# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-fine-tuning distribution used by the same operations (CheckpointOut, ClassifierDetailedJobOut, ClassifierTargetOut...)."""

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeAlias

from pydantic import Field

from mistralai.api.fine_tuning._generated._models.classifier_training_parameters import (
    ClassifierTrainingParameters,
    CompletionTrainingParameters,
    GithubRepositoryOut,
    JobMetadataOut,
    WandbIntegrationOut,
)
from mistralai.core.models import FTClassifierLossFunction
from mistralai.core.runtime import BaseModel, ConstFieldsModel

__all__ = [
    "CheckpointOut",
    "ClassifierDetailedJobOut",
    "ClassifierDetailedJobOutStatus",
    "ClassifierFineTuningJobDetails",
    "ClassifierFineTuningJobDetailsStatus",
    "ClassifierTargetOut",
    "CompletionDetailedJobOut",
    "CompletionDetailedJobOutStatus",
    "CompletionFineTuningJobDetails",
    "CompletionFineTuningJobDetailsStatus",
    "EventOut",
    "MetricOut",
]


class MetricOut(BaseModel):
    """Metrics at the step number during the fine-tuning job. Use these metrics to assess if the training is going smoothly (loss should decrease, token accuracy should increase)."""

    __mistral_keep__ = frozenset()
    train_loss: float | None = None
    valid_loss: float | None = None
    valid_mean_token_accuracy: float | None = None


class CheckpointOut(BaseModel):
    __mistral_keep__ = frozenset()
    metrics: MetricOut
    step_number: int
    """The step number that the checkpoint was created at."""
    created_at: int
    """The UNIX timestamp (in seconds) for when the checkpoint was created."""


ClassifierDetailedJobOutStatus: TypeAlias = (
    Literal[
        "QUEUED",
        "STARTED",
        "VALIDATING",
        "VALIDATED",
        "RUNNING",
        "FAILED_VALIDATION",
        "FAILED",
        "SUCCESS",
        "CANCELLED",
        "CANCELLATION_REQUESTED",
    ]
    | str
)


class ClassifierTargetOut(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    labels: list[str]
    weight: float
    loss_function: FTClassifierLossFunction


class EventOut(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    """The name of the event."""
    data: dict[str, Any] | None = None
    created_at: int
    """The UNIX timestamp (in seconds) of the event."""


class ClassifierDetailedJobOut(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"object": "job", "job_type": "classifier"}
    __mistral_keep__ = frozenset({"object", "job_type"})
    id: str
    auto_start: bool
    model: str
    status: ClassifierDetailedJobOutStatus
    created_at: int
    modified_at: int
    training_files: list[str]
    validation_files: list[str] | None = Field(default=[])
    object: Literal["job"] = "job"
    fine_tuned_model: str | None = None
    suffix: str | None = None
    integrations: list[WandbIntegrationOut] | None = None
    trained_tokens: int | None = None
    metadata: JobMetadataOut | None = None
    job_type: Literal["classifier"] = "classifier"
    hyperparameters: ClassifierTrainingParameters
    events: list[EventOut] = Field(default=[])
    """Event items are created every time the status of a fine-tuning job changes. The timestamped list of all events is accessible here."""
    checkpoints: list[CheckpointOut] = Field(default=[])
    classifier_targets: list[ClassifierTargetOut]


CompletionDetailedJobOutStatus: TypeAlias = (
    Literal[
        "QUEUED",
        "STARTED",
        "VALIDATING",
        "VALIDATED",
        "RUNNING",
        "FAILED_VALIDATION",
        "FAILED",
        "SUCCESS",
        "CANCELLED",
        "CANCELLATION_REQUESTED",
    ]
    | str
)


class CompletionDetailedJobOut(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"object": "job", "job_type": "completion"}
    __mistral_keep__ = frozenset({"object", "job_type"})
    id: str
    auto_start: bool
    model: str
    status: CompletionDetailedJobOutStatus
    created_at: int
    modified_at: int
    training_files: list[str]
    validation_files: list[str] | None = Field(default=[])
    object: Literal["job"] = "job"
    fine_tuned_model: str | None = None
    suffix: str | None = None
    integrations: list[WandbIntegrationOut] | None = None
    trained_tokens: int | None = None
    metadata: JobMetadataOut | None = None
    job_type: Literal["completion"] = "completion"
    hyperparameters: CompletionTrainingParameters
    repositories: list[GithubRepositoryOut] = Field(default=[])
    events: list[EventOut] = Field(default=[])
    """Event items are created every time the status of a fine-tuning job changes. The timestamped list of all events is accessible here."""
    checkpoints: list[CheckpointOut] = Field(default=[])


# names of the official 2.x SDK for the same schemas
ClassifierFineTuningJobDetails = ClassifierDetailedJobOut
ClassifierFineTuningJobDetailsStatus: TypeAlias = ClassifierDetailedJobOutStatus
CompletionFineTuningJobDetails = CompletionDetailedJobOut
CompletionFineTuningJobDetailsStatus: TypeAlias = CompletionDetailedJobOutStatus
