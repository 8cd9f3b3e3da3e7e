# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (OrganizationMemberCreate...)."""

from typing import Literal, TypeAlias

from mistralai.api.admin._generated._models.plan_type import PlanType
from mistralai.api.admin._generated._models.static_organization_roles import StaticOrganizationRoles
from mistralai.api.admin._generated._models.user_role import UserRole
from mistralai.core.runtime import BaseModel

__all__ = [
    "OrganizationMemberCreate",
    "OrganizationMemberCreateRoleName",
]

OrganizationMemberCreateRoleName: TypeAlias = (
    Literal["member", "billing_manager", "organization_admin"] | str
)


class OrganizationMemberCreate(BaseModel):
    __mistral_keep__ = frozenset()
    role_names: list[OrganizationMemberCreateRoleName] | None = None
    """Simplified role names to assign. Mutually exclusive with 'roles'."""
    roles: list[UserRole] | list[StaticOrganizationRoles] | None = None
    """Role values to assign. Mutually exclusive with 'role_names'."""
    role_name: OrganizationMemberCreateRoleName | None = None
    """Deprecated single role name, kept for backward compatibility. Mutually exclusive with 'role'."""
    role: UserRole | StaticOrganizationRoles | None = None
    """Deprecated legacy single role value, kept for backward compatibility. Mutually exclusive with 'role_name'."""
    email: str
    """Email address of the user to create."""
    first_name: str
    """First name of the user to create."""
    last_name: str
    """Last name of the user to create."""
    subscription_types: list[PlanType] | None = None
    """Product seats to assign to the user."""
