# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (AdminUserGroupOut...)."""

from mistralai.api.admin._generated._models.user_group_target_type import UserGroupTargetType
from mistralai.core.runtime import BaseModel

__all__ = [
    "AdminUserGroupOut",
]


class AdminUserGroupOut(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"parent_group_ids"})
    uuid: str
    """User group ID."""
    name: str
    """Name of the user group."""
    description: str | None
    """Optional description of the user group."""
    externally_managed: bool | None = None
    """Whether the group is managed by an external system."""
    target_type: UserGroupTargetType | None = None
    """Type of resources this group can access."""
    organization_role: str | None = None
    """Organization role assigned to the group."""
    parent_group_ids: list[str] | None = None
    """UUIDs of the groups this group is directly nested inside."""
