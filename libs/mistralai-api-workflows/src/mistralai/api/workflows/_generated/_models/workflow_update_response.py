# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (WorkflowUpdateResponse...)."""

from mistralai.api.workflows._generated._models.workflow import Workflow
from mistralai.core.runtime import BaseModel

__all__ = [
    "WorkflowUpdateResponse",
]


class WorkflowUpdateResponse(BaseModel):
    __mistral_keep__ = frozenset()
    workflow: Workflow
    """Updated workflow"""
