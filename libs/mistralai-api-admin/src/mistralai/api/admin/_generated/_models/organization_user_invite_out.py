# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (OrganizationUserInviteOUT...)."""

from mistralai.api.admin._generated._models.static_organization_roles import StaticOrganizationRoles
from mistralai.api.admin._generated._models.user_role import UserRole
from mistralai.core.runtime import BaseModel

__all__ = [
    "OrganizationUserInviteOUT",
]


class OrganizationUserInviteOUT(BaseModel):
    __mistral_keep__ = frozenset()
    invite_uuid: str
    """Organization invitation ID."""
    email: str | None
    """Email address invited to the Organization."""
    roles: list[UserRole] | list[StaticOrganizationRoles]
    """Organization roles assigned by the invite."""
    role: UserRole | StaticOrganizationRoles
    """Deprecated single invite role. Use 'roles' instead."""
