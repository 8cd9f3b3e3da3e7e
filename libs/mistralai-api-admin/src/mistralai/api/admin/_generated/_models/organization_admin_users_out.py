# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (OrganizationAdminUsersOUT, OrganizationInviteOUT...)."""

from datetime import datetime

from pydantic import Field

from mistralai.api.admin._generated._models.admin_organization_member_out import (
    AdminOrganizationMemberOUT,
)
from mistralai.api.admin._generated._models.static_organization_roles import StaticOrganizationRoles
from mistralai.api.admin._generated._models.user_role import UserRole
from mistralai.core.runtime import BaseModel

__all__ = [
    "OrganizationAdminUsersOUT",
    "OrganizationInviteOUT",
]


class OrganizationInviteOUT(BaseModel):
    __mistral_keep__ = frozenset()
    uuid: str
    """Organization invitation ID."""
    raw_roles: list[UserRole] | list[StaticOrganizationRoles]
    """Organization roles assigned by the invite."""
    raw_role: UserRole | StaticOrganizationRoles
    """Deprecated single invite role. Use 'raw_roles' instead."""
    email: str
    """Email address invited to the Organization."""
    expired: bool
    """Whether the invitation has expired."""
    created_at: datetime
    """Time when the invitation was created."""
    workspace_uuids: list[str] = Field(default=[])
    """Workspace IDs the invited user will join."""


class OrganizationAdminUsersOUT(BaseModel):
    __mistral_keep__ = frozenset()
    members: list[AdminOrganizationMemberOUT]
    """Organization members on this page."""
    invites: list[OrganizationInviteOUT]
    """Pending Organization invitations on this page."""
    total: int | None
    """Total number of users and invitations that match the request."""
    page: int | None
    """Page number returned."""
    page_size: int | None
    """Maximum number of results per page."""
