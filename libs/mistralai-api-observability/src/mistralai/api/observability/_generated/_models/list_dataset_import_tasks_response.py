# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (ListDatasetImportTasksResponse, PaginatedResultDatasetImportTask...)."""

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING

from mistralai.api.observability._generated._models.dataset_import_task import DatasetImportTask
from mistralai.core.runtime import BaseModel, PagedModel

__all__ = [
    "ListDatasetImportTasksResponse",
    "PaginatedResultDatasetImportTask",
]


class PaginatedResultDatasetImportTask(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"results"})
    results: list[DatasetImportTask] | None = None
    count: int
    next: str | None = None
    previous: str | None = None


class ListDatasetImportTasksResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[DatasetImportTask]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[DatasetImportTask]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[DatasetImportTask]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    tasks: PaginatedResultDatasetImportTask
