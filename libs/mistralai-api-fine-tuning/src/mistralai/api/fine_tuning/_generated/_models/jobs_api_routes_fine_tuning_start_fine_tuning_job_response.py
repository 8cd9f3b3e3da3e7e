# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-fine-tuning distribution used by the same operations."""

from typing import Annotated, TypeAlias

from pydantic import Tag

from mistralai.api.fine_tuning._generated._models.classifier_detailed_job_out import (
    ClassifierDetailedJobOut,
    CompletionDetailedJobOut,
)
from mistralai.core.runtime import UNKNOWN_TAG, UnknownVariant, open_discriminator

__all__ = [
    "JobsAPIRoutesFineTuningStartFineTuningJobResponse",
]

JobsAPIRoutesFineTuningStartFineTuningJobResponse: TypeAlias = Annotated[
    Annotated[ClassifierDetailedJobOut, Tag("classifier")]
    | Annotated[CompletionDetailedJobOut, Tag("completion")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("job_type", frozenset({"classifier", "completion"})),
]
