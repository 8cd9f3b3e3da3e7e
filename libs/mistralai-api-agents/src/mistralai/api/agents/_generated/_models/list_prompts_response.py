# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution used by the same operations (ListPromptsResponse...)."""

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING

from pydantic import Field

from mistralai.api.agents._generated._models.prompt import Prompt
from mistralai.core.runtime import PagedModel

__all__ = [
    "ListPromptsResponse",
    "PromptsListResponse",
]


class ListPromptsResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[Prompt]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[Prompt]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[Prompt]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"data", "nextPageToken"})
    data: list[Prompt] | None = None
    next_page_token: str | None = Field(
        default=None, validation_alias="nextPageToken", serialization_alias="nextPageToken"
    )


# names of the official 2.x SDK for the same schemas
PromptsListResponse = ListPromptsResponse
