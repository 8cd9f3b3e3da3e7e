# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-fine-tuning distribution used by the same operations (ClassifierTargetIn, ClassifierTrainingParametersIn, CompletionTrainingParametersIn...)."""

from collections.abc import Mapping
from typing import ClassVar, Literal, TypeAlias

from pydantic import Field

from mistralai.core.models import FTClassifierLossFunction
from mistralai.core.runtime import BaseModel, ConstFieldsModel

__all__ = [
    "ClassifierTargetIn",
    "ClassifierTrainingParametersIn",
    "CompletionTrainingParametersIn",
    "FineTuneableModelType",
    "GithubRepositoryIn",
    "JobIn",
    "TrainingFile",
    "WandbIntegration",
]


class ClassifierTargetIn(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    labels: list[str]
    weight: float = 1.0
    loss_function: FTClassifierLossFunction | None = None


class ClassifierTrainingParametersIn(BaseModel):
    """The fine-tuning hyperparameter settings used in a classifier fine-tune job."""

    __mistral_keep__ = frozenset()
    training_steps: int | None = None
    """The number of training steps to perform. A training step refers to a single update of the model weights during the fine-tuning process. This update is typically calculated using a batch of samples from the training dataset."""
    learning_rate: float = 0.0001
    """A parameter describing how much to adjust the pre-trained model's weights in response to the estimated error each time the weights are updated during the fine-tuning process."""
    weight_decay: float | None = 0.1
    """(Advanced Usage) Weight decay adds a term to the loss function that is proportional to the sum of the squared weights. This term reduces the magnitude of the weights and prevents them from growing too large."""
    warmup_fraction: float | None = 0.05
    """(Advanced Usage) A parameter that specifies the percentage of the total training steps at which the learning rate warm-up phase ends. During this phase, the learning rate gradually increases from a small value to the initial learning rate, helping to stabilize the training process and improve ..."""
    epochs: float | None = None
    seq_len: int | None = None


class CompletionTrainingParametersIn(BaseModel):
    """The fine-tuning hyperparameter settings used in a fine-tune job."""

    __mistral_keep__ = frozenset()
    training_steps: int | None = None
    """The number of training steps to perform. A training step refers to a single update of the model weights during the fine-tuning process. This update is typically calculated using a batch of samples from the training dataset."""
    learning_rate: float = 0.0001
    """A parameter describing how much to adjust the pre-trained model's weights in response to the estimated error each time the weights are updated during the fine-tuning process."""
    weight_decay: float | None = 0.1
    """(Advanced Usage) Weight decay adds a term to the loss function that is proportional to the sum of the squared weights. This term reduces the magnitude of the weights and prevents them from growing too large."""
    warmup_fraction: float | None = 0.05
    """(Advanced Usage) A parameter that specifies the percentage of the total training steps at which the learning rate warm-up phase ends. During this phase, the learning rate gradually increases from a small value to the initial learning rate, helping to stabilize the training process and improve ..."""
    epochs: float | None = None
    seq_len: int | None = None
    fim_ratio: float | None = 0.9


FineTuneableModelType: TypeAlias = Literal["completion", "classifier"] | str


class GithubRepositoryIn(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "github"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["github"] = "github"
    name: str
    owner: str
    ref: str | None = None
    weight: float = 1.0
    token: str


class TrainingFile(BaseModel):
    __mistral_keep__ = frozenset({"weight"})
    file_id: str
    weight: float = 1.0


class WandbIntegration(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "wandb"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["wandb"] = "wandb"
    project: str
    """The name of the project that the new run will be created under."""
    name: str | None = None
    """A display name to set for the run. If not set, will use the job ID as the name."""
    api_key: str
    """The WandB API key to use for authentication."""
    run_name: str | None = None


class JobIn(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"auto_start"})
    model: str
    training_files: list[TrainingFile] = Field(default=[])
    validation_files: list[str] | None = None
    """A list containing the IDs of uploaded files that contain validation data. If you provide these files, the data is used to generate validation metrics periodically during fine-tuning. These metrics can be viewed in `checkpoints` when getting the status of a running fine-tuning job. The same data ..."""
    suffix: str | None = None
    """A string that will be added to your fine-tuning model name. For example, a suffix of "my-great-model" would produce a model name like `ft:open-mistral-7b:my-great-model:xxx...`"""
    integrations: list[WandbIntegration] | None = None
    """A list of integrations to enable for your fine-tuning job."""
    auto_start: bool | None = None
    """This field will be required in a future release."""
    invalid_sample_skip_percentage: float = 0
    job_type: FineTuneableModelType | None = None
    hyperparameters: CompletionTrainingParametersIn | ClassifierTrainingParametersIn
    repositories: list[GithubRepositoryIn] | None = None
    classifier_targets: list[ClassifierTargetIn] | None = None
