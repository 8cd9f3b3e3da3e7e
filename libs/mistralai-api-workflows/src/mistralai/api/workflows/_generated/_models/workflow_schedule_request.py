# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (ScheduleDefinition, WorkflowScheduleRequest...)."""

from datetime import datetime
from typing import Any

from mistralai.api.workflows._generated._models.schedule_calendar import (
    ScheduleCalendar,
    ScheduleInterval,
    SchedulePolicy,
)
from mistralai.core.runtime import BaseModel

__all__ = [
    "ScheduleDefinition",
    "WorkflowScheduleRequest",
]


class ScheduleDefinition(BaseModel):
    """Specification of the times scheduled actions may occur. The times are the union of :py:attr:`calendars`, :py:attr:`intervals`, and :py:attr:`cron_expressions` excluding anything in :py:attr:`skip`. Used for input where schedule_id is optional (can be provided or auto-generated)."""

    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset(
        {"calendars", "intervals", "cron_expressions", "skip", "policy"}
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
    max_executions: int | None = None
    """Maximum number of times this schedule will trigger a workflow execution. Once this limit is reached, no further executions are triggered automatically. null means unlimited."""
    schedule_id: str | None = None
    """Unique identifier for the schedule."""


class WorkflowScheduleRequest(BaseModel):
    __mistral_keep__ = frozenset()
    schedule: ScheduleDefinition
    """The schedule definition"""
    workflow_registration_id: str | None = None
    """The ID of the workflow registration to schedule"""
    workflow_version_id: str | None = None
    """Deprecated: use workflow_registration_id"""
    workflow_identifier: str | None = None
    """The name or ID of the workflow to schedule"""
    workflow_task_queue: str | None = None
    """Deprecated. Use deployment_name instead."""
    schedule_id: str | None = None
    """Allows you to specify a custom schedule ID. If not provided, a random ID will be generated."""
    deployment_name: str | None = None
    """Name of the deployment to route this schedule to"""
