# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (BaseWorkspaceMemberIN, RemoveWorkspaceMembersIN...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "BaseWorkspaceMemberIN",
    "RemoveWorkspaceMembersIN",
]


class BaseWorkspaceMemberIN(BaseModel):
    __mistral_keep__ = frozenset()
    user_uuid: str
    """User ID of the Workspace member."""


class RemoveWorkspaceMembersIN(BaseModel):
    __mistral_keep__ = frozenset()
    members: list[BaseWorkspaceMemberIN]
    """Workspace members to remove."""
