# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (WorkflowGetResponse, WorkflowWithWorkerStatus...)."""

from mistralai.api.workflows._generated._models.workflow_type import WorkflowType
from mistralai.core.runtime import BaseModel

__all__ = [
    "WorkflowGetResponse",
    "WorkflowWithWorkerStatus",
]


class WorkflowWithWorkerStatus(BaseModel):
    __mistral_keep__ = frozenset({"available_in_chat_assistant", "is_technical", "archived"})
    __mistral_drop_none__ = frozenset({"tags"})
    id: str
    """Unique identifier of the workflow"""
    name: str
    """Name of the workflow"""
    display_name: str
    """Display name of the workflow"""
    type: WorkflowType
    """Type of the workflow"""
    description: str | None = None
    """Description of the workflow"""
    customer_id: str
    """Customer ID of the workflow"""
    workspace_id: str
    """Workspace ID of the workflow"""
    shared_namespace: str | None = None
    """Reserved namespace for shared workflows (e.g., 'shared:my-shared-workflow')"""
    available_in_chat_assistant: bool = False
    """Whether the workflow is available in chat assistant"""
    is_technical: bool = False
    """Whether the workflow is technical (e.g. SDK-managed)"""
    archived: bool = False
    """Whether the workflow is archived"""
    tags: list[str] | None = None
    """Tags for filtering and discovery"""
    active: bool
    """Whether the workflow is active"""


class WorkflowGetResponse(BaseModel):
    __mistral_keep__ = frozenset()
    workflow: WorkflowWithWorkerStatus
    """The workflow spec"""
