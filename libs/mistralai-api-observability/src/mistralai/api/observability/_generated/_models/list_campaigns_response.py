# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (ListCampaignsResponse, PaginatedResultCampaignPreview...)."""

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING

from mistralai.api.observability._generated._models.campaign import Campaign
from mistralai.core.runtime import BaseModel, PagedModel

__all__ = [
    "ListCampaignsResponse",
    "PaginatedResultCampaignPreview",
]


class PaginatedResultCampaignPreview(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"results"})
    results: list[Campaign] | None = None
    count: int
    next: str | None = None
    previous: str | None = None


class ListCampaignsResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[Campaign]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[Campaign]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[Campaign]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    campaigns: PaginatedResultCampaignPreview
