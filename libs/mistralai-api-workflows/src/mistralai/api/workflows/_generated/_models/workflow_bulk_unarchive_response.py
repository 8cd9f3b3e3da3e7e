# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (WorkflowBulkUnarchiveResponse...)."""

from mistralai.api.workflows._generated._models.workflow import Workflow
from mistralai.api.workflows._generated._models.workflow_bulk_error import WorkflowBulkError
from mistralai.core.runtime import BaseModel

__all__ = [
    "WorkflowBulkUnarchiveResponse",
]


class WorkflowBulkUnarchiveResponse(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"errored"})
    unarchived: list[Workflow]
    """Workflows that were successfully unarchived or were already unarchived"""
    errored: list[WorkflowBulkError] | None = None
    """Workflows that could not be unarchived and the corresponding error messages"""
