# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (OrganizationInviteIN...)."""

from typing import Literal, TypeAlias

from mistralai.api.admin._generated._models.plan_type import PlanType
from mistralai.api.admin._generated._models.static_organization_roles import StaticOrganizationRoles
from mistralai.api.admin._generated._models.user_role import UserRole
from mistralai.core.runtime import BaseModel

__all__ = [
    "OrganizationInviteIN",
    "OrganizationInviteINEmailLanguage",
    "OrganizationInviteINRoleName",
]

OrganizationInviteINRoleName: TypeAlias = (
    Literal["member", "billing_manager", "organization_admin"] | str
)

OrganizationInviteINEmailLanguage: TypeAlias = (
    Literal["en", "fr", "es", "de", "it", "pt_br", "pl", "ar", "nl"] | str
)


class OrganizationInviteIN(BaseModel):
    __mistral_keep__ = frozenset()
    role_names: list[OrganizationInviteINRoleName] | None = None
    """Simplified role names to assign. Mutually exclusive with 'roles'."""
    roles: list[UserRole] | list[StaticOrganizationRoles] | None = None
    """Role values to assign. Mutually exclusive with 'role_names'."""
    role_name: OrganizationInviteINRoleName | None = None
    """Deprecated single role name, kept for backward compatibility. Mutually exclusive with 'role'."""
    role: UserRole | StaticOrganizationRoles | None = None
    """Deprecated legacy single role value, kept for backward compatibility. Mutually exclusive with 'role_name'."""
    email: str
    """Email address, comma-separated emails, or newline-separated emails to invite."""
    subscription_type: PlanType | None = None
    """Deprecated single product seat to assign."""
    subscription_types: list[PlanType] | None = None
    """Product seats to assign to invited users."""
    subscription_seat_automatic_granting: bool = False
    """Whether to grant subscription seats automatically."""
    email_language: OrganizationInviteINEmailLanguage | None = None
    """Language used for invitation emails."""
    workspace_uuids: list[str] | None = None
    """Workspace IDs the invited users should join."""
