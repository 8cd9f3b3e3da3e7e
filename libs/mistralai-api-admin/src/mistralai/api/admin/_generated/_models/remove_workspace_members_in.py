# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (BaseWorkspaceMemberIN, RemoveWorkspaceMembersIN, RemoveWorkspaceMembersOUT...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "BaseWorkspaceMemberIN",
    "RemoveWorkspaceMembersIN",
    "RemoveWorkspaceMembersOUT",
]


class RemoveWorkspaceMembersOUT(BaseModel):
    __mistral_keep__ = frozenset()
    deleted_members_count: int
    """Number of Workspace members removed."""
    not_deleted_members: list[str] | None = None
    """Users that could not be removed."""


class BaseWorkspaceMemberIN(BaseModel):
    __mistral_keep__ = frozenset()
    user_uuid: str
    """User ID of the Workspace member."""


class RemoveWorkspaceMembersIN(BaseModel):
    __mistral_keep__ = frozenset()
    members: list[BaseWorkspaceMemberIN]
    """Workspace members to remove."""
