# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (WorkflowScheduleListResponse...)."""

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING

from mistralai.api.workflows._generated._models.schedule_definition_output import (
    ScheduleDefinitionOutput,
)
from mistralai.core.runtime import PagedModel

__all__ = [
    "GetSchedulesV1WorkflowsSchedulesGetResponse",
    "WorkflowScheduleListResponse",
]


class WorkflowScheduleListResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[ScheduleDefinitionOutput]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[ScheduleDefinitionOutput]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[ScheduleDefinitionOutput]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    schedules: list[ScheduleDefinitionOutput]
    """A list of workflow schedules"""
    next_page_token: str | None = None
    """Token for the next page of results"""


# names of the official 2.x SDK for the same schemas
GetSchedulesV1WorkflowsSchedulesGetResponse = WorkflowScheduleListResponse
