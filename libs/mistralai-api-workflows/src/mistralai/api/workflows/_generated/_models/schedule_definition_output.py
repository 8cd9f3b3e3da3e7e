# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (ScheduleDefinitionOutput, ScheduleFutureExecution, ScheduleRecentExecution...)."""

from datetime import datetime
from typing import Any

from mistralai.api.workflows._generated._models.schedule_calendar import (
    ScheduleCalendar,
    ScheduleInterval,
    SchedulePolicy,
)
from mistralai.core.runtime import BaseModel

__all__ = [
    "ScheduleDefinitionOutput",
    "ScheduleFutureExecution",
    "ScheduleRecentExecution",
]


class ScheduleFutureExecution(BaseModel):
    __mistral_keep__ = frozenset()
    scheduled_at: datetime
    """Time the execution is scheduled to run."""


class ScheduleRecentExecution(BaseModel):
    __mistral_keep__ = frozenset()
    scheduled_at: datetime
    """Time the execution was scheduled to run."""
    started_at: datetime
    """Actual time the execution started."""
    execution_id: str
    """ID of the workflow execution that was started."""


class ScheduleDefinitionOutput(BaseModel):
    """Output representation of a schedule with required schedule_id. Used when returning schedules from the API where schedule_id is always present."""

    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset(
        {
            "calendars",
            "intervals",
            "cron_expressions",
            "skip",
            "policy",
            "future_executions",
            "recent_executions",
        }
    )
    input: Any
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
    schedule_id: str
    """Unique identifier for the schedule."""
    remaining_executions: int | None = None
    """Remaining workflow executions before this schedule stops triggering automatically. null means unlimited; 0 means the limit has been reached and the schedule is exhausted."""
    workflow_name: str
    """Name of the workflow this schedule triggers."""
    deployment_name: str | None = None
    """Name of the deployment this schedule targets."""
    paused: bool
    """Whether the schedule is currently paused."""
    note: str | None = None
    """Human-readable note associated with the current pause or resume state."""
    future_executions: list[ScheduleFutureExecution] | None = None
    """Upcoming scheduled executions (10 next executions, earliest first)."""
    recent_executions: list[ScheduleRecentExecution] | None = None
    """Most recent scheduled executions (10 most recent, newest last)."""
