# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (AddOrUpdateUsersToWorkspaceOUT...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "AddOrUpdateUsersToWorkspaceOUT",
]


class AddOrUpdateUsersToWorkspaceOUT(BaseModel):
    __mistral_keep__ = frozenset()
    added_members_count: int
    """Number of users added to the Workspace."""
    updated_members_count: int
    """Number of Workspace members updated."""
