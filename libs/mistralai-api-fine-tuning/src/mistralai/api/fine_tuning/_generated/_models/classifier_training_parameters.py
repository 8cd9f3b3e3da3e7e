# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-fine-tuning distribution used by the same operations (ClassifierTrainingParameters, CompletionTrainingParameters, GithubRepositoryOut...)."""

from collections.abc import Mapping
from typing import ClassVar, Literal

from mistralai.core.runtime import BaseModel, ConstFieldsModel

__all__ = [
    "ClassifierTrainingParameters",
    "CompletionTrainingParameters",
    "GithubRepositoryOut",
    "JobMetadataOut",
    "WandbIntegrationOut",
]


class ClassifierTrainingParameters(BaseModel):
    __mistral_keep__ = frozenset({"learning_rate"})
    training_steps: int | None = None
    learning_rate: float = 0.0001
    weight_decay: float | None = 0.1
    warmup_fraction: float | None = 0.05
    epochs: float | None = None
    seq_len: int | None = None


class CompletionTrainingParameters(BaseModel):
    __mistral_keep__ = frozenset({"learning_rate"})
    training_steps: int | None = None
    learning_rate: float = 0.0001
    weight_decay: float | None = 0.1
    warmup_fraction: float | None = 0.05
    epochs: float | None = None
    seq_len: int | None = None
    fim_ratio: float | None = 0.9


class GithubRepositoryOut(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "github"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["github"] = "github"
    name: str
    owner: str
    ref: str | None = None
    weight: float = 1.0
    commit_id: str


class JobMetadataOut(BaseModel):
    __mistral_keep__ = frozenset()
    expected_duration_seconds: int | None = None
    cost: float | None = None
    cost_currency: str | None = None
    train_tokens_per_step: int | None = None
    train_tokens: int | None = None
    data_tokens: int | None = None
    estimated_start_time: int | None = None


class WandbIntegrationOut(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "wandb"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["wandb"] = "wandb"
    project: str
    """The name of the project that the new run will be created under."""
    name: str | None = None
    """A display name to set for the run. If not set, will use the job ID as the name."""
    run_name: str | None = None
    url: str | None = None
