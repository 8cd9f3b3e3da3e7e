# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (AdminUserGroupsOut...)."""

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING

from mistralai.api.admin._generated._models.admin_user_group_out import AdminUserGroupOut
from mistralai.core.runtime import PagedModel

__all__ = [
    "AdminUserGroupsOut",
]


class AdminUserGroupsOut(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[AdminUserGroupOut]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[AdminUserGroupOut]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[AdminUserGroupOut]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    total: int
    """Total number of user groups that match the request."""
    items: list[AdminUserGroupOut]
    """User groups on this page."""
    page: int
    """Page number returned."""
    page_size: int
    """Maximum number of results per page."""
