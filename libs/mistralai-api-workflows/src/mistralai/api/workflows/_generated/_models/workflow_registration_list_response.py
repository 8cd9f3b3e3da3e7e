# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (WorkflowRegistration, WorkflowRegistrationListResponse...)."""

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING

from mistralai.api.workflows._generated._models.workflow import Workflow
from mistralai.api.workflows._generated._models.workflow_code_definition import (
    WorkflowCodeDefinition,
)
from mistralai.core.runtime import BaseModel, PagedModel

__all__ = [
    "WorkflowRegistration",
    "WorkflowRegistrationListResponse",
]


class WorkflowRegistration(BaseModel):
    __mistral_keep__ = frozenset({"compatible_with_chat_assistant"})
    id: str
    """Unique identifier of the workflow registration"""
    deployment_id: str | None = None
    """Deprecated. Use deployment_name instead. Will be removed in a future release."""
    task_queue: str | None = None
    """Deprecated. Use deployment_name instead. Will be removed in a future release."""
    definition: WorkflowCodeDefinition
    workflow_id: str
    """Workflow ID of the workflow"""
    workflow: Workflow | None = None
    """Workflow of the workflow registration"""
    deployment_name: str | None = None
    """Name of the deployment this registration belongs to"""
    compatible_with_chat_assistant: bool = False
    """Whether the workflow is compatible with chat assistant"""


class WorkflowRegistrationListResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[WorkflowRegistration]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[WorkflowRegistration]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[WorkflowRegistration]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    workflow_registrations: list[WorkflowRegistration]
    """A list of workflow registrations"""
    next_cursor: str | None
    workflow_versions: list[WorkflowRegistration]
    """Deprecated: use workflow_registrations"""
