# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (WorkflowBulkError...)."""

from mistralai.api.workflows._generated._models.workflow import Workflow
from mistralai.core.runtime import BaseModel

__all__ = [
    "WorkflowBulkError",
]


class WorkflowBulkError(BaseModel):
    __mistral_keep__ = frozenset()
    workflow_id: str
    """The requested workflow ID"""
    workflow: Workflow | None = None
    """The workflow, if found"""
    message: str
    """Error message describing why the operation failed"""
