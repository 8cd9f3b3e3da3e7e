# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (WorkspaceOUT...)."""

from mistralai.api.admin._generated._models.workspace_spend_limit_out import WorkspaceSpendLimitOUT
from mistralai.core.runtime import BaseModel

__all__ = [
    "WorkspaceOUT",
]


class WorkspaceOUT(BaseModel):
    __mistral_keep__ = frozenset()
    uuid: str
    """Workspace ID."""
    name: str
    """Workspace name."""
    description: str | None
    """Workspace description."""
    icon: str | None
    """Workspace icon."""
    members_count: int | None = None
    """Number of members in the Workspace."""
    spend_limit: WorkspaceSpendLimitOUT | None = None
    """Workspace spending limit."""
    is_default: bool
    """Whether this is the default Workspace for the Organization."""
