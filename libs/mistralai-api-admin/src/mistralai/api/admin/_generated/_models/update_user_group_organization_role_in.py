# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (UpdateUserGroupOrganizationRoleIn...)."""

from mistralai.api.admin._generated._models.static_organization_roles import StaticOrganizationRoles
from mistralai.api.admin._generated._models.user_role import UserRole
from mistralai.core.runtime import BaseModel

__all__ = [
    "UpdateUserGroupOrganizationRoleIn",
]


class UpdateUserGroupOrganizationRoleIn(BaseModel):
    __mistral_keep__ = frozenset()
    organization_role: UserRole | StaticOrganizationRoles
    """Organization role to assign to the group."""
