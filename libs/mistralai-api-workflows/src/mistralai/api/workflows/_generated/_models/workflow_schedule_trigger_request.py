# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (WorkflowScheduleTriggerRequest...)."""

from mistralai.api.workflows._generated._models.schedule_overlap_policy import ScheduleOverlapPolicy
from mistralai.core.runtime import BaseModel

__all__ = [
    "WorkflowScheduleTriggerRequest",
]


class WorkflowScheduleTriggerRequest(BaseModel):
    __mistral_keep__ = frozenset()
    overlap: ScheduleOverlapPolicy | None = None
    """Optional overlap policy override to use for the immediate trigger."""
