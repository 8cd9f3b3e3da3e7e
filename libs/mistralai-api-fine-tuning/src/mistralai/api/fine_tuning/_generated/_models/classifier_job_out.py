# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-fine-tuning distribution used by the same operations (ClassifierJobOut, CompletionJobOut...)."""

from collections.abc import Mapping
from typing import ClassVar, Literal, TypeAlias

from pydantic import Field

from mistralai.api.fine_tuning._generated._models.classifier_training_parameters import (
    ClassifierTrainingParameters,
    CompletionTrainingParameters,
    GithubRepositoryOut,
    JobMetadataOut,
    WandbIntegrationOut,
)
from mistralai.core.runtime import ConstFieldsModel

__all__ = [
    "ClassifierFineTuningJob",
    "ClassifierFineTuningJobStatus",
    "ClassifierJobOut",
    "ClassifierJobOutStatus",
    "CompletionFineTuningJob",
    "CompletionFineTuningJobStatus",
    "CompletionJobOut",
    "CompletionJobOutStatus",
]

ClassifierJobOutStatus: TypeAlias = (
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
"""The current status of the fine-tuning job."""


class ClassifierJobOut(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"object": "job", "job_type": "classifier"}
    __mistral_keep__ = frozenset({"object", "job_type"})
    id: str
    """The ID of the job."""
    auto_start: bool
    model: str
    status: ClassifierJobOutStatus
    """The current status of the fine-tuning job."""
    created_at: int
    """The UNIX timestamp (in seconds) for when the fine-tuning job was created."""
    modified_at: int
    """The UNIX timestamp (in seconds) for when the fine-tuning job was last modified."""
    training_files: list[str]
    """A list containing the IDs of uploaded files that contain training data."""
    validation_files: list[str] | None = Field(default=[])
    """A list containing the IDs of uploaded files that contain validation data."""
    object: Literal["job"] = "job"
    """The object type of the fine-tuning job."""
    fine_tuned_model: str | None = None
    """The name of the fine-tuned model that is being created. The value will be `null` if the fine-tuning job is still running."""
    suffix: str | None = None
    """Optional text/code that adds more context for the model. When given a `prompt` and a `suffix` the model will fill what is between them. When `suffix` is not provided, the model will simply execute completion starting with `prompt`."""
    integrations: list[WandbIntegrationOut] | None = None
    """A list of integrations enabled for your fine-tuning job."""
    trained_tokens: int | None = None
    """Total number of tokens trained."""
    metadata: JobMetadataOut | None = None
    job_type: Literal["classifier"] = "classifier"
    """The type of job (`FT` for fine-tuning)."""
    hyperparameters: ClassifierTrainingParameters


CompletionJobOutStatus: TypeAlias = (
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
"""The current status of the fine-tuning job."""


class CompletionJobOut(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"object": "job", "job_type": "completion"}
    __mistral_keep__ = frozenset({"object", "job_type"})
    id: str
    """The ID of the job."""
    auto_start: bool
    model: str
    status: CompletionJobOutStatus
    """The current status of the fine-tuning job."""
    created_at: int
    """The UNIX timestamp (in seconds) for when the fine-tuning job was created."""
    modified_at: int
    """The UNIX timestamp (in seconds) for when the fine-tuning job was last modified."""
    training_files: list[str]
    """A list containing the IDs of uploaded files that contain training data."""
    validation_files: list[str] | None = Field(default=[])
    """A list containing the IDs of uploaded files that contain validation data."""
    object: Literal["job"] = "job"
    """The object type of the fine-tuning job."""
    fine_tuned_model: str | None = None
    """The name of the fine-tuned model that is being created. The value will be `null` if the fine-tuning job is still running."""
    suffix: str | None = None
    """Optional text/code that adds more context for the model. When given a `prompt` and a `suffix` the model will fill what is between them. When `suffix` is not provided, the model will simply execute completion starting with `prompt`."""
    integrations: list[WandbIntegrationOut] | None = None
    """A list of integrations enabled for your fine-tuning job."""
    trained_tokens: int | None = None
    """Total number of tokens trained."""
    metadata: JobMetadataOut | None = None
    job_type: Literal["completion"] = "completion"
    """The type of job (`FT` for fine-tuning)."""
    hyperparameters: CompletionTrainingParameters
    repositories: list[GithubRepositoryOut] = Field(default=[])


# names of the official 2.x SDK for the same schemas
ClassifierFineTuningJob = ClassifierJobOut
ClassifierFineTuningJobStatus: TypeAlias = ClassifierJobOutStatus
CompletionFineTuningJob = CompletionJobOut
CompletionFineTuningJobStatus: TypeAlias = CompletionJobOutStatus
