# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (ListDatasetRecordsResponse, PaginatedResultDatasetRecord...)."""

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING

from mistralai.api.observability._generated._models.dataset_record import DatasetRecord
from mistralai.core.runtime import BaseModel, PagedModel

__all__ = [
    "ListDatasetRecordsResponse",
    "PaginatedResultDatasetRecord",
]


class PaginatedResultDatasetRecord(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"results"})
    results: list[DatasetRecord] | None = None
    count: int
    next: str | None = None
    previous: str | None = None


class ListDatasetRecordsResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[DatasetRecord]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[DatasetRecord]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[DatasetRecord]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    records: PaginatedResultDatasetRecord
