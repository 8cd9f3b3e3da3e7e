# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (AdminOrganizationMemberUpdate...)."""

from typing import Literal, TypeAlias

from mistralai.api.admin._generated._models.static_organization_roles import StaticOrganizationRoles
from mistralai.api.admin._generated._models.user_role import UserRole
from mistralai.core.runtime import BaseModel

__all__ = [
    "AdminOrganizationMemberUpdate",
    "AdminOrganizationMemberUpdateRoleName",
    "AdminOrganizationMemberUpdateSubscriptionType",
]

AdminOrganizationMemberUpdateRoleName: TypeAlias = (
    Literal["member", "billing_manager", "organization_admin"] | str
)

AdminOrganizationMemberUpdateSubscriptionType: TypeAlias = Literal["CHAT", "MISTRAL_CODE"] | str


class AdminOrganizationMemberUpdate(BaseModel):
    __mistral_keep__ = frozenset()
    role_names: list[AdminOrganizationMemberUpdateRoleName] | None = None
    """Simplified role names to assign. Mutually exclusive with 'roles'."""
    roles: list[UserRole] | list[StaticOrganizationRoles] | None = None
    """Role values to assign. Mutually exclusive with 'role_names'."""
    role_name: AdminOrganizationMemberUpdateRoleName | None = None
    """Deprecated single role name, kept for backward compatibility. Mutually exclusive with 'role'."""
    role: UserRole | StaticOrganizationRoles | None = None
    """Deprecated legacy single role value, kept for backward compatibility. Mutually exclusive with 'role_name'."""
    subscription_types: list[AdminOrganizationMemberUpdateSubscriptionType] | None = None
    """Product seats to assign to the member."""
