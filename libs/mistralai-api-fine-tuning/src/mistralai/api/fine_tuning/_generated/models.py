# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-fine-tuning distribution (from the API spec)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Annotated,
    Any,
    ClassVar,
    Literal,
    NotRequired,
    Required,
    TypeAlias,
)

from pydantic import Field, Tag
from typing_extensions import TypedDict

from mistralai.core.models import (
    CreateFileResponse,
    DeleteFileResponse,
    FilePurpose,
    FilesAPIRoutesUploadFileFileVisibility,
    FilesAPIRoutesUploadFileMultiPartBodyParams,
    FilesAPIRoutesUploadFileMultiPartBodyParamsTypedDict,
    FileVisibility,
    FTClassifierLossFunction,
    SampleType,
    Source,
)
from mistralai.core.runtime import (
    UNKNOWN_TAG,
    BaseModel,
    ConstFieldsModel,
    PagedModel,
    UnknownVariant,
    open_discriminator,
)

__all__ = [
    "APIEndpoint",
    "ApiEndpoint",
    "BatchError",
    "BatchJob",
    "BatchJobStatus",
    "BatchRequest",
    "BatchRequestTypedDict",
    "CheckpointOut",
    "ClassifierDetailedJobOut",
    "ClassifierDetailedJobOutStatus",
    "ClassifierFineTuningJob",
    "ClassifierFineTuningJobDetails",
    "ClassifierFineTuningJobDetailsStatus",
    "ClassifierFineTuningJobStatus",
    "ClassifierJobOut",
    "ClassifierJobOutStatus",
    "ClassifierTargetIn",
    "ClassifierTargetInTypedDict",
    "ClassifierTargetOut",
    "ClassifierTrainingParameters",
    "ClassifierTrainingParametersIn",
    "ClassifierTrainingParametersInTypedDict",
    "CompletionDetailedJobOut",
    "CompletionDetailedJobOutStatus",
    "CompletionFineTuningJob",
    "CompletionFineTuningJobDetails",
    "CompletionFineTuningJobDetailsStatus",
    "CompletionFineTuningJobStatus",
    "CompletionJobOut",
    "CompletionJobOutStatus",
    "CompletionTrainingParameters",
    "CompletionTrainingParametersIn",
    "CompletionTrainingParametersInTypedDict",
    "CreateBatchJobRequest",
    "CreateBatchJobRequestTypedDict",
    "CreateFileResponse",
    "DeleteBatchJobResponse",
    "DeleteFileResponse",
    "EventOut",
    "FTClassifierLossFunction",
    "FilePurpose",
    "FileVisibility",
    "FilesAPIRoutesUploadFileFileVisibility",
    "FilesAPIRoutesUploadFileMultiPartBodyParams",
    "FilesAPIRoutesUploadFileMultiPartBodyParamsTypedDict",
    "FineTuneableModelType",
    "GithubRepositoryIn",
    "GithubRepositoryInTypedDict",
    "GithubRepositoryOut",
    "JobIn",
    "JobInTypedDict",
    "JobMetadataOut",
    "JobsAPIRoutesFineTuningCancelFineTuningJobResponse",
    "JobsAPIRoutesFineTuningCreateFineTuningJobResponse",
    "JobsAPIRoutesFineTuningGetFineTuningJobResponse",
    "JobsAPIRoutesFineTuningGetFineTuningJobsStatus",
    "JobsAPIRoutesFineTuningStartFineTuningJobResponse",
    "JobsOut",
    "JobsOutData",
    "LegacyJobMetadataOut",
    "ListBatchJobsResponse",
    "ListFineTuningJobsResponse",
    "ListFineTuningJobsResponseData",
    "MetricOut",
    "OrderBy",
    "SampleType",
    "Source",
    "TrainingFile",
    "TrainingFileTypedDict",
    "WandbIntegration",
    "WandbIntegrationOut",
    "WandbIntegrationTypedDict",
]


class BatchError(BaseModel):
    __mistral_keep__ = frozenset({"count"})
    message: str
    count: int = 1


class BatchRequest(BaseModel):
    __mistral_keep__ = frozenset()
    custom_id: str | None = None
    body: dict[str, Any]


