# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (WorkflowSchedulePauseRequest...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "WorkflowSchedulePauseRequest",
]


class WorkflowSchedulePauseRequest(BaseModel):
    __mistral_keep__ = frozenset()
    note: str | None = None
    """Optional note recorded in Temporal when pausing or resuming a schedule"""
