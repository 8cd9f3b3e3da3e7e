# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (ListWorkspacesResponse, UserWorkspace...)."""

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING

from mistralai.core.runtime import BaseModel, PagedModel

__all__ = [
    "ListWorkspacesResponse",
    "UserWorkspace",
]


class UserWorkspace(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    """The workspace's unique identifier."""
    name: str
    """The workspace's display name."""
    organization_id: str
    """The identifier of the organization this workspace belongs to."""


class ListWorkspacesResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[UserWorkspace]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[UserWorkspace]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[UserWorkspace]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    workspaces: list[UserWorkspace]
    """The workspaces the authenticated user is a member of, each tagged with the organization it belongs to."""