class BatchJob(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"object": "batch"}
    __mistral_keep__ = frozenset({"object"})
    id: str
    object: Literal["batch"] = "batch"
    input_files: list[str]
    metadata: dict[str, Any] | None = None
    endpoint: str
    model: str | None = None
    agent_id: str | None = None
    output_file: str | None = None
    error_file: str | None = None
    errors: list[BatchError]
    outputs: list[dict[str, Any]] | None = None
    status: BatchJobStatus
    created_at: int
    total_requests: int
    completed_requests: int
    succeeded_requests: int
    failed_requests: int
    started_at: int | None = None
    completed_at: int | None = None


class ListBatchJobsResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[BatchJob]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[BatchJob]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[BatchJob]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"object": "list"}
    __mistral_keep__ = frozenset({"object"})
    data: list[BatchJob] = Field(default=[])
    object: Literal["list"] = "list"
    total: int


class CreateBatchJobRequest(BaseModel):
    __mistral_keep__ = frozenset({"timeout_hours"})
    input_files: list[str] | None = None
    """A list of `.jsonl` files for batch inference. Each line must be a JSON object with a `body` field containing the request payload: ```json {"custom_id": "0", "body": {"max_tokens": 100, "messages": [{"role": "user", "content": "What is the best French cheese?"}]}} {"custom_id": "1", "body": ..."""
    requests: list[BatchRequest] | None = None
    endpoint: ApiEndpoint
    """The endpoint to be used for batch inference."""
    model: str | None = None
    """The model to be used for batch inference."""
    agent_id: str | None = None
    """In case you want to use a specific agent from the **deprecated** agents api for batch inference, you can specify the agent ID here."""
    metadata: dict[str, str] | None = None
    """The metadata of your choice to be associated with the batch inference job."""
    timeout_hours: int = 24
    """The timeout in hours for the batch inference job."""


class DeleteBatchJobResponse(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"object": "batch"}
    __mistral_keep__ = frozenset({"object", "deleted"})
    id: str
    object: Literal["batch"] = "batch"
    deleted: bool = True


class CheckpointOut(BaseModel):
    __mistral_keep__ = frozenset()
    metrics: MetricOut
    step_number: int
    """The step number that the checkpoint was created at."""
    created_at: int
    """The UNIX timestamp (in seconds) for when the checkpoint was created."""


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


