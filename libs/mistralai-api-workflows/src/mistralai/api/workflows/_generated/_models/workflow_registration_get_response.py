# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (WorkflowRegistrationGetResponse, WorkflowRegistrationWithWorkerStatus...)."""

from mistralai.api.workflows._generated._models.workflow import Workflow
from mistralai.api.workflows._generated._models.workflow_code_definition import (
    WorkflowCodeDefinition,
)
from mistralai.core.runtime import BaseModel

__all__ = [
    "WorkflowRegistrationGetResponse",
    "WorkflowRegistrationWithWorkerStatus",
]


class WorkflowRegistrationWithWorkerStatus(BaseModel):
    __mistral_keep__ = frozenset({"compatible_with_chat_assistant"})
    id: str
    """Unique identifier of the workflow registration"""
    deployment_id: str | None = None
    """Deprecated. Use deployment_name instead. Will be removed in a future release."""
    task_queue: str | None = None
    """Deprecated. Use deployment_name instead. Will be removed in a future release."""
    definition: WorkflowCodeDefinition
    workflow_id: str
    """Workflow ID of the workflow"""
    workflow: Workflow | None = None
    """Workflow of the workflow registration"""
    deployment_name: str | None = None
    """Name of the deployment this registration belongs to"""
    compatible_with_chat_assistant: bool = False
    """Whether the workflow is compatible with chat assistant"""
    active: bool
    """Whether the workflow registration is active"""


class WorkflowRegistrationGetResponse(BaseModel):
    __mistral_keep__ = frozenset()
    workflow_registration: WorkflowRegistrationWithWorkerStatus
    """The workflow registration"""
    workflow_version: WorkflowRegistrationWithWorkerStatus
    """Deprecated: use workflow_registration"""
