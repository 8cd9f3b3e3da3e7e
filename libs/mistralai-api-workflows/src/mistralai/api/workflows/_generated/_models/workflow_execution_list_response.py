# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (WorkflowExecutionListResponse, WorkflowExecutionWithoutResultResponse...)."""

from collections.abc import AsyncIterator, Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from mistralai.api.workflows._generated._models.workflow_execution_status import (
    WorkflowExecutionStatus,
)
from mistralai.core.runtime import BaseModel, PagedModel

__all__ = [
    "ListRunsV1WorkflowsRunsGetResponse",
    "WorkflowExecutionListResponse",
    "WorkflowExecutionWithoutResultResponse",
]


class WorkflowExecutionWithoutResultResponse(BaseModel):
    __mistral_keep__ = frozenset()
    workflow_name: str
    """The name of the workflow"""
    workflow_id: str | None = None
    """The ID of the workflow"""
    deployment_name: str | None = None
    """The name of the deployment that ran this execution"""
    execution_id: str
    """The ID of the workflow execution"""
    parent_execution_id: str | None = None
    """The parent execution ID of the workflow execution"""
    root_execution_id: str
    """The root execution ID of the workflow execution"""
    run_id: str | None = None
    """The unique run identifier (database UUID)"""
    user_id: str | None = None
    """The ID of the user who triggered the execution"""
    status: WorkflowExecutionStatus | None
    """The status of the workflow execution"""
    start_time: datetime
    """The start time of the workflow execution"""
    end_time: datetime | None
    """The end time of the workflow execution, if available"""
    total_duration_ms: int | None = None
    """The total duration of the trace in milliseconds"""


class WorkflowExecutionListResponse(PagedModel):
    """Deprecated: use WorkflowRunListResponse instead. Will be removed in the next major version."""

    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[WorkflowExecutionWithoutResultResponse]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[WorkflowExecutionWithoutResultResponse]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[WorkflowExecutionWithoutResultResponse]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    executions: list[WorkflowExecutionWithoutResultResponse]
    """A list of workflow executions"""
    next_page_token: str | None = None
    """Token to use for fetching the next page of results. Null if this is the last page."""


# names of the official 2.x SDK for the same schemas
ListRunsV1WorkflowsRunsGetResponse = WorkflowExecutionListResponse
