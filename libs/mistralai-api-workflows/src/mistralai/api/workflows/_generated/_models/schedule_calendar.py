# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (ScheduleCalendar, ScheduleInterval, SchedulePolicy...)."""

from mistralai.api.workflows._generated._models.schedule_overlap_policy import ScheduleOverlapPolicy
from mistralai.core.runtime import BaseModel

__all__ = [
    "ScheduleCalendar",
    "ScheduleInterval",
    "SchedulePolicy",
    "ScheduleRange",
]


class ScheduleRange(BaseModel):
    __mistral_keep__ = frozenset({"end", "step"})
    start: int
    end: int = 0
    step: int = 0


class ScheduleCalendar(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset(
        {"second", "minute", "hour", "day_of_month", "month", "year", "day_of_week"}
    )
    second: list[ScheduleRange] | None = None
    minute: list[ScheduleRange] | None = None
    hour: list[ScheduleRange] | None = None
    day_of_month: list[ScheduleRange] | None = None
    month: list[ScheduleRange] | None = None
    year: list[ScheduleRange] | None = None
    day_of_week: list[ScheduleRange] | None = None
    comment: str | None = None


class ScheduleInterval(BaseModel):
    __mistral_keep__ = frozenset()
    every: str
    offset: str | None = None


class SchedulePolicy(BaseModel):
    __mistral_keep__ = frozenset({"catchup_window_seconds", "pause_on_failure"})
    __mistral_drop_none__ = frozenset({"overlap"})
    catchup_window_seconds: int = 31536000
    """After a Temporal server is unavailable, amount of time in seconds in the past to execute missed actions."""
    overlap: ScheduleOverlapPolicy | None = None
    """Policy controlling what to do when a workflow is already running."""
    pause_on_failure: bool = False
    """Whether to pause the schedule after a workflow failure."""
