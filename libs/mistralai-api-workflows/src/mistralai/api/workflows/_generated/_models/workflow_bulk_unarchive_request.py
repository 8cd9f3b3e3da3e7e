# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (WorkflowBulkUnarchiveRequest...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "WorkflowBulkUnarchiveRequest",
]


class WorkflowBulkUnarchiveRequest(BaseModel):
    __mistral_keep__ = frozenset()
    workflow_ids: list[str]
    """List of workflow IDs to unarchive"""
