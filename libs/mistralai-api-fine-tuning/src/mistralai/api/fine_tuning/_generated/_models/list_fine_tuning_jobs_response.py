# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-fine-tuning distribution used by the same operations (JobsOut...)."""

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Annotated, ClassVar, Literal, TypeAlias

from pydantic import Field, Tag

from mistralai.api.fine_tuning._generated._models.classifier_job_out import (
    ClassifierJobOut,
    CompletionJobOut,
)
from mistralai.core.runtime import UNKNOWN_TAG, PagedModel, UnknownVariant, open_discriminator

__all__ = [
    "JobsOut",
    "JobsOutData",
    "ListFineTuningJobsResponse",
    "ListFineTuningJobsResponseData",
]

JobsOutData: TypeAlias = Annotated[
    Annotated[ClassifierJobOut, Tag("classifier")]
    | Annotated[CompletionJobOut, Tag("completion")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("job_type", frozenset({"classifier", "completion"})),
]


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


# names of the official 2.x SDK for the same schemas
ListFineTuningJobsResponseData: TypeAlias = JobsOutData
JobsOut = ListFineTuningJobsResponse
