# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (WorkspaceMemberIN, WorkspaceMemberSingleIN...)."""

from typing import Literal, TypeAlias

from mistralai.api.admin._generated._models.static_workspace_roles import (
    StaticWorkspaceRoles,
    WorkspaceRole,
)
from mistralai.core.runtime import BaseModel

__all__ = [
    "WorkspaceMemberIN",
    "WorkspaceMemberSingleIN",
    "WorkspaceMemberSingleINRoleName",
]

WorkspaceMemberSingleINRoleName: TypeAlias = (
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


class WorkspaceMemberSingleIN(BaseModel):
    __mistral_keep__ = frozenset()
    role_names: list[WorkspaceMemberSingleINRoleName] | None = None
    """Simplified role names to assign. Mutually exclusive with 'roles'."""
    roles: list[WorkspaceRole] | list[StaticWorkspaceRoles] | None = None
    """Role values to assign. Mutually exclusive with 'role_names'."""
    role_name: WorkspaceMemberSingleINRoleName | None = None
    """Deprecated single role name, kept for backward compatibility. Mutually exclusive with 'role'."""
    role: WorkspaceRole | StaticWorkspaceRoles | None = None
    """Deprecated legacy single role value, kept for backward compatibility. Mutually exclusive with 'role_name'."""
    user_uuid: str
    """User ID of the Workspace member."""


class WorkspaceMemberIN(BaseModel):
    __mistral_keep__ = frozenset()
    members: list[WorkspaceMemberSingleIN] | None = None
    """Workspace members to add or update."""
