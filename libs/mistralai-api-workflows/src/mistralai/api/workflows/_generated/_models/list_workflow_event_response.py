# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (ListWorkflowEventResponse...)."""

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING

from mistralai.api.workflows._generated._models.activity_task_completed_response import (
    ActivityTaskCompletedResponse,
    ActivityTaskFailedResponse,
    ActivityTaskRetryingResponse,
    ActivityTaskStartedResponse,
    CustomTaskCanceledResponse,
    CustomTaskCompletedResponse,
    CustomTaskFailedResponse,
    CustomTaskInProgressResponse,
    CustomTaskStartedResponse,
    CustomTaskTimedOutResponse,
    WorkflowExecutionCanceledResponse,
    WorkflowExecutionCompletedResponse,
    WorkflowExecutionContinuedAsNewResponse,
    WorkflowExecutionFailedResponse,
    WorkflowExecutionStartedResponse,
    WorkflowTaskFailedResponse,
    WorkflowTaskTimedOutResponse,
)
from mistralai.core.runtime import PagedModel

__all__ = [
    "ListWorkflowEventResponse",
]


class ListWorkflowEventResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(
            self,
        ) -> Iterator[
            WorkflowExecutionStartedResponse
            | WorkflowExecutionCompletedResponse
            | WorkflowExecutionFailedResponse
            | WorkflowExecutionCanceledResponse
            | WorkflowExecutionContinuedAsNewResponse
            | WorkflowTaskTimedOutResponse
            | WorkflowTaskFailedResponse
            | CustomTaskStartedResponse
            | CustomTaskInProgressResponse
            | CustomTaskCompletedResponse
            | CustomTaskFailedResponse
            | CustomTaskTimedOutResponse
            | CustomTaskCanceledResponse
            | ActivityTaskStartedResponse
            | ActivityTaskCompletedResponse
            | ActivityTaskRetryingResponse
            | ActivityTaskFailedResponse
        ]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(
            self,
        ) -> AsyncIterator[
            WorkflowExecutionStartedResponse
            | WorkflowExecutionCompletedResponse
            | WorkflowExecutionFailedResponse
            | WorkflowExecutionCanceledResponse
            | WorkflowExecutionContinuedAsNewResponse
            | WorkflowTaskTimedOutResponse
            | WorkflowTaskFailedResponse
            | CustomTaskStartedResponse
            | CustomTaskInProgressResponse
            | CustomTaskCompletedResponse
            | CustomTaskFailedResponse
            | CustomTaskTimedOutResponse
            | CustomTaskCanceledResponse
            | ActivityTaskStartedResponse
            | ActivityTaskCompletedResponse
            | ActivityTaskRetryingResponse
            | ActivityTaskFailedResponse
        ]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(
            self,
        ) -> Sequence[
            WorkflowExecutionStartedResponse
            | WorkflowExecutionCompletedResponse
            | WorkflowExecutionFailedResponse
            | WorkflowExecutionCanceledResponse
            | WorkflowExecutionContinuedAsNewResponse
            | WorkflowTaskTimedOutResponse
            | WorkflowTaskFailedResponse
            | CustomTaskStartedResponse
            | CustomTaskInProgressResponse
            | CustomTaskCompletedResponse
            | CustomTaskFailedResponse
            | CustomTaskTimedOutResponse
            | CustomTaskCanceledResponse
            | ActivityTaskStartedResponse
            | ActivityTaskCompletedResponse
            | ActivityTaskRetryingResponse
            | ActivityTaskFailedResponse
        ]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    events: list[
        WorkflowExecutionStartedResponse
        | WorkflowExecutionCompletedResponse
        | WorkflowExecutionFailedResponse
        | WorkflowExecutionCanceledResponse
        | WorkflowExecutionContinuedAsNewResponse
        | WorkflowTaskTimedOutResponse
        | WorkflowTaskFailedResponse
        | CustomTaskStartedResponse
        | CustomTaskInProgressResponse
        | CustomTaskCompletedResponse
        | CustomTaskFailedResponse
        | CustomTaskTimedOutResponse
        | CustomTaskCanceledResponse
        | ActivityTaskStartedResponse
        | ActivityTaskCompletedResponse
        | ActivityTaskRetryingResponse
        | ActivityTaskFailedResponse
    ]
    """List of workflow events."""
    next_cursor: str | None = None
    """Cursor for pagination."""
