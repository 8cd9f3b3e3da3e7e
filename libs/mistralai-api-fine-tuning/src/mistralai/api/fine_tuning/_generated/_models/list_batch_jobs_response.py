# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-fine-tuning distribution used by the same operations (ListBatchJobsResponse...)."""

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, ClassVar, Literal

from pydantic import Field

from mistralai.api.fine_tuning._generated._models.batch_job import BatchJob
from mistralai.core.runtime import PagedModel

__all__ = [
    "ListBatchJobsResponse",
]


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
