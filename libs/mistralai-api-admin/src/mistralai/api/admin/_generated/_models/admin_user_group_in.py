# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (AdminUserGroupIn...)."""

from mistralai.api.admin._generated._models.user_group_target_type import UserGroupTargetType
from mistralai.core.runtime import BaseModel

__all__ = [
    "AdminUserGroupIn",
]


class AdminUserGroupIn(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"parent_group_ids"})
    name: str
    """Name of the user group."""
    description: str | None = None
    """Optional description of the user group."""
    target_type: UserGroupTargetType | None = None
    """Type of resources this group can access."""
    parent_group_ids: list[str] | None = None
    """UUIDs of existing groups to nest this new group inside. Omit or pass an empty list to create a top-level group."""
