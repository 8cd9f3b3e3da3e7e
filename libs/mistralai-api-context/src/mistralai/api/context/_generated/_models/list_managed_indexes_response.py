# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-context distribution used by the same operations (ListManagedIndexesResponse...)."""

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING

from mistralai.api.context._generated._models.managed_index_response import ManagedIndexResponse
from mistralai.core.runtime import PagedModel

__all__ = [
    "ListManagedIndexesResponse",
]


class ListManagedIndexesResponse(PagedModel):
    """Paginated list of managed indexes."""

    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[ManagedIndexResponse]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[ManagedIndexResponse]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[ManagedIndexResponse]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    data: list[ManagedIndexResponse]
    next_page_token: str | None = None
