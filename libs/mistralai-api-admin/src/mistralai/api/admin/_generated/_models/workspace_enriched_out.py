# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (WorkspaceEnrichedOUT...)."""

from mistralai.api.admin._generated._models.static_organization_roles import StaticOrganizationRoles
from mistralai.api.admin._generated._models.static_workspace_roles import (
    StaticWorkspaceRoles,
    WorkspaceRole,
)
from mistralai.api.admin._generated._models.workspace_spend_limit_out import WorkspaceSpendLimitOUT
from mistralai.core.runtime import BaseModel

__all__ = [
    "WorkspaceEnrichedOUT",
]


class WorkspaceEnrichedOUT(BaseModel):
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
    raw_roles: list[WorkspaceRole | StaticWorkspaceRoles | StaticOrganizationRoles]
    """Roles granted for the Workspace."""
    raw_role: WorkspaceRole | StaticWorkspaceRoles | StaticOrganizationRoles
    """Deprecated single role for the Workspace. Use 'raw_roles' instead."""
