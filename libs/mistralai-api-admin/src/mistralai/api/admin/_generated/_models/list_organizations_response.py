# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (ListOrganizationsResponse, UserOrganization...)."""

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING

from mistralai.core.runtime import BaseModel, PagedModel

__all__ = [
    "ListOrganizationsResponse",
    "UserOrganization",
]


class UserOrganization(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    """The organization's unique identifier."""
    name: str
    """The organization's display name."""


class ListOrganizationsResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[UserOrganization]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[UserOrganization]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[UserOrganization]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    organizations: list[UserOrganization]
    """The organizations the authenticated user is a member of."""
