# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (RemoveWorkspaceMembersOUT...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "RemoveWorkspaceMembersOUT",
]


class RemoveWorkspaceMembersOUT(BaseModel):
    __mistral_keep__ = frozenset()
    deleted_members_count: int
    """Number of Workspace members removed."""
    not_deleted_members: list[str] | None = None
    """Users that could not be removed."""
