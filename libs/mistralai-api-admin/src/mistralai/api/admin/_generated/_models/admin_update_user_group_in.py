# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (AdminUpdateUserGroupIn...)."""

from mistralai.api.admin._generated._models.user_group_target_type import UserGroupTargetType
from mistralai.core.runtime import BaseModel

__all__ = [
    "AdminUpdateUserGroupIn",
]


class AdminUpdateUserGroupIn(BaseModel):
    __mistral_keep__ = frozenset()
    name: str | None = None
    """Updated name of the user group."""
    description: str | None = None
    """Updated description of the user group."""
    target_type: UserGroupTargetType | None = None
    """Updated permission target type for this group."""
    parent_group_ids: list[str] | None = None
    """Full replacement list of parent group UUIDs. Pass an empty list to remove all parents; omit the field to leave the parent groups unchanged."""
