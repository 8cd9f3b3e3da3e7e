# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (AssignGroupToWorkspaceIn...)."""

from typing import Literal, TypeAlias

from mistralai.api.admin._generated._models.static_workspace_roles import (
    StaticWorkspaceRoles,
    WorkspaceRole,
)
from mistralai.core.runtime import BaseModel

__all__ = [
    "AssignGroupToWorkspaceIn",
    "AssignGroupToWorkspaceInRoleName",
]

AssignGroupToWorkspaceInRoleName: TypeAlias = (
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


class AssignGroupToWorkspaceIn(BaseModel):
    __mistral_keep__ = frozenset()
    role_names: list[AssignGroupToWorkspaceInRoleName] | None = None
    """Simplified role names to assign. Mutually exclusive with 'roles'."""
    roles: list[WorkspaceRole | StaticWorkspaceRoles] | None = None
    """Role values to assign. Mutually exclusive with 'role_names'."""
    role: WorkspaceRole | StaticWorkspaceRoles | None = None
    """Deprecated single role value. Use 'role_names' instead."""
    workspace_uuid: str
