# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (RoleOut, RolesOut...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "RoleOut",
    "RolesOut",
]


class RoleOut(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    """Role name."""
    uuid: str
    """Role UUID."""
    description: str
    """Short description of the role."""
    is_custom_role: bool
    """Whether this role is custom-defined."""


class RolesOut(BaseModel):
    __mistral_keep__ = frozenset()
    workspace_roles: list[RoleOut]
    """Workspace roles available to the Organization."""
    organization_roles: list[RoleOut]
    """Organization roles available to the Organization."""
