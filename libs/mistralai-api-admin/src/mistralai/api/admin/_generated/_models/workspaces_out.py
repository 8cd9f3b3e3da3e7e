# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (WorkspacesOut...)."""

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING, Literal, TypeAlias

from mistralai.api.admin._generated._models.workspace_out import WorkspaceOUT
from mistralai.core.runtime import PagedModel

__all__ = [
    "ApiObjectType",
    "WorkspacesOut",
]

ApiObjectType: TypeAlias = Literal["list"]
"""Type of API object for pagination responses."""


class WorkspacesOut(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[WorkspaceOUT]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[WorkspaceOUT]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[WorkspaceOUT]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    total: int
    """Total number of Workspaces that match the request."""
    items: list[WorkspaceOUT]
    """Workspaces on this page."""
    object: ApiObjectType = "list"
    """Type of paginated API object."""
    page: int
    """Page number returned."""
    page_size: int
    """Maximum number of results per page."""
