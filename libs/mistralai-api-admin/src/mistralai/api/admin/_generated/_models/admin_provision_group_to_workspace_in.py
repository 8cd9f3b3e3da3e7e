# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (AdminProvisionGroupToWorkspaceIn...)."""

from typing import Literal, TypeAlias

from mistralai.api.admin._generated._models.static_workspace_roles import (
    StaticWorkspaceRoles,
    WorkspaceRole,
)
from mistralai.core.runtime import BaseModel

__all__ = [
    "AdminProvisionGroupToWorkspaceIn",
    "AdminProvisionGroupToWorkspaceInWorkspaceRoleName",
]

AdminProvisionGroupToWorkspaceInWorkspaceRoleName: TypeAlias = (
    Literal[
        "billing",
        "user",
        "contributor",
        "dev",
        "dev_contributor",
        "mistral_code_user",
        "cloud_user",
        "workspace_contributor",
        "workspace_admin",
        "observability_viewer",
        "workflow_executor",
    ]
    | str
)


class AdminProvisionGroupToWorkspaceIn(BaseModel):
    __mistral_keep__ = frozenset()
    user_group_uuid: str
    """User group ID to provision."""
    workspace_uuid: str
    """Workspace ID where the group is provisioned."""
    workspace_role: WorkspaceRole | StaticWorkspaceRoles | None = None
    """Workspace role value to assign to the group. Mutually exclusive with 'workspace_role_name'."""
    workspace_role_name: AdminProvisionGroupToWorkspaceInWorkspaceRoleName | None = None
    """Workspace role name to assign to the group. Mutually exclusive with 'workspace_role'."""
