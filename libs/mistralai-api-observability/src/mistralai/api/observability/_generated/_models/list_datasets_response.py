# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (ListDatasetsResponse, PaginatedResultDatasetPreview...)."""

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING

from mistralai.api.observability._generated._models.dataset_preview import DatasetPreview
from mistralai.core.runtime import BaseModel, PagedModel

__all__ = [
    "ListDatasetsResponse",
    "PaginatedResultDatasetPreview",
]


class PaginatedResultDatasetPreview(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"results"})
    results: list[DatasetPreview] | None = None
    count: int
    next: str | None = None
    previous: str | None = None


class ListDatasetsResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[DatasetPreview]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[DatasetPreview]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[DatasetPreview]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    datasets: PaginatedResultDatasetPreview
