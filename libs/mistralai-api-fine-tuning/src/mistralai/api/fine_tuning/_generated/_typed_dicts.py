# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""The dict forms (``TypedDict``) of the models of the mistralai-api-fine-tuning distribution."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, NotRequired, Required

from typing_extensions import TypedDict

from mistralai.api.fine_tuning._generated._models.create_batch_job_request import ApiEndpoint
from mistralai.api.fine_tuning._generated._models.job_in import FineTuneableModelType
from mistralai.core.models import FTClassifierLossFunction

__all__ = [
    "BatchRequestTypedDict",
    "ClassifierTargetInTypedDict",
    "ClassifierTrainingParametersInTypedDict",
    "CompletionTrainingParametersInTypedDict",
    "CreateBatchJobRequestTypedDict",
    "GithubRepositoryInTypedDict",
    "JobInTypedDict",
    "TrainingFileTypedDict",
    "WandbIntegrationTypedDict",
]


class BatchRequestTypedDict(TypedDict):
    """Dict form of :class:`BatchRequest`."""

    custom_id: NotRequired[str | None]
    body: Required[Mapping[str, Any]]


class CreateBatchJobRequestTypedDict(TypedDict):
    """Dict form of :class:`CreateBatchJobRequest`."""

    input_files: NotRequired[Sequence[str] | None]
    requests: NotRequired[Sequence[BatchRequestTypedDict] | None]
    endpoint: Required[ApiEndpoint]
    model: NotRequired[str | None]
    agent_id: NotRequired[str | None]
    metadata: NotRequired[Mapping[str, str] | None]
    timeout_hours: NotRequired[int]


class ClassifierTargetInTypedDict(TypedDict):
    """Dict form of :class:`ClassifierTargetIn`."""

    name: Required[str]
    labels: Required[Sequence[str]]
    weight: NotRequired[float]
    loss_function: NotRequired[FTClassifierLossFunction | None]


class ClassifierTrainingParametersInTypedDict(TypedDict):
    """Dict form of :class:`ClassifierTrainingParametersIn`."""

    training_steps: NotRequired[int | None]
    learning_rate: NotRequired[float]
    weight_decay: NotRequired[float | None]
    warmup_fraction: NotRequired[float | None]
    epochs: NotRequired[float | None]
    seq_len: NotRequired[int | None]


class CompletionTrainingParametersInTypedDict(TypedDict):
    """Dict form of :class:`CompletionTrainingParametersIn`."""

    training_steps: NotRequired[int | None]
    learning_rate: NotRequired[float]
    weight_decay: NotRequired[float | None]
    warmup_fraction: NotRequired[float | None]
    epochs: NotRequired[float | None]
    seq_len: NotRequired[int | None]
    fim_ratio: NotRequired[float | None]


class GithubRepositoryInTypedDict(TypedDict):
    """Dict form of :class:`GithubRepositoryIn`."""

    type: NotRequired[Literal["github"]]
    name: Required[str]
    owner: Required[str]
    ref: NotRequired[str | None]
    weight: NotRequired[float]
    token: Required[str]


class JobInTypedDict(TypedDict):
    """Dict form of :class:`JobIn`."""

    model: Required[str]
    training_files: NotRequired[Sequence[TrainingFileTypedDict]]
    validation_files: NotRequired[Sequence[str] | None]
    suffix: NotRequired[str | None]
    integrations: NotRequired[Sequence[WandbIntegrationTypedDict] | None]
    auto_start: NotRequired[bool]
    invalid_sample_skip_percentage: NotRequired[float]
    job_type: NotRequired[FineTuneableModelType | None]
    hyperparameters: Required[
        CompletionTrainingParametersInTypedDict | ClassifierTrainingParametersInTypedDict
    ]
    repositories: NotRequired[Sequence[GithubRepositoryInTypedDict] | None]
    classifier_targets: NotRequired[Sequence[ClassifierTargetInTypedDict] | None]


class TrainingFileTypedDict(TypedDict):
    """Dict form of :class:`TrainingFile`."""

    file_id: Required[str]
    weight: NotRequired[float]


class WandbIntegrationTypedDict(TypedDict):
    """Dict form of :class:`WandbIntegration`."""

    type: NotRequired[Literal["wandb"]]
    project: Required[str]
    name: NotRequired[str | None]
    api_key: Required[str]
    run_name: NotRequired[str | None]
