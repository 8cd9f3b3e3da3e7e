# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (AdminWorkspaceIn...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "AdminWorkspaceIn",
]


class AdminWorkspaceIn(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    """Workspace name."""
    description: str = ""
    """Workspace description."""
    icon: str = ""
    """Workspace icon."""
    add_all_org_members: bool = False
    """Whether to add all Organization members to the Workspace."""
    admin_user_id: str
    """User ID to grant the Workspace Admin role to."""
