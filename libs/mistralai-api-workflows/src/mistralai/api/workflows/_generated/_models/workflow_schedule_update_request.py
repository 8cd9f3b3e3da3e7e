# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (PartialScheduleDefinition, WorkflowScheduleUpdateRequest...)."""

from datetime import datetime
from typing import Any

from mistralai.api.workflows._generated._models.schedule_calendar import (
    ScheduleCalendar,
    ScheduleInterval,
    SchedulePolicy,
)
from mistralai.core.runtime import BaseModel

__all__ = [
    "PartialScheduleDefinition",
    "WorkflowScheduleUpdateRequest",
]


class PartialScheduleDefinition(BaseModel):
    """Schedule definition for partial updates. All fields are optional (inherited from _ScheduleRequestBase). Only explicitly-set fields are applied during an update; unset fields preserve the existing schedule values."""

    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset(
        {"input", "calendars", "intervals", "cron_expressions", "skip", "policy"}
    )
    input: Any = None
    """Input to provide to the workflow when starting it."""
    calendars: list[ScheduleCalendar] | None = None
    """Calendar-based specification of times."""
    intervals: list[ScheduleInterval] | None = None
    """Interval-based specification of times."""
    cron_expressions: list[str] | None = None
    """Cron-based specification of times."""
    skip: list[ScheduleCalendar] | None = None
    """Set of calendar times to skip."""
    start_at: datetime | None = None
    """Time after which the first action may be run."""
    end_at: datetime | None = None
    """Time after which no more actions will be run."""
    jitter: str | None = None
    """Jitter to apply each action. An action's scheduled time will be incremented by a random value between 0 and this value if present (but not past the next schedule)."""
    time_zone_name: str | None = None
    """IANA time zone name, for example ``US/Central``."""
    policy: SchedulePolicy | None = None
    """Policy for the schedule."""
    max_executions: int | None = None
    """Maximum number of times this schedule will trigger a workflow execution. Once this limit is reached, no further executions are triggered automatically. null means unlimited."""


class WorkflowScheduleUpdateRequest(BaseModel):
    __mistral_keep__ = frozenset()
    schedule: PartialScheduleDefinition
    """Partial schedule definition to update. Unset fields preserve existing values."""
