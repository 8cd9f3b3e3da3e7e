# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (WorkflowBasicDefinition, WorkflowListResponse, WorkflowMetadata...)."""

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING

from mistralai.core.runtime import BaseModel, PagedModel

__all__ = [
    "GetWorkflowsV1WorkflowsGetResponse",
    "WorkflowBasicDefinition",
    "WorkflowListResponse",
    "WorkflowMetadata",
]


class WorkflowMetadata(BaseModel):
    __mistral_keep__ = frozenset()
    shared_namespace: str | None = None
    """Namespace for shared workflows, None if user-owned"""


class WorkflowBasicDefinition(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"metadata", "tags"})
    id: str
    name: str
    """The name of the workflow"""
    display_name: str
    """The display name of the workflow"""
    description: str | None = None
    """A description of the workflow"""
    metadata: WorkflowMetadata | None = None
    """Workflow metadata"""
    archived: bool
    """Whether the workflow is archived"""
    tags: list[str] | None = None
    """Workflow tags"""


class WorkflowListResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[WorkflowBasicDefinition]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[WorkflowBasicDefinition]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[WorkflowBasicDefinition]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    workflows: list[WorkflowBasicDefinition]
    """A list of workflows"""
    next_cursor: str | None


# names of the official 2.x SDK for the same schemas
GetWorkflowsV1WorkflowsGetResponse = WorkflowListResponse
