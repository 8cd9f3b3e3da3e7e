# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (AdminUserGroupMemberOut, AdminUserGroupMembersOut...)."""

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING

from mistralai.core.runtime import BaseModel, PagedModel

__all__ = [
    "AdminUserGroupMemberOut",
    "AdminUserGroupMembersOut",
]


class AdminUserGroupMemberOut(BaseModel):
    __mistral_keep__ = frozenset()
    user_uuid: str
    """User ID of the group member."""
    name: str | None
    """Name of the group member."""
    email: str | None
    """Email address of the group member."""


class AdminUserGroupMembersOut(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[AdminUserGroupMemberOut]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[AdminUserGroupMemberOut]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[AdminUserGroupMemberOut]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    total: int
    """Total number of group members that match the request."""
    members: list[AdminUserGroupMemberOut]
    """Group members on this page."""
    page: int
    """Page number returned."""
    page_size: int
    """Maximum number of results per page."""
