# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (WorkflowScheduleResponse...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "WorkflowScheduleResponse",
]


class WorkflowScheduleResponse(BaseModel):
    __mistral_keep__ = frozenset()
    schedule_id: str
    """The ID of the schedule"""
