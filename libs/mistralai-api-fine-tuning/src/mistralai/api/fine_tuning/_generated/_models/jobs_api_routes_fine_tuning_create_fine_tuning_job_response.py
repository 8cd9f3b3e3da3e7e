# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-fine-tuning distribution used by the same operations (LegacyJobMetadataOut...)."""

from collections.abc import Mapping
from typing import Annotated, ClassVar, Literal, TypeAlias

from pydantic import Tag

from mistralai.api.fine_tuning._generated._models.classifier_job_out import (
    ClassifierJobOut,
    CompletionJobOut,
)
from mistralai.core.runtime import UNKNOWN_TAG, ConstFieldsModel, UnknownVariant, open_discriminator

__all__ = [
    "JobsAPIRoutesFineTuningCreateFineTuningJobResponse",
    "LegacyJobMetadataOut",
]


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


JobsAPIRoutesFineTuningCreateFineTuningJobResponse: TypeAlias = Annotated[
    Annotated[ClassifierJobOut, Tag("classifier")]
    | Annotated[CompletionJobOut, Tag("completion")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("job_type", frozenset({"classifier", "completion"})),
]
