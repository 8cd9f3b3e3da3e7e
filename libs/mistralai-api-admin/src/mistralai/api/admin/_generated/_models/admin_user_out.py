# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (AdminUserOUT...)."""

from datetime import datetime
from typing import Literal, TypeAlias

from pydantic import Field

from mistralai.api.admin._generated._models.member_subscription_out import (
    MemberSubscriptionOUT,
    MemberWorkspaceInfo,
)
from mistralai.api.admin._generated._models.static_organization_roles import StaticOrganizationRoles
from mistralai.api.admin._generated._models.user_role import UserRole
from mistralai.core.runtime import BaseModel

__all__ = [
    "AdminUserOUT",
    "AdminUserOUTSubscriptionType",
]

AdminUserOUTSubscriptionType: TypeAlias = Literal["CHAT", "MISTRAL_CODE"] | str


class AdminUserOUT(BaseModel):
    __mistral_keep__ = frozenset()
    uuid: str
    """Organization member ID."""
    oid_id: str | None
    """Identity provider ID for the member."""
    name: str | None
    """Name of the Organization member."""
    email: str | None
    """Email address of the Organization member."""
    is_sso_outsider: bool | None = None
    """Whether the member is outside the SSO domain."""
    workspaces: list[MemberWorkspaceInfo] | None = None
    """Workspaces the member belongs to."""
    subscriptions: list[MemberSubscriptionOUT] = Field(default=[])
    """Subscriptions assigned to the member."""
    raw_roles: list[UserRole] | list[StaticOrganizationRoles]
    """Organization roles assigned to the member."""
    raw_role: UserRole | StaticOrganizationRoles
    """Deprecated single organization role. Use 'raw_roles' instead."""
    subscription_types: list[AdminUserOUTSubscriptionType] | None = None
    """Product seats assigned to the member."""
    created_at: datetime
    """Date the member was added to the Organization."""
    first_name: str | None
    """User first name."""
    last_name: str | None
    """User last name."""