class ClassifierTargetIn(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    labels: list[str]
    weight: float = 1.0
    loss_function: FTClassifierLossFunction | None = None


class ClassifierTargetOut(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    labels: list[str]
    weight: float
    loss_function: FTClassifierLossFunction


class ClassifierTrainingParameters(BaseModel):
    __mistral_keep__ = frozenset({"learning_rate"})
    training_steps: int | None = None
    learning_rate: float = 0.0001
    weight_decay: float | None = 0.1
    warmup_fraction: float | None = 0.05
    epochs: float | None = None
    seq_len: int | None = None


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


class CompletionTrainingParameters(BaseModel):
    __mistral_keep__ = frozenset({"learning_rate"})
    training_steps: int | None = None
    learning_rate: float = 0.0001
    weight_decay: float | None = 0.1
    warmup_fraction: float | None = 0.05
    epochs: float | None = None
    seq_len: int | None = None
    fim_ratio: float | None = 0.9


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


class EventOut(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    """The name of the event."""
    data: dict[str, Any] | None = None
    created_at: int
    """The UNIX timestamp (in seconds) of the event."""


class GithubRepositoryIn(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "github"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["github"] = "github"
    name: str
    owner: str
    ref: str | None = None
    weight: float = 1.0
    token: str


class GithubRepositoryOut(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "github"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["github"] = "github"
    name: str
    owner: str
    ref: str | None = None
    weight: float = 1.0
    commit_id: str


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


class JobMetadataOut(BaseModel):
    __mistral_keep__ = frozenset()
    expected_duration_seconds: int | None = None
    cost: float | None = None
    cost_currency: str | None = None
    train_tokens_per_step: int | None = None
    train_tokens: int | None = None
    data_tokens: int | None = None
    estimated_start_time: int | None = None


class ListFineTuningJobsResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[JobsOutData]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[JobsOutData]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[JobsOutData]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"object": "list"}
    __mistral_keep__ = frozenset({"object"})
    data: list[JobsOutData] = Field(default=[])
    object: Literal["list"] = "list"
    total: int


class LegacyJobMetadataOut(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"object": "job.metadata"}
    __mistral_keep__ = frozenset({"object"})
    expected_duration_seconds: int | None = None
    """The approximated time (in seconds) for the fine-tuning process to complete."""
    cost: float | None = None
    """The cost of the fine-tuning job."""
    cost_currency: str | None = None
    """The currency used for the fine-tuning job cost."""
    train_tokens_per_step: int | None = None
    """The number of tokens consumed by one training step."""
    train_tokens: int | None = None
    """The total number of tokens used during the fine-tuning process."""
    data_tokens: int | None = None
    """The total number of tokens in the training dataset."""
    estimated_start_time: int | None = None
    deprecated: bool = True
    details: str
    epochs: float | None = None
    """The number of complete passes through the entire training dataset."""
    training_steps: int | None = None
    """The number of training steps to perform. A training step refers to a single update of the model weights during the fine-tuning process. This update is typically calculated using a batch of samples from the training dataset."""
    object: Literal["job.metadata"] = "job.metadata"


class MetricOut(BaseModel):
    """Metrics at the step number during the fine-tuning job. Use these metrics to assess if the training is going smoothly (loss should decrease, token accuracy should increase)."""

    __mistral_keep__ = frozenset()
    train_loss: float | None = None
    valid_loss: float | None = None
    valid_mean_token_accuracy: float | None = None


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


BatchJobStatus: TypeAlias = (
    Literal[
        "QUEUED",
        "RUNNING",
        "SUCCESS",
        "FAILED",
        "TIMEOUT_EXCEEDED",
        "CANCELLATION_REQUESTED",
        "CANCELLED",
    ]
    | str
)

ApiEndpoint: TypeAlias = (
    Literal[
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
    ]
    | str
)

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

FineTuneableModelType: TypeAlias = Literal["completion", "classifier"] | str

JobsOutData: TypeAlias = Annotated[
    Annotated[ClassifierJobOut, Tag("classifier")]
    | Annotated[CompletionJobOut, Tag("completion")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("job_type", frozenset({"classifier", "completion"})),
]

OrderBy: TypeAlias = Literal["created", "-created"] | str

JobsAPIRoutesFineTuningGetFineTuningJobsStatus: TypeAlias = (
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

JobsAPIRoutesFineTuningCreateFineTuningJobResponse: TypeAlias = Annotated[
    Annotated[ClassifierJobOut, Tag("classifier")]
    | Annotated[CompletionJobOut, Tag("completion")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("job_type", frozenset({"classifier", "completion"})),
]

JobsAPIRoutesFineTuningGetFineTuningJobResponse: TypeAlias = Annotated[
    Annotated[ClassifierDetailedJobOut, Tag("classifier")]
    | Annotated[CompletionDetailedJobOut, Tag("completion")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("job_type", frozenset({"classifier", "completion"})),
]

JobsAPIRoutesFineTuningCancelFineTuningJobResponse: TypeAlias = Annotated[
    Annotated[ClassifierDetailedJobOut, Tag("classifier")]
    | Annotated[CompletionDetailedJobOut, Tag("completion")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("job_type", frozenset({"classifier", "completion"})),
]

JobsAPIRoutesFineTuningStartFineTuningJobResponse: TypeAlias = Annotated[
    Annotated[ClassifierDetailedJobOut, Tag("classifier")]
    | Annotated[CompletionDetailedJobOut, Tag("completion")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("job_type", frozenset({"classifier", "completion"})),
]

# names of the official 2.x SDK for the same schemas
APIEndpoint: TypeAlias = ApiEndpoint
ClassifierFineTuningJob = ClassifierJobOut
ClassifierFineTuningJobDetails = ClassifierDetailedJobOut
ClassifierFineTuningJobDetailsStatus: TypeAlias = ClassifierDetailedJobOutStatus
ClassifierFineTuningJobStatus: TypeAlias = ClassifierJobOutStatus
CompletionFineTuningJob = CompletionJobOut
CompletionFineTuningJobDetails = CompletionDetailedJobOut
CompletionFineTuningJobDetailsStatus: TypeAlias = CompletionDetailedJobOutStatus
CompletionFineTuningJobStatus: TypeAlias = CompletionJobOutStatus
ListFineTuningJobsResponseData: TypeAlias = JobsOutData
JobsOut = ListFineTuningJobsResponse
