# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-connectors distribution used by the same operations (PaginatedConnectors, PaginationResponse...)."""

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING

from mistralai.api.connectors._generated._models.connector import Connector
from mistralai.core.runtime import BaseModel, PagedModel

__all__ = [
    "PaginatedConnectors",
    "PaginationResponse",
]


class PaginationResponse(BaseModel):
    __mistral_keep__ = frozenset()
    next_cursor: str | None = None
    page_size: int


class PaginatedConnectors(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[Connector]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[Connector]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[Connector]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    items: list[Connector]
    pagination: PaginationResponse
