# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (WorkflowExecutionTraceEvent...)."""

from typing import Any, Literal, TypeAlias

from mistralai.core.runtime import BaseModel

__all__ = [
    "EventType",
    "WorkflowExecutionTraceEvent",
    "WorkflowExecutionTraceSummaryAttributesValues",
]

EventType: TypeAlias = Literal["EVENT", "EVENT_PROGRESS"] | str

WorkflowExecutionTraceSummaryAttributesValues: TypeAlias = (
    str | int | float | bool | list[Any] | None
)


class WorkflowExecutionTraceEvent(BaseModel):
    __mistral_keep__ = frozenset({"internal"})
    type: EventType = "EVENT"
    name: str
    """Name of the event"""
    id: str
    """The ID of the event"""
    timestamp_unix_nano: int
    """The timestamp of the event in nanoseconds since the Unix epoch"""
    attributes: dict[str, WorkflowExecutionTraceSummaryAttributesValues]
    """The attributes of the event"""
    internal: bool = False
    """Whether the event is internal"""
