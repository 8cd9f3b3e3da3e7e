# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (GroupWorkspaceAssignmentOut, GroupWorkspaceAssignmentsOut, WorkspaceRoleRef...)."""

from collections.abc import AsyncIterator, Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from mistralai.core.runtime import BaseModel, PagedModel

__all__ = [
    "GroupWorkspaceAssignmentOut",
    "GroupWorkspaceAssignmentsOut",
    "WorkspaceRoleRef",
]


class WorkspaceRoleRef(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    uuid: str


class GroupWorkspaceAssignmentOut(BaseModel):
    __mistral_keep__ = frozenset()
    roles: list[WorkspaceRoleRef]
    role_uuid: str | None = None
    role_name: str | None = None
    workspace_uuid: str
    workspace_name: str
    """Name of the Workspace."""
    created: datetime


class GroupWorkspaceAssignmentsOut(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[GroupWorkspaceAssignmentOut]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[GroupWorkspaceAssignmentOut]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[GroupWorkspaceAssignmentOut]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    total: int
    """Total number of Workspace assignments that match the request."""
    items: list[GroupWorkspaceAssignmentOut]
    """Workspace assignments on this page."""
    page: int
    """Page number returned."""
    page_size: int
    """Maximum number of results per page."""
