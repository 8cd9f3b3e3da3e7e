# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (WorkflowBulkArchiveResponse...)."""

from mistralai.api.workflows._generated._models.workflow import Workflow
from mistralai.api.workflows._generated._models.workflow_bulk_error import WorkflowBulkError
from mistralai.core.runtime import BaseModel

__all__ = [
    "WorkflowBulkArchiveResponse",
]


class WorkflowBulkArchiveResponse(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"errored"})
    archived: list[Workflow]
    """Workflows that were successfully archived or were already archived"""
    errored: list[WorkflowBulkError] | None = None
    """Workflows that could not be archived and the corresponding error messages"""
